// Log-ins through the Authenticator and the LoginThrottle: success, wrong password, unknown account,
// the throttle with an injected clock (a lockout per (account, address) pair, never per account;
// an account slowed, not refused, by failures from many addresses; an address shared by many
// customers slowed and locked only far later), expiry, memory, and rehash on cost change.
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

    // Keeps the slowing, but short, and the limits as they are by default.
    static ThrottleConfig fastConfig()
    {
        ThrottleConfig config;
        for (ThrottleRule *rule : {&config.pair, &config.account, &config.address}) {
            rule->delayStepMs = 1;
            rule->maxDelayMs = 5;
        }
        return config;
    }
    // Attempts through (account, address): each admitted one fails. Returns the delays they were given
    // before their check, or stops at the first refusal (then refused is set).
    static QList<qint64> failures(LoginThrottle &throttle, int count, const QString &account,
                                  const std::function<QString(int)> &address, bool *refused = nullptr)
    {
        QList<qint64> delays;
        for (int i = 0; i < count; ++i) {
            const LoginThrottle::Admission admission = throttle.admit(account, address(i));
            if (!admission.allowed) {
                if (refused)
                    *refused = true;
                break;
            }
            delays.append(admission.delayMs);
            throttle.finish(account, address(i), false);
        }
        return delays;
    }
    static QString manyAddresses(int i) { return QStringLiteral("10.9.%1.%2").arg(i / 250).arg(i % 250 + 1); }

