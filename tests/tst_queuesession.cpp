// The way to an executive across real processes: a turno-server with the demo accounts, two
// executive session controllers and ten customer session controllers. Every customer waits in
// line (places never go back), is offered, accepted, chats, and returns to the menu; a dropped
// connection resumes its place and conversation; the estimate survives a restart. Checks the log
// lines and the database. What the core does without the wire (rejections, time-outs, leaving,
// the grace period, the waiting list, presence) is tested in-process by tst_corequeue.
#include "queueactors.h"
#include "serverprocess.h"
#include "session/customersession.h"
#include "session/executivesession.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <memory>

using namespace Turno;

using Test::accounts;
using Test::Customer;
using Test::Executive;

class TestQueueSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tenCustomersTwoExecutives();
    void resumeKeepsPlaceAndConversation();
    void estimateSurvivesRestart();
};

void TestQueueSession::tenCustomersTwoExecutives()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));

    std::vector<std::unique_ptr<Executive>> executives;
    for (const Admin::DemoAccount &account : accounts(QStringLiteral("executive"))) {
        auto executive = std::make_unique<Executive>();
        QSignalSpy loggedIn(&executive->session, &ExecutiveSession::loggedInAs);
        QVERIFY(executive->session.logIn(server.address(), account.id, account.password));
        QVERIFY(loggedIn.wait(10'000));
        executives.push_back(std::move(executive));
    }
    QCOMPARE(int(executives.size()), 2);

    std::vector<std::unique_ptr<Customer>> customers;
    const QList<Admin::DemoAccount> demoCustomers = accounts(QStringLiteral("customer")).mid(0, 10);
    for (const Admin::DemoAccount &account : demoCustomers) {
        auto customer = std::make_unique<Customer>();
        QSignalSpy loggedIn(&customer->session, &CustomerSession::loggedInAs);
        QVERIFY(customer->session.logIn(server.address(), account.id, account.password));
        QVERIFY(loggedIn.wait(10'000));
        customers.push_back(std::move(customer));
    }
    QCOMPARE(int(customers.size()), 10);
    // Everyone asks for an executive at once.
    for (auto &customer : customers)
        QVERIFY(customer->session.contactExecutive(QStringLiteral("internet")));

    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(customers.begin(), customers.end(), [](const auto &c) { return c->backToMenu; }), 30'000);
    int accepted = 0;
    for (const auto &executive : executives)
        accepted += executive->accepted;
    QCOMPARE(accepted, 10);
    for (const auto &customer : customers) {
        QVERIFY(customer->served);
        QCOMPARE(customer->session.state(), CustomerSession::State::Menu);
        QCOMPARE(customer->received.size(), 1);
        QVERIFY(customer->received.first().startsWith(QLatin1String("Hola ")));
        for (qsizetype i = 1; i < customer->places.size(); ++i)
            QVERIFY2(customer->places[i] <= customer->places[i - 1], "a place went backwards");
    }
    // The last customers to join saw a place further back than the first ones.
    QVERIFY(std::any_of(customers.begin(), customers.end(),
                        [](const auto &c) { return !c->places.isEmpty() && c->places.first() >= 2; }));

    const QString log = server.output();
    QCOMPARE(log.count(QLatin1String("redirected to executive")), 10);
    QVERIFY2(log.contains(QLatin1String("[SERVER] Client Jorge Sandoval redirected to executive ")), qPrintable(log));
    QTRY_COMPARE_WITH_TIMEOUT(Test::queryNumber(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM messages")),
                              qint64(20), 10'000);
    QCOMPARE(Test::queryNumber(server.databasePath(),
                               QStringLiteral("SELECT COUNT(DISTINCT client_message_id) FROM messages")),
             qint64(20));
    QTRY_COMPARE_WITH_TIMEOUT(
        Test::queryNumber(server.databasePath(),
                          QStringLiteral("SELECT COUNT(*) FROM conversations WHERE ended_at_ms IS NOT NULL")),
        qint64(10), 10'000);
    for (const char *action : {"queue-join", "queue-offer", "queue-accept", "session-end"}) {
        QTRY_COMPARE_WITH_TIMEOUT(
            Test::queryNumber(
                server.databasePath(),
                QStringLiteral("SELECT COUNT(*) FROM request_log WHERE action = '%1'").arg(QLatin1String(action))),
            qint64(10), 10'000);
    }
}

void TestQueueSession::resumeKeepsPlaceAndConversation()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("--resume-grace"), QStringLiteral("30")}),
             qPrintable(server.error()));
    const auto execs = accounts(QStringLiteral("executive"));
    const auto demo = accounts(QStringLiteral("customer"));
    ExecutiveSession juan;
    QSignalSpy juanIn(&juan, &ExecutiveSession::loggedInAs);
    QVERIFY(juan.logIn(server.address(), execs[0].id, execs[0].password));
    QVERIFY(juanIn.wait(10'000));
    QSignalSpy offers(&juan, &ExecutiveSession::offerReceived);
    QSignalSpy juanReceived(&juan, &ExecutiveSession::messageReceived);

    CustomerSession first;
    CustomerSession second;
    for (auto [session, account] : {std::pair{&first, demo[0]}, std::pair{&second, demo[1]}}) {
        QSignalSpy in(session, &CustomerSession::loggedInAs);
        QVERIFY(session->logIn(server.address(), account.id, account.password));
        QVERIFY(in.wait(10'000));
        QSignalSpy placed(session, &CustomerSession::queueChanged);
        QVERIFY(session->contactExecutive(QStringLiteral("internet")));
        QVERIFY(placed.wait(10'000));
    }
    QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 1, 10'000); // the first customer rings for Juan; the second waits
    QCOMPARE(second.queueInfo().ahead, 1);

    // Mid-queue: the second customer's connection drops; it comes back in place, no password asked.
    QSignalSpy secondBack(&second, &ClientSession::reconnected);
    QSignalSpy secondPlaced(&second, &CustomerSession::queueChanged);
    second.simulateConnectionLoss();
    QCOMPARE(second.link(), ClientSession::Link::Reconnecting);
    QVERIFY(secondBack.wait(10'000));
    QCOMPARE(second.state(), CustomerSession::State::Waiting);
    QTRY_VERIFY_WITH_TIMEOUT(!secondPlaced.isEmpty(), 10'000);
    QCOMPARE(second.queueInfo().ahead, 1);
    QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] Client %1 reconnected.").arg(demo[1].fullName)));

    // Mid-chat: Juan writes while the first customer is away, and the customer writes too.
    QSignalSpy started(&first, &CustomerSession::sessionStarted);
    QVERIFY(juan.acceptOffer());
    QVERIFY(started.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(juan.currentSession() != 0, 10'000);
    QSignalSpy firstBack(&first, &ClientSession::reconnected);
    QSignalSpy firstReceived(&first, &CustomerSession::messageReceived);
    QSignalSpy delivered(&first, &CustomerSession::messageDelivered);
    first.simulateConnectionLoss();
    QVERIFY(!juan.sendMessage(QStringLiteral("Escribo mientras no estás.")).isEmpty());
    QVERIFY(!first.sendMessage(QStringLiteral("Se me cortó, ¿sigues ahí?")).isEmpty());
    QVERIFY(firstBack.wait(10'000));
    QCOMPARE(first.state(), CustomerSession::State::InSession);
    QTRY_COMPARE_WITH_TIMEOUT(firstReceived.size(), 1, 10'000);
    QCOMPARE(firstReceived.first().at(1).toString(), QStringLiteral("Escribo mientras no estás."));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(juanReceived.size(), 1, 10'000);
    QCOMPARE(juanReceived.first().at(1).toString(), QStringLiteral("Se me cortó, ¿sigues ahí?"));
    QCOMPARE(Test::queryNumber(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM messages")), qint64(2));
}

void TestQueueSession::estimateSurvivesRestart()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    const auto execs = accounts(QStringLiteral("executive"));
    const auto demo = accounts(QStringLiteral("customer"));
    auto juanLogsIn = [&](ExecutiveSession &juan) {
        QSignalSpy in(&juan, &ExecutiveSession::loggedInAs);
        QVERIFY(juan.logIn(server.address(), execs[0].id, execs[0].password));
        QVERIFY(in.wait(10'000));
    };
    auto customerJoins = [&](CustomerSession &customer, const Admin::DemoAccount &account) {
        QSignalSpy in(&customer, &CustomerSession::loggedInAs);
        QVERIFY(customer.logIn(server.address(), account.id, account.password));
        QVERIFY(in.wait(10'000));
        QSignalSpy placed(&customer, &CustomerSession::queueChanged);
        QVERIFY(customer.contactExecutive(QStringLiteral("internet")));
        QVERIFY(placed.wait(10'000));
    };
    {
        ExecutiveSession juan;
        juanLogsIn(juan);
        CustomerSession jorge;
        customerJoins(jorge, demo[0]);
        QVERIFY2(!jorge.queueInfo().estimateKnown, "no session has finished yet: unknown");
        QTRY_VERIFY_WITH_TIMEOUT(juan.currentOffer().has_value(), 10'000);
        QVERIFY(juan.acceptOffer());
        QTRY_VERIFY_WITH_TIMEOUT(juan.currentSession() != 0, 10'000);
        QSignalSpy ended(&jorge, &CustomerSession::sessionEnded);
        QVERIFY(juan.endSession());
        QVERIFY(ended.wait(10'000));
    }
    // The measured handling time is stored; a restarted server estimates from the first customer.
    server.stop();
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    ExecutiveSession juan;
    juanLogsIn(juan);
    CustomerSession claudio;
    customerJoins(claudio, demo[1]);
    QVERIFY(claudio.queueInfo().estimateKnown);
    QCOMPARE(claudio.queueInfo().agents, 1);
}

QTEST_GUILESS_MAIN(TestQueueSession)
#include "tst_queuesession.moc"
