// Log-ins through the Authenticator and the LoginThrottle: success, wrong password, unknown account,
// slowing, lockout per account and per address with an injected clock, expiry, and rehash on cost change.
#include "auth/authenticator.h"
#include "storage/sqlitestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Turno;
using namespace Turno::Auth;
using Status = LoginOutcome::Status;

class TestLogin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::SqliteStore> m_store;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<Authenticator> m_auth;
    qint64 m_now = 1'000'000;

    void makeAuthenticator(ThrottleConfig config = {}, HashCost cost = HashCost::low())
    {
        m_auth.reset();
        m_hasher = std::make_unique<PasswordHasher>(cost);
        m_throttle = std::make_unique<LoginThrottle>(config, [this] { return m_now; });
        m_auth = std::make_unique<Authenticator>(*m_store, *m_hasher, *m_throttle);
    }

    // Waits with the event loop running: the outcome is delivered on the Authenticator's thread.
    static LoginOutcome wait(QFuture<LoginOutcome> future)
    {
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
            return {};
        return future.result();
    }
    LoginOutcome customer(const QString &rut, const QString &password, const QString &address = "10.0.0.1")
    {
        return wait(m_auth->loginCustomer(rut, password, address));
    }

    static ThrottleConfig fastConfig()
    {
        ThrottleConfig config;
        config.delayStepMs = 1; // keep the slowing, but short
        config.maxDelayMs = 5;
        return config;
    }

