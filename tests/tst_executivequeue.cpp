// The executive's side of the line across real processes: a customer's history and notes (in the
// order of the log, whatever the clocks say), two executives racing to claim one customer, an
// executive who leaves in the middle of a session, and a restart run for a customer.
#include "queueactors.h"
#include "serverprocess.h"
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

class TestExecutiveQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void historyAndNotes();
    void historyFollowsTheLogNotTheClock();
    void claimRaceHasOneWinner();
    void executiveLeavingEndsTheSession();
    void executiveRestartsForCustomer();
};

void TestExecutiveQueue::historyAndNotes()
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

void TestExecutiveQueue::historyFollowsTheLogNotTheClock()
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

void TestExecutiveQueue::claimRaceHasOneWinner()
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

void TestExecutiveQueue::executiveLeavingEndsTheSession()
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

void TestExecutiveQueue::executiveRestartsForCustomer()
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

QTEST_GUILESS_MAIN(TestExecutiveQueue)
#include "tst_executivequeue.moc"
