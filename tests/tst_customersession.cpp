// The customer session controller against a scripted fake server: log-in, restart progress and
// result, a refused restart that leaves the menu usable, the executive's live count, and the
// Wi-Fi password change, sign-up and account changes with every answer the server can give, a
// hostile server's resume grace, which the session clamps to a day, and chat messages that come
// again (a replay, a redelivery), which both sessions show once.
#include "protocol/codec.h"
#include "protocol/connection.h"
#include "session/customersession.h"
#include "session/executivesession.h"
#include "testtls.h"

#include <QPointer>
#include <QSignalSpy>
#include <QSslServer>
#include <QTcpServer>
#include <QtTest>
#include <functional>

using namespace Turno;
using namespace Turno::Protocol;

namespace
{

// Accepts one connection, answers the handshake and any log-in with success, and hands every
// later message to a script.
class FakeServer : public QObject
{
public:
    std::function<void(Connection &, quint16 kind, const QByteArray &payload)> script;
    // The latest connection, to push what a (hostile) server would send unasked.
    QPointer<Connection> last;

    FakeServer()
    {
        m_listener.setSslConfiguration(Test::fakeServerTls());
        m_listener.listen(QHostAddress::LocalHost);
        Test::pinLocalServer(m_listener.serverPort(), Test::fakeServerFingerprint());
        connect(&m_listener, &QTcpServer::pendingConnectionAvailable, this, [this] {
            auto *connection = new Connection(m_listener.nextPendingConnection(), {}, this);
            last = connection;
            connect(connection, &Connection::frameReceived, this,
                    [this, connection](quint16 kind, const QByteArray &payload) {
                        QString error;
                        if (kind == quint16(Kind::Hello)) {
                            connection->send(Welcome{});
                        } else if (kind == quint16(Kind::CustomerLogin) || kind == quint16(Kind::ExecutiveLogin)) {
                            quint32 requestId = 0;
                            if (kind == quint16(Kind::CustomerLogin)) {
                                CustomerLogin login;
                                QVERIFY(decodePayload(payload, login, &error));
                                requestId = login.requestId;
                            } else {
                                ExecutiveLogin login;
                                QVERIFY(decodePayload(payload, login, &error));
                                requestId = login.requestId;
                            }
                            LoginResult result;
                            result.requestId = requestId;
                            result.status = quint8(LoginStatus::Ok);
                            result.role =
                                quint8(kind == quint16(Kind::CustomerLogin) ? Role::Customer : Role::Executive);
                            result.fullName = QStringLiteral("Jorge Sandoval");
                            connection->send(result);
                            if (kind == quint16(Kind::ExecutiveLogin))
                                connection->send(ConnectedCustomers{4});
                        } else if (script) {
                            script(*connection, kind, payload);
                        }
                    });
        });
    }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_listener.serverPort()); }

private:
    QSslServer m_listener;
};

quint32 restartRequestId(const QByteArray &payload)
{
    RestartInternet request;
    QString error;
    decodePayload(payload, request, &error);
    return request.requestId;
}

} // namespace

class TestCustomerSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invalidRutSendsNothing();
    void restartShowsProgressThenResult();
    void refusedRestartReturnsToMenu();
    void executiveGreetingWaitsForCount();
    void wifiRulesAreCheckedBeforeSending_data();
    void wifiRulesAreCheckedBeforeSending();
    void wifiChangeShowsProgressThenResult_data();
    void wifiChangeShowsProgressThenResult();
    void invalidWifiAtServerReturnsToMenu();
    void signUpOutcomes_data();
    void signUpOutcomes();
    void accountChanges();
    void hostileResumeGraceIsClamped_data();
    void hostileResumeGraceIsClamped();
    void customerShowsEachMessageIdOnce();
    void executiveShowsEachMessageIdOnce();
};

