// The server's line of customers: places that never go back for someone who stays, everyone
// moving up when someone ahead leaves, offers re-made after a rejection or a timeout, one offer
// at a time for an executive serving two lines, and the estimate fed by finished sessions.
#include "core/customerqueue.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace Turno::Server;
using Turno::Routing::ManualClock;

namespace {
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
    QCOMPARE(queue.waiting(QStringLiteral("internet")), (QStringList{QStringLiteral("1-9"), QStringLiteral("3-5"), QStringLiteral("4-3")}));
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
            QVERIFY2(*place <= it.value(), qPrintable(QStringLiteral("%1 went from %2 to %3").arg(it.key()).arg(it.value()).arg(*place)));
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
    QCOMPARE(offered.size(), 1); // busy with the Wi-Fi customer: no internet offer meanwhile
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
    QCOMPARE(estimate->lowSeconds, qint64(360));  // ahead 1, one agent: 8 min point, ±25 %
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

QTEST_GUILESS_MAIN(TestCustomerQueue)
#include "tst_customerqueue.moc"
