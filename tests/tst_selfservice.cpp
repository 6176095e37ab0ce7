// The customer's self-service and account requests against a real turno-server: the Wi-Fi change
// (done, backend failure, rules enforced by the server too, the key in no log), sign-up allowed or
// not, and changing the password and the display name, seen again at the next log-in.
#include "protocol/codec.h"
#include "protocol/connection.h"
#include "serverprocess.h"
#include "session/customersession.h"
#include "testtls.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QtTest>

using namespace Turno;
using namespace Turno::Protocol;

namespace
{

const QString JorgeRut = QStringLiteral("12.345.678-5");
const QString JorgePassword = QStringLiteral("jorge-password");

// "action=result" of every request-log row of one actor, oldest first.
QString actionsOf(const QString &databasePath, const QString &actor)
{
    QStringList actions;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("selfservice-reader"));
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT action, result FROM request_log WHERE actor = ? ORDER BY id"));
            query.addBindValue(actor);
            query.exec();
            while (query.next())
                actions.append(query.value(0).toString() + QLatin1Char('=') + query.value(1).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("selfservice-reader"));
    return actions.join(QLatin1Char(','));
}

// Whether text appears anywhere in the database files (the main file and its write-ahead log).
bool databaseContains(const QString &databasePath, const QString &text)
{
    for (const QString &path : {databasePath, databasePath + QStringLiteral("-wal")}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
            return true;
    }
    return false;
}

bool logIn(Test::ServerProcess &server, CustomerSession &session, const QString &rut, const QString &password)
{
    QSignalSpy loggedIn(&session, &CustomerSession::loggedInAs);
    QSignalSpy failed(&session, &ClientSession::loginFailed);
    if (!session.logIn(server.address(), rut, password))
        return false;
    return QTest::qWaitFor([&] { return loggedIn.size() + failed.size() > 0; }, 10'000) && loggedIn.size() == 1;
}

// Logs out and lets the event loop deliver it (the server's output is read without one).
bool logOut(CustomerSession &session)
{
    QSignalSpy loggedOut(&session, &ClientSession::loggedOut);
    session.logOut();
    return loggedOut.size() == 1 || loggedOut.wait(10'000);
}

} // namespace

class TestSelfService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wifiChangeIsDoneAndNeverLogged();
    void wifiBackendFailureIsExplained();
    void serverEnforcesWifiRules();
    void signUpIsForbiddenByDefault();
    void signUpCreatesAndLogsIn();
    void changePasswordNeedsTheOldOne();
    void changeDisplayNameIsKept();

private:
    bool startWithJorge(Test::ServerProcess &server, const QStringList &arguments = {});
};

bool TestSelfService::startWithJorge(Test::ServerProcess &server, const QStringList &arguments)
{
    if (!server.start(arguments)) {
        qWarning() << server.error();
        return false;
    }
    return server.addCustomer(JorgeRut, QStringLiteral("Jorge Sandoval"), JorgePassword);
}

void TestSelfService::wifiChangeIsDoneAndNeverLogged()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    CustomerSession session;
    QVERIFY(logIn(server, session, JorgeRut, JorgePassword));
    const QString key = QStringLiteral("Secret-WiFi-Key-4821");
    QSignalSpy finished(&session, &CustomerSession::wifiChangeFinished);
    QVERIFY(session.changeWifiPassword(key, key));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Your password has been updated."));
    QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] Wi-Fi password change for client Jorge Sandoval.")));

    QVERIFY(logOut(session));
    QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] Client Jorge Sandoval disconnected.")));
    QTRY_COMPARE_WITH_TIMEOUT(actionsOf(server.databasePath(), QStringLiteral("12345678-5")),
                              QStringLiteral("login=ok,change-wifi-password=ok,logout=ok"), 10'000);
    QVERIFY2(!server.output().contains(key), "the Wi-Fi key must never be logged");
    QVERIFY2(!databaseContains(server.databasePath(), key),
             "the Wi-Fi key must not be stored, not even in the request log");
}

