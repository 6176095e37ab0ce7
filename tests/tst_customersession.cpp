// The customer session controller against a scripted fake server: log-in, restart progress and
// result, a refused restart that leaves the menu usable, and the executive's live count.
#include "protocol/codec.h"
#include "protocol/connection.h"
#include "session/customersession.h"
#include "session/executivesession.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>
#include <functional>

using namespace Turno;
using namespace Turno::Protocol;

namespace {

// Accepts one connection, answers the handshake and any log-in with success, and hands every
// later message to a script.
class FakeServer : public QObject
{
public:
    std::function<void(Connection &, quint16 kind, const QByteArray &payload)> script;

    FakeServer()
    {
        m_listener.listen(QHostAddress::LocalHost);
        connect(&m_listener, &QTcpServer::newConnection, this, [this] {
            auto *connection = new Connection(m_listener.nextPendingConnection(), {}, this);
            connect(connection, &Connection::frameReceived, this, [this, connection](quint16 kind, const QByteArray &payload) {
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
                    result.role = quint8(kind == quint16(Kind::CustomerLogin) ? Role::Customer : Role::Executive);
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
    QTcpServer m_listener;
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
};

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
            connection.send(ServiceResult{restartRequestId(payload), quint8(Service::Internet), quint8(ServiceOutcome::Done), {}});
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
            connection.send(ServiceResult{id, quint8(Service::Internet), quint8(ServiceOutcome::Failed), QStringLiteral("router offline")});
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

QTEST_GUILESS_MAIN(TestCustomerSession)
#include "tst_customersession.moc"
