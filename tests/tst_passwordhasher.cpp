// Argon2id hashing: round trip, wrong and malformed inputs, the rehash signal when the cost changes,
// the default cost (OWASP's minimum), and that hashing runs off the calling thread.
#include "auth/passwordhasher.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtTest>
#include <sodium.h>

using namespace Turno::Auth;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("ascii") << QStringLiteral("jorge1234");
        QTest::newRow("accents") << QStringLiteral("contraseña-García");
        QTest::newRow("emoji") << QStringLiteral("clave\U0001F512segura");
        QTest::newRow("long") << QString(1000, QLatin1Char('x'));
    }
    void roundTrip()
    {
        QFETCH(QString, password);
        PasswordHasher hasher(HashCost::low());
        const QString hash = hasher.hash(password).result();
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!hash.contains(password));
        const VerifyResult good = hasher.verify(hash, password).result();
        QVERIFY(good.ok);
        QVERIFY(!good.needsRehash);
        QVERIFY(!hasher.verify(hash, password + QLatin1Char('!')).result().ok);
        QVERIFY(!hasher.verify(hash, QString()).result().ok);
    }

    void saltsDiffer()
    {
        PasswordHasher hasher(HashCost::low());
        QVERIFY(hasher.hash(QStringLiteral("jorge1234")).result() != hasher.hash(QStringLiteral("jorge1234")).result());
    }

    void malformedStoredHash()
    {
        PasswordHasher hasher(HashCost::low());
        QVERIFY(!hasher.verify(QString(), QStringLiteral("x")).result().ok);
        QVERIFY(!hasher.verify(QStringLiteral("plain"), QStringLiteral("plain")).result().ok);
        QVERIFY(!hasher.verify(QString(300, QLatin1Char('$')), QStringLiteral("x")).result().ok);
    }

    void needsRehashWhenCostChanges()
    {
        PasswordHasher cheap(HashCost::low());
        const QString oldHash = cheap.hash(QStringLiteral("jorge1234")).result();
        PasswordHasher stronger(HashCost{2, 16 * 1024});
        const VerifyResult r = stronger.verify(oldHash, QStringLiteral("jorge1234")).result();
        QVERIFY(r.ok);
        QVERIFY(r.needsRehash);
        QVERIFY(!stronger.verify(oldHash, QStringLiteral("wrong")).result().needsRehash); // only reported on success
        const QString newHash = stronger.hash(QStringLiteral("jorge1234")).result();
        QVERIFY(!stronger.verify(newHash, QStringLiteral("jorge1234")).result().needsRehash);
    }

    void invalidCostFailsCleanly()
    {
        PasswordHasher broken(HashCost{0, 1});
        QVERIFY(!(HashCost{0, 1}).isValid());
        QCOMPARE(broken.hash(QStringLiteral("jorge1234")).result(), QString());
    }

    void hashesOffTheCallingThread()
    {
        PasswordHasher hasher(HashCost::low());
        QThread *caller = QThread::currentThread();
        QThread *worker = nullptr;
        hasher.hash(QStringLiteral("jorge1234"))
            .then([&](const QString &) { worker = QThread::currentThread(); })
            .waitForFinished();
        QVERIFY(worker);
        QVERIFY(worker != caller);
    }

    void countsOutstandingWorkAgainstItsQueueLimit()
    {
        // The default cost takes tens of milliseconds: three hashes queued at once are all still
        // outstanding when hash() returns, so a limit of three reports busy until one is done.
        PasswordHasher hasher(HashCost::defaults());
        hasher.setQueueLimit(3);
        QCOMPARE(hasher.queueLimit(), 3);
        QVERIFY(!hasher.isBusy());
        QList<QFuture<QString>> hashes;
        for (int i = 0; i < 3; ++i)
            hashes.append(hasher.hash(QStringLiteral("password-%1").arg(i)));
        QVERIFY(hasher.outstanding() >= 1);
        QVERIFY(hasher.outstanding() <= 3);
        QTRY_COMPARE_WITH_TIMEOUT(hasher.outstanding(), 0, 20'000);
        QVERIFY(!hasher.isBusy());
        for (auto &f : hashes)
            QVERIFY(f.result().startsWith(QLatin1String("$argon2id$")));
        hasher.setQueueLimit(0); // at least one
        QCOMPARE(hasher.queueLimit(), 1);
        auto one = hasher.verify(hashes.first().result(), QStringLiteral("password-0"));
        QVERIFY(hasher.isBusy() || one.isFinished());
        QVERIFY(one.result().ok);
    }

    void defaultCostIsOwaspMinimum()
    {
        const HashCost cost = HashCost::defaults();
        QVERIFY(cost.opsLimit >= 2);
        QVERIFY(cost.memLimitBytes >= 19u * 1024 * 1024);
        QVERIFY(cost.isValid());
        PasswordHasher hasher; // the defaults
        QElapsedTimer timer;
        timer.start();
        const QString hash = hasher.hash(QStringLiteral("jorge1234")).result();
        const qint64 hashMs = timer.restart();
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")));
        QVERIFY(hasher.verify(hash, QStringLiteral("jorge1234")).result().ok);
        const qint64 verifyMs = timer.elapsed();
        PasswordHasher low(HashCost::low());
        timer.restart();
        for (int i = 0; i < 100; ++i)
            low.hash(QStringLiteral("jorge1234")).waitForFinished();
        qInfo("default cost: hash %lld ms, verify %lld ms; low cost: %.3f ms per hash", hashMs, verifyMs,
              double(timer.nsecsElapsed()) / 1e6 / 100);
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
