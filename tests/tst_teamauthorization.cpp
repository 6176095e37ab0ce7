// Authorization of hold, transfer, conference, contacts, :details and the server's figures, at the
// server, with hand-made clients: a customer's connection is refused every executive-only
// message (and keeps its connection), an executive cannot touch a colleague's session without an
// invitation nor read an unrelated customer's history, figures are for supervisors, nobody ever
// receives an address, and an executive whose username reads like a customer's RUT can neither
// answer nor cancel that customer's invitation.
#include "admin/demoaccounts.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QtTest>

using namespace Turno;
using namespace Turno::Protocol;
using Test::RawClient;

namespace
{
Admin::DemoAccount account(const QString &id)
{
    for (const Admin::DemoAccount &a : Admin::demoAccounts()) {
        if (a.id == id)
            return a;
    }
    return {};
}
} // namespace

class TestTeamAuthorization : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void customersCannotSendExecutiveMessages();
    void executivesStayOutOfColleaguesSessions();
    void usernameLikeARutIsNotTheCustomer();
};

void TestTeamAuthorization::customersCannotSendExecutiveMessages()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    const Admin::DemoAccount jorge = account(QStringLiteral("12.345.678-5"));
    RawClient customer;
    customer.mayInterleave({Kind::ResumeToken}); // every other message answers what was just sent
    QVERIFY(customer.connectTo(server.port()));
    QVERIFY(customer.logInCustomer(jorge.id, jorge.password));

    auto refused = [&customer](const char *what) {
        ErrorReply reply;
        if (!customer.next(reply))
            return QStringLiteral("%1: no refusal came next").arg(QLatin1String(what));
        if (reply.code != quint16(ErrorCode::NotAllowed))
            return QStringLiteral("%1: code %2").arg(QLatin1String(what)).arg(reply.code);
        return QString();
    };
    const QString none;
    customer.send(HoldSession{1, 1, true});
    QCOMPARE(refused("HoldSession"), none);
    customer.send(TransferSession{2, 1, QStringLiteral("msoto")});
    QCOMPARE(refused("TransferSession"), none);
    customer.send(InviteExecutive{3, 1, QStringLiteral("msoto")});
    QCOMPARE(refused("InviteExecutive"), none);
    customer.send(AddContact{4, 1});
    QCOMPARE(refused("AddContact"), none);
    customer.send(RemoveContact{5, QStringLiteral("1")});
    QCOMPARE(refused("RemoveContact"), none);
    customer.send(InviteContact{6, QStringLiteral("1"), QStringLiteral("internet")});
    QCOMPARE(refused("InviteContact"), none);
    customer.send(RequestDetails{7});
    QCOMPARE(refused("RequestDetails"), none);
    customer.send(StatsRequest{8});
    QCOMPARE(refused("StatsRequest"), none);
    customer.send(ClaimCustomer{9, QStringLiteral("1")});
    QCOMPARE(refused("ClaimCustomer"), none);
    customer.send(SetPresence{10, quint8(Presence::Available), QString()});
    QCOMPARE(refused("SetPresence"), none);
    customer.send(RequestHistory{11, 0, QStringLiteral("1")});
    QCOMPARE(refused("RequestHistory"), none);
    customer.send(RestartForCustomer{12, 1, 1});
    QCOMPARE(refused("RestartForCustomer"), none);
    customer.send(AnswerOffer{1, true});
    QCOMPARE(refused("AnswerOffer"), none);
    // An invitation that was never sent to them cannot be answered either.
    customer.send(AnswerInvitation{77, true});
    ErrorReply reply;
    QVERIFY(customer.next(reply));
    QCOMPARE(reply.code, quint16(ErrorCode::BadState));
    // Still connected and served.
    customer.send(RestartInternet{13});
    ServiceResult result;
    QVERIFY(customer.next(result));
    QCOMPARE(result.requestId, 13u);
    QCOMPARE(result.outcome, quint8(ServiceOutcome::Done));
    QVERIFY(server.waitForOutput(QStringLiteral("refused: HoldSession")));
}