private slots:
    void init()
    {
        QString error;
        m_store = Storage::SqliteStore::open(m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())),
                                             &error);
        QVERIFY2(m_store, qPrintable(error));
        PasswordHasher setup(HashCost::low());
        QVERIFY(
            m_store->addCustomer({0, "12345678-5", "Jorge Sandoval", setup.hash("jorge1234").result(), "Casa", "Fibra"})
                .result()
                .ok());
        QVERIFY(m_store
                    ->addExecutive(
                        {0, "jperez", "Juan Perez", setup.hash("juan1234").result(), "executive", {"internet", "wifi"}})
                    .result()
                    .ok());
        makeAuthenticator(fastConfig());
    }
    void cleanup()
    {
        m_auth.reset();
        m_throttle.reset();
        m_hasher.reset();
        m_store.reset();
    }

    void customerSuccess()
    {
        const LoginOutcome o = customer("12345678-5", "jorge1234");
        QCOMPARE(o.status, Status::Ok);
        QVERIFY(o.customer);
        QCOMPARE(o.customer->fullName, QStringLiteral("Jorge Sandoval"));
        QVERIFY(!o.executive);
        // The attempt is in the request log, without the password.
        const auto log = m_store->requestLog(10).result().value;
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].action, QStringLiteral("login"));
        QCOMPARE(log[0].result, QStringLiteral("ok"));
        QVERIFY(!log[0].detail.contains(QLatin1String("jorge1234")));
    }

    void executiveSuccess()
    {
        const LoginOutcome o = wait(m_auth->loginExecutive(" JPerez ", "juan1234", "10.0.0.2"));
        QCOMPARE(o.status, Status::Ok);
        QVERIFY(o.executive);
        QCOMPARE(o.executive->services, (QStringList{"internet", "wifi"}));
    }

    void wrongPasswordAndUnknownLookAlike()
    {
        const LoginOutcome wrong = customer("12345678-5", "jorge12345");
        const LoginOutcome unknown = customer("10111222-5", "jorge1234");
        const LoginOutcome unknownExecutive = wait(m_auth->loginExecutive("nobody", "juan1234", "10.0.0.1"));
        for (const LoginOutcome &o : {wrong, unknown, unknownExecutive}) {
            QCOMPARE(o.status, Status::WrongCredentials);
            QVERIFY(!o.customer && !o.executive);
        }
    }

    void outcomeArrivesOnAuthenticatorThread()
    {
        QThread *where = nullptr;
        auto future =
            m_auth->loginCustomer("12345678-5", "jorge1234", "10.0.0.1").then(m_auth.get(), [&](LoginOutcome) {
                where = QThread::currentThread();
            });
        QTRY_VERIFY(future.isFinished());
        QCOMPARE(where, m_auth->thread());
    }

    void lockoutPerAccountAndExpiry()
    {
        // Ten failures from ten addresses: the account is refused, even with the right password.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(customer("12345678-5", "bad-password", QStringLiteral("10.0.1.%1").arg(i)).status,
                     Status::WrongCredentials);
        const LoginOutcome refused = customer("12345678-5", "jorge1234", "10.0.2.1");
        QCOMPARE(refused.status, Status::Throttled);
        QCOMPARE(refused.retryAfterSeconds, 300);
        // Another account from a fresh address is not affected.
        QCOMPARE(wait(m_auth->loginExecutive("jperez", "juan1234", "10.0.2.2")).status, Status::Ok);

        m_now += 299'000;
        QCOMPARE(customer("12345678-5", "jorge1234", "10.0.2.1").retryAfterSeconds, 1);
        m_now += 1'000;
        QCOMPARE(customer("12345678-5", "jorge1234", "10.0.2.1").status, Status::Ok);
    }

    void lockoutPerAddress()
    {
        // One address guessing many accounts.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(customer(QStringLiteral("%1-0").arg(20000000 + i), "whatever1", "192.0.2.7").status,
                     Status::WrongCredentials);
        QCOMPARE(customer("12345678-5", "jorge1234", "192.0.2.7").status, Status::Throttled);
        QCOMPARE(customer("12345678-5", "jorge1234", "192.0.2.8").status, Status::Ok);
        // Its success does not unlock the guessing address.
        QCOMPARE(customer("12345678-5", "jorge1234", "192.0.2.7").status, Status::Throttled);
    }

    void failuresOutsideTheWindowDoNotCount()
    {
        for (int i = 0; i < 9; ++i)
            customer("12345678-5", "bad-password");
        m_now += 2 * 60 * 1000 + 1;
        for (int i = 0; i < 9; ++i)
            QCOMPARE(customer("12345678-5", "bad-password").status, Status::WrongCredentials);
        QCOMPARE(customer("12345678-5", "jorge1234").status, Status::Ok);
    }

    void successResetsTheAccount()
    {
        ThrottleConfig config = fastConfig();
        makeAuthenticator(config);
        for (int i = 0; i < 9; ++i)
            customer("12345678-5", "bad-password", QStringLiteral("10.1.0.%1").arg(i));
        QCOMPARE(customer("12345678-5", "jorge1234", "10.1.1.1").status, Status::Ok);
        for (int i = 0; i < 9; ++i)
            QCOMPARE(customer("12345678-5", "bad-password", QStringLiteral("10.1.2.%1").arg(i)).status,
                     Status::WrongCredentials);
        QCOMPARE(customer("12345678-5", "jorge1234", "10.1.3.1").status, Status::Ok);
    }

    void failuresAreSlowedFirst()
    {
        LoginThrottle throttle(ThrottleConfig{}, [this] { return m_now; });
        QList<qint64> delays;
        for (int i = 0; i < 6; ++i) {
            QVERIFY(throttle.admit("c:1-9", "a").allowed);
            delays.append(throttle.finish("c:1-9", "a", false));
        }
        QCOMPARE(delays, (QList<qint64>{0, 0, 0, 500, 1000, 1500}));

        // And the Authenticator really holds the answer back.
        ThrottleConfig config;
        config.slowAfterFailures = 0;
        config.delayStepMs = 300;
        makeAuthenticator(config);
        QElapsedTimer timer;
        timer.start();
        auto future = m_auth->loginCustomer("12345678-5", "bad-password", "10.0.0.9");
        QCOMPARE(wait(future).status, Status::WrongCredentials);
        QVERIFY(timer.elapsed() >= 290);
    }

    void parallelBurstCannotPassTheLimit()
    {
        QList<QFuture<LoginOutcome>> burst;
        for (int i = 0; i < 25; ++i)
            burst.append(m_auth->loginCustomer("12345678-5", "bad-password", "198.51.100.1"));
        int wrong = 0;
        int throttled = 0;
        for (const auto &f : burst) {
            const Status s = wait(f).status;
            wrong += s == Status::WrongCredentials;
            throttled += s == Status::Throttled;
        }
        QCOMPARE(wrong, 10);
        QCOMPARE(throttled, 15);
    }

    void rehashOnCostChange()
    {
        const QString before = m_store->findCustomer("12345678-5").result().value->passwordHash;
        makeAuthenticator(fastConfig(), HashCost{2, 16 * 1024});
        QSignalSpy rehashed(m_auth.get(), &Authenticator::passwordRehashed);
        QCOMPARE(customer("12345678-5", "jorge1234").status, Status::Ok);
        QTRY_COMPARE(rehashed.count(), 1);
        QCOMPARE(rehashed.first().at(0).toString(), QStringLiteral("customer"));
        const QString after = m_store->findCustomer("12345678-5").result().value->passwordHash;
        QVERIFY(after != before);
        QVERIFY(after.contains(QLatin1String("m=16,t=2")));
        QCOMPARE(m_auth->upgradesInProgress(), 0);
        // The new hash still works and needs no further upgrade. A log-in starts its upgrade before
        // its outcome is delivered, so none in progress now means none will come later.
        QCOMPARE(customer("12345678-5", "jorge1234").status, Status::Ok);
        QCOMPARE(m_auth->upgradesInProgress(), 0);
        QCOMPARE(rehashed.count(), 1);
        QCOMPARE(m_store->findCustomer("12345678-5").result().value->passwordHash, after);
        QCOMPARE(customer("12345678-5", "jorge12").status, Status::WrongCredentials);
    }
};

QTEST_GUILESS_MAIN(TestLogin)
#include "tst_login.moc"
