// The way to an executive across real processes: a turno-server with the demo accounts, two
// executive session controllers and ten customer session controllers. Every customer waits in
// line (places never go back), is offered, accepted, chats, and returns to the menu; offers
// rejected or left ringing go to the next executive. Checks the log lines and the database.
#include "admin/demoaccounts.h"
#include "serverprocess.h"
#include "session/customersession.h"
#include "session/executivesession.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <memory>

using namespace Turno;

namespace
{

QList<Admin::DemoAccount> accounts(const QString &kind)
{
    QList<Admin::DemoAccount> list;
    for (const Admin::DemoAccount &account : Admin::demoAccounts()) {
        if (account.kind == kind)
            list.append(account);
    }
    return list;
}

qint64 count(const QString &databasePath, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("queue-reader"));
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("queue-reader"));
    return value;
}

// An executive who accepts every offer, greets the customer and waits for the customer to end.
struct Executive {
    ExecutiveSession session;
    int accepted = 0;
    explicit Executive(bool autoAccept = true)
    {
        if (autoAccept)
            QObject::connect(&session, &ExecutiveSession::offerReceived, &session, [this] { session.acceptOffer(); });
        QObject::connect(&session, &ExecutiveSession::sessionStarted, &session, [this](quint32, const QString &name) {
            ++accepted;
            session.sendMessage(QStringLiteral("Hola %1, soy %2. ¿En qué te ayudo?").arg(name, session.firstName()));
        });
    }
};

// A customer who joins the line, answers the executive's greeting, then ends the conversation.
struct Customer {
    CustomerSession session;
    QList<int> places;
    QStringList received;
    bool served = false;
    bool backToMenu = false;
    Customer()
    {
        QObject::connect(&session, &CustomerSession::queueChanged, &session,
                         [this](const QueueInfo &info) { places.append(info.ahead); });
        QObject::connect(&session, &CustomerSession::messageReceived, &session,
                         [this](const QString &, const QString &text) {
                             received.append(text);
                             session.sendMessage(QStringLiteral("Mi internet no funciona."));
                         });
        QObject::connect(&session, &CustomerSession::messageDelivered, &session, [this] {
            served = true;
            session.endSession();
        });
        QObject::connect(&session, &CustomerSession::sessionEnded, &session, [this] { backToMenu = true; });
    }
};

} // namespace

class TestQueueSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tenCustomersTwoExecutives();
    void rejectedAndUnansweredOffersGoOn();
    void leavingMovesEveryoneUp();
    void resumeKeepsPlaceAndConversation();
    void placeIsReleasedAfterGrace();
    void executivesSeeTheLineLive();
    void presenceWrapUpAndMissedOffers();
    void historyAndNotes();
    void historyFollowsTheLogNotTheClock();
    void claimRaceHasOneWinner();
    void executiveLeavingEndsTheSession();
    void executiveRestartsForCustomer();
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
    QTRY_COMPARE_WITH_TIMEOUT(count(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM messages")), qint64(20),
                              10'000);
    QCOMPARE(count(server.databasePath(), QStringLiteral("SELECT COUNT(DISTINCT client_message_id) FROM messages")),
             qint64(20));
    QTRY_COMPARE_WITH_TIMEOUT(count(server.databasePath(),
                                    QStringLiteral("SELECT COUNT(*) FROM conversations WHERE ended_at_ms IS NOT NULL")),
                              qint64(10), 10'000);
    for (const char *action : {"queue-join", "queue-offer", "queue-accept", "session-end"}) {
        QTRY_COMPARE_WITH_TIMEOUT(
            count(server.databasePath(),
                  QStringLiteral("SELECT COUNT(*) FROM request_log WHERE action = '%1'").arg(QLatin1String(action))),
            qint64(10), 10'000);
    }
}

void TestQueueSession::rejectedAndUnansweredOffersGoOn()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("--ring-timeout"), QStringLiteral("0.5")}),
             qPrintable(server.error()));
    const auto execs = accounts(QStringLiteral("executive"));
    Executive juan(false);
    QSignalSpy juanIn(&juan.session, &ExecutiveSession::loggedInAs);
    QVERIFY(juan.session.logIn(server.address(), execs[0].id, execs[0].password));
    QVERIFY(juanIn.wait(10'000));

    struct {
        CustomerSession session; // a customer who only does what the test says
    } jorge;
    QSignalSpy jorgeIn(&jorge.session, &CustomerSession::loggedInAs);
    const auto demo = accounts(QStringLiteral("customer"));
    QVERIFY(jorge.session.logIn(server.address(), demo[0].id, demo[0].password));
    QVERIFY(jorgeIn.wait(10'000));
    QSignalSpy restarted(&jorge.session, &CustomerSession::restartFinished);
    jorge.session.restartInternet();
    QVERIFY(restarted.wait(10'000));

    QSignalSpy offers(&juan.session, &ExecutiveSession::offerReceived);
    QSignalSpy ended(&juan.session, &ExecutiveSession::offerEnded);
    QVERIFY(jorge.session.contactExecutive(QStringLiteral("internet")));
    QVERIFY(offers.wait(10'000));
    const OfferInfo first = offers.first().first().value<OfferInfo>();
    QCOMPARE(first.customerName, demo[0].fullName);
    QCOMPARE(first.lastAction, QStringLiteral("Restarted the internet service"));
    // Rejected: the only executive is offered the same customer again.
    QVERIFY(juan.session.rejectOffer());
    QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 2, 10'000);
    QVERIFY(ended.first().at(1).toString().contains(QLatin1String("You rejected")));
    // Not answered: it times out and is offered again.
    QTRY_VERIFY_WITH_TIMEOUT(ended.size() >= 2, 10'000);
    QVERIFY(ended.at(1).at(1).toString().contains(QLatin1String("not answered in time")));
    QTRY_VERIFY_WITH_TIMEOUT(offers.size() >= 3, 10'000);
    QVERIFY(juan.session.acceptOffer());
    QSignalSpy started(&jorge.session, &CustomerSession::sessionStarted);
    QVERIFY(started.wait(10'000));
    QCOMPARE(started.first().first().toString(), QStringLiteral("Juan Perez"));
    // Both sides are told; the executive's notice may land a moment after the customer's.
    QTRY_VERIFY_WITH_TIMEOUT(juan.session.currentSession() != 0, 10'000);
    QVERIFY(server.waitForOutput(QStringLiteral("did not answer the offer of client")));
    QVERIFY(server.output().contains(QLatin1String("rejected client")));
    // The executive ends it; the customer is back at the menu.
    QSignalSpy sessionEnded(&jorge.session, &CustomerSession::sessionEnded);
    QVERIFY(juan.session.endSession());
    QVERIFY(sessionEnded.wait(10'000));
    QVERIFY(sessionEnded.first().first().toString().contains(QLatin1String("Juan Perez ended the conversation")));
    QCOMPARE(jorge.session.state(), CustomerSession::State::Menu);
}

void TestQueueSession::leavingMovesEveryoneUp()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    const auto demo = accounts(QStringLiteral("customer"));
    std::vector<std::unique_ptr<Customer>> customers;
    for (int i = 0; i < 4; ++i) {
        auto customer = std::make_unique<Customer>();
        QSignalSpy in(&customer->session, &CustomerSession::loggedInAs);
        QVERIFY(customer->session.logIn(server.address(), demo[i].id, demo[i].password));
        QVERIFY(in.wait(10'000));
        QSignalSpy placed(&customer->session, &CustomerSession::queueChanged);
        QVERIFY(customer->session.contactExecutive(QStringLiteral("wifi")));
        QVERIFY(placed.wait(10'000));
        QCOMPARE(customer->session.queueInfo().ahead, i);
        QVERIFY2(!customer->session.queueInfo().estimateKnown, "no executive and no data yet: unknown");
        customers.push_back(std::move(customer));
    }
    QSignalSpy left(&customers[1]->session, &CustomerSession::queueLeft);
    QVERIFY(customers[1]->session.leaveQueue());
    QVERIFY(left.wait(10'000));
    QCOMPARE(customers[1]->session.state(), CustomerSession::State::Menu);
    QTRY_COMPARE_WITH_TIMEOUT(customers[2]->session.queueInfo().ahead, 1, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(customers[3]->session.queueInfo().ahead, 2, 10'000);
    QCOMPARE(customers[0]->session.queueInfo().ahead, 0);
    // A customer who logs out (an explicit goodbye, not a drop) gives the place up at once.
    customers[0]->session.logOut();
    QTRY_COMPARE_WITH_TIMEOUT(customers[2]->session.queueInfo().ahead, 0, 10'000);
    QVERIFY(server.waitForOutput(QStringLiteral("left the queue.")));
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
    QCOMPARE(count(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM messages")), qint64(2));
}

void TestQueueSession::placeIsReleasedAfterGrace()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("--resume-grace"), QStringLiteral("0.5")}),
             qPrintable(server.error()));
    const auto demo = accounts(QStringLiteral("customer"));
    CustomerSession first;
    CustomerSession second;
    for (auto [session, account] : {std::pair{&first, demo[0]}, std::pair{&second, demo[1]}}) {
        QSignalSpy in(session, &CustomerSession::loggedInAs);
        QVERIFY(session->logIn(server.address(), account.id, account.password));
        QVERIFY(in.wait(10'000));
        QSignalSpy placed(session, &CustomerSession::queueChanged);
        QVERIFY(session->contactExecutive(QStringLiteral("wifi")));
        QVERIFY(placed.wait(10'000));
    }
    QCOMPARE(second.queueInfo().ahead, 1);
    // The first customer drops and gives up before coming back: the place is kept for the grace
    // period, then released, and the line moves up.
    first.simulateConnectionLoss();
    first.logOut();
    QVERIFY(server.waitForOutput(QStringLiteral("did not come back in time; their place was released.")));
    QTRY_COMPARE_WITH_TIMEOUT(second.queueInfo().ahead, 0, 10'000);
}

void TestQueueSession::executivesSeeTheLineLive()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    const auto demo = accounts(QStringLiteral("customer"));
    std::vector<std::unique_ptr<CustomerSession>> customers;
    for (int i = 0; i < 3; ++i) {
        auto customer = std::make_unique<CustomerSession>();
        QSignalSpy in(customer.get(), &CustomerSession::loggedInAs);
        QVERIFY(customer->logIn(server.address(), demo[i].id, demo[i].password));
        QVERIFY(in.wait(10'000));
        QSignalSpy placed(customer.get(), &CustomerSession::queueChanged);
        QVERIFY(customer->contactExecutive(QStringLiteral("wifi")));
        QVERIFY(placed.wait(10'000));
        customers.push_back(std::move(customer));
    }
    const auto execs = accounts(QStringLiteral("executive"));
    ExecutiveSession juan;
    QSignalSpy juanIn(&juan, &ExecutiveSession::loggedInAs);
    QVERIFY(juan.logIn(server.address(), execs[0].id, execs[0].password));
    QVERIFY(juanIn.wait(10'000));
    // Oldest first, including the one ringing for Juan right now.
    QTRY_COMPARE_WITH_TIMEOUT(juan.waitingTotal(), 3, 10'000);
    QCOMPARE(juan.waitingCustomers().at(0).customerName, demo[0].fullName);
    QCOMPARE(juan.waitingCustomers().at(2).customerName, demo[2].fullName);
    QCOMPARE(juan.waitingCustomers().at(1).service, QStringLiteral("Wi-Fi"));
    QVERIFY(juan.waitingCustomers().at(0).waitingSince <= QDateTime::currentDateTime());
    QVERIFY(customers[1]->leaveQueue());
    QTRY_COMPARE_WITH_TIMEOUT(juan.waitingTotal(), 2, 10'000);
    QCOMPARE(juan.waitingCustomers().at(1).customerName, demo[2].fullName);
}

void TestQueueSession::presenceWrapUpAndMissedOffers()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("--wrap-up"), QStringLiteral("1"),
                           QStringLiteral("--ring-timeout"), QStringLiteral("0.3"), QStringLiteral("--missed-offers"),
                           QStringLiteral("2")}),
             qPrintable(server.error()));
    using Turno::Protocol::Presence;
    const auto execs = accounts(QStringLiteral("executive"));
    const auto demo = accounts(QStringLiteral("customer"));
    ExecutiveSession juan;
    QSignalSpy juanIn(&juan, &ExecutiveSession::loggedInAs);
    QSignalSpy offers(&juan, &ExecutiveSession::offerReceived);
    QSignalSpy away(&juan, &ExecutiveSession::awayForMissedOffers);
    QVERIFY(juan.logIn(server.address(), execs[0].id, execs[0].password));
    QVERIFY(juanIn.wait(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(juan.presence(), Presence::Available, 10'000);

    auto join = [&](CustomerSession &customer, const Admin::DemoAccount &account) {
        QSignalSpy in(&customer, &CustomerSession::loggedInAs);
        QVERIFY(customer.logIn(server.address(), account.id, account.password));
        QVERIFY(in.wait(10'000));
        QVERIFY(customer.contactExecutive(QStringLiteral("internet")));
    };
    CustomerSession first, second, third;
    join(first, demo[0]);
    QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 1, 10'000);
    QVERIFY(juan.acceptOffer());
    QTRY_COMPARE_WITH_TIMEOUT(juan.presence(), Presence::Busy, 10'000);
    join(second, demo[1]);

    // After the session: after-call work, visible as its own state, and no offer meanwhile.
    QVERIFY(juan.endSession());
    QTRY_COMPARE_WITH_TIMEOUT(juan.presence(), Presence::AfterCallWork, 10'000);
    QCOMPARE(offers.size(), 1);
    QCOMPARE(second.state(), CustomerSession::State::Waiting);
    // The wrap-up time runs out: available again, and the waiting customer is offered.
    QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 2, 10'000);
    QVERIFY(juan.acceptOffer());
    QTRY_COMPARE_WITH_TIMEOUT(juan.presence(), Presence::Busy, 10'000);
    QVERIFY(juan.endSession());
    QTRY_COMPARE_WITH_TIMEOUT(juan.presence(), Presence::AfterCallWork, 10'000);
    // "Ready now" ends after-call work early.
    juan.setAvailable();
    QTRY_COMPARE_WITH_TIMEOUT(juan.presence(), Presence::Available, 10'000);

    // Two offers in a row left ringing: Away, with the reason, and told so.
    join(third, demo[2]);
    QTRY_COMPARE_WITH_TIMEOUT(away.size(), 1, 10'000);
    QCOMPARE(juan.presence(), Presence::Away);
    QCOMPARE(juan.presenceReason(), QStringLiteral("missed offers"));
    QCOMPARE(offers.size(), 4);
    QCOMPARE(third.state(), CustomerSession::State::Waiting);
    QTRY_COMPARE_WITH_TIMEOUT(third.queueInfo().agents, 0, 10'000); // nobody serves the line now
    QVERIFY(server.waitForOutput(QStringLiteral("Executive Juan Perez is now away (missed-offers).")));
    // Back to available: the customer is offered again.
    juan.setAvailable();
    QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 5, 10'000);
}

void TestQueueSession::historyAndNotes()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    const auto execs = accounts(QStringLiteral("executive"));
    const auto demo = accounts(QStringLiteral("customer"));
    ExecutiveSession juan;
    QSignalSpy juanIn(&juan, &ExecutiveSession::loggedInAs);
    QVERIFY(juan.logIn(server.address(), execs[0].id, execs[0].password));
    QVERIFY(juanIn.wait(10'000));
    QVERIFY2(!juan.requestHistory(), "no session, no history");
    connect(&juan, &ExecutiveSession::offerReceived, &juan, [&juan] { juan.acceptOffer(); });

    CustomerSession jorge;
    QSignalSpy in(&jorge, &CustomerSession::loggedInAs);
    QVERIFY(jorge.logIn(server.address(), demo[0].id, demo[0].password));
    QVERIFY(in.wait(10'000));
    QSignalSpy restarted(&jorge, &CustomerSession::restartFinished);
    jorge.restartInternet();
    QVERIFY(restarted.wait(10'000));
    QVERIFY(jorge.contactExecutive(QStringLiteral("internet")));
    QTRY_VERIFY_WITH_TIMEOUT(juan.currentSession() != 0, 10'000);

    QSignalSpy noted(&juan, &ExecutiveSession::noteAdded);
    QVERIFY(juan.addNote(QStringLiteral("Router antiguo; ofrecer recambio.")));
    QVERIFY(noted.wait(10'000));
    QVERIFY(!juan.addNote(QStringLiteral("   ")));

    QSignalSpy history(&juan, &ExecutiveSession::historyReceived);
    QVERIFY(juan.requestHistory());
    QVERIFY(history.wait(10'000));
    QCOMPARE(history.first().at(0).toString(), demo[0].fullName);
    QStringList lines;
    for (const HistoryItem &item : history.first().at(1).value<QList<HistoryItem>>())
        lines.append(item.description);
    QVERIFY2(lines.contains(QStringLiteral("Restarted the internet service.")), qPrintable(lines.join(" | ")));
    QVERIFY2(lines.contains(QStringLiteral("Asked for an executive (Internet).")), qPrintable(lines.join(" | ")));
    QVERIFY2(lines.contains(QStringLiteral("Note by Juan Perez: Router antiguo; ofrecer recambio.")),
             qPrintable(lines.join(" | ")));
    // Oldest first: the log-in comes before the note.
    QVERIFY(lines.indexOf(QStringLiteral("Logged in.")) <
            lines.indexOf(QStringLiteral("Note by Juan Perez: Router antiguo; ofrecer recambio.")));
}

void TestQueueSession::historyFollowsTheLogNotTheClock()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    const auto execs = accounts(QStringLiteral("executive"));
    const auto demo = accounts(QStringLiteral("customer"));
    // A note written before the server's clock was set back an hour: it has the log's earlier id
    // but a later time than everything Jorge does below.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("history-writer"));
        db.setDatabaseName(server.databasePath());
        QVERIFY(db.open());
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO request_log (at_ms, actor_kind, actor, action, detail, result) "
                                      "VALUES (?, 'customer', '12345678-5', 'note', 'Before the clock went back.', "
                                      "'Juan Perez')"));
        insert.addBindValue(QDateTime::currentMSecsSinceEpoch() + 3'600'000);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("history-writer"));

    ExecutiveSession juan;
    QSignalSpy juanIn(&juan, &ExecutiveSession::loggedInAs);
    QVERIFY(juan.logIn(server.address(), execs[0].id, execs[0].password));
    QVERIFY(juanIn.wait(10'000));
    connect(&juan, &ExecutiveSession::offerReceived, &juan, [&juan] { juan.acceptOffer(); });
    CustomerSession jorge;
    QSignalSpy in(&jorge, &CustomerSession::loggedInAs);
    QCOMPARE(demo[0].id, QStringLiteral("12.345.678-5"));
    QVERIFY(jorge.logIn(server.address(), demo[0].id, demo[0].password));
    QVERIFY(in.wait(10'000));
    QVERIFY(jorge.contactExecutive(QStringLiteral("internet")));
    QTRY_VERIFY_WITH_TIMEOUT(juan.currentSession() != 0, 10'000);

    QSignalSpy history(&juan, &ExecutiveSession::historyReceived);
    QVERIFY(juan.requestHistory());
    QVERIFY(history.wait(10'000));
    QStringList lines;
    for (const HistoryItem &item : history.first().at(1).value<QList<HistoryItem>>())
        lines.append(item.description);
    const QString note = QStringLiteral("Note by Juan Perez: Before the clock went back.");
    QVERIFY2(lines.size() >= 3, qPrintable(lines.join(" | ")));
    QCOMPARE(lines.first(), note);
    QVERIFY2(lines.indexOf(note) < lines.indexOf(QStringLiteral("Logged in.")), qPrintable(lines.join(" | ")));
}

void TestQueueSession::claimRaceHasOneWinner()
{
    // Two executives, both away, claim the same waiting customer at once, 100 times: exactly one
    // gets the session each time, the other is told at once, and nothing is left half-assigned.
    // Jorge joins the line 100 times in a few seconds, over the queue rate limit (tst_ratelimits).
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("--rate-limit"), QStringLiteral("queue=off")}),
             qPrintable(server.error()));
    using Turno::Protocol::Presence;
    const auto execs = accounts(QStringLiteral("executive"));
    const auto demo = accounts(QStringLiteral("customer"));
    ExecutiveSession juan, maria;
    for (auto [session, account] : {std::pair{&juan, execs[0]}, std::pair{&maria, execs[1]}}) {
        QSignalSpy in(session, &ExecutiveSession::loggedInAs);
        QVERIFY(session->logIn(server.address(), account.id, account.password));
        QVERIFY(in.wait(10'000));
        session->setAway(QStringLiteral("back office"));
        QTRY_COMPARE_WITH_TIMEOUT(session->presence(), Presence::Away, 10'000);
    }
    CustomerSession jorge;
    QSignalSpy in(&jorge, &CustomerSession::loggedInAs);
    QVERIFY(jorge.logIn(server.address(), demo[0].id, demo[0].password));
    QVERIFY(in.wait(10'000));
    QSignalSpy juanRefused(&juan, &ClientSession::requestRefused);
    QSignalSpy mariaRefused(&maria, &ClientSession::requestRefused);
    int juanWins = 0;
    int mariaWins = 0;
    QString previousKey;
    auto listsShowNewWait = [&] {
        // Queue panels are pushed a moment after a change: wait for this round's wait, not the
        // previous round's (whose key is gone).
        return juan.waitingTotal() == 1 && maria.waitingTotal() == 1 &&
               juan.waitingCustomers().constFirst().key != previousKey &&
               maria.waitingCustomers().constFirst().key != previousKey;
    };
    for (int round = 0; round < 100; ++round) {
        QVERIFY(jorge.contactExecutive(QStringLiteral("internet")));
        QTRY_VERIFY_WITH_TIMEOUT(listsShowNewWait(), 10'000);
        const QString key = juan.waitingCustomers().constFirst().key;
        previousKey = key;
        QCOMPARE(maria.waitingCustomers().constFirst().key, key);
        // Alternate who sends first, so both orders are raced.
        ExecutiveSession &first = round % 2 ? juan : maria;
        ExecutiveSession &second = round % 2 ? maria : juan;
        QVERIFY(first.claimCustomer(key));
        QVERIFY(second.claimCustomer(key));
        const qsizetype refusedBefore = juanRefused.size() + mariaRefused.size();
        QTRY_VERIFY_WITH_TIMEOUT((juan.currentSession() != 0) + (maria.currentSession() != 0) == 1 &&
                                     juanRefused.size() + mariaRefused.size() == refusedBefore + 1,
                                 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(jorge.state(), CustomerSession::State::InSession, 10'000);
        ExecutiveSession &winner = juan.currentSession() != 0 ? juan : maria;
        (&winner == &juan ? juanWins : mariaWins) += 1;
        QVERIFY(winner.endSession());
        QTRY_COMPARE_WITH_TIMEOUT(jorge.state(), CustomerSession::State::Menu, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(winner.currentSession() == 0, 10'000);
        winner.setAway(QStringLiteral("back office"));
        QTRY_COMPARE_WITH_TIMEOUT(winner.presence(), Presence::Away, 10'000);
    }
    QCOMPARE(juanWins + mariaWins, 100);
    QCOMPARE(juanRefused.size() + mariaRefused.size(), 100);
}

void TestQueueSession::executiveLeavingEndsTheSession()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("--wrap-up"), QStringLiteral("30")}),
             qPrintable(server.error()));
    const auto execs = accounts(QStringLiteral("executive"));
    const auto demo = accounts(QStringLiteral("customer"));
    ExecutiveSession juan;
    QSignalSpy juanIn(&juan, &ExecutiveSession::loggedInAs);
    QVERIFY(juan.logIn(server.address(), execs[0].id, execs[0].password));
    QVERIFY(juanIn.wait(10'000));
    connect(&juan, &ExecutiveSession::offerReceived, &juan, [&juan] { juan.acceptOffer(); });
    CustomerSession jorge;
    QSignalSpy in(&jorge, &CustomerSession::loggedInAs);
    QVERIFY(jorge.logIn(server.address(), demo[0].id, demo[0].password));
    QVERIFY(in.wait(10'000));
    QVERIFY(jorge.contactExecutive(QStringLiteral("internet")));
    QTRY_COMPARE_WITH_TIMEOUT(jorge.state(), CustomerSession::State::InSession, 10'000);

    QSignalSpy ended(&jorge, &CustomerSession::sessionEnded);
    juan.logOut();
    QVERIFY(ended.wait(10'000));
    QCOMPARE(ended.first().first().toString(),
             QStringLiteral("Juan Perez is no longer connected; the conversation ended."));
    QCOMPARE(jorge.state(), CustomerSession::State::Menu);
    QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] Executive Juan Perez is now offline.")));
    QVERIFY2(!server.output().contains(QLatin1String("Juan Perez is now in after-call work")),
             qPrintable(server.output()));
}

void TestQueueSession::executiveRestartsForCustomer()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    const auto execs = accounts(QStringLiteral("executive"));
    const auto demo = accounts(QStringLiteral("customer"));
    ExecutiveSession juan;
    QSignalSpy juanIn(&juan, &ExecutiveSession::loggedInAs);
    QVERIFY(juan.logIn(server.address(), execs[0].id, execs[0].password));
    QVERIFY(juanIn.wait(10'000));
    connect(&juan, &ExecutiveSession::offerReceived, &juan, [&juan] { juan.acceptOffer(); });
    CustomerSession jorge;
    QSignalSpy in(&jorge, &CustomerSession::loggedInAs);
    QVERIFY(jorge.logIn(server.address(), demo[0].id, demo[0].password));
    QVERIFY(in.wait(10'000));
    QVERIFY(jorge.contactExecutive(QStringLiteral("internet")));
    QTRY_VERIFY_WITH_TIMEOUT(juan.currentSession() != 0 && jorge.state() == CustomerSession::State::InSession, 10'000);

    // Restart internet: progress, then the result, in both windows.
    QSignalSpy juanNotices(&juan, &ExecutiveSession::sessionNotice);
    QSignalSpy jorgeNotices(&jorge, &CustomerSession::sessionNotice);
    QVERIFY(juan.restartInternet());
    QTRY_COMPARE_WITH_TIMEOUT(jorgeNotices.size(), 2, 10'000);
    QCOMPARE(jorgeNotices.at(0).at(0).toString(), QStringLiteral("Juan Perez is restarting your internet service…"));
    QVERIFY(
        jorgeNotices.at(1).at(0).toString().startsWith(QLatin1String("Juan Perez restarted your internet service.")));
    QTRY_COMPARE_WITH_TIMEOUT(juanNotices.size(), 2, 10'000);
    QCOMPARE(juanNotices.at(1).at(0).toString(),
             QStringLiteral("The internet service of %1 was restarted.").arg(demo[0].fullName));

    // Restart Wi-Fi: the customer is asked for the new password right there, under the same rules.
    QSignalSpy asked(&jorge, &CustomerSession::wifiPasswordRequested);
    QVERIFY(juan.restartWifi());
    QVERIFY(asked.wait(10'000));
    QSignalSpy rejected(&jorge, &CustomerSession::wifiPasswordRejected);
    QVERIFY(!jorge.changeWifiPassword(QStringLiteral("corta"), QStringLiteral("corta")));
    QCOMPARE(rejected.size(), 1);
    QSignalSpy changed(&jorge, &CustomerSession::wifiChangeFinished);
    QVERIFY(jorge.changeWifiPassword(QStringLiteral("clave-nueva-2026"), QStringLiteral("clave-nueva-2026")));
    QVERIFY(changed.wait(10'000));
    QCOMPARE(changed.first().at(0).toBool(), true);
    QCOMPARE(jorge.state(), CustomerSession::State::InSession); // still in the conversation
    QTRY_VERIFY_WITH_TIMEOUT(juanNotices.size() >= 4, 10'000);
    QCOMPARE(juanNotices.last().at(0).toString(),
             QStringLiteral("%1 changed the Wi-Fi password; the Wi-Fi was restarted.").arg(demo[0].fullName));
    QVERIFY(!server.output().contains(QLatin1String("clave-nueva-2026")));
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