void TestTeamAuthorization::executivesStayOutOfColleaguesSessions()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    const Admin::DemoAccount jorge = account(QStringLiteral("12.345.678-5"));
    const Admin::DemoAccount claudio = account(QStringLiteral("10.111.222-5"));
    const Admin::DemoAccount juan = account(QStringLiteral("jperez"));
    const Admin::DemoAccount maria = account(QStringLiteral("msoto")); // a supervisor

    RawClient juanClient, mariaClient, jorgeClient, claudioClient;
    // What the server pushes on its own and this test does not follow; the answers to requests and
    // the session's events must each come where the test waits for them.
    for (RawClient *executive : {&juanClient, &mariaClient}) {
        executive->mayInterleave({Kind::ConnectedCustomers, Kind::PresenceChanged, Kind::WaitingList, Kind::Colleagues,
                                  Kind::Contacts, Kind::Participants});
    }
    for (RawClient *customer : {&jorgeClient, &claudioClient})
        customer->mayInterleave({Kind::ResumeToken, Kind::QueueStatus});
    QVERIFY(juanClient.connectTo(server.port()));
    QVERIFY(juanClient.logInExecutive(juan.id, juan.password));
    // Juan is away, so María gets the customer.
    juanClient.send(SetPresence{1, quint8(Presence::Away), QStringLiteral("training")});
    PresenceChanged presence;
    do {
        QVERIFY(juanClient.next(presence));
    } while (presence.presence != quint8(Presence::Away));
    QVERIFY(mariaClient.connectTo(server.port()));
    QVERIFY(mariaClient.logInExecutive(maria.id, maria.password));
    QVERIFY(jorgeClient.connectTo(server.port()));
    QVERIFY(jorgeClient.logInCustomer(jorge.id, jorge.password));
    jorgeClient.send(JoinQueue{2, QStringLiteral("internet")});
    Offer offer;
    QVERIFY(mariaClient.next(offer));
    mariaClient.send(AnswerOffer{offer.offerId, true});
    SessionStarted started;
    QVERIFY(mariaClient.next(started));
    const quint32 session = started.sessionId;
    QVERIFY(jorgeClient.next(started));
    QCOMPARE(started.sessionId, session);

    // Juan may not end, hold, transfer, invite into, write into, add a note to or read the
    // history of María's session, nor add its customer to his contacts.
    // The next message Juan gets must be the refusal of what he just sent (0: a message without
    // a request id).
    auto denied = [&juanClient](const char *what, quint32 requestId) {
        ErrorReply reply;
        if (!juanClient.next(reply))
            return QStringLiteral("%1: no refusal came next").arg(QLatin1String(what));
        if (reply.code != quint16(ErrorCode::NotAllowed))
            return QStringLiteral("%1: code %2").arg(QLatin1String(what)).arg(reply.code);
        if (reply.requestId != requestId)
            return QStringLiteral("%1: the answer to request %2").arg(QLatin1String(what)).arg(reply.requestId);
        return QString();
    };
    const QString none;
    juanClient.send(EndSession{session});
    QCOMPARE(denied("EndSession", 0), none);
    juanClient.send(HoldSession{3, session, true});
    QCOMPARE(denied("HoldSession", 3), none);
    juanClient.send(TransferSession{4, session, QStringLiteral("jperez")});
    QCOMPARE(denied("TransferSession", 4), none);
    juanClient.send(InviteExecutive{5, session, QStringLiteral("jperez")});
    QCOMPARE(denied("InviteExecutive", 5), none);
    juanClient.send(ChatSend{session, QStringLiteral("juan-1"), QStringLiteral("¿Hola?")});
    QCOMPARE(denied("ChatSend", 0), none);
    juanClient.send(AddNote{6, session, QStringLiteral("intruso")});
    QCOMPARE(denied("AddNote", 6), none);
    juanClient.send(RequestHistory{7, session, QString()});
    QCOMPARE(denied("RequestHistory (session)", 7), none);
    juanClient.send(AddContact{8, session});
    QCOMPARE(denied("AddContact", 8), none);
    juanClient.send(RestartForCustomer{9, session, 1});
    QCOMPARE(denied("RestartForCustomer", 9), none);

    // A customer who is connected but not waiting: no key opens their history.
    QVERIFY(claudioClient.connectTo(server.port()));
    QVERIFY(claudioClient.logInCustomer(claudio.id, claudio.password));
    for (const QString &key : {QStringLiteral("1"), QStringLiteral("4611686018427387904"), QString()}) {
        juanClient.send(RequestHistory{10, 0, key});
        QCOMPARE(denied("RequestHistory (key)", 10), none);
    }
    // Waiting in a line Juan serves: now he may read it (the queue panel's History).
    claudioClient.send(JoinQueue{11, QStringLiteral("wifi")});
    WaitingList list;
    do {
        QVERIFY(juanClient.next(list));
    } while (list.customers.isEmpty());
    juanClient.send(RequestHistory{12, 0, list.customers.constFirst().customerKey});
    History history;
    QVERIFY(juanClient.next(history));
    QCOMPARE(history.customerName, claudio.fullName);

    // Juan cannot join by answering an invitation meant for someone else: María invites him,
    // and only his answer counts.
    mariaClient.send(InviteExecutive{13, session, QStringLiteral("jperez")});
    Invitation invitation;
    QVERIFY(juanClient.next(invitation));
    QCOMPARE(invitation.customerName, jorge.fullName);
    jorgeClient.send(AnswerInvitation{invitation.invitationId, true});
    ErrorReply notYours;
    QVERIFY(jorgeClient.next(notYours));
    QCOMPARE(notYours.code, quint16(ErrorCode::BadState));
    juanClient.send(AnswerInvitation{invitation.invitationId, true});
    InvitationEnded accepted;
    QVERIFY(juanClient.next(accepted));
    QCOMPARE(accepted.invitationId, invitation.invitationId);
    QCOMPARE(accepted.outcome, quint8(InvitationOutcome::Accepted));
    QVERIFY(mariaClient.next(accepted));
    QCOMPARE(accepted.requestId, 13u); // the answer to María's InviteExecutive
    QCOMPARE(accepted.outcome, quint8(InvitationOutcome::Accepted));
    SessionStarted joined;
    QVERIFY(juanClient.next(joined));
    QCOMPARE(joined.sessionId, session);
    Participants participants;
    QVERIFY(jorgeClient.next(participants));
    QCOMPARE(participants.names, (QStringList{jorge.fullName, maria.fullName, juan.fullName}));
    // Invited, he may write: both others receive it.
    juanClient.send(ChatSend{session, QStringLiteral("juan-2"), QStringLiteral("Hola, soy Juan.")});
    ChatAck ack;
    QVERIFY(juanClient.next(ack));
    QCOMPARE(ack.clientMessageId, QStringLiteral("juan-2"));
    ChatMessage message;
    QVERIFY(jorgeClient.next(message));
    QCOMPARE(message.fromName, juan.fullName);
    QVERIFY(mariaClient.next(message));
    QCOMPARE(message.text, QStringLiteral("Hola, soy Juan."));
    // As a guest he leaves; he cannot end the session for the others, nor transfer it.
    juanClient.send(TransferSession{14, session, QStringLiteral("msoto")});
    QCOMPARE(denied("TransferSession (guest)", 14), none);
    juanClient.send(EndSession{session});
    SessionEnded left;
    QVERIFY(juanClient.next(left));
    QCOMPARE(left.sessionId, session);
    // Out of the conference he is available (no wrap-up here), and Claudio, waiting in a line he
    // serves, rings for him.
    Offer ringing;
    QVERIFY(juanClient.next(ringing));
    QCOMPARE(ringing.customerName, claudio.fullName);
    QVERIFY(jorgeClient.next(participants));
    QCOMPARE(participants.names, (QStringList{jorge.fullName, maria.fullName}));
    jorgeClient.send(ChatSend{session, QStringLiteral("jorge-1"), QStringLiteral("¿Siguen ahí?")});
    QVERIFY(jorgeClient.next(ack));
    QCOMPARE(ack.clientMessageId, QStringLiteral("jorge-1"));
    QVERIFY(mariaClient.next(message));
    QCOMPARE(message.text, QStringLiteral("¿Siguen ahí?"));

    // Figures are for supervisors: Juan is refused, María gets them.
    juanClient.send(StatsRequest{15});
    QCOMPARE(denied("StatsRequest", 15), none);
    mariaClient.send(StatsRequest{16});
    ServerStats stats;
    QVERIFY(mariaClient.next(stats));
    QCOMPARE(stats.requestId, 16u);
    QCOMPARE(stats.customers, 2u);
    QCOMPARE(stats.executives, 2u);
    QCOMPARE(stats.sessions, 1u);
    QCOMPARE(stats.waiting, 1u);
    QVERIFY(stats.messagesRelayed >= 2);
    QVERIFY(stats.rssKiB > 0);

    // :details names customers and what they did; never an address.
    juanClient.send(RequestDetails{17});
    Details details;
    QVERIFY(juanClient.next(details));
    QCOMPARE(details.total, 2u);
    QCOMPARE(details.customers.size(), 2);
    for (RawClient *client : {&juanClient, &mariaClient, &jorgeClient, &claudioClient}) {
        QVERIFY(!client->payloads().isEmpty());
        for (const QByteArray &payload : client->payloads())
            QVERIFY2(!payload.contains("127.0.0.1"), payload.toHex().constData());
    }
}

