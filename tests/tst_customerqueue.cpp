// The server's line of customers: places that never go back for someone who stays, everyone
// moving up when someone ahead leaves, offers re-made after a rejection or a timeout, one offer
// at a time for an executive serving two lines, and the estimate fed by finished sessions.
#include "core/customerqueue.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace Turno::Server;
using Turno::Routing::ManualClock;

namespace
{
CustomerQueue::Settings settings()
{
    CustomerQueue::Settings s;
    s.ringTimeoutMs = 20'000;
    return s;
}
} // namespace

class TestCustomerQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placesMoveUpWhenSomeoneLeaves();
    void placesNeverGoBack_data();
    void placesNeverGoBack();
    void rejectedCustomerKeepsHeadOfLine();
    void ringTimeoutOffersOn();
    void oneOfferAtATimeAcrossLines();
    void finishedSessionsFeedTheEstimate();
    void executiveLeavingEndsSession();
    void claimsRespectTheSessionLimit();
    void transferGoesToTheHeadOfTheColleaguesLine();
    void refusedTransferGoesToTheHeadOfTheServiceLine();
    void ownLineTimesOutAndSurvivesTheExecutiveLeaving();
    void guestsAndDirectSessionsCountTowardsTheLimit();
};

void TestCustomerQueue::placesMoveUpWhenSomeoneLeaves()
{
    ManualClock clock;
    CustomerQueue queue(clock, settings());
    for (const char *rut : {"1-9", "2-7", "3-5", "4-3"})
        QVERIFY(queue.join(QLatin1String(rut), QStringLiteral("internet")));
    QCOMPARE(queue.ahead(QStringLiteral("4-3")), std::optional<int>(3));
    queue.leave(QStringLiteral("2-7"));
    QCOMPARE(queue.ahead(QStringLiteral("1-9")), std::optional<int>(0));
    QCOMPARE(queue.ahead(QStringLiteral("3-5")), std::optional<int>(1));
    QCOMPARE(queue.ahead(QStringLiteral("4-3")), std::optional<int>(2));
    QCOMPARE(queue.waiting(QStringLiteral("internet")),
             (QStringList{QStringLiteral("1-9"), QStringLiteral("3-5"), QStringLiteral("4-3")}));
    QVERIFY2(!queue.join(QStringLiteral("1-9"), QStringLiteral("internet")), "a customer waits only once");
    QVERIFY(!queue.join(QStringLiteral("9-9"), QStringLiteral("plumbing")));
}

