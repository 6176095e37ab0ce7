// The pieces behind rate limits and collapsed logs, on a clock the test sets: token buckets and
// their retry-after, the --rate-limit syntax, the bounded tables of buckets, and the filter that
// turns a flood of one line into "… N more like this".
#include "core/repeatfilter.h"
#include "net/ratelimits.h"

#include <QtTest>

using namespace Turno::Server;

class TestRateBuckets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bucketAllowsBurstThenRate();
    void retryAfterWaitsForAQuarterOfTheBurst();
    void disabledRuleAllowsEverything();
    void parsesRateLimitSettings_data();
    void parsesRateLimitSettings();
    void describesTheDefaults();
    void tableForgetsFullBucketsAndStaysBounded();
    void repeatsAreCollapsed();
    void repeatFilterStaysBounded();
    void zeroWindowLetsEverythingPass();
};

void TestRateBuckets::bucketAllowsBurstThenRate()
{
    const RateRule rule{5, 10}; // ten at once, then five a second
    TokenBucket bucket(rule, 1'000);
    for (int i = 0; i < 10; ++i)
        QVERIFY(bucket.take(rule, 1'000));
    QVERIFY(!bucket.take(rule, 1'000));
    QVERIFY(!bucket.take(rule, 1'199)); // a token takes 200 ms
    QVERIFY(bucket.take(rule, 1'200));
    QVERIFY(!bucket.take(rule, 1'200));
    // A long quiet time refills up to the burst, not beyond.
    QVERIFY(bucket.isFull(rule, 100'000));
    for (int i = 0; i < 10; ++i)
        QVERIFY(bucket.take(rule, 100'000));
    QVERIFY(!bucket.take(rule, 100'000));
    // A clock that goes back refills nothing and breaks nothing.
    QVERIFY(!bucket.take(rule, 50'000));
}

void TestRateBuckets::retryAfterWaitsForAQuarterOfTheBurst()
{
    const RateRule rule{10.0 / 60, 10}; // ten a minute
    TokenBucket bucket(rule, 0);
    for (int i = 0; i < 10; ++i)
        QVERIFY(bucket.take(rule, 0));
    qint64 retryAfterMs = 0;
    QVERIFY(!bucket.take(rule, 0, &retryAfterMs));
    QCOMPARE(retryAfterMs, 18'000); // three tokens (a quarter of ten, rounded up), six seconds each
    QVERIFY(bucket.has(rule, 6'000));
    // A burst of one: one token.
    const RateRule single{1, 1};
    TokenBucket small(single, 0);
    QVERIFY(small.take(single, 0));
    QVERIFY(!small.take(single, 250, &retryAfterMs));
    QCOMPARE(retryAfterMs, 750);
}

void TestRateBuckets::disabledRuleAllowsEverything()
{
    RateRule rule{1, 1};
    rule.disabled = true;
    TokenBucket bucket(rule, 0);
    BucketTable table;
    for (int i = 0; i < 1000; ++i) {
        QVERIFY(bucket.take(rule, 0));
        QVERIFY(table.take(QStringLiteral("k"), rule, 0));
    }
    QCOMPARE(table.size(), 0);
}

void TestRateBuckets::parsesRateLimitSettings_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("perSecond");
    QTest::addColumn<double>("burst");
    QTest::newRow("per second with burst") << "chat=5/s:50" << true << 5.0 << 50.0;
    QTest::newRow("burst defaults to count") << "queue=3/s" << true << 3.0 << 3.0;
    QTest::newRow("per minute") << "account-change=30/min:10" << true << 0.5 << 10.0;
    QTest::newRow("per hour") << "signup-per-address=36/h" << true << 0.01 << 36.0;
    QTest::newRow("fraction") << "lookup=0.5/s:2" << true << 0.5 << 2.0;
    QTest::newRow("spaces") << " chat = 2/s:4 " << true << 2.0 << 4.0;
    QTest::newRow("unknown name") << "nosuch=5/s" << false << 0.0 << 0.0;
    QTest::newRow("no unit") << "chat=5" << false << 0.0 << 0.0;
    QTest::newRow("bad unit") << "chat=5/week" << false << 0.0 << 0.0;
    QTest::newRow("zero") << "chat=0/s" << false << 0.0 << 0.0;
    QTest::newRow("zero burst") << "chat=5/s:0" << false << 0.0 << 0.0;
    QTest::newRow("negative") << "chat=-5/s" << false << 0.0 << 0.0;
    QTest::newRow("no equals") << "chat" << false << 0.0 << 0.0;
    QTest::newRow("huge") << "chat=99999999/s" << false << 0.0 << 0.0;
}

void TestRateBuckets::parsesRateLimitSettings()
{
    QFETCH(QString, setting);
    QFETCH(bool, valid);
    QFETCH(double, perSecond);
    QFETCH(double, burst);
    RateLimits limits = RateLimits::defaults();
    const RateLimits before = limits;
    QString error;
    QCOMPARE(limits.apply(setting, &error), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        QCOMPARE(limits.rules, before.rules); // unchanged
        return;
    }
    const QString name = setting.section(QLatin1Char('='), 0, 0).trimmed();
    const RateRule &rule = limits.rules[size_t(RateLimits::names().indexOf(name))];
    QVERIFY(qAbs(rule.perSecond - perSecond) < 1e-9);
    QCOMPARE(rule.burst, burst);
    QVERIFY(!rule.disabled);
}

void TestRateBuckets::describesTheDefaults()
{
    const QString text = RateLimits::defaults().describe();
    QVERIFY2(text.startsWith(QLatin1String("chat=5/s:50, account-change=10/min:10, queue=1/s:10")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("signup-per-address=1/min:20")), qPrintable(text));
    // What describe() prints, apply() reads back to the same rules.
    RateLimits again;
    for (const QString &part : text.split(QLatin1String(", "))) {
        QString error;
        QVERIFY2(again.apply(part, &error), qPrintable(error));
    }
    QCOMPARE(again.rules, RateLimits::defaults().rules);
    RateLimits off = RateLimits::defaults();
    QString error;
    QVERIFY(off.apply(QStringLiteral("chat=off"), &error));
    QVERIFY(off.describe().startsWith(QLatin1String("chat=off, ")));
}

void TestRateBuckets::tableForgetsFullBucketsAndStaysBounded()
{
    const RateRule rule{1, 2};
    BucketTable table(100);
    // 1,000 different addresses, each taking one token: never more than 100 remembered.
    for (int i = 0; i < 1000; ++i) {
        QVERIFY(table.take(QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256), rule, i));
        QVERIFY(table.size() <= 100);
    }
    // A drained key stays refused while other keys come and go (below the bound; past it the
    // table may forget any key, which only errs towards allowing).
    BucketTable kept(10);
    QVERIFY(kept.take(QStringLiteral("flooder"), rule, 0));
    QVERIFY(kept.take(QStringLiteral("flooder"), rule, 0));
    QVERIFY(!kept.take(QStringLiteral("flooder"), rule, 0));
    for (int i = 0; i < 8; ++i)
        QVERIFY(kept.take(QStringLiteral("other-%1").arg(i), rule, 0));
    QVERIFY(!kept.has(QStringLiteral("flooder"), rule, 0));
    // Once refilled it may be forgotten: missing and full are the same.
    QVERIFY(kept.has(QStringLiteral("flooder"), rule, 2'000));
}

void TestRateBuckets::repeatsAreCollapsed()
{
    RepeatFilter filter(5, 60'000);
    const QString line = QStringLiteral("connection from 10.0.0.1 closed: bad magic");
    int written = 0;
    RepeatFilter::Summary ended;
    for (int i = 0; i < 500; ++i)
        written += filter.admit(line, 1'000 + i, &ended) ? 1 : 0;
    QCOMPARE(written, 5);
    QCOMPARE(ended.suppressed, 0);
    // Other lines are not held back by this one.
    QVERIFY(filter.admit(QStringLiteral("another line"), 2'000));
    // Nothing has ended before the minute is over...
    QVERIFY(filter.expire(60'999).isEmpty());
    // ...then one summary for the 495 held back, and the line is written again afterwards.
    const QList<RepeatFilter::Summary> summaries = filter.expire(61'000);
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().key, line);
    QCOMPARE(summaries.first().suppressed, 495);
    QVERIFY(filter.admit(line, 61'001, &ended));
    QCOMPARE(ended.suppressed, 0);
    // A window that ends when the same line comes back gives its summary then, before the line.
    for (int i = 0; i < 10; ++i)
        filter.admit(line, 61'002 + i);
    QVERIFY(filter.admit(line, 200'000, &ended));
    QCOMPARE(ended.key, line);
    QCOMPARE(ended.suppressed, 6); // 1 + 10 in the window, five written
}

void TestRateBuckets::repeatFilterStaysBounded()
{
    RepeatFilter filter(1, 60'000, 50);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(filter.admit(QStringLiteral("line %1").arg(i), 0));
    QCOMPARE(filter.trackedKeys(), 50);
    // Beyond the bound new lines pass untracked; tracked ones are still collapsed.
    QVERIFY(filter.admit(QStringLiteral("line 999"), 1));
    QVERIFY(!filter.admit(QStringLiteral("line 0"), 1));
}

void TestRateBuckets::zeroWindowLetsEverythingPass()
{
    RepeatFilter filter(5, 0);
    for (int i = 0; i < 100; ++i)
        QVERIFY(filter.admit(QStringLiteral("same"), i));
    QCOMPARE(filter.trackedKeys(), 0);
}

QTEST_GUILESS_MAIN(TestRateBuckets)
#include "tst_ratebuckets.moc"
