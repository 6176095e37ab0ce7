// An executive's app that stops reading in the middle of a conference, while the customer writes,
// other customers come and go and the line changes: the server gives up on that app once more
// than --max-pending-write waits for it, closes it from the event loop (never inside the send
// loops that found it full), and goes on serving everyone else. Under the sanitizer suite a use
// after free in those loops would stop the server here.
#include "admin/demoaccounts.h"
#include "rawclient.h"
#include "serverprocess.h"
#include "session/executivesession.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace Turno;
using namespace Turno::Protocol;
using Test::RawClient;

namespace
{

// Freezes an app's connection the way a hung app does: the socket moves to a thread of its own,
// which then blocks, so nothing reads it any more and what the server sends piles up (in the
// kernel's buffers, then in the server's). thaw() gives the socket back to the test's thread.
class Freezer
{
public:
    explicit Freezer(QObject &socket) : m_socket(socket)
    {
        m_thread.start();
        m_socket.moveToThread(&m_thread);
        m_blocker.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_blocker, [this] { m_release.acquire(); }, Qt::QueuedConnection);
    }
    ~Freezer() { thaw(); }
    void thaw()
    {
        if (!m_thread.isRunning())
            return;
        m_release.release();
        QThread *home = QThread::currentThread();
        QMetaObject::invokeMethod(
            &m_blocker,
            [this, home] {
                m_socket.moveToThread(home);
                m_blocker.moveToThread(home);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

private:
    struct Blocker : QObject {
    };
    QObject &m_socket;
    QThread m_thread;
    QSemaphore m_release;
    Blocker m_blocker;
};

Admin::DemoAccount demo(const QString &id)
{
    for (const Admin::DemoAccount &a : Admin::demoAccounts()) {
        if (a.id == id)
            return a;
    }
    return {};
}

} // namespace

class TestFrozenExecutive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frozenGuestIsDroppedAndTheRestGoOn();
};

void TestFrozenExecutive::frozenGuestIsDroppedAndTheRestGoOn()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("--max-pending-write"), QStringLiteral("512"),
                           QStringLiteral("--rate-limit"), QStringLiteral("chat=off"), QStringLiteral("--rate-limit"),
                           QStringLiteral("queue=off"), QStringLiteral("--rate-limit"),
                           QStringLiteral("login-per-account=off")}),
             qPrintable(server.error()));
    const Admin::DemoAccount juan = demo(QStringLiteral("jperez"));
    const Admin::DemoAccount maria = demo(QStringLiteral("msoto"));
    const Admin::DemoAccount jorge = demo(QStringLiteral("12.345.678-5"));

    // Juan (a hand-made app) is away, so María gets Jorge; María invites Juan into the session.
    RawClient frozen;
    frozen.mayInterleave({Kind::WaitingList, Kind::PresenceChanged, Kind::Colleagues, Kind::Contacts,
                          Kind::ConnectedCustomers, Kind::History, Kind::Participants, Kind::ChatMessage});
    QVERIFY(frozen.connectTo(server.port()));
    QVERIFY(frozen.logInExecutive(juan.id, juan.password));
    frozen.send(SetPresence{1, quint8(Presence::Away), QStringLiteral("back office")});

    ExecutiveSession host;
    QSignalSpy hostIn(&host, &ExecutiveSession::loggedInAs);
    QVERIFY(host.logIn(server.address(), maria.id, maria.password));
    QVERIFY(hostIn.wait(10'000));
    connect(&host, &ExecutiveSession::offerReceived, &host, [&host] { host.acceptOffer(); });
    QSignalSpy hostReceived(&host, &ExecutiveSession::messageReceived);
    QSignalSpy participants(&host, &ExecutiveSession::participantsChanged);

    RawClient customer;
    customer.mayInterleave({Kind::ResumeToken, Kind::QueueStatus, Kind::Participants, Kind::ChatMessage});
    QVERIFY(customer.connectTo(server.port()));
    QVERIFY(customer.logInCustomer(jorge.id, jorge.password));
    customer.send(JoinQueue{2, QStringLiteral("internet")});
    SessionStarted started;
    QVERIFY(customer.next(started));
    QTRY_VERIFY_WITH_TIMEOUT(host.currentSession() != 0, 10'000);
    QVERIFY(host.inviteToConference(juan.id));
    Invitation invitation;
    QVERIFY(frozen.next(invitation));
    frozen.send(AnswerInvitation{invitation.invitationId, true});
    QTRY_VERIFY_WITH_TIMEOUT(
        !participants.isEmpty() && participants.last().at(1).toStringList().contains(juan.fullName), 10'000);
    const int withJuan = int(participants.last().at(1).toStringList().size());

    // Juan's app freezes. Jorge writes messages of 4,000 bytes, a few dozen at a time as their
    // acknowledgements come (so María, who reads, never falls behind), until Juan has been dropped:
    // past what the kernel's buffers hold and the 512 KiB cap. Meanwhile other customers log in
    // and out and join and leave the line (customer counts and waiting lists for both executives).
    Freezer freezer(frozen.socket());
    const QString text(4000, QLatin1Char('x'));
    const QStringList others{QStringLiteral("10.111.222-5"), QStringLiteral("15.432.876-9"),
                             QStringLiteral("9.876.543-3")};
    const QStringList passwords{QStringLiteral("claudio1234"), QStringLiteral("camila1234"),
                                QStringLiteral("luis12345")};
    int sent = 0;
    int acks = 0;
    int round = 0;
    auto readAcks = [&] {
        ChatAck ack;
        while (customer.next(ack, 5))
            ++acks;
    };
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     while (sent - acks < 40)
                         customer.send(ChatSend{started.sessionId, QStringLiteral("m-%1").arg(sent++), text});
                     readAcks();
                     if (++round % 10 == 0) {
                         RawClient passerBy;
                         passerBy.mayInterleave({Kind::ResumeToken, Kind::QueueStatus});
                         const int i = (round / 10) % 3;
                         if (passerBy.connectTo(server.port()) && passerBy.logInCustomer(others[i], passwords[i])) {
                             passerBy.send(JoinQueue{2, QStringLiteral("wifi")});
                             passerBy.send(LeaveQueue{3});
                             QueueLeft left;
                             passerBy.next(left, 5'000);
                             passerBy.send(Logout{});
                         }
                     }
                     return server.output().contains(QLatin1String("peer is not reading")) || sent > 20'000;
                 },
                 120'000),
             qPrintable(QStringLiteral("%1 sent, %2 acknowledged").arg(sent).arg(acks)));
    QVERIFY2(server.output().contains(QLatin1String("connection from 127.0.0.1 closed: peer is not reading")),
             qPrintable(server.output().right(2000)));
    qInfo("Juan was dropped after %d messages of 4,000 bytes", sent);

    // María and Jorge go on: every message reaches María, Juan has left the session,
    // and María's answer reaches Jorge.
    const int total = sent;
    QTRY_VERIFY_WITH_TIMEOUT((readAcks(), acks == total), 30'000);
    QCOMPARE(customer.unexpected(), QList<quint16>{});
    QTRY_COMPARE_WITH_TIMEOUT(hostReceived.size(), total, 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(!participants.last().at(1).toStringList().contains(juan.fullName), 10'000);
    QCOMPARE(participants.last().at(1).toStringList().size(), withJuan - 1);
    host.sendMessage(QStringLiteral("Sigo aquí, Jorge."));
    ChatMessage answer;
    QVERIFY(customer.next(answer, 10'000));
    QCOMPARE(answer.text, QStringLiteral("Sigo aquí, Jorge."));
    // And the server still takes new log-ins, Juan's included.
    RawClient back;
    back.mayInterleave(
        {Kind::WaitingList, Kind::PresenceChanged, Kind::Colleagues, Kind::Contacts, Kind::ConnectedCustomers});
    QVERIFY(back.connectTo(server.port()));
    QVERIFY(back.logInExecutive(juan.id, juan.password));
    QCOMPARE(server.process().state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(TestFrozenExecutive)
#include "tst_frozenexecutive.moc"