void TestCustomerQueue::placesNeverGoBack_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 1234u, 99999u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestCustomerQueue::placesNeverGoBack()
{
    QFETCH(quint32, seed);
    // Random joins, leaves, offers, rejections and timeouts; a customer who stays never sees
    // their place grow.
    ManualClock clock;
    CustomerQueue queue(clock, settings());
    QHash<QString, int> lastPlace;
    auto check = [&] {
        for (auto it = lastPlace.begin(); it != lastPlace.end();) {
            const auto place = queue.ahead(it.key());
            if (!place) {
                it = lastPlace.erase(it);
                continue;
            }
            QVERIFY2(*place <= it.value(),
                     qPrintable(QStringLiteral("%1 went from %2 to %3").arg(it.key()).arg(it.value()).arg(*place)));
            it.value() = *place;
            ++it;
        }
    };
    QRandomGenerator random(seed);
    int next = 0;
    QStringList everyone; // joined at some point: waiting, offered, in a session or gone
    for (int step = 0; step < 3000; ++step) {
        const int action = int(random.bounded(100));
        if (action < 35) {
            const QString rut = QString::number(++next);
            if (queue.join(rut, QStringLiteral("internet"))) {
                lastPlace.insert(rut, *queue.ahead(rut));
                everyone.append(rut);
            }
        } else if (action < 50 && !everyone.isEmpty()) {
            // Someone leaves the line, drops an offer, or ends their session.
            queue.leave(everyone.at(int(random.bounded(everyone.size()))));
        } else if (action < 58) {
            queue.executiveOnline(QStringLiteral("e%1").arg(random.bounded(3)), {QStringLiteral("internet")});
        } else if (action < 62) {
            queue.executiveOffline(QStringLiteral("e%1").arg(random.bounded(3)));
        } else if (action < 80) {
            queue.answer(QStringLiteral("e%1").arg(random.bounded(3)), random.bounded(2) == 0);
        } else if (action < 90) {
            clock.advanceMs(qint64(random.bounded(30'000)));
            queue.expireDue();
        } else {
            // Every executive with a ringing offer takes it.
            for (int e = 0; e < 3; ++e)
                queue.answer(QStringLiteral("e%1").arg(e), true);
        }
        check();
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCustomerQueue::rejectedCustomerKeepsHeadOfLine()
{
    ManualClock clock;
    CustomerQueue queue(clock, settings());
    QSignalSpy offered(&queue, &CustomerQueue::offered);
    queue.executiveOnline(QStringLiteral("jperez"), {QStringLiteral("internet")});
    QVERIFY(queue.join(QStringLiteral("1-9"), QStringLiteral("internet")));
    QVERIFY(queue.join(QStringLiteral("2-7"), QStringLiteral("internet")));
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.last().at(1).toString(), QStringLiteral("1-9"));
    QCOMPARE(queue.ahead(QStringLiteral("2-7")), std::optional<int>(1));
    QVERIFY(queue.answer(QStringLiteral("jperez"), false));
    // The only executive gets the same customer again: the head of the line keeps its place.
    QCOMPARE(offered.size(), 2);
    QCOMPARE(offered.last().at(1).toString(), QStringLiteral("1-9"));
    QCOMPARE(queue.ahead(QStringLiteral("2-7")), std::optional<int>(1));
    QVERIFY(!queue.answer(QStringLiteral("msoto"), true));
}

void TestCustomerQueue::ringTimeoutOffersOn()
{
    ManualClock clock;
    CustomerQueue queue(clock, settings());
    QSignalSpy ended(&queue, &CustomerQueue::offerEnded);
    QSignalSpy offered(&queue, &CustomerQueue::offered);
    queue.executiveOnline(QStringLiteral("jperez"), {QStringLiteral("internet")});
    queue.executiveOnline(QStringLiteral("msoto"), {QStringLiteral("internet")});
    QVERIFY(queue.join(QStringLiteral("1-9"), QStringLiteral("internet")));
    const QString first = offered.last().at(0).toString();
    clock.advanceMs(19'999);
    queue.expireDue();
    QCOMPARE(ended.size(), 0);
    clock.advanceMs(1);
    queue.expireDue();
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.last().at(2).value<Turno::Routing::EventType>(), Turno::Routing::EventType::CallIgnored);
    QCOMPARE(offered.size(), 2);
    QVERIFY2(offered.last().at(0).toString() != first, "the other executive is rung next");
}

void TestCustomerQueue::oneOfferAtATimeAcrossLines()
{
    ManualClock clock;
    CustomerQueue queue(clock, settings());
    QSignalSpy offered(&queue, &CustomerQueue::offered);
    queue.executiveOnline(QStringLiteral("jperez"), {QStringLiteral("internet"), QStringLiteral("wifi")});
    QVERIFY(queue.join(QStringLiteral("1-9"), QStringLiteral("wifi")));
    QVERIFY(queue.join(QStringLiteral("2-7"), QStringLiteral("internet")));
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.last().at(1).toString(), QStringLiteral("1-9"));
    QCOMPARE(queue.ahead(QStringLiteral("2-7")), std::optional<int>(0));
    QVERIFY(queue.answer(QStringLiteral("jperez"), true));
    QCOMPARE(offered.size(), 1);        // busy with the Wi-Fi customer: no internet offer meanwhile
    queue.leave(QStringLiteral("1-9")); // the session ends
    QCOMPARE(offered.size(), 2);
    QCOMPARE(offered.last().at(1).toString(), QStringLiteral("2-7"));
}

void TestCustomerQueue::finishedSessionsFeedTheEstimate()
{
    ManualClock clock;
    CustomerQueue queue(clock, settings());
    QSignalSpy finished(&queue, &CustomerQueue::sessionEnded);
    queue.executiveOnline(QStringLiteral("jperez"), {QStringLiteral("internet")});
    QVERIFY(queue.join(QStringLiteral("1-9"), QStringLiteral("internet")));
    QVERIFY(queue.join(QStringLiteral("2-7"), QStringLiteral("internet")));
    QVERIFY2(!queue.estimate(QStringLiteral("2-7")), "unknown until a session has finished");
    QVERIFY(queue.answer(QStringLiteral("jperez"), true));
    clock.advanceMs(240'000);
    queue.leave(QStringLiteral("1-9"));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.last().at(2).toLongLong(), 240'000);
    // 2-7 is now being offered with nobody ahead: ceil(1/1)·4 min minus what it waited (4 min).
    QVERIFY(queue.join(QStringLiteral("3-5"), QStringLiteral("internet")));
    const auto estimate = queue.estimate(QStringLiteral("3-5"));
    QVERIFY(estimate);
    QCOMPARE(estimate->lowSeconds, qint64(360)); // ahead 1, one agent: 8 min point, ±25 %
    QCOMPARE(estimate->highSeconds, qint64(600));
}

void TestCustomerQueue::executiveLeavingEndsSession()
{
    ManualClock clock;
    CustomerQueue queue(clock, settings());
    QSignalSpy finished(&queue, &CustomerQueue::sessionEnded);
    QSignalSpy offered(&queue, &CustomerQueue::offered);
    queue.executiveOnline(QStringLiteral("jperez"), {QStringLiteral("internet")});
    QVERIFY(queue.join(QStringLiteral("1-9"), QStringLiteral("internet")));
    QVERIFY(queue.join(QStringLiteral("2-7"), QStringLiteral("internet")));
    QVERIFY(queue.answer(QStringLiteral("jperez"), true));
    queue.executiveOffline(QStringLiteral("jperez"));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!queue.ahead(QStringLiteral("1-9")));
    QCOMPARE(queue.ahead(QStringLiteral("2-7")), std::optional<int>(0));
    QCOMPARE(queue.agents(QStringLiteral("internet")), 0);
    queue.executiveOnline(QStringLiteral("msoto"), {QStringLiteral("internet")});
    QCOMPARE(offered.last().at(1).toString(), QStringLiteral("2-7"));
}

void TestCustomerQueue::claimsRespectTheSessionLimit()
{
    ManualClock clock;
    CustomerQueue::Settings s = settings();
    s.sessionLimit = 2;
    CustomerQueue queue(clock, s);
    QSignalSpy offered(&queue, &CustomerQueue::offered);
    QSignalSpy connected(&queue, &CustomerQueue::connected);
    queue.executiveOnline(QStringLiteral("jperez"), {QStringLiteral("internet")});
    for (const char *rut : {"1-9", "2-7", "3-5", "4-3"})
        QVERIFY(queue.join(QLatin1String(rut), QStringLiteral("internet")));
    QVERIFY(queue.answer(QStringLiteral("jperez"), true)); // 1-9: the first session
    QCOMPARE(queue.sessionsOf(QStringLiteral("jperez")), 1);
    QCOMPARE(offered.size(), 1);                                           // in a session: no further offers
    QVERIFY(queue.claim(QStringLiteral("jperez"), QStringLiteral("3-5"))); // Connect selected: a second one
    QCOMPARE(queue.sessionsOf(QStringLiteral("jperez")), 2);
    QVERIFY2(!queue.claim(QStringLiteral("jperez"), QStringLiteral("2-7")), "the limit is 2");
    QCOMPARE(queue.waiting(QStringLiteral("internet")), (QStringList{QStringLiteral("2-7"), QStringLiteral("4-3")}));
    QCOMPARE(queue.ahead(QStringLiteral("4-3")), std::optional<int>(1));
    queue.leave(QStringLiteral("1-9"));
    QCOMPARE(queue.sessionsOf(QStringLiteral("jperez")), 1);
    QCOMPARE(offered.size(), 1); // still in a session: still no offers
    QVERIFY(queue.claim(QStringLiteral("jperez"), QStringLiteral("2-7")));
    queue.leave(QStringLiteral("3-5"));
    queue.leave(QStringLiteral("2-7"));
    QCOMPARE(queue.sessionsOf(QStringLiteral("jperez")), 0);
    QCOMPARE(offered.size(), 2); // free again: offered the next
    QCOMPARE(offered.last().at(1).toString(), QStringLiteral("4-3"));
    QCOMPARE(connected.size(), 3);
}

void TestCustomerQueue::transferGoesToTheHeadOfTheColleaguesLine()
{
    ManualClock clock;
    CustomerQueue queue(clock, settings());
    QSignalSpy offered(&queue, &CustomerQueue::offered);
    QSignalSpy connected(&queue, &CustomerQueue::connected);
    queue.executiveOnline(QStringLiteral("jperez"), {QStringLiteral("internet")});
    queue.executiveOnline(QStringLiteral("msoto"), {QStringLiteral("internet")});
    QVERIFY(queue.join(QStringLiteral("1-9"), QStringLiteral("internet")));
    QVERIFY(queue.join(QStringLiteral("2-7"), QStringLiteral("internet")));
    QVERIFY(queue.answer(offered.at(0).at(0).toString(), true));
    QVERIFY(queue.answer(offered.at(1).at(0).toString(), true));
    const QString first = queue.executiveOf(QStringLiteral("1-9"));
    const QString other = first == QLatin1String("jperez") ? QStringLiteral("msoto") : QStringLiteral("jperez");
    QVERIFY(queue.join(QStringLiteral("3-5"), QStringLiteral("internet"))); // waits: both busy
    // 1-9 goes to the colleague, who is busy: they wait at the head of that colleague's own line,
    // not in the service line (3-5 is not behind them there).
    QVERIFY(queue.transfer(QStringLiteral("1-9"), other));
    QCOMPARE(queue.directedTo(QStringLiteral("1-9")), other);
    QCOMPARE(queue.ownLine(other), QStringList{QStringLiteral("1-9")});
    QCOMPARE(queue.ahead(QStringLiteral("1-9")), std::optional<int>(0));
    QVERIFY(queue.isWaiting(QStringLiteral("1-9")));
    QCOMPARE(queue.waiting(QStringLiteral("internet")), QStringList{QStringLiteral("3-5")});
    // The first executive is free: they take 3-5, not the customer they handed over.
    QCOMPARE(offered.last().at(0).toString(), first);
    QCOMPARE(offered.last().at(1).toString(), QStringLiteral("3-5"));
    QVERIFY(queue.answer(first, true));
    // The colleague's session ends: their own line comes before the service line.
    QVERIFY(queue.join(QStringLiteral("4-3"), QStringLiteral("internet")));
    queue.leave(QStringLiteral("2-7"));
    QCOMPARE(offered.last().at(0).toString(), other);
    QCOMPARE(offered.last().at(1).toString(), QStringLiteral("1-9"));
    QVERIFY(queue.answer(other, true));
    QCOMPARE(queue.executiveOf(QStringLiteral("1-9")), other);
    QVERIFY(queue.ownLine(other).isEmpty());
    QCOMPARE(queue.ahead(QStringLiteral("4-3")), std::optional<int>(0));
    QVERIFY2(!queue.transfer(QStringLiteral("1-9"), other), "not to the executive already serving them");
    QVERIFY2(!queue.transfer(QStringLiteral("4-3"), first), "only a customer in a session is transferred");
    QVERIFY2(!queue.transfer(QStringLiteral("1-9"), QStringLiteral("nobody")), "only to someone online");
}

void TestCustomerQueue::refusedTransferGoesToTheHeadOfTheServiceLine()
{
    ManualClock clock;
    CustomerQueue queue(clock, settings());
    QSignalSpy offered(&queue, &CustomerQueue::offered);
    QSignalSpy ended(&queue, &CustomerQueue::offerEnded);
    queue.executiveOnline(QStringLiteral("jperez"), {QStringLiteral("internet")});
    QVERIFY(queue.join(QStringLiteral("1-9"), QStringLiteral("internet")));
    QVERIFY(queue.answer(QStringLiteral("jperez"), true));
    queue.executiveOnline(QStringLiteral("msoto"), {QStringLiteral("internet")});
    QVERIFY(queue.join(QStringLiteral("2-7"), QStringLiteral("internet")));
    QVERIFY(queue.answer(QStringLiteral("msoto"), true));
    QVERIFY(queue.join(QStringLiteral("3-5"), QStringLiteral("internet")));
    QVERIFY(queue.join(QStringLiteral("4-3"), QStringLiteral("internet")));
    queue.setExecutiveAvailable(QStringLiteral("jperez"), false); // jperez will wrap up after
    // msoto hands 2-7 to jperez, who is free but away: 2-7 waits in jperez's own line.
    queue.leave(QStringLiteral("1-9"));
    QVERIFY(queue.transfer(QStringLiteral("2-7"), QStringLiteral("jperez")));
    QCOMPARE(offered.last().at(0).toString(), QStringLiteral("msoto")); // msoto takes 3-5
    QCOMPARE(offered.last().at(1).toString(), QStringLiteral("3-5"));
    const qsizetype before = offered.size();
    queue.setExecutiveAvailable(QStringLiteral("jperez"), true);
    QCOMPARE(offered.size(), before + 1);
    QCOMPARE(offered.last().at(0).toString(), QStringLiteral("jperez"));
    QCOMPARE(offered.last().at(1).toString(), QStringLiteral("2-7"));
    // jperez says no: 2-7 is first in the service line, ahead of 4-3 who joined earlier.
    QVERIFY(queue.answer(QStringLiteral("jperez"), false));
    QCOMPARE(ended.last().at(1).toString(), QStringLiteral("2-7"));
    QCOMPARE(queue.directedTo(QStringLiteral("2-7")), QString());
    // jperez is free again and takes the head of the line: 2-7 (nobody else is available).
    QCOMPARE(offered.last().at(0).toString(), QStringLiteral("jperez"));
    QCOMPARE(offered.last().at(1).toString(), QStringLiteral("2-7"));
    // 4-3 has both ringing customers ahead: 2-7 (jperez) and 3-5 (still ringing for msoto).
    QCOMPARE(queue.ahead(QStringLiteral("4-3")), std::optional<int>(2));
}

void TestCustomerQueue::ownLineTimesOutAndSurvivesTheExecutiveLeaving()
{
    ManualClock clock;
    CustomerQueue::Settings s = settings();
    s.ringTimeoutMs = 1'000;
    CustomerQueue queue(clock, s);
    QSignalSpy offered(&queue, &CustomerQueue::offered);
    QSignalSpy ended(&queue, &CustomerQueue::offerEnded);
    queue.executiveOnline(QStringLiteral("jperez"), {QStringLiteral("internet")});
    QVERIFY(queue.join(QStringLiteral("1-9"), QStringLiteral("internet")));
    QVERIFY(queue.answer(QStringLiteral("jperez"), true));
    queue.executiveOnline(QStringLiteral("msoto"), {QStringLiteral("wifi")});
    QVERIFY(queue.transfer(QStringLiteral("1-9"), QStringLiteral("msoto"))); // even across services
    QCOMPARE(offered.last().at(0).toString(), QStringLiteral("msoto"));
    clock.advanceMs(1'000);
    queue.expireDue();
    QCOMPARE(ended.last().at(0).toString(), QStringLiteral("msoto"));
    QCOMPARE(ended.last().at(2).value<Turno::Routing::EventType>(), Turno::Routing::EventType::CallIgnored);
    // Not taken in time: first in the internet line, where jperez (free) is offered them.
    QCOMPARE(offered.last().at(0).toString(), QStringLiteral("jperez"));
    QCOMPARE(offered.last().at(1).toString(), QStringLiteral("1-9"));
    QVERIFY(queue.answer(QStringLiteral("jperez"), true));
    // A customer waiting in the own line of an executive who logs out goes to the service line.
    queue.setExecutiveAvailable(QStringLiteral("msoto"), false);
    QVERIFY(queue.transfer(QStringLiteral("1-9"), QStringLiteral("msoto")));
    QVERIFY(queue.join(QStringLiteral("2-7"), QStringLiteral("internet")));
    queue.setExecutiveAvailable(QStringLiteral("jperez"), false);
    queue.executiveOffline(QStringLiteral("msoto"));
    QCOMPARE(queue.waiting(QStringLiteral("internet")), (QStringList{QStringLiteral("1-9"), QStringLiteral("2-7")}));
    // Leaving from an own line works like leaving any line.
    queue.executiveOnline(QStringLiteral("msoto"), {QStringLiteral("wifi")});
    queue.setExecutiveAvailable(QStringLiteral("jperez"), true);
    QVERIFY(queue.answer(QStringLiteral("jperez"), true));
    QCOMPARE(queue.executiveOf(QStringLiteral("1-9")), QStringLiteral("jperez"));
    queue.setExecutiveAvailable(QStringLiteral("msoto"), false);
    QVERIFY(queue.transfer(QStringLiteral("1-9"), QStringLiteral("msoto")));
    QSignalSpy left(&queue, &CustomerQueue::customerLeft);
    queue.leave(QStringLiteral("1-9"));
    QCOMPARE(left.size(), 1);
    QVERIFY(queue.ownLine(QStringLiteral("msoto")).isEmpty());
    QVERIFY(!queue.isWaiting(QStringLiteral("1-9")));
}

void TestCustomerQueue::guestsAndDirectSessionsCountTowardsTheLimit()
{
    ManualClock clock;
    CustomerQueue::Settings s = settings();
    s.sessionLimit = 2;
    CustomerQueue queue(clock, s);
    QSignalSpy offered(&queue, &CustomerQueue::offered);
    QSignalSpy connected(&queue, &CustomerQueue::connected);
    queue.executiveOnline(QStringLiteral("jperez"), {QStringLiteral("internet")});
    QVERIFY(queue.startDirect(QStringLiteral("jperez"), QStringLiteral("1-9"), QStringLiteral("wifi")));
    QCOMPARE(connected.size(), 1);
    QVERIFY2(!queue.startDirect(QStringLiteral("jperez"), QStringLiteral("1-9"), QStringLiteral("wifi")),
             "already in a session");
    QVERIFY(queue.inSession(QStringLiteral("1-9")));
    queue.addGuestSession(QStringLiteral("jperez"));
    QVERIFY(!queue.canTakeSession(QStringLiteral("jperez")));
    QVERIFY(!queue.startDirect(QStringLiteral("jperez"), QStringLiteral("2-7"), QStringLiteral("internet")));
    QVERIFY(queue.join(QStringLiteral("3-5"), QStringLiteral("internet")));
    QCOMPARE(offered.size(), 0);
    queue.removeGuestSession(QStringLiteral("jperez"));
    queue.leave(QStringLiteral("1-9"));
    QCOMPARE(offered.size(), 1); // free: the line is offered again
    QVERIFY2(!queue.startDirect(QStringLiteral("jperez"), QStringLiteral("2-7"), QStringLiteral("internet")),
             "not while an offer rings for them");
}

QTEST_GUILESS_MAIN(TestCustomerQueue)
#include "tst_customerqueue.moc"