private Q_SLOTS:
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

    void lockoutPerPairAndExpiry()
    {
        // Ten failures from one address lock that (account, address) pair, even against the right password.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(customer("12345678-5", "bad-password", "10.0.1.1").status, Status::WrongCredentials);
        const LoginOutcome refused = customer("12345678-5", "jorge1234", "10.0.1.1");
        QCOMPARE(refused.status, Status::Throttled);
        QCOMPARE(refused.retryAfterSeconds, 300);
        // Not the account: its owner, from anywhere else, gets in.
        QCOMPARE(customer("12345678-5", "jorge1234", "10.0.2.1").status, Status::Ok);
        // An unknown account is locked the same way, so the lock does not tell who exists.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(customer("10111222-5", "bad-password", "10.0.1.1").status, Status::WrongCredentials);
        QCOMPARE(customer("10111222-5", "bad-password", "10.0.1.1").retryAfterSeconds, 300);

        m_now += 299'000;
        QCOMPARE(customer("12345678-5", "jorge1234", "10.0.1.1").retryAfterSeconds, 1);
        m_now += 1'000;
        QCOMPARE(customer("12345678-5", "jorge1234", "10.0.1.1").status, Status::Ok);
    }

    void manyAddressesSlowTheAccountButNeverLockIt()
    {
        // The defaults: after 10 failures from anywhere, 0.5 s more per failure, at most 5 s; never refused.
        LoginThrottle throttle(ThrottleConfig{}, [this] { return m_now; });
        bool refused = false;
        const QList<qint64> delays = failures(throttle, 40, "customer:12345678-5", manyAddresses, &refused);
        QVERIFY(!refused);
        QCOMPARE(delays.size(), 40);
        QCOMPARE(delays.mid(0, 11), QList<qint64>(11, 0));
        QCOMPARE(delays.mid(11, 10), (QList<qint64>{500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000}));
        QCOMPARE(delays.mid(21), QList<qint64>(19, 5000));
        // The owner from an address of their own: let in, after the capped delay.
        const LoginThrottle::Admission owner = throttle.admit("customer:12345678-5", "10.0.0.1");
        QVERIFY(owner.allowed);
        QCOMPARE(owner.delayMs, 5000);
        throttle.finish("customer:12345678-5", "10.0.0.1", true);
        // Another account is not slowed.
        QCOMPARE(throttle.admit("customer:9876543-3", "10.0.0.1").delayMs, 0);

        // Through the Authenticator: the right password from another address still works.
        for (int i = 0; i < 30; ++i)
            QCOMPARE(customer("12345678-5", "bad-password", manyAddresses(i)).status, Status::WrongCredentials);
        QCOMPARE(customer("12345678-5", "jorge1234", "10.0.0.1").status, Status::Ok);
    }

    void parallelBurstFromManyAddressesIsCheckedNotRefused()
    {
        QList<QFuture<LoginOutcome>> burst;
        for (int i = 0; i < 25; ++i)
            burst.append(m_auth->loginCustomer("12345678-5", "bad-password", manyAddresses(i)));
        for (const auto &f : burst)
            QCOMPARE(wait(f).status, Status::WrongCredentials);
        QCOMPARE(customer("12345678-5", "jorge1234", "10.0.0.1").status, Status::Ok);
    }

    void fullHashingQueueAnswersBusy()
    {
        // With room for two password checks, a burst of ten log-ins: the first two are checked,
        // the rest are told the server is busy at once, before any lookup or hash (no wait, no
        // throttle count); once the queue has room, the same log-in is checked again.
        m_hasher->setQueueLimit(2);
        QList<QFuture<LoginOutcome>> burst;
        for (int i = 0; i < 10; ++i)
            burst.append(m_auth->loginCustomer("12345678-5", "jorge1234", manyAddresses(i)));
        int ok = 0;
        int busy = 0;
        for (const auto &f : burst) {
            const LoginOutcome o = wait(f);
            ok += o.status == Status::Ok ? 1 : 0;
            if (o.status == Status::Busy) {
                ++busy;
                QCOMPARE(o.retryAfterSeconds, 1);
            }
        }
        QVERIFY2(ok >= 2 && busy >= 1 && ok + busy == 10,
                 qPrintable(QStringLiteral("%1 ok, %2 busy").arg(ok).arg(busy)));
        QTRY_COMPARE(m_hasher->outstanding(), 0);
        QCOMPARE(customer("12345678-5", "jorge1234").status, Status::Ok);
        // Busy refusals never reached the request log as log-ins.
        int logged = 0;
        for (const auto &row : m_store->requestLog(100).result().value)
            logged += row.action == QLatin1String("login") ? 1 : 0;
        QCOMPARE(logged, ok + 1);
    }

    void sharedAddressIsNotLockedByOneGuesser()
    {
        // Behind one NAT address, a customer who forgot their password tries ten times: only their
        // own pair is locked, and their neighbours are neither refused nor slowed.
        LoginThrottle throttle(ThrottleConfig{}, [this] { return m_now; });
        const auto nat = [](int) { return QStringLiteral("192.0.2.7"); };
        bool refused = false;
        failures(throttle, 11, "customer:20000001-1", nat, &refused);
        QVERIFY(refused);
        const LoginThrottle::Admission neighbour = throttle.admit("customer:12345678-5", "192.0.2.7");
        QVERIFY(neighbour.allowed);
        QCOMPARE(neighbour.delayMs, 0);
        throttle.finish("customer:12345678-5", "192.0.2.7", true);

        // Through the Authenticator: one address trying ten accounts once each does not lock it either.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(customer(QStringLiteral("%1-0").arg(20000000 + i), "whatever1", "192.0.2.7").status,
                     Status::WrongCredentials);
        QCOMPARE(customer("12345678-5", "jorge1234", "192.0.2.7").status, Status::Ok);
    }

    void sprayingAddressIsSlowedThenLocked()
    {
        // The defaults: an address guessing many accounts is slowed after 10 failures (0.25 s more
        // each, at most 4 s) and refused once it reaches 50.
        LoginThrottle throttle(ThrottleConfig{}, [this] { return m_now; });
        QList<qint64> delays;
        bool refused = false;
        for (int i = 0; i < 60 && !refused; ++i)
            delays += failures(
                throttle, 1, QStringLiteral("customer:%1-0").arg(30000000 + i),
                [](int) { return QStringLiteral("198.51.100.9"); }, &refused);
        QVERIFY(refused);
        QCOMPARE(delays.size(), 50);
        QCOMPARE(delays.mid(0, 11), QList<qint64>(11, 0));
        QCOMPARE(delays.mid(11, 3), (QList<qint64>{250, 500, 750}));
        QCOMPARE(delays.last(), 4000);
        const LoginThrottle::Admission locked = throttle.admit("customer:12345678-5", "198.51.100.9");
        QVERIFY(!locked.allowed);
        QCOMPARE(locked.retryAfterMs, 300'000);

        // Through the Authenticator: refused from that address, even with the right password; a
        // success elsewhere does not unlock it.
        for (int i = 0; i < 50; ++i)
            QCOMPARE(customer(QStringLiteral("%1-0").arg(20000000 + i), "whatever1", "192.0.2.7").status,
                     Status::WrongCredentials);
        QCOMPARE(customer("12345678-5", "jorge1234", "192.0.2.7").status, Status::Throttled);
        QCOMPARE(customer("12345678-5", "jorge1234", "192.0.2.8").status, Status::Ok);
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

    void successClearsThePairAndTheAccount()
    {
        LoginThrottle throttle(ThrottleConfig{}, [this] { return m_now; });
        const QString jorge = QStringLiteral("customer:12345678-5");
        failures(throttle, 15, jorge, manyAddresses);
        const auto home = [](int) { return QStringLiteral("10.0.0.1"); };
        failures(throttle, 9, jorge, home);
        LoginThrottle::Admission owner = throttle.admit(jorge, "10.0.0.1");
        QVERIFY(owner.allowed);
        QCOMPARE(owner.delayMs, 5000);
        throttle.finish(jorge, "10.0.0.1", true);
        // The account is no longer slowed, and the pair has its ten tries again.
        QCOMPARE(throttle.admit(jorge, "10.0.0.2").delayMs, 0);
        throttle.finish(jorge, "10.0.0.2", true);
        bool refused = false;
        QCOMPARE(failures(throttle, 12, jorge, home, &refused).size(), 10);
        QVERIFY(refused);

        // The address's failures stay: one good account does not reset an address guessing others.
        LoginThrottle shared(ThrottleConfig{}, [this] { return m_now; });
        for (int i = 0; i < 20; ++i)
            failures(shared, 1, QStringLiteral("customer:%1-0").arg(30000000 + i),
                     [](int) { return QStringLiteral("192.0.2.7"); });
        shared.admit(jorge, "192.0.2.7");
        shared.finish(jorge, "192.0.2.7", true);
        QCOMPARE(shared.admit("customer:30000099-0", "192.0.2.7").delayMs, 2500);
    }

    void attemptsAreHeldBeforeTheirCheck()
    {
        // The defaults, for one (account, address): once 3 have failed, 0.5 s more per failure.
        LoginThrottle throttle(ThrottleConfig{}, [this] { return m_now; });
        QCOMPARE(failures(throttle, 7, "c:1-9", [](int) { return QStringLiteral("a"); }),
                 (QList<qint64>{0, 0, 0, 0, 500, 1000, 1500}));

        // The Authenticator holds every attempt back by that much, the right password too: its
        // answer takes as long as a wrong one's, so hanging up early tells nothing.
        ThrottleConfig config;
        config.pair.slowAfterFailures = 0;
        config.pair.delayStepMs = 300;
        makeAuthenticator(config);
        QCOMPARE(customer("12345678-5", "bad-password", "10.0.0.9").status, Status::WrongCredentials);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(customer("12345678-5", "jorge1234", "10.0.0.9").status, Status::Ok);
        QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    }

    void delaysTakeTheLargestNotTheSum()
    {
        LoginThrottle throttle(ThrottleConfig{}, [this] { return m_now; });
        const QString jorge = QStringLiteral("customer:12345678-5");
        failures(throttle, 30, jorge, manyAddresses);                                  // the account at its cap, 5 s
        failures(throttle, 9, jorge, [](int) { return QStringLiteral("192.0.2.7"); }); // the pair at 3 s
        for (int i = 0; i < 30; ++i) // and the address at its cap, 4 s
            failures(throttle, 1, QStringLiteral("customer:%1-0").arg(30000000 + i),
                     [](int) { return QStringLiteral("192.0.2.7"); });
        QCOMPARE(throttle.admit(jorge, "192.0.2.7").delayMs, 5000);
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

    void idleRecordsAreForgotten()
    {
        LoginThrottle throttle(ThrottleConfig{}, [this] { return m_now; });
        for (int i = 0; i < 300; ++i)
            failures(throttle, 1, QStringLiteral("customer:%1-0").arg(30000000 + i),
                     [i](int) { return manyAddresses(i); });
        failures(throttle, 10, "customer:12345678-5",
                 [](int) { return QStringLiteral("192.0.2.7"); }); // locks the pair
        QCOMPARE(throttle.recordCount(), 301 * 3);
        // An admission sweeps (at most once per window): what has nothing left to remember goes;
        // a locked pair stays until its lock ends.
        const auto probe = [&] {
            throttle.admit("customer:1-9", "10.0.0.1");
            throttle.release("customer:1-9", "10.0.0.1");
        };
        m_now += throttle.config().windowMs + 1;
        probe();
        QCOMPARE(throttle.recordCount(), 1 + 3);
        m_now += throttle.config().lockoutMs;
        probe();
        QCOMPARE(throttle.recordCount(), 3);
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
