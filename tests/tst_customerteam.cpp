// The customer's side of hold, transfer, conference and contact invitations: CustomerSession
// against a scripted server (every message and outcome, a reconnection in between), and the same
// against a real turno-server with two executives speaking the protocol. The terminal's side is
// in tst_customerteamcli.cpp, the window's in tst_customerteamview.cpp.
#include "fakecustomerserver.h"
#include "serverprocess.h"
#include "session/customersession.h"
#include "testsupport.h"
#include "testtls.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace Turno;
using namespace Turno::Protocol;
using Turno::Test::FakeCustomerServer;

namespace
{

const QString Juan = QStringLiteral("Juan Perez");
const QString Maria = QStringLiteral("María Soto");
const QString Jorge = QStringLiteral("Jorge Sandoval");

bool logInTo(FakeCustomerServer &server, CustomerSession &session)
{
    QSignalSpy loggedIn(&session, &CustomerSession::loggedInAs);
    return session.logIn(server.address(), QStringLiteral("12.345.678-5"), QStringLiteral("secret-password")) &&
           loggedIn.wait(5'000);
}

// Logs in and starts a conversation with Juan Perez (session 1).
bool inConversation(FakeCustomerServer &server, CustomerSession &session)
{
    if (!logInTo(server, session))
        return false;
    QSignalSpy started(&session, &CustomerSession::sessionStarted);
    server.send(SessionStarted{1, Juan, QStringLiteral("internet"), QDateTime::currentMSecsSinceEpoch()});
    return started.wait(5'000) && session.state() == CustomerSession::State::InSession;
}

Invitation contactInvitation(quint32 id, quint32 ringSeconds = 20)
{
    return Invitation{id, quint8(InvitationKind::Contact), Juan, Jorge, QStringLiteral("internet"), ringSeconds};
}

// An executive speaking the protocol directly (the executive's own controller is not what is
// tested here): logs in, sends requests, and keeps what the server sends.
class RawExecutive
{
public:
    bool logIn(const QString &address, const QString &username, const QString &password)
    {
        auto *socket = new Test::TlsSocket;
        m_connection = std::make_unique<Connection>(socket);
        QObject::connect(m_connection.get(), &Connection::frameReceived,
                         [this](quint16 kind, const QByteArray &payload) {
                             m_received.append({kind, payload});
                         });
        const QStringList parts = address.split(QLatin1Char(':'));
        socket->startConnecting(parts.at(1).toUShort());
        if (!socket->waitForEncrypted(10'000))
            return false;
        m_connection->send(Hello{});
        m_connection->send(ExecutiveLogin{1, username, password});
        const auto result = next<LoginResult>();
        return result && result->status == quint8(LoginStatus::Ok);
    }
    template <typename M> void send(const M &message) { m_connection->send(message); }
    // The first M not taken yet that matches, waiting for it (the event loop runs meanwhile).
    template <typename M> std::optional<M> next(std::function<bool(const M &)> matches = {}, int timeoutMs = 10'000)
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            for (qsizetype i = 0; i < m_received.size(); ++i) {
                if (m_received.at(i).first != quint16(MessageTraits<M>::kind))
                    continue;
                M message;
                QString error;
                if (!decodePayload(m_received.at(i).second, message, &error) || (matches && !matches(message)))
                    continue;
                m_received.remove(i);
                return message;
            }
            if (deadline.hasExpired())
                return std::nullopt;
            QSignalSpy more(m_connection.get(), &Connection::frameReceived);
            more.wait(int(qMax<qint64>(1, deadline.remainingTime())));
        }
    }

private:
    std::unique_ptr<Connection> m_connection;
    QList<QPair<quint16, QByteArray>> m_received;
};

} // namespace

class TestCustomerTeam : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holdAndBack();
    void transferWaitsThenContinues();
    void transferWithoutTakerKeepsWaiting();
    void conferenceNotices();
    void reconnectionSettlesHoldAndParticipants();
    void invitationAccepted();
    void invitationEnds_data();
    void invitationEnds();
    void invitationExpiresWithoutWord();
    void invitationNotForCustomers();
    void joiningTheLineDeclines();
    void withARealServer();
};

void TestCustomerTeam::holdAndBack()
{
    FakeCustomerServer server;
    CustomerSession session;
    QVERIFY(inConversation(server, session));
    QSignalSpy held(&session, &CustomerSession::heldChanged);

    server.send(SessionHeld{1, true});
    QVERIFY(held.wait(5'000));
    QVERIFY(session.isHeld());
    QCOMPARE(held.last().at(0).toBool(), true);
    QCOMPARE(held.last().at(1).toString(),
             QStringLiteral("Juan Perez put you on hold. Please wait; you keep your place in this conversation."));
    // On hold, the customer may still write.
    QVERIFY(!session.sendMessage(QStringLiteral("Still there?")).isEmpty());
    QTRY_COMPARE(server.count<ChatSend>(), 1);
    QCOMPARE(server.sent<ChatSend>().first().sessionId, 1u);

    // Another session's hold, or the same state again, says nothing.
    server.send(SessionHeld{9, false});
    server.send(SessionHeld{1, true});
    server.send(SessionHeld{1, false});
    QVERIFY(held.wait(5'000));
    QCOMPARE(held.size(), 2);
    QVERIFY(!session.isHeld());
    QCOMPARE(held.last().at(1).toString(), QStringLiteral("Juan Perez is back."));

    // A new conversation starts without hold.
    server.send(SessionHeld{1, true});
    QVERIFY(held.wait(5'000));
    QSignalSpy ended(&session, &CustomerSession::sessionEnded);
    server.send(SessionEnded{1, quint8(SessionEndReason::ByExecutive)});
    QVERIFY(ended.wait(5'000));
    QVERIFY(!session.isHeld());
}

void TestCustomerTeam::transferWaitsThenContinues()
{
    FakeCustomerServer server;
    CustomerSession session;
    QVERIFY(inConversation(server, session));
    // One message is acknowledged before the transfer; one is still on its way.
    const QString delivered = session.sendMessage(QStringLiteral("My internet is down."));
    QTRY_COMPARE(server.count<ChatSend>(), 1);
    QSignalSpy deliveredSpy(&session, &CustomerSession::messageDelivered);
    server.send(ChatAck{delivered, 10, QDateTime::currentMSecsSinceEpoch()});
    QVERIFY(deliveredSpy.wait(5'000));
    server.send(SessionHeld{1, true});
    const QString pending = session.sendMessage(QStringLiteral("Since this morning."));
    QTRY_COMPARE(server.count<ChatSend>(), 2);

    QSignalSpy transferred(&session, &CustomerSession::transferred);
    QSignalSpy held(&session, &CustomerSession::heldChanged);
    QSignalSpy queue(&session, &CustomerSession::queueChanged);
    QSignalSpy ended(&session, &CustomerSession::sessionEnded);
    server.send(Transferred{1, Maria});
    QVERIFY(transferred.wait(5'000));
    QCOMPARE(transferred.first().at(0).toString(), Maria);
    QCOMPARE(transferred.first().at(1).toString(),
             QStringLiteral("Juan Perez is transferring you to María Soto. Please wait here; María Soto will see this "
                            "conversation."));
    QCOMPARE(session.state(), CustomerSession::State::Waiting);
    QVERIFY(session.isBeingTransferred());
    QCOMPARE(session.transferTarget(), Maria);
    QVERIFY(!session.isHeld());
    QCOMPARE(held.last().at(0).toBool(), false);
    QCOMPARE(held.last().at(1).toString(), QString());                // the transfer notice says it all
    QCOMPARE(ended.size(), 0);                                        // never "the conversation ended"
    QVERIFY(session.sendMessage(QStringLiteral("Hello?")).isEmpty()); // nobody to write to meanwhile

    // The place at the head of María Soto's line.
    server.send(QueueStatus{0, 1, true, 0, 60});
    QVERIFY(queue.wait(5'000));
    QCOMPARE(session.queueInfo().ahead, 0);

    // She takes it: the conversation goes on, and what had not reached Juan goes to her.
    QSignalSpy started(&session, &CustomerSession::sessionStarted);
    server.send(SessionStarted{2, Maria, QStringLiteral("internet"), QDateTime::currentMSecsSinceEpoch()});
    QVERIFY(started.wait(5'000));
    QCOMPARE(started.first().first().toString(), Maria);
    QCOMPARE(session.state(), CustomerSession::State::InSession);
    QVERIFY(session.continuesTransfer());
    QVERIFY(!session.isBeingTransferred());
    QCOMPARE(session.executiveName(), Maria);
    QTRY_COMPARE(server.count<ChatSend>(), 3);
    const ChatSend resent = server.sent<ChatSend>().last();
    QCOMPARE(resent.sessionId, 2u);
    QCOMPARE(resent.clientMessageId, pending);
    QCOMPARE(resent.text, QStringLiteral("Since this morning."));
    server.send(ChatAck{pending, 11, QDateTime::currentMSecsSinceEpoch()});
    QVERIFY(deliveredSpy.wait(5'000));
    QCOMPARE(deliveredSpy.last().first().toString(), pending);

    // New messages go to the new session.
    QVERIFY(!session.sendMessage(QStringLiteral("Thanks, María.")).isEmpty());
    QTRY_COMPARE(server.count<ChatSend>(), 4);
    QCOMPARE(server.sent<ChatSend>().last().sessionId, 2u);
}

void TestCustomerTeam::transferWithoutTakerKeepsWaiting()
{
    FakeCustomerServer server;
    CustomerSession session;
    QVERIFY(inConversation(server, session));
    QSignalSpy transferred(&session, &CustomerSession::transferred);
    server.send(Transferred{1, Maria});
    QVERIFY(transferred.wait(5'000));

    // María does not take it: the customer is at the head of the general line, still waiting.
    QSignalSpy queue(&session, &CustomerSession::queueChanged);
    server.send(QueueStatus{0, 1, false, 0, 0});
    server.send(QueueStatus{0, 2, true, 30, 90});
    QTRY_COMPARE(queue.size(), 2);
    QCOMPARE(session.state(), CustomerSession::State::Waiting);
    QCOMPARE(session.queueInfo().agents, 2);

    // Another executive takes it; the conversation still goes on.
    QSignalSpy started(&session, &CustomerSession::sessionStarted);
    server.send(SessionStarted{3, QStringLiteral("Pedro Díaz"), QStringLiteral("internet"),
                               QDateTime::currentMSecsSinceEpoch()});
    QVERIFY(started.wait(5'000));
    QVERIFY(session.continuesTransfer());

    // Or the customer gives up waiting: back to the menu as after leaving any line.
    FakeCustomerServer other;
    CustomerSession leaving;
    QVERIFY(inConversation(other, leaving));
    QSignalSpy otherTransferred(&leaving, &CustomerSession::transferred);
    other.send(Transferred{1, Maria});
    QVERIFY(otherTransferred.wait(5'000));
    other.script = [&other](quint16 kind, const QByteArray &) {
        if (kind == quint16(Kind::LeaveQueue))
            other.send(QueueLeft{quint8(QueueLeftReason::Left)});
    };
    QSignalSpy left(&leaving, &CustomerSession::queueLeft);
    QVERIFY(leaving.leaveQueue());
    QVERIFY(left.wait(5'000));
    QCOMPARE(leaving.state(), CustomerSession::State::Menu);
    QVERIFY(!leaving.isBeingTransferred());
}

void TestCustomerTeam::conferenceNotices()
{
    FakeCustomerServer server;
    CustomerSession session;
    QVERIFY(inConversation(server, session));
    QCOMPARE(session.participants(), (QStringList{Jorge, Juan}));
    QSignalSpy changed(&session, &CustomerSession::participantsChanged);

    server.send(Participants{1, {Jorge, Juan, Maria}});
    QVERIFY(changed.wait(5'000));
    QCOMPARE(changed.last().at(0).toStringList(), (QStringList{Jorge, Juan, Maria}));
    QCOMPARE(changed.last().at(1).toString(), QStringLiteral("María Soto joined the conversation."));
    QCOMPARE(session.participants(), (QStringList{Jorge, Juan, Maria}));

    // Her messages come with her name.
    QSignalSpy received(&session, &CustomerSession::messageReceived);
    server.send(
        ChatMessage{1, 20, QDateTime::currentMSecsSinceEpoch(), Maria, QStringLiteral("Hola Jorge, soy María.")});
    QVERIFY(received.wait(5'000));
    QCOMPARE(received.first().at(0).toString(), Maria);

    // The same list again says nothing; two changes at once are both told.
    server.send(Participants{1, {Jorge, Juan, Maria}});
    server.send(Participants{1, {Jorge, Juan, QStringLiteral("Pedro Díaz")}});
    QVERIFY(changed.wait(5'000));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(1).toString(),
             QStringLiteral("Pedro Díaz joined the conversation. María Soto left the conversation."));
    server.send(Participants{1, {Jorge, Juan}});
    QVERIFY(changed.wait(5'000));
    QCOMPARE(changed.last().at(1).toString(), QStringLiteral("Pedro Díaz left the conversation."));
    QCOMPARE(session.participants(), (QStringList{Jorge, Juan}));
}

void TestCustomerTeam::reconnectionSettlesHoldAndParticipants()
{
    FakeCustomerServer server;
    CustomerSession session;
    QVERIFY(inConversation(server, session));
    const qint64 startedAt = session.sessionStartedAt().toMSecsSinceEpoch();
    QSignalSpy held(&session, &CustomerSession::heldChanged);
    QSignalSpy changed(&session, &CustomerSession::participantsChanged);
    server.send(SessionHeld{1, true});
    server.send(Participants{1, {Jorge, Juan, Maria}});
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(held.size(), 1);

    // Back after a drop, nothing changed: the server says it all again, and nothing is repeated.
    bool stillHeld = true;
    server.resumed = [&] {
        server.send(SessionStarted{1, Juan, QStringLiteral("internet"), startedAt});
        if (stillHeld) {
            server.send(SessionHeld{1, true});
            server.send(Participants{1, {Jorge, Juan, Maria}});
        }
    };
    QSignalSpy reconnected(&session, &ClientSession::reconnected);
    QSignalSpy started(&session, &CustomerSession::sessionStarted);
    session.simulateConnectionLoss();
    QVERIFY(reconnected.wait(20'000));
    QTRY_COMPARE(started.size(), 1);
    QVERIFY(session.isHeld());
    // The next change is the only one told: nothing was repeated before it.
    server.send(Participants{1, {Jorge, Juan, Maria, QStringLiteral("Pedro Díaz")}});
    QVERIFY(changed.wait(5'000));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(1).toString(), QStringLiteral("Pedro Díaz joined the conversation."));
    QCOMPARE(held.size(), 1);

    // Meanwhile Juan came back and María left: told once the server's picture is complete.
    stillHeld = false;
    session.simulateConnectionLoss();
    QVERIFY(reconnected.wait(20'000));
    QTRY_COMPARE(held.size(), 2);
    QTRY_COMPARE(changed.size(), 3);
    QVERIFY(!session.isHeld());
    QCOMPARE(held.last().at(1).toString(), QStringLiteral("Juan Perez is back."));
    QCOMPARE(changed.last().at(1).toString(),
             QStringLiteral("María Soto left the conversation. Pedro Díaz left the conversation."));
    QCOMPARE(session.participants(), (QStringList{Jorge, Juan}));
    QCOMPARE(server.resumes(), 2);
}

void TestCustomerTeam::invitationAccepted()
{
    FakeCustomerServer server;
    server.script = [&server](quint16 kind, const QByteArray &payload) {
        if (kind != quint16(Kind::AnswerInvitation))
            return;
        AnswerInvitation answer;
        QString error;
        decodePayload(payload, answer, &error);
        if (!answer.accept)
            return;
        // As the real server: the session first, then the end of the invitation.
        server.send(SessionStarted{5, Juan, QStringLiteral("internet"), QDateTime::currentMSecsSinceEpoch()});
        server.send(InvitationEnded{0, answer.invitationId, quint8(InvitationOutcome::Accepted), Juan});
    };
    CustomerSession session;
    QVERIFY(logInTo(server, session));
    QVERIFY(!session.answerInvitation(true)); // nothing to answer yet
    QSignalSpy received(&session, &CustomerSession::invitationReceived);
    QSignalSpy ended(&session, &CustomerSession::invitationEnded);
    QSignalSpy started(&session, &CustomerSession::sessionStarted);

    server.send(contactInvitation(7));
    QVERIFY(received.wait(5'000));
    QCOMPARE(received.first().at(0).toString(), Juan);
    QCOMPARE(received.first().at(1).toString(),
             QStringLiteral("Juan Perez invites you to a conversation about your internet service."));
    QCOMPARE(received.first().at(2).toInt(), 20);
    QVERIFY(session.hasInvitation());
    QCOMPARE(session.invitationFrom(), Juan);
    QVERIFY(session.invitationSecondsLeft() > 15 && session.invitationSecondsLeft() <= 20);

    QVERIFY(session.answerInvitation(true));
    QVERIFY(!session.answerInvitation(false)); // answered already
    QVERIFY(started.wait(5'000));
    QCOMPARE(started.first().first().toString(), Juan);
    QCOMPARE(session.state(), CustomerSession::State::InSession);
    QVERIFY(!session.continuesTransfer());
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(ended.first().first().toString(), QString()); // accepted: the conversation says it
    QVERIFY(!session.hasInvitation());
    QCOMPARE(server.count<AnswerInvitation>(), 1);
    QCOMPARE(server.sent<AnswerInvitation>().first(), (AnswerInvitation{7, true}));
    // The InvitationEnded that follows SessionStarted is not told again (a message after it shows
    // it has been handled).
    QSignalSpy message(&session, &CustomerSession::messageReceived);
    server.send(ChatMessage{5, 1, QDateTime::currentMSecsSinceEpoch(), Juan, QStringLiteral("Hola Jorge.")});
    QVERIFY(message.wait(5'000));
    QCOMPARE(ended.size(), 1);
}

void TestCustomerTeam::invitationEnds_data()
{
    QTest::addColumn<int>("answer"); // -1 none, 0 decline, 1 accept
    QTest::addColumn<quint8>("outcome");
    QTest::addColumn<QString>("message");
    QTest::newRow("declined") << 0 << quint8(InvitationOutcome::Declined)
                              << QStringLiteral("You declined the invitation from Juan Perez.");
    QTest::newRow("timed out") << -1 << quint8(InvitationOutcome::TimedOut)
                               << QStringLiteral("The invitation from Juan Perez expired.");
    QTest::newRow("withdrawn") << -1 << quint8(InvitationOutcome::Cancelled)
                               << QStringLiteral("Juan Perez withdrew the invitation.");
    QTest::newRow("accepted, then impossible")
        << 1 << quint8(InvitationOutcome::Cancelled)
        << QStringLiteral("Juan Perez is no longer available, so the conversation could not begin.");
}

void TestCustomerTeam::invitationEnds()
{
    QFETCH(int, answer);
    QFETCH(quint8, outcome);
    QFETCH(QString, message);
    FakeCustomerServer server;
    CustomerSession session;
    QVERIFY(logInTo(server, session));
    QSignalSpy received(&session, &CustomerSession::invitationReceived);
    QSignalSpy ended(&session, &CustomerSession::invitationEnded);
    server.send(contactInvitation(8));
    QVERIFY(received.wait(5'000));
    if (answer >= 0) {
        QVERIFY(session.answerInvitation(answer == 1));
        QTRY_COMPARE(server.count<AnswerInvitation>(), 1);
        QCOMPARE(server.sent<AnswerInvitation>().first().accept, answer == 1);
    }
    // Another invitation's end is not this one's.
    server.send(InvitationEnded{0, 99, outcome, Juan});
    server.send(InvitationEnded{0, 8, outcome, Juan});
    QVERIFY(ended.wait(5'000));
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().first().toString(), message);
    QVERIFY(!session.hasInvitation());
    QCOMPARE(session.state(), CustomerSession::State::Menu);
    QVERIFY(!session.answerInvitation(true));
}

void TestCustomerTeam::invitationExpiresWithoutWord()
{
    // The server's InvitationEnded may be lost with a dropped connection: the app stops waiting
    // a little after the ring time.
    FakeCustomerServer server;
    CustomerSession session;
    QVERIFY(logInTo(server, session));
    QSignalSpy ended(&session, &CustomerSession::invitationEnded);
    server.send(contactInvitation(9, 0));
    QTRY_VERIFY(session.hasInvitation());
    QCOMPARE(session.invitationSecondsLeft(), 0);
    QVERIFY(ended.wait(10'000));
    QCOMPARE(ended.first().first().toString(), QStringLiteral("The invitation from Juan Perez expired."));
    QVERIFY(!session.hasInvitation());
}

void TestCustomerTeam::invitationNotForCustomers()
{
    FakeCustomerServer server;
    CustomerSession session;
    QVERIFY(inConversation(server, session));
    QSignalSpy received(&session, &CustomerSession::invitationReceived);
    // A conference invitation is an executive's; an invitation while in a conversation (it
    // crossed the customer's own request) is declined at once.
    server.send(Invitation{3, quint8(InvitationKind::Conference), Juan, Jorge, QStringLiteral("internet"), 20});
    server.send(contactInvitation(4));
    QTRY_COMPARE(server.count<AnswerInvitation>(), 1);
    QCOMPARE(server.sent<AnswerInvitation>().first(), (AnswerInvitation{4, false}));
    QCOMPARE(received.size(), 0);
    QVERIFY(!session.hasInvitation());
}

void TestCustomerTeam::joiningTheLineDeclines()
{
    FakeCustomerServer server;
    CustomerSession session;
    QVERIFY(logInTo(server, session));
    QSignalSpy received(&session, &CustomerSession::invitationReceived);
    server.send(contactInvitation(6));
    QVERIFY(received.wait(5'000));
    QVERIFY(session.contactExecutive(QStringLiteral("wifi")));
    QTRY_COMPARE(server.count<JoinQueue>(), 1);
    QCOMPARE(server.count<AnswerInvitation>(), 1);
    QCOMPARE(server.sent<AnswerInvitation>().first(), (AnswerInvitation{6, false}));

    // Once accepted, the line waits for the conversation instead.
    FakeCustomerServer other;
    CustomerSession accepting;
    QVERIFY(logInTo(other, accepting));
    QSignalSpy otherReceived(&accepting, &CustomerSession::invitationReceived);
    other.send(contactInvitation(7));
    QVERIFY(otherReceived.wait(5'000));
    QVERIFY(accepting.answerInvitation(true));
    QVERIFY(!accepting.contactExecutive(QStringLiteral("internet")));
}

void TestCustomerTeam::withARealServer()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    RawExecutive juan;
    RawExecutive maria;
    QVERIFY(juan.logIn(server.address(), QStringLiteral("jperez"), QStringLiteral("juan1234")));
    QVERIFY(maria.logIn(server.address(), QStringLiteral("msoto"), QStringLiteral("maria1234")));
    maria.send(SetPresence{2, quint8(Presence::Away), QStringLiteral("meeting")}); // Juan takes the first
    QVERIFY(maria.next<PresenceChanged>([](const PresenceChanged &p) { return p.presence == quint8(Presence::Away); }));

    CustomerSession jorge;
    QSignalSpy loggedIn(&jorge, &CustomerSession::loggedInAs);
    QVERIFY(jorge.logIn(server.address(), QStringLiteral("12.345.678-5"), QStringLiteral("jorge1234")));
    QVERIFY(loggedIn.wait(10'000));
    QSignalSpy started(&jorge, &CustomerSession::sessionStarted);
    QVERIFY(jorge.contactExecutive(QStringLiteral("internet")));
    const auto offer = juan.next<Offer>();
    QVERIFY(offer);
    juan.send(AnswerOffer{offer->offerId, true});
    const auto juanSession = juan.next<SessionStarted>();
    QVERIFY(juanSession);
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10'000); // the executive's waits run the event loop too
    QSignalSpy delivered(&jorge, &CustomerSession::messageDelivered);
    QVERIFY(!jorge.sendMessage(QStringLiteral("My internet is down.")).isEmpty());
    QVERIFY(delivered.wait(10'000));

    // Hold and back.
    QSignalSpy held(&jorge, &CustomerSession::heldChanged);
    juan.send(HoldSession{3, juanSession->sessionId, true});
    QVERIFY(held.wait(10'000));
    QVERIFY(jorge.isHeld());
    juan.send(HoldSession{4, juanSession->sessionId, false});
    QVERIFY(held.wait(10'000));
    QCOMPARE(held.last().at(1).toString(), QStringLiteral("Juan Perez is back."));

    // Transferred to María: waiting at the head of her line, then the same conversation with her.
    maria.send(SetPresence{5, quint8(Presence::Available), {}});
    QSignalSpy transferred(&jorge, &CustomerSession::transferred);
    QSignalSpy queue(&jorge, &CustomerSession::queueChanged);
    QSignalSpy ended(&jorge, &CustomerSession::sessionEnded);
    juan.send(TransferSession{6, juanSession->sessionId, QStringLiteral("msoto")});
    QVERIFY(transferred.wait(10'000));
    QCOMPARE(transferred.first().first().toString(), Maria);
    QTRY_VERIFY(queue.size() >= 1 || jorge.state() == CustomerSession::State::InSession);
    if (const auto mariaOffer = maria.next<Offer>())
        maria.send(AnswerOffer{mariaOffer->offerId, true});
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 10'000);
    QCOMPARE(started.last().first().toString(), Maria);
    QVERIFY(jorge.continuesTransfer());
    QCOMPARE(ended.size(), 0);
    const auto mariaSession = maria.next<SessionStarted>();
    QVERIFY(mariaSession);
    // She sees what was written before.
    QVERIFY(
        maria.next<ChatMessage>([](const ChatMessage &m) { return m.text == QLatin1String("My internet is down."); }));

    // A conference: Juan joins, his messages carry his name; then he leaves.
    QSignalSpy participants(&jorge, &CustomerSession::participantsChanged);
    QSignalSpy received(&jorge, &CustomerSession::messageReceived);
    maria.send(InviteExecutive{7, mariaSession->sessionId, QStringLiteral("jperez")});
    const auto invitation = juan.next<Invitation>();
    QVERIFY(invitation);
    juan.send(AnswerInvitation{invitation->invitationId, true});
    QVERIFY(participants.wait(10'000));
    QCOMPARE(participants.last().at(1).toString(), QStringLiteral("Juan Perez joined the conversation."));
    QCOMPARE(jorge.participants(), (QStringList{Jorge, Maria, Juan}));
    juan.send(ChatSend{mariaSession->sessionId, QStringLiteral("juan-1"), QStringLiteral("Hola de nuevo, Jorge.")});
    QVERIFY(received.wait(10'000));
    QCOMPARE(received.last().at(0).toString(), Juan);
    juan.send(EndSession{mariaSession->sessionId});
    QVERIFY(participants.wait(10'000));
    QCOMPARE(participants.last().at(1).toString(), QStringLiteral("Juan Perez left the conversation."));

    // María keeps Jorge as a contact, ends, and invites him back.
    maria.send(AddContact{8, mariaSession->sessionId});
    std::optional<Contacts> contacts;
    QVERIFY((contacts = maria.next<Contacts>([](const Contacts &c) { return !c.contacts.isEmpty(); })));
    maria.send(EndSession{mariaSession->sessionId});
    QVERIFY(ended.wait(10'000));
    QSignalSpy invited(&jorge, &CustomerSession::invitationReceived);
    QSignalSpy invitationEnded(&jorge, &CustomerSession::invitationEnded);
    maria.send(InviteContact{9, contacts->contacts.first().contactKey, QStringLiteral("wifi")});
    QVERIFY(invited.wait(10'000));
    QCOMPARE(invited.first().at(1).toString(),
             QStringLiteral("María Soto invites you to a conversation about your Wi-Fi network."));
    QVERIFY(jorge.answerInvitation(true));
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 3, 10'000);
    QCOMPARE(started.last().first().toString(), Maria);
    QTRY_COMPARE(invitationEnded.size(), 1);
    QCOMPARE(invitationEnded.first().first().toString(), QString());
    QVERIFY(!jorge.continuesTransfer());
}

QTEST_GUILESS_MAIN(TestCustomerTeam)
#include "tst_customerteam.moc"