void TestSelfService::wifiBackendFailureIsExplained()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server, {QStringLiteral("--backend-fail"), QStringLiteral("the router does not answer")}));
    CustomerSession session;
    QVERIFY(logIn(server, session, JorgeRut, JorgePassword));
    QSignalSpy finished(&session, &CustomerSession::wifiChangeFinished);
    QVERIFY(session.changeWifiPassword(QStringLiteral("another-key-1"), QStringLiteral("another-key-1")));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(),
             QStringLiteral("We could not update your Wi-Fi password: the router does not answer"));
    QCOMPARE(session.state(), CustomerSession::State::Menu);
    QVERIFY(server.waitForOutput(
        QStringLiteral("[SERVER] Wi-Fi password change for client Jorge Sandoval failed: the router does not answer")));
    QTRY_COMPARE_WITH_TIMEOUT(actionsOf(server.databasePath(), QStringLiteral("12345678-5")),
                              QStringLiteral("login=ok,change-wifi-password=failed"), 10'000);
}

void TestSelfService::serverEnforcesWifiRules()
{
    // A client that skips the local checks: the server refuses the key and keeps the connection.
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    auto *socket = new Test::TlsSocket;
    Connection connection(socket, {});
    QList<QPair<quint16, QByteArray>> frames;
    connect(&connection, &Connection::frameReceived, this, [&frames](quint16 kind, const QByteArray &payload) {
        frames.append({kind, payload});
    });
    socket->startConnecting(server.port());
    QVERIFY(socket->waitForEncrypted(5'000));
    // The payload of the next frame of kind (other kinds, such as a resume token, are skipped).
    auto next = [&frames](Kind kind) {
        QByteArray payload;
        const bool arrived = QTest::qWaitFor(
            [&] {
                while (!frames.isEmpty()) {
                    const auto frame = frames.takeFirst();
                    if (frame.first == quint16(kind)) {
                        payload = frame.second;
                        return true;
                    }
                }
                return false;
            },
            10'000);
        return arrived ? payload : QByteArray();
    };
    connection.send(Hello{});
    connection.send(CustomerLogin{1, JorgeRut, JorgePassword});
    QVERIFY(!next(Kind::LoginResult).isEmpty());

    connection.send(ChangeWifiPassword{2, QStringLiteral("ñandú-clave")});
    ErrorReply reply;
    QString error;
    QVERIFY(decodePayload(next(Kind::ErrorReply), reply, &error));
    QCOMPARE(reply.requestId, 2u);
    QCOMPARE(reply.code, quint16(ErrorCode::Invalid));
    // Still connected and logged in: a valid key goes through.
    connection.send(ChangeWifiPassword{3, QStringLiteral("valid-key-99")});
    ServiceResult result;
    QVERIFY(decodePayload(next(Kind::ServiceResult), result, &error));
    QCOMPARE(result.requestId, 3u);
    QCOMPARE(result.outcome, quint8(ServiceOutcome::Done));
    QTRY_COMPARE_WITH_TIMEOUT(actionsOf(server.databasePath(), QStringLiteral("12345678-5")),
                              QStringLiteral("login=ok,change-wifi-password=invalid,change-wifi-password=ok"), 10'000);
}

void TestSelfService::signUpIsForbiddenByDefault()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    CustomerSession session;
    QSignalSpy failed(&session, &ClientSession::loginFailed);
    QVERIFY(session.signUp(server.address(), QStringLiteral("11.111.111-1"), QStringLiteral("Ana Pérez"),
                           QStringLiteral("ana-password"), QStringLiteral("ana-password")));
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.first().first().toString(),
             QStringLiteral("This server does not accept new accounts. Please call us to open one."));
    QTRY_COMPARE_WITH_TIMEOUT(actionsOf(server.databasePath(), QStringLiteral("11111111-1")),
                              QStringLiteral("signup=refused: sign-up closed"), 10'000);
    // Nothing was created: the same credentials do not log in.
    CustomerSession again;
    QVERIFY(!logIn(server, again, QStringLiteral("11.111.111-1"), QStringLiteral("ana-password")));
}

void TestSelfService::signUpCreatesAndLogsIn()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server, {QStringLiteral("--allow-signup")}));
    {
        CustomerSession session;
        QSignalSpy loggedIn(&session, &CustomerSession::loggedInAs);
        QVERIFY(session.signUp(server.address(), QStringLiteral("11.111.111-1"), QStringLiteral(" Ana   Pérez "),
                               QStringLiteral("ana-password"), QStringLiteral("ana-password")));
        QVERIFY(loggedIn.wait(10'000));
        QCOMPARE(session.fullName(), QStringLiteral("Ana Pérez"));
        QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] New client Ana Pérez signed up.")));
        QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] Client Ana Pérez connected.")));
        QVERIFY(logOut(session));
        QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] Client Ana Pérez disconnected.")));
    }
    CustomerSession again;
    QVERIFY(logIn(server, again, QStringLiteral("111111111"), QStringLiteral("ana-password")));

    // A RUT that already has an account.
    CustomerSession duplicate;
    QSignalSpy failed(&duplicate, &ClientSession::loginFailed);
    QVERIFY(duplicate.signUp(server.address(), JorgeRut, QStringLiteral("Someone Else"),
                             QStringLiteral("other-password"), QStringLiteral("other-password")));
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.first().first().toString(),
             QStringLiteral("An account with this RUT already exists. Log in with its password instead."));
    QVERIFY(!server.output().contains(QLatin1String("ana-password")));
    QVERIFY(!server.output().contains(QLatin1String("other-password")));
}

