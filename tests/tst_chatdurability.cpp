// Chat at the protocol level, with a hand-made customer client: a message is acknowledged only
// once stored, a resent client message id is neither stored nor shown twice, a resent message whose
// acknowledgement was lost reaches the executive, and nobody can answer offers or write into
// sessions that are not theirs.
#include "admin/demoaccounts.h"
#include "protocol/codec.h"
#include "protocol/framedecoder.h"
#include "rawclient.h"
#include "serverprocess.h"
#include "session/executivesession.h"
#include "testsupport.h"

#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>
#include <memory>

using namespace Turno;
using namespace Turno::Protocol;

namespace
{

using Test::RawClient;

} // namespace

class TestChatDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resendIsHarmlessAndNobodyTrespasses();
    void acknowledgedMessagesSurviveKill();
    void committedResendIsDeliveredOnce();
};

void TestChatDurability::resendIsHarmlessAndNobodyTrespasses()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    Admin::DemoAccount jorge, juan;
    for (const Admin::DemoAccount &a : Admin::demoAccounts()) {
        if (a.id == QLatin1String("12.345.678-5"))
            jorge = a;
        if (a.id == QLatin1String("jperez"))
            juan = a;
    }

    ExecutiveSession executive;
    QSignalSpy executiveIn(&executive, &ExecutiveSession::loggedInAs);
    QVERIFY(executive.logIn(server.address(), juan.id, juan.password));
    QVERIFY(executiveIn.wait(10'000));
    connect(&executive, &ExecutiveSession::offerReceived, &executive, [&executive] { executive.acceptOffer(); });
    QSignalSpy received(&executive, &ExecutiveSession::messageReceived);

    RawClient customer;
    // Pushes this test does not look at: the resume token and the place in line.
    customer.mayInterleave({Kind::ResumeToken, Kind::QueueStatus});
    QVERIFY(customer.connectTo(server.port()));
    customer.send(Hello{});
    customer.send(CustomerLogin{1, jorge.id, jorge.password});
    LoginResult login;
    QVERIFY(customer.next(login));
    QCOMPARE(login.status, quint8(LoginStatus::Ok));
    QCOMPARE(login.requestId, 1u);

    // A customer may not answer offers: refused, and the connection stays.
    customer.send(AnswerOffer{1, true});
    ErrorReply refusal;
    QVERIFY(customer.next(refusal));
    QCOMPARE(refusal.code, quint16(ErrorCode::NotAllowed));
    QCOMPARE(refusal.requestId, 0u); // AnswerOffer carries no request id
    // Nor write into a session that is not theirs.
    customer.send(ChatSend{4242, QStringLiteral("x-1"), QStringLiteral("hello?")});
    QVERIFY(customer.next(refusal));
    QCOMPARE(refusal.code, quint16(ErrorCode::NotAllowed));

    customer.send(JoinQueue{2, QStringLiteral("internet")});
    SessionStarted started;
    QVERIFY(customer.next(started));
    QCOMPARE(started.peerName, QStringLiteral("Juan Perez"));

    const ChatSend message{started.sessionId, QStringLiteral("jorge-msg-1"),
                           QStringLiteral("Mi router parpadea en rojo.")};
    customer.send(message);
    ChatAck first;
    QVERIFY(customer.next(first));
    QCOMPARE(first.clientMessageId, message.clientMessageId);
    // Acknowledged means stored: the row is in the database now.
    QCOMPARE(Test::queryNumber(server.databasePath(),
                               QStringLiteral("SELECT COUNT(*) FROM messages WHERE client_message_id = 'jorge-msg-1'")),
             qint64(1));

    // The same message again, as after a reconnect: same ack, no second row, no second delivery.
    customer.send(message);
    ChatAck second;
    QVERIFY(customer.next(second));
    QCOMPARE(second.messageId, first.messageId);
    QCOMPARE(second.atMs, first.atMs);
    QCOMPARE(Test::queryNumber(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM messages")), qint64(1));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10'000);
    // A marker message after the resend shows the executive got nothing else in between.
    customer.send(ChatSend{started.sessionId, QStringLiteral("jorge-msg-2"), QStringLiteral("¿Sigues ahí?")});
    ChatAck third;
    QVERIFY(customer.next(third));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 10'000);
    QCOMPARE(received.at(0).at(1).toString(), message.text);
    QCOMPARE(received.at(1).at(1).toString(), QStringLiteral("¿Sigues ahí?"));

    // Another executive can read neither this customer's history nor write notes into the session.
    Admin::DemoAccount maria;
    for (const Admin::DemoAccount &a : Admin::demoAccounts()) {
        if (a.id == QLatin1String("msoto"))
            maria = a;
    }
    RawClient intruder;
    intruder.mayInterleave(
        {Kind::ConnectedCustomers, Kind::PresenceChanged, Kind::WaitingList, Kind::Colleagues, Kind::Contacts});
    QVERIFY(intruder.connectTo(server.port()));
    intruder.send(Hello{});
    intruder.send(ExecutiveLogin{1, maria.id, maria.password});
    LoginResult intruderIn;
    QVERIFY(intruder.next(intruderIn));
    QCOMPARE(intruderIn.status, quint8(LoginStatus::Ok));
    intruder.send(RequestHistory{2, started.sessionId, {}, 0});
    ErrorReply denied;
    QVERIFY(intruder.next(denied));
    QCOMPARE(denied.code, quint16(ErrorCode::NotAllowed));
    QCOMPARE(denied.requestId, 2u);
    intruder.send(AddNote{3, started.sessionId, QStringLiteral("intruso")});
    QVERIFY(intruder.next(denied));
    QCOMPARE(denied.code, quint16(ErrorCode::NotAllowed));
    QCOMPARE(denied.requestId, 3u);
    intruder.send(EndSession{started.sessionId});
    QVERIFY(intruder.next(denied));
    QCOMPARE(denied.code, quint16(ErrorCode::NotAllowed));
    // And a customer cannot ask for histories at all.
    customer.send(RequestHistory{9, started.sessionId, {}, 0});
    QVERIFY(customer.next(denied));
    QCOMPARE(denied.code, quint16(ErrorCode::NotAllowed));

    // The executive's reply reaches the customer; nobody ever receives an address.
    executive.sendMessage(QStringLiteral("Reinicia el router, por favor."));
    ChatMessage reply;
    QVERIFY(customer.next(reply));
    QCOMPARE(reply.fromName, QStringLiteral("Juan Perez"));
    QCOMPARE(reply.text, QStringLiteral("Reinicia el router, por favor."));
    QVERIFY(!reply.text.contains(QLatin1String("127.0.0.1")));
}

void TestChatDurability::acknowledgedMessagesSurviveKill()
{
    // Thousands of messages at once, far over the chat rate limit (tst_ratelimits tests that).
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("--rate-limit"), QStringLiteral("chat=off")}),
             qPrintable(server.error()));
    Admin::DemoAccount jorge, juan;
    for (const Admin::DemoAccount &a : Admin::demoAccounts()) {
        if (a.id == QLatin1String("12.345.678-5"))
            jorge = a;
        if (a.id == QLatin1String("jperez"))
            juan = a;
    }
    ExecutiveSession executive;
    QSignalSpy executiveIn(&executive, &ExecutiveSession::loggedInAs);
    QVERIFY(executive.logIn(server.address(), juan.id, juan.password));
    QVERIFY(executiveIn.wait(10'000));
    connect(&executive, &ExecutiveSession::offerReceived, &executive, [&executive] { executive.acceptOffer(); });

    RawClient customer;
    customer.mayInterleave({Kind::ResumeToken, Kind::QueueStatus});
    QVERIFY(customer.connectTo(server.port()));
    customer.send(Hello{});
    customer.send(CustomerLogin{1, jorge.id, jorge.password});
    LoginResult login;
    QVERIFY(customer.next(login));
    customer.send(JoinQueue{2, QStringLiteral("internet")});
    SessionStarted started;
    QVERIFY(customer.next(started));

    // A burst of messages; the server is killed (SIGKILL) while they are still being written.
    constexpr int total = 3000;
    for (int i = 0; i < total; ++i)
        customer.send(
            ChatSend{started.sessionId, QStringLiteral("burst-%1").arg(i), QStringLiteral("mensaje %1").arg(i)});
    QStringList acknowledged;
    ChatAck ack;
    while (acknowledged.size() < 100 && customer.next(ack, 5'000))
        acknowledged.append(ack.clientMessageId);
    server.kill();
    while (customer.next(ack, 200)) // acks already on their way before the kill
        acknowledged.append(ack.clientMessageId);
    QVERIFY2(acknowledged.size() >= 100, "some messages were acknowledged before the kill");
    QCOMPARE(customer.unexpected(), QList<quint16>{}); // the loops above ended on a timeout, not on a stray message

    // Restarted on the same database: every acknowledged message is there, exactly once.
    QVERIFY2(server.start({QStringLiteral("--rate-limit"), QStringLiteral("chat=off")}), qPrintable(server.error()));
    for (const QString &id : std::as_const(acknowledged)) {
        QCOMPARE(
            Test::queryNumber(server.databasePath(),
                              QStringLiteral("SELECT COUNT(*) FROM messages WHERE client_message_id = '%1'").arg(id)),
            qint64(1));
    }
    QCOMPARE(Test::queryNumber(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM messages")),
             Test::queryNumber(server.databasePath(),
                               QStringLiteral("SELECT COUNT(DISTINCT client_message_id) FROM messages")));
    const qint64 storedBefore =
        Test::queryNumber(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM messages"));
    qInfo("acknowledged before the kill: %lld of %d; stored: %lld", qlonglong(acknowledged.size()), total,
          storedBefore);

    // The customer logs in again, reaches an executive, and resends everything it sent: the
    // acknowledged messages are acknowledged again and not stored twice, and the new executive,
    // who saw none of them, is shown each once (those stored before the kill too).
    ExecutiveSession again;
    QSignalSpy againIn(&again, &ExecutiveSession::loggedInAs);
    QVERIFY(again.logIn(server.address(), juan.id, juan.password));
    QVERIFY(againIn.wait(10'000));
    connect(&again, &ExecutiveSession::offerReceived, &again, [&again] { again.acceptOffer(); });
    QSignalSpy shown(&again, &ExecutiveSession::messageReceived);
    RawClient back;
    back.mayInterleave({Kind::ResumeToken, Kind::QueueStatus});
    QVERIFY(back.connectTo(server.port()));
    back.send(Hello{});
    back.send(CustomerLogin{1, jorge.id, jorge.password});
    QVERIFY(back.next(login));
    QCOMPARE(login.status, quint8(LoginStatus::Ok));
    back.send(JoinQueue{2, QStringLiteral("internet")});
    SessionStarted restarted;
    QVERIFY(back.next(restarted));
    for (int i = 0; i < total; ++i)
        back.send(
            ChatSend{restarted.sessionId, QStringLiteral("burst-%1").arg(i), QStringLiteral("mensaje %1").arg(i)});
    int acks = 0;
    while (acks < total && back.next(ack, 10'000))
        ++acks;
    QCOMPARE(acks, total);
    QCOMPARE(Test::queryNumber(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM messages")), qint64(total));
    QCOMPARE(Test::queryNumber(server.databasePath(),
                               QStringLiteral("SELECT COUNT(DISTINCT client_message_id) FROM messages")),
             qint64(total));
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), total, 10'000);
    QSet<QString> distinct;
    for (const QList<QVariant> &message : std::as_const(shown))
        distinct.insert(message.at(1).toString());
    QCOMPARE(distinct.size(), total);
}

void TestChatDurability::committedResendIsDeliveredOnce()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    Admin::DemoAccount jorge, juan;
    for (const Admin::DemoAccount &a : Admin::demoAccounts()) {
        if (a.id == QLatin1String("12.345.678-5"))
            jorge = a;
        if (a.id == QLatin1String("jperez"))
            juan = a;
    }
    auto storedId = [&server](const QString &clientMessageId) {
        return Test::queryNumber(
            server.databasePath(),
            QStringLiteral("SELECT id FROM messages WHERE client_message_id = '%1'").arg(clientMessageId));
    };
    auto executiveIn = [&server, &juan](ExecutiveSession &executive) {
        QSignalSpy in(&executive, &ExecutiveSession::loggedInAs);
        QObject::connect(&executive, &ExecutiveSession::offerReceived, &executive,
                         [&executive] { executive.acceptOffer(); });
        return executive.logIn(server.address(), juan.id, juan.password) && in.wait(10'000);
    };
    auto texts = [](const QSignalSpy &spy) {
        QStringList list;
        for (const QList<QVariant> &message : spy)
            list.append(message.at(1).toString());
        return list;
    };

    ExecutiveSession executive;
    QVERIFY(executiveIn(executive));
    QSignalSpy received(&executive, &ExecutiveSession::messageReceived);

    auto customer = std::make_unique<RawClient>();
    customer->mayInterleave({Kind::QueueStatus});
    QVERIFY(customer->connectTo(server.port()));
    QVERIFY(customer->logInCustomer(jorge.id, jorge.password));
    ResumeToken token;
    QVERIFY(customer->next(token));
    customer->mayInterleave({Kind::ResumeToken});
    customer->send(JoinQueue{2, QStringLiteral("internet")});
    SessionStarted started;
    QVERIFY(customer->next(started));

    // Sent and committed, but the connection drops before the customer reads the acknowledgement.
    const ChatSend lost{started.sessionId, QStringLiteral("lost-ack-1"), QStringLiteral("¿Me escuchan?")};
    customer->send(lost);
    QTRY_VERIFY_WITH_TIMEOUT(storedId(lost.clientMessageId) > 0, 10'000);
    customer.reset();

    // Back with the resume token: the resend is acknowledged as the stored message, and the
    // executive, who may be sent it again, shows it once.
    customer = std::make_unique<RawClient>();
    customer->mayInterleave({Kind::ResumeToken, Kind::SessionStarted, Kind::QueueStatus});
    QVERIFY(customer->connectTo(server.port()));
    customer->send(Hello{});
    customer->send(Resume{1, token.token, 0});
    LoginResult resumed;
    QVERIFY(customer->next(resumed));
    QCOMPARE(resumed.status, quint8(LoginStatus::Ok));
    customer->send(lost);
    ChatAck ack;
    QVERIFY(customer->next(ack));
    QCOMPARE(ack.clientMessageId, lost.clientMessageId);
    QCOMPARE(qint64(ack.messageId), storedId(lost.clientMessageId));
    customer->send(ChatSend{started.sessionId, QStringLiteral("lost-ack-2"), QStringLiteral("Sigo aquí.")});
    QVERIFY(customer->next(ack));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 10'000);
    QCOMPARE(texts(received), (QStringList{lost.text, QStringLiteral("Sigo aquí.")}));

    // Committed, then the server dies before the acknowledgement is read: after the restart the
    // customer reaches an executive again and resends it. The message is acknowledged with its
    // stored id and reaches this executive, who never had it, exactly once.
    const ChatSend crashed{started.sessionId, QStringLiteral("lost-ack-3"), QStringLiteral("Se cortó todo.")};
    customer->send(crashed);
    QTRY_VERIFY_WITH_TIMEOUT(storedId(crashed.clientMessageId) > 0, 10'000);
    server.kill();
    customer.reset();
    QVERIFY2(server.start(), qPrintable(server.error()));
    ExecutiveSession again;
    QVERIFY(executiveIn(again));
    QSignalSpy shown(&again, &ExecutiveSession::messageReceived);
    customer = std::make_unique<RawClient>();
    customer->mayInterleave({Kind::ResumeToken, Kind::QueueStatus});
    QVERIFY(customer->connectTo(server.port()));
    QVERIFY(customer->logInCustomer(jorge.id, jorge.password));
    customer->send(JoinQueue{2, QStringLiteral("internet")});
    SessionStarted restarted;
    QVERIFY(customer->next(restarted));
    const ChatSend resent{restarted.sessionId, crashed.clientMessageId, crashed.text};
    for (int i = 0; i < 2; ++i) { // twice: the second copy is not shown either
        customer->send(resent);
        QVERIFY(customer->next(ack));
        QCOMPARE(qint64(ack.messageId), storedId(crashed.clientMessageId));
    }
    customer->send(ChatSend{restarted.sessionId, QStringLiteral("lost-ack-4"), QStringLiteral("¿Me leen?")});
    QVERIFY(customer->next(ack));
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 10'000);
    QCOMPARE(texts(shown), (QStringList{crashed.text, QStringLiteral("¿Me leen?")}));
    QCOMPARE(Test::queryNumber(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM messages")), qint64(4));
}

QTEST_GUILESS_MAIN(TestChatDurability)
#include "tst_chatdurability.moc"
