// The wait estimate follows its formula: ceil((ahead + 1) / agents) · average handling time,
// minus the time already waited, as a range of whole minutes; unknown without data or agents.
// Samples over a day (restored from a damaged database, or a clock jump) count as a day.
#include "routing/waitestimator.h"

#include <QtTest>
#include <limits>

using Turno::Routing::WaitEstimator;
using Turno::Routing::WaitRange;

class TestWaitEstimator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unknownWithoutData();
    void formula_data();
    void formula();
    void rollingWindow();
    void survivesRestart();
    void hugeSamplesAreClamped_data();
    void hugeSamplesAreClamped();
};

void TestWaitEstimator::unknownWithoutData()
{
    WaitEstimator estimator;
    QVERIFY(!estimator.estimate(0, 2, 0));
    estimator.recordHandlingTime(60'000);
    QVERIFY(estimator.estimate(0, 2, 0));
    QVERIFY2(!estimator.estimate(3, 0, 0), "no executive serving the queue: unknown");
}

void TestWaitEstimator::formula_data()
{
    QTest::addColumn<int>("ahead");
    QTest::addColumn<int>("agents");
    QTest::addColumn<qint64>("waitedMs");
    QTest::addColumn<qint64>("pointMs");
    QTest::addColumn<qint64>("low");
    QTest::addColumn<qint64>("high");
    // H = 4 minutes throughout.
    QTest::newRow("first in line, one agent") << 0 << 1 << qint64(0) << qint64(240'000) << qint64(180) << qint64(300);
    QTest::newRow("two ahead, one agent") << 2 << 1 << qint64(0) << qint64(720'000) << qint64(540) << qint64(900);
    QTest::newRow("two ahead, two agents") << 2 << 2 << qint64(0) << qint64(480'000) << qint64(360) << qint64(600);
    QTest::newRow("three ahead, two agents") << 3 << 2 << qint64(0) << qint64(480'000) << qint64(360) << qint64(600);
    QTest::newRow("waited a minute") << 0 << 1 << qint64(60'000) << qint64(180'000) << qint64(120) << qint64(240);
    QTest::newRow("waited longer than the estimate")
        << 0 << 1 << qint64(600'000) << qint64(0) << qint64(0) << qint64(60);
}

void TestWaitEstimator::formula()
{
    QFETCH(int, ahead);
    QFETCH(int, agents);
    QFETCH(qint64, waitedMs);
    QFETCH(qint64, pointMs);
    QFETCH(qint64, low);
    QFETCH(qint64, high);
    WaitEstimator estimator;
    estimator.recordHandlingTime(180'000);
    estimator.recordHandlingTime(300'000); // average 240 s
    QCOMPARE(estimator.pointEstimateMs(ahead, agents, waitedMs), std::optional<qint64>(pointMs));
    QCOMPARE(estimator.estimate(ahead, agents, waitedMs), std::optional<WaitRange>(WaitRange{low, high}));
}

void TestWaitEstimator::rollingWindow()
{
    WaitEstimator estimator(3);
    for (qint64 ms : {1'000, 2'000, 3'000, 10'000})
        estimator.recordHandlingTime(ms);
    QCOMPARE(estimator.samples(), 3);
    QCOMPARE(estimator.averageHandlingMs(), std::optional<qint64>(5'000)); // (2+3+10)/3
}

void TestWaitEstimator::survivesRestart()
{
    WaitEstimator before(5);
    for (qint64 ms : {40'000, 50'000, 90'000})
        before.recordHandlingTime(ms);
    WaitEstimator after(5);
    after.restore(before.serialize());
    QCOMPARE(after.averageHandlingMs(), before.averageHandlingMs());
    QCOMPARE(after.estimate(4, 2, 5'000), before.estimate(4, 2, 5'000));
    WaitEstimator junk;
    junk.restore(QStringLiteral("abc,,12x, 300"));
    QCOMPARE(junk.averageHandlingMs(), std::optional<qint64>(300));
}

void TestWaitEstimator::hugeSamplesAreClamped_data()
{
    QTest::addColumn<QString>("restored");
    QTest::addColumn<QList<qint64>>("recorded");
    QTest::addColumn<qint64>("averageMs");
    const qint64 day = 24 * 60 * 60 * 1000; // WaitEstimator::kMaxHandlingMs
    const qint64 int64Max = std::numeric_limits<qint64>::max();
    QTest::newRow("restored near INT64_MAX")
        << QStringLiteral("9223372036854775807,9223372036854775807,9223372036854775806") << QList<qint64>{} << day;
    QTest::newRow("restored near INT_MAX (24.8 days)")
        << QStringLiteral("2147483647,2147483647") << QList<qint64>{} << day;
    QTest::newRow("recorded enormous") << QString() << QList<qint64>{int64Max, int64Max, int64Max / 2} << day;
    QTest::newRow("one enormous among ordinary ones")
        << QStringLiteral("60000,120000") << QList<qint64>{int64Max} << (60'000 + 120'000 + day) / 3;
    QTest::newRow("a day is kept as it is") << QString() << QList<qint64>{day, 0} << day / 2;
}

void TestWaitEstimator::hugeSamplesAreClamped()
{
    QFETCH(QString, restored);
    QFETCH(QList<qint64>, recorded);
    QFETCH(qint64, averageMs);
    WaitEstimator estimator;
    estimator.restore(restored);
    for (qint64 ms : recorded)
        estimator.recordHandlingTime(ms);
    QVERIFY(estimator.averageHandlingMs());
    QCOMPARE(*estimator.averageHandlingMs(), averageMs);
    // The estimate stays a sane, non-negative range however long the line (no overflow either).
    for (int ahead : {0, 1'000, std::numeric_limits<int>::max()}) {
        const auto point = estimator.pointEstimateMs(ahead, 1, 0);
        QVERIFY(point);
        QCOMPARE(*point, (qint64(ahead) + 1) * averageMs);
        const auto range = estimator.estimate(ahead, 1, 0);
        QVERIFY(range);
        QVERIFY2(range->lowSeconds >= 0 && range->highSeconds > range->lowSeconds,
                 qPrintable(QStringLiteral("%1..%2").arg(range->lowSeconds).arg(range->highSeconds)));
    }
    // What is saved is what was kept, and comes back the same.
    WaitEstimator after;
    after.restore(estimator.serialize());
    QVERIFY(after.averageHandlingMs());
    QCOMPARE(*after.averageHandlingMs(), averageMs);
}

QTEST_GUILESS_MAIN(TestWaitEstimator)
#include "tst_waitestimator.moc"