void TestTeamAuthorization::usernameLikeARutIsNotTheCustomer()
{
    // Usernames may be digits and a dash: this executive's reads like Jorge's RUT (12345678-5). An
    // invitation to Jorge must be Jorge's alone, to answer and to lose.
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    QVERIFY(
        server.addExecutive(QStringLiteral("12345678-5"), QStringLiteral("Ana Rut"), QStringLiteral("ana-password")));
    const Admin::DemoAccount jorge = account(QStringLiteral("12.345.678-5"));
    const Admin::DemoAccount juan = account(QStringLiteral("jperez"));

    RawClient juanClient, jorgeClient, lookalike;
    for (RawClient *executive : {&juanClient, &lookalike}) {
        executive->mayInterleave(
            {Kind::ConnectedCustomers, Kind::PresenceChanged, Kind::WaitingList, Kind::Colleagues, Kind::Contacts});
    }
    jorgeClient.mayInterleave({Kind::ResumeToken, Kind::QueueStatus});
    QVERIFY(juanClient.connectTo(server.port()));
    QVERIFY(juanClient.logInExecutive(juan.id, juan.password));
    QVERIFY(jorgeClient.connectTo(server.port()));
    QVERIFY(jorgeClient.logInCustomer(jorge.id, jorge.password));

    // A session, in which Juan adds Jorge to his contacts; then it ends.
    jorgeClient.send(JoinQueue{1, QStringLiteral("internet")});
    Offer offer;
    QVERIFY(juanClient.next(offer));
    juanClient.send(AnswerOffer{offer.offerId, true});
    SessionStarted started;
    QVERIFY(juanClient.next(started));
    QVERIFY(jorgeClient.next(started));
    juanClient.send(AddContact{2, started.sessionId});
    Contacts contacts;
    do {
        QVERIFY(juanClient.next(contacts));
    } while (contacts.contacts.isEmpty());
    juanClient.send(EndSession{started.sessionId});
    SessionEnded ended;
    QVERIFY(juanClient.next(ended));
    QVERIFY(jorgeClient.next(ended));

    QVERIFY(lookalike.connectTo(server.port()));
    QVERIFY(lookalike.logInExecutive(QStringLiteral("12345678-5"), QStringLiteral("ana-password")));

    // Juan invites Jorge. The lookalike's answer is refused and starts nothing.
    juanClient.send(InviteContact{3, contacts.contacts.constFirst().contactKey, QStringLiteral("internet")});
    Invitation invitation;
    QVERIFY(jorgeClient.next(invitation));
    lookalike.send(AnswerInvitation{invitation.invitationId, true});
    ErrorReply refused;
    QVERIFY(lookalike.next(refused));
    QCOMPARE(refused.code, quint16(ErrorCode::BadState));
    // Nor does the lookalike's leaving cancel Jorge's invitation: it is still his to accept.
    lookalike.send(Logout{});
    QVERIFY(server.waitForOutput(QStringLiteral("Executive Ana Rut is now offline.")));
    jorgeClient.send(AnswerInvitation{invitation.invitationId, true});
    SessionStarted direct;
    QVERIFY(jorgeClient.next(direct));
    QCOMPARE(direct.peerName, juan.fullName);
    InvitationEnded accepted;
    QVERIFY(jorgeClient.next(accepted));
    QCOMPARE(accepted.invitationId, invitation.invitationId);
    QCOMPARE(accepted.outcome, quint8(InvitationOutcome::Accepted));
    QVERIFY(juanClient.next(direct));
    QCOMPARE(direct.peerName, jorge.fullName);
}

QTEST_GUILESS_MAIN(TestTeamAuthorization)
#include "tst_teamauthorization.moc"