namespace
{

// Logs session in to server; false when it did not work.
bool logInTo(FakeServer &server, CustomerSession &session)
{
    QSignalSpy loggedIn(&session, &CustomerSession::loggedInAs);
    return session.logIn(server.address(), QStringLiteral("12.345.678-5"), QStringLiteral("secret-password")) &&
           loggedIn.wait(5'000);
}

template <typename M> M decoded(const QByteArray &payload)
{
    M message;
    QString error;
    decodePayload(payload, message, &error);
    return message;
}

} // namespace

void TestCustomerSession::invalidRutSendsNothing()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    CustomerSession session;
    QSignalSpy failed(&session, &CustomerSession::loginFailed);
    QVERIFY(!session.logIn(QStringLiteral("127.0.0.1:%1").arg(listener.serverPort()), QStringLiteral("12.345.678-9"),
                           QStringLiteral("secret-password")));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().startsWith(QLatin1String("Invalid RUT")));
    QCOMPARE(session.state(), CustomerSession::State::LoggedOut);
    QVERIFY(!listener.waitForNewConnection(200));
}

void TestCustomerSession::restartShowsProgressThenResult()
{
    FakeServer server;
    server.script = [](Connection &connection, quint16 kind, const QByteArray &payload) {
        if (kind == quint16(Kind::RestartInternet))
            connection.send(
                ServiceResult{restartRequestId(payload), quint8(Service::Internet), quint8(ServiceOutcome::Done), {}});
    };
    CustomerSession session;
    QSignalSpy loggedIn(&session, &CustomerSession::loggedInAs);
    QVERIFY(session.logIn(server.address(), QStringLiteral("123456785"), QStringLiteral("secret-password")));
    QVERIFY(loggedIn.wait(5'000));
    QCOMPARE(session.firstName(), QStringLiteral("Jorge"));
    QCOMPARE(session.state(), CustomerSession::State::Menu);

    QSignalSpy started(&session, &CustomerSession::restartStarted);
    QSignalSpy finished(&session, &CustomerSession::restartFinished);
    session.restartInternet();
    QCOMPARE(started.size(), 1);
    QCOMPARE(session.state(), CustomerSession::State::Restarting);
    QVERIFY(finished.wait(5'000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(session.state(), CustomerSession::State::Menu);
}

void TestCustomerSession::refusedRestartReturnsToMenu()
{
    FakeServer server;
    int restarts = 0;
    server.script = [&restarts](Connection &connection, quint16 kind, const QByteArray &payload) {
        if (kind != quint16(Kind::RestartInternet))
            return;
        const quint32 id = restartRequestId(payload);
        if (++restarts == 1)
            connection.send(ErrorReply{id, quint16(ErrorCode::BadState), QStringLiteral("not now")});
        else
            connection.send(ServiceResult{id, quint8(Service::Internet), quint8(ServiceOutcome::Failed),
                                          QStringLiteral("router offline")});
    };
    CustomerSession session;
    QSignalSpy loggedIn(&session, &CustomerSession::loggedInAs);
    QVERIFY(session.logIn(server.address(), QStringLiteral("12.345.678-5"), QStringLiteral("secret-password")));
    QVERIFY(loggedIn.wait(5'000));

    QSignalSpy refused(&session, &ClientSession::requestRefused);
    session.restartInternet();
    QVERIFY(refused.wait(5'000));
    QCOMPARE(session.state(), CustomerSession::State::Menu);

    // The menu still works: a second restart goes out and its failure is explained.
    QSignalSpy finished(&session, &CustomerSession::restartFinished);
    session.restartInternet();
    QVERIFY(finished.wait(5'000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("We could not restart your service: router offline"));
    QCOMPARE(restarts, 2);
}

void TestCustomerSession::executiveGreetingWaitsForCount()
{
    FakeServer server;
    ExecutiveSession session;
    QSignalSpy loggedIn(&session, &ExecutiveSession::loggedInAs);
    QSignalSpy changed(&session, &ExecutiveSession::connectedCustomersChanged);
    QVERIFY(session.logIn(server.address(), QStringLiteral("jperez"), QStringLiteral("secret-password")));
    QVERIFY(loggedIn.wait(5'000));
    // When loggedInAs arrives, the count that follows the log-in result is already known.
    QCOMPARE(session.connectedCustomers(), 4);
    QCOMPARE(changed.size(), 0);
}

void TestCustomerSession::wifiRulesAreCheckedBeforeSending_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("repeated");
    QTest::addColumn<QString>("message");
    QTest::newRow("too short") << QStringLiteral("abc1234") << QStringLiteral("abc1234")
                               << QStringLiteral("The Wi-Fi password is too short: it needs at least 8 characters.");
    QTest::newRow("too long") << QString(64, QLatin1Char('a')) << QString(64, QLatin1Char('a'))
                              << QStringLiteral("The Wi-Fi password is too long: it can have at most 63 characters.");
    QTest::newRow("non-ASCII") << QStringLiteral("contraseña1") << QStringLiteral("contraseña1")
                               << QStringLiteral("The Wi-Fi password can only contain letters without accents (no ñ), "
                                                 "digits, spaces and symbols such as ! ? # - _.");
    QTest::newRow("mismatch") << QStringLiteral("new-wifi-key") << QStringLiteral("new-wifi-kez")
                              << QStringLiteral("The two passwords do not match.");
}

void TestCustomerSession::wifiRulesAreCheckedBeforeSending()
{
    QFETCH(QString, password);
    QFETCH(QString, repeated);
    QFETCH(QString, message);
    FakeServer server;
    int changes = 0;
    server.script = [&changes](Connection &, quint16 kind, const QByteArray &) {
        if (kind == quint16(Kind::ChangeWifiPassword))
            ++changes;
    };
    CustomerSession session;
    QVERIFY(logInTo(server, session));
    QSignalSpy rejected(&session, &CustomerSession::wifiPasswordRejected);
    QSignalSpy started(&session, &CustomerSession::wifiChangeStarted);
    QVERIFY(!session.changeWifiPassword(password, repeated));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().first().toString(), message);
    QCOMPARE(started.size(), 0);
    QCOMPARE(session.state(), CustomerSession::State::Menu);
    // A valid one right after goes out: only what was checked locally was held back.
    QVERIFY(session.changeWifiPassword(QStringLiteral("valid-key-1"), QStringLiteral("valid-key-1")));
    QTRY_COMPARE(changes, 1);
}

void TestCustomerSession::wifiChangeShowsProgressThenResult_data()
{
    QTest::addColumn<quint8>("outcome");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");
    QTest::newRow("done") << quint8(ServiceOutcome::Done) << QString() << true
                          << QStringLiteral("Your password has been updated.");
    QTest::newRow("backend failure") << quint8(ServiceOutcome::Failed) << QStringLiteral("router offline") << false
                                     << QStringLiteral("We could not update your Wi-Fi password: router offline");
    QTest::newRow("failure without detail")
        << quint8(ServiceOutcome::Failed) << QString() << false
        << QStringLiteral("We could not update your Wi-Fi password. Please try again later.");
    QTest::newRow("busy") << quint8(ServiceOutcome::Busy) << QString() << false
                          << QStringLiteral("A change of your Wi-Fi password is already under way. Please wait for it "
                                            "to finish.");
}

void TestCustomerSession::wifiChangeShowsProgressThenResult()
{
    QFETCH(quint8, outcome);
    QFETCH(QString, detail);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    FakeServer server;
    QString received;
    server.script = [&](Connection &connection, quint16 kind, const QByteArray &payload) {
        if (kind != quint16(Kind::ChangeWifiPassword))
            return;
        const auto request = decoded<ChangeWifiPassword>(payload);
        received = request.password;
        connection.send(ServiceResult{request.requestId, quint8(Service::Wifi), outcome, detail});
    };
    CustomerSession session;
    QVERIFY(logInTo(server, session));
    QSignalSpy started(&session, &CustomerSession::wifiChangeStarted);
    QSignalSpy finished(&session, &CustomerSession::wifiChangeFinished);
    QVERIFY(session.changeWifiPassword(QStringLiteral("new wifi key"), QStringLiteral("new wifi key")));
    QCOMPARE(started.size(), 1);
    QCOMPARE(session.state(), CustomerSession::State::ChangingWifi);
    // One request at a time: the restart waits until the change is answered.
    session.restartInternet();
    QCOMPARE(session.state(), CustomerSession::State::ChangingWifi);
    QVERIFY(finished.wait(5'000));
    QCOMPARE(finished.first().at(0).toBool(), ok);
    QCOMPARE(finished.first().at(1).toString(), message);
    QCOMPARE(received, QStringLiteral("new wifi key"));
    QCOMPARE(session.state(), CustomerSession::State::Menu);
}

void TestCustomerSession::invalidWifiAtServerReturnsToMenu()
{
    FakeServer server;
    server.script = [](Connection &connection, quint16 kind, const QByteArray &payload) {
        if (kind == quint16(Kind::ChangeWifiPassword))
            connection.send(ErrorReply{decoded<ChangeWifiPassword>(payload).requestId, quint16(ErrorCode::Invalid),
                                       QStringLiteral("rules")});
    };
    CustomerSession session;
    QVERIFY(logInTo(server, session));
    QSignalSpy refused(&session, &ClientSession::requestRefused);
    QVERIFY(session.changeWifiPassword(QStringLiteral("new wifi key"), QStringLiteral("new wifi key")));
    QVERIFY(refused.wait(5'000));
    QCOMPARE(session.state(), CustomerSession::State::Menu);
}

void TestCustomerSession::signUpOutcomes_data()
{
    QTest::addColumn<quint8>("status");
    QTest::addColumn<QString>("failure"); // empty: logged in
    QTest::newRow("created") << quint8(SignUpStatus::Created) << QString();
    QTest::newRow("closed") << quint8(SignUpStatus::Closed)
                            << QStringLiteral("This server does not accept new accounts. Please call us to open one.");
    QTest::newRow("exists") << quint8(SignUpStatus::AlreadyExists)
                            << QStringLiteral("An account with this RUT already exists. Log in with its password "
                                              "instead.");
    QTest::newRow("invalid") << quint8(SignUpStatus::Invalid)
                             << QStringLiteral("The server did not accept these account details.");
    QTest::newRow("unavailable") << quint8(SignUpStatus::Unavailable)
                                 << QStringLiteral("The server cannot create your account right now. Please try again "
                                                   "later.");
}

void TestCustomerSession::signUpOutcomes()
{
    QFETCH(quint8, status);
    QFETCH(QString, failure);
    FakeServer server;
    SignUp received;
    server.script = [&](Connection &connection, quint16 kind, const QByteArray &payload) {
        if (kind != quint16(Kind::SignUp))
            return;
        received = decoded<SignUp>(payload);
        connection.send(SignUpResult{received.requestId, status, QStringLiteral("Ana Pérez")});
    };
    CustomerSession session;
    QSignalSpy loggedIn(&session, &CustomerSession::loggedInAs);
    QSignalSpy failed(&session, &ClientSession::loginFailed);
    QVERIFY(session.signUp(server.address(), QStringLiteral("11.111.111-1"), QStringLiteral("  Ana   Pérez "),
                           QStringLiteral("ana-password"), QStringLiteral("ana-password")));
    QTRY_COMPARE_WITH_TIMEOUT(loggedIn.size() + failed.size(), 1, 5'000);
    QCOMPARE(received.rut, QStringLiteral("11111111-1"));
    QCOMPARE(received.fullName, QStringLiteral("Ana Pérez"));
    QCOMPARE(received.password, QStringLiteral("ana-password"));
    if (failure.isEmpty()) {
        QCOMPARE(loggedIn.first().first().toString(), QStringLiteral("Ana Pérez"));
        QCOMPARE(session.state(), CustomerSession::State::Menu);
    } else {
        QCOMPARE(failed.first().first().toString(), failure);
        QCOMPARE(session.state(), CustomerSession::State::LoggedOut);
        QCOMPARE(session.link(), ClientSession::Link::Offline);
    }
}

void TestCustomerSession::accountChanges()
{
    FakeServer server;
    QList<quint16> sent; // every message the session sent after logging in, in order
    QStringList oldPasswords;
    server.script = [&sent, &oldPasswords](Connection &connection, quint16 kind, const QByteArray &payload) {
        sent.append(kind);
        if (kind == quint16(Kind::ChangePassword)) {
            const auto request = decoded<ChangePassword>(payload);
            oldPasswords.append(request.oldPassword);
            const bool right = request.oldPassword == QLatin1String("secret-password");
            connection.send(AccountResult{request.requestId,
                                          quint8(AccountChange::Password),
                                          quint8(right ? AccountStatus::Done : AccountStatus::WrongPassword),
                                          {}});
        } else if (kind == quint16(Kind::ChangeDisplayName)) {
            const auto request = decoded<ChangeDisplayName>(payload);
            connection.send(AccountResult{request.requestId, quint8(AccountChange::DisplayName),
                                          quint8(AccountStatus::Done), request.fullName});
        }
    };
    CustomerSession session;
    QVERIFY(logInTo(server, session));
    QSignalSpy rejected(&session, &CustomerSession::accountChangeRejected);
    QSignalSpy finished(&session, &CustomerSession::accountChangeFinished);

    // Checked locally: nothing is sent.
    QVERIFY(!session.changePassword(QString(), QStringLiteral("new-password"), QStringLiteral("new-password")));
    QVERIFY(
        !session.changePassword(QStringLiteral("secret-password"), QStringLiteral("short"), QStringLiteral("short")));
    QVERIFY(!session.changePassword(QStringLiteral("secret-password"), QStringLiteral("new-password"),
                                    QStringLiteral("new-passw0rd")));
    QVERIFY(!session.changeDisplayName(QStringLiteral("   ")));
    QCOMPARE(rejected.size(), 4);
    QCOMPARE(rejected.at(2).first().toString(), QStringLiteral("The two passwords do not match."));

    QVERIFY(session.changePassword(QStringLiteral("not-it"), QStringLiteral("new-password"),
                                   QStringLiteral("new-password")));
    QCOMPARE(session.state(), CustomerSession::State::UpdatingAccount);
    QVERIFY(finished.wait(5'000));
    // The server has answered the first request that passed the local checks: one connection
    // keeps its order, so anything the rejected ones had sent would have arrived before it.
    QCOMPARE(sent, QList<quint16>{quint16(Kind::ChangePassword)});
    QCOMPARE(oldPasswords, QStringList{QStringLiteral("not-it")});
    QCOMPARE(finished.last().at(0).toBool(), false);
    QCOMPARE(finished.last().at(1).toString(),
             QStringLiteral("Your current password is not correct. Nothing was changed."));

    QVERIFY(session.changePassword(QStringLiteral("secret-password"), QStringLiteral("new-password"),
                                   QStringLiteral("new-password")));
    QVERIFY(finished.wait(5'000));
    QCOMPARE(finished.last().at(0).toBool(), true);

    QSignalSpy renamed(&session, &CustomerSession::fullNameChanged);
    QVERIFY(session.changeDisplayName(QStringLiteral(" Jorge  Andrés Sandoval ")));
    QVERIFY(finished.wait(5'000));
    QCOMPARE(renamed.size(), 1);
    QCOMPARE(session.fullName(), QStringLiteral("Jorge Andrés Sandoval"));
    QCOMPARE(finished.last().at(1).toString(),
             QStringLiteral("Done. We will call you Jorge Andrés Sandoval from now on."));
    QCOMPARE(session.state(), CustomerSession::State::Menu);
    QCOMPARE(sent, (QList<quint16>{quint16(Kind::ChangePassword), quint16(Kind::ChangePassword),
                                   quint16(Kind::ChangeDisplayName)}));
}

void TestCustomerSession::hostileResumeGraceIsClamped_data()
{
    QTest::addColumn<quint32>("graceSeconds");
    QTest::addColumn<int>("windowMs");
    QTest::newRow("two minutes") << quint32(120) << 120'000;
    QTest::newRow("one day, the most a real server grants") << quint32(86'400) << 86'400'000;
    QTest::newRow("a day and a second") << quint32(86'401) << 86'400'000;
    QTest::newRow("over INT_MAX once in milliseconds") << quint32(2'147'484) << 86'400'000;
    QTest::newRow("2^31 seconds") << quint32(0x8000'0000) << 86'400'000;
    QTest::newRow("2^32 - 1 seconds") << quint32(0xFFFF'FFFF) << 86'400'000;
}

void TestCustomerSession::hostileResumeGraceIsClamped()
{
    QFETCH(quint32, graceSeconds);
    QFETCH(int, windowMs);
    FakeServer server;
    CustomerSession session;
    QVERIFY(logInTo(server, session));
    QVERIFY(server.last);
    server.last->send(ResumeToken{QStringLiteral("hostile-token"), graceSeconds});
    QTRY_COMPARE(session.resumeWindowMs(), windowMs);

    // With a window, a drop is met by reconnecting, not reported as lost.
    QSignalSpy reconnecting(&session, &ClientSession::reconnecting);
    QSignalSpy lost(&session, &ClientSession::connectionLost);
    session.simulateConnectionLoss();
    QTRY_COMPARE(reconnecting.size(), 1);
    QCOMPARE(lost.size(), 0);
}

void TestCustomerSession::customerShowsEachMessageIdOnce()
{
    FakeServer server;
    CustomerSession session;
    QVERIFY(logInTo(server, session));
    QVERIFY(server.last);
    QSignalSpy started(&session, &CustomerSession::sessionStarted);
    server.last->send(SessionStarted{1, QStringLiteral("Juan Perez"), QStringLiteral("internet"), 0});
    QVERIFY(started.wait(5'000));
    QSignalSpy received(&session, &CustomerSession::messageReceived);
    const QString juan = QStringLiteral("Juan Perez");
    // The same server id again is the same message, whatever else comes in between.
    server.last->send(ChatMessage{1, 7, 1000, juan, QStringLiteral("Hola, soy Juan.")});
    server.last->send(ChatMessage{1, 7, 1000, juan, QStringLiteral("Hola, soy Juan.")});
    server.last->send(ChatMessage{1, 8, 2000, juan, QStringLiteral("¿Sigues ahí?")});
    server.last->send(ChatMessage{1, 7, 1000, juan, QStringLiteral("Hola, soy Juan.")});
    server.last->send(ChatMessage{1, 8, 2000, juan, QStringLiteral("¿Sigues ahí?")});
    server.last->send(ChatMessage{1, 9, 3000, juan, QStringLiteral("Fin.")});
    QTRY_COMPARE(received.size(), 3);
    QCOMPARE(received.at(0).at(1).toString(), QStringLiteral("Hola, soy Juan."));
    QCOMPARE(received.at(1).at(1).toString(), QStringLiteral("¿Sigues ahí?"));
    QCOMPARE(received.at(2).at(1).toString(), QStringLiteral("Fin."));
}

void TestCustomerSession::executiveShowsEachMessageIdOnce()
{
    FakeServer server;
    ExecutiveSession session;
    QSignalSpy loggedIn(&session, &ExecutiveSession::loggedInAs);
    QVERIFY(session.logIn(server.address(), QStringLiteral("jperez"), QStringLiteral("secret-password")));
    QVERIFY(loggedIn.wait(5'000));
    QVERIFY(server.last);
    QSignalSpy started(&session, &ExecutiveSession::sessionStarted);
    server.last->send(SessionStarted{3, QStringLiteral("Jorge Sandoval"), QStringLiteral("internet"), 0});
    server.last->send(SessionStarted{4, QStringLiteral("Claudio García"), QStringLiteral("wifi"), 0});
    QTRY_COMPARE(started.size(), 2);
    QCOMPARE(session.currentSession(), 4u);
    QSignalSpy received(&session, &ExecutiveSession::messageReceived);
    QSignalSpy background(&session, &ExecutiveSession::backgroundMessage);
    const QString jorge = QStringLiteral("Jorge Sandoval");
    const QString claudio = QStringLiteral("Claudio García");
    // In front and in the background alike, an id already shown is not shown again.
    server.last->send(ChatMessage{4, 20, 1000, claudio, QStringLiteral("Mi Wi-Fi no anda.")});
    server.last->send(ChatMessage{3, 21, 1000, jorge, QStringLiteral("¿Hola?")});
    server.last->send(ChatMessage{4, 20, 1000, claudio, QStringLiteral("Mi Wi-Fi no anda.")});
    server.last->send(ChatMessage{3, 21, 1000, jorge, QStringLiteral("¿Hola?")});
    server.last->send(ChatMessage{4, 22, 2000, claudio, QStringLiteral("Fin.")});
    server.last->send(ChatMessage{3, 23, 2000, jorge, QStringLiteral("Fin.")});
    QTRY_COMPARE(received.size(), 2);
    QTRY_COMPARE(background.size(), 2);
    QCOMPARE(received.at(0).at(1).toString(), QStringLiteral("Mi Wi-Fi no anda."));
    QCOMPARE(received.at(1).at(1).toString(), QStringLiteral("Fin."));
    QCOMPARE(background.at(0).at(2).toString(), QStringLiteral("¿Hola?"));
    QCOMPARE(background.at(1).at(2).toString(), QStringLiteral("Fin."));
    QCOMPARE(session.session(3)->transcript.size(), 2);
    QCOMPARE(session.session(3)->unread, 2);
    QCOMPARE(session.session(4)->transcript.size(), 2);
}

QTEST_GUILESS_MAIN(TestCustomerSession)
#include "tst_customersession.moc"