void TestSelfService::changePasswordNeedsTheOldOne()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    {
        CustomerSession session;
        QVERIFY(logIn(server, session, JorgeRut, JorgePassword));
        QSignalSpy finished(&session, &CustomerSession::accountChangeFinished);
        QVERIFY(session.changePassword(QStringLiteral("not-my-password"), QStringLiteral("brand-new-pass"),
                                       QStringLiteral("brand-new-pass")));
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QCOMPARE(finished.last().at(1).toString(),
                 QStringLiteral("Your current password is not correct. Nothing was changed."));
        QVERIFY(
            session.changePassword(JorgePassword, QStringLiteral("brand-new-pass"), QStringLiteral("brand-new-pass")));
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] Client Jorge Sandoval changed their password.")));
        QVERIFY(logOut(session));
        QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] Client Jorge Sandoval disconnected.")));
    }
    CustomerSession old;
    QVERIFY(!logIn(server, old, JorgeRut, JorgePassword));
    CustomerSession renewed;
    QVERIFY(logIn(server, renewed, JorgeRut, QStringLiteral("brand-new-pass")));
    QTRY_COMPARE_WITH_TIMEOUT(
        actionsOf(server.databasePath(), QStringLiteral("12345678-5")),
        QStringLiteral("login=ok,change-password=wrong-password,change-password=ok,logout=ok,login=wrong-credentials,"
                       "login=ok"),
        10'000);
    for (const char *secret : {"not-my-password", "brand-new-pass", "jorge-password"})
        QVERIFY2(!server.output().contains(QLatin1String(secret)), secret);
}

void TestSelfService::changeDisplayNameIsKept()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    {
        CustomerSession session;
        QVERIFY(logIn(server, session, JorgeRut, JorgePassword));
        QSignalSpy finished(&session, &CustomerSession::accountChangeFinished);
        QVERIFY(session.changeDisplayName(QStringLiteral("Jorge Andrés Sandoval")));
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(session.firstName(), QStringLiteral("Jorge"));
        QVERIFY(server.waitForOutput(
            QStringLiteral("[SERVER] Client Jorge Sandoval is now called Jorge Andrés Sandoval.")));
        QVERIFY(logOut(session));
        // The server already uses the new name for this connection.
        QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] Client Jorge Andrés Sandoval disconnected.")));
    }
    CustomerSession again;
    QVERIFY(logIn(server, again, JorgeRut, JorgePassword));
    QCOMPARE(again.fullName(), QStringLiteral("Jorge Andrés Sandoval"));
}

QTEST_GUILESS_MAIN(TestSelfService)
#include "tst_selfservice.moc"
