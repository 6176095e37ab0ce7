// What the server keeps in memory per customer: SessionDesk forgets a customer who is gone for good
// (logged out, or not back within the grace period), whatever they did (self-service, a wait, a
// session, leaving while waiting), and keeps them while their grace period runs. A server in the
// same process as the session controllers, so the test can ask the desk what it still holds.
#include "admin/demoaccounts.h"
#include "auth/authenticator.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "backend/providerbackend.h"
#include "core/contactcenter.h"
#include "core/sessiondesk.h"
#include "session/customersession.h"
#include "session/executivesession.h"
#include "storage/sqlitestore.h"
#include "testtls.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Turno;

namespace
{

constexpr int kGraceMs = 3'000;

Admin::DemoAccount demo(const QString &id)
{
    for (const Admin::DemoAccount &account : Admin::demoAccounts()) {
        if (account.id == id)
            return account;
    }
    return {};
}

} // namespace

class TestDeskMemory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::SqliteStore> m_store;
    std::unique_ptr<Auth::PasswordHasher> m_hasher;
    std::unique_ptr<Auth::LoginThrottle> m_throttle;
    std::unique_ptr<Auth::Authenticator> m_auth;
    std::unique_ptr<Server::SimulatedBackend> m_backend;
    std::unique_ptr<Server::ContactCenter> m_center;

    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_center->port()); }
    QStringList kept() const { return m_center->desk().customersKept(); }

    std::unique_ptr<CustomerSession> customer(const QString &id)
    {
        const Admin::DemoAccount account = demo(id);
        auto session = std::make_unique<CustomerSession>();
        QSignalSpy in(session.get(), &CustomerSession::loggedInAs);
        if (!session->logIn(address(), account.id, account.password) || !in.wait(10'000))
            return nullptr;
        return session;
    }
    static bool restart(CustomerSession &session)
    {
        QSignalSpy finished(&session, &CustomerSession::restartFinished);
        session.restartInternet();
        return finished.wait(10'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_store = Storage::SqliteStore::open(m_dir.filePath(QStringLiteral("desk.db")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_hasher = std::make_unique<Auth::PasswordHasher>(Auth::HashCost::low());
        QVERIFY(Admin::loadDemoAccounts(*m_store, *m_hasher).result() > 0);
        m_throttle = std::make_unique<Auth::LoginThrottle>();
        m_auth = std::make_unique<Auth::Authenticator>(*m_store, *m_hasher, *m_throttle);
        m_backend = std::make_unique<Server::SimulatedBackend>(10);
        Server::ServerConfig config;
        config.port = 0;
        config.wrapUpMs = 0;
        config.resumeGraceMs = kGraceMs;
        config.tls = Test::fakeServerTls();
        m_center = std::make_unique<Server::ContactCenter>(*m_store, *m_auth, *m_backend, config);
        QVERIFY2(m_center->listen(&error), qPrintable(error));
        Test::pinLocalServer(m_center->port(), Test::fakeServerFingerprint());
    }
    void cleanupTestCase()
    {
        m_center.reset();
        m_backend.reset();
        m_auth.reset();
        m_throttle.reset();
        m_hasher.reset();
        m_store.reset();
    }

    void loggedOutCustomersAreForgotten()
    {
        // Juan takes whoever rings.
        ExecutiveSession juan;
        connect(&juan, &ExecutiveSession::offerReceived, &juan, [&juan] { juan.acceptOffer(); });
        QSignalSpy juanIn(&juan, &ExecutiveSession::loggedInAs);
        QVERIFY(juan.logIn(address(), QStringLiteral("jperez"), demo(QStringLiteral("jperez")).password));
        QVERIFY(juanIn.wait(10'000));

        // Jorge: self-service, then a session with a message, then he logs out in the middle of it.
        auto jorge = customer(QStringLiteral("12.345.678-5"));
        QVERIFY(jorge);
        QVERIFY(restart(*jorge));
        QSignalSpy started(jorge.get(), &CustomerSession::sessionStarted);
        QVERIFY(jorge->contactExecutive(QStringLiteral("internet")));
        QVERIFY(started.wait(10'000));
        QSignalSpy delivered(jorge.get(), &CustomerSession::messageDelivered);
        QVERIFY(!jorge->sendMessage(QStringLiteral("Hola")).isEmpty());
        QVERIFY(delivered.wait(10'000));
        QCOMPARE(kept(), QStringList{QStringLiteral("12345678-5")});

        auto claudio = customer(QStringLiteral("10.111.222-5"));
        QVERIFY(claudio);
        QVERIFY(restart(*claudio));
        QCOMPARE(kept(), (QStringList{QStringLiteral("10111222-5"), QStringLiteral("12345678-5")}));

        jorge->logOut();
        QTRY_COMPARE_WITH_TIMEOUT(kept(), QStringList{QStringLiteral("10111222-5")}, 10'000);

        // Claudio waits in a line nobody serves now (Juan is away), and logs out while waiting: the
        // notice that his wait ended has nobody to go to.
        juan.setAway(QStringLiteral("lunch"));
        QTRY_COMPARE_WITH_TIMEOUT(juan.presence(), Protocol::Presence::Away, 10'000);
        QSignalSpy waiting(claudio.get(), &CustomerSession::queueChanged);
        QVERIFY(claudio->contactExecutive(QStringLiteral("wifi")));
        QVERIFY(waiting.wait(10'000));
        QCOMPARE(m_center->desk().waitingCount(), 1);
        claudio->logOut();
        QTRY_COMPARE_WITH_TIMEOUT(kept(), QStringList{}, 10'000);
        QCOMPARE(m_center->desk().waitingCount(), 0);
    }

    void droppedCustomersAreForgottenAfterTheGrace()
    {
        auto camila = customer(QStringLiteral("15.432.876-9"));
        QVERIFY(camila);
        QVERIFY(restart(*camila));
        QVERIFY(camila->contactExecutive(QStringLiteral("internet")));
        QTRY_VERIFY_WITH_TIMEOUT(m_center->desk().waitingCount() == 1, 10'000);
        // The connection dies without a log-out: the place is kept for the grace period...
        camila.reset();
        QTRY_VERIFY_WITH_TIMEOUT(m_center->connectedCustomerCount() == 0, 10'000);
        const QString rut = QStringLiteral("15432876-9");
        QVERIFY(kept().contains(rut));
        // ...and then she is forgotten with it.
        QTRY_VERIFY_WITH_TIMEOUT(m_center->desk().waitingCount() == 0, kGraceMs + 10'000);
        QVERIFY2(!kept().contains(rut), qPrintable(kept().join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestDeskMemory)
#include "tst_deskmemory.moc"
