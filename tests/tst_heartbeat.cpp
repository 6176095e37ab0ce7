// Heartbeats between the server and logged-in apps: an app that answers stays connected however
// quiet it is; one that announced heartbeats and then goes silent is closed; one that never
// announced them (an older app) is never pinged nor closed for silence.
#include "protocol/codec.h"
#include "rawclient.h"
#include "serverprocess.h"
#include "session/customersession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace Turno;
using namespace Turno::Protocol;

namespace
{
const QString kRut = QStringLiteral("12.345.678-5");
const QString kPassword = QStringLiteral("jorge-Secret-4821");

// Lets span milliseconds pass while the event loop runs (a span of quiet is what is tested).
void quietFor(int span)
{
    QElapsedTimer timer;
    timer.start();
    (void)QTest::qWaitFor([&timer, span] { return timer.hasExpired(span); }, span + 5'000);
}
} // namespace

class TestHeartbeat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void answeringAppStaysConnected();
    void silentAppIsClosed();
    void appWithoutTheFeatureIsLeftAlone();

private:
    Test::ServerProcess m_server;
};

void TestHeartbeat::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--heartbeat-interval"), QStringLiteral("0.2"),
                             QStringLiteral("--heartbeat-timeout"), QStringLiteral("0.8")}),
             qPrintable(m_server.error()));
    QVERIFY(m_server.addCustomer(kRut, QStringLiteral("Jorge Sandoval"), kPassword));
}

void TestHeartbeat::answeringAppStaysConnected()
{
    CustomerSession jorge;
    QSignalSpy loggedIn(&jorge, &CustomerSession::loggedInAs);
    QSignalSpy lost(&jorge, &ClientSession::reconnecting);
    QVERIFY(jorge.logIn(m_server.address(), kRut, kPassword));
    QVERIFY(loggedIn.wait(10'000));
    quietFor(2'000); // more than twice the timeout, with nothing to say
    QCOMPARE(lost.size(), 0);
    QVERIFY(jorge.isOnline());
    QVERIFY(!m_server.output().contains(QLatin1String("silent for")));
    jorge.logOut();
}

void TestHeartbeat::silentAppIsClosed()
{
    Test::RawClient raw;
    QVERIFY(raw.connectTo(m_server.port()));
    raw.mayInterleave({Kind::ResumeToken});
    Hello hello;
    hello.features = {QLatin1String(kHeartbeatFeature)};
    raw.send(hello);
    raw.send(CustomerLogin{1, kRut, kPassword});
    LoginResult result;
    QVERIFY(raw.next(result));
    QCOMPARE(result.status, quint8(LoginStatus::Ok));
    Ping ping;
    QVERIFY(raw.next(ping, 5'000)); // asked, and never answers
    QTRY_VERIFY_WITH_TIMEOUT(!raw.isConnected(), 5'000);
    QVERIFY(m_server.waitForOutput(QStringLiteral("(no answer to heartbeats)")));
}

void TestHeartbeat::appWithoutTheFeatureIsLeftAlone()
{
    Test::RawClient raw;
    QVERIFY(raw.connectTo(m_server.port()));
    QVERIFY(raw.logInCustomer(kRut, kPassword)); // Hello without features
    quietFor(2'000);
    QVERIFY(raw.isConnected());
    ResumeToken token;
    QVERIFY(raw.next(token, 100)); // what had arrived: the token, and no Ping before it or after
    Ping ping;
    QVERIFY(!raw.next(ping, 100));
    QVERIFY(raw.unexpected().isEmpty());
}

QTEST_GUILESS_MAIN(TestHeartbeat)
#include "tst_heartbeat.moc"
