// A real turno-server faced with broken or hostile connections: each one is closed with a logged
// reason, while a well-behaved customer logs in and restarts the internet service meanwhile.
#include "protocol/codec.h"
#include "serverprocess.h"
#include "session/customersession.h"
#include "testtls.h"

#include <QSignalSpy>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>
#include <QtTest>

using namespace Turno;
using namespace Turno::Protocol;

namespace
{

const QString kRut = QStringLiteral("12.345.678-5");
const QString kPassword = QStringLiteral("jorge-password");

QByteArray rawFrame(quint16 kind, const QByteArray &payload)
{
    QByteArray frame(6, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size() + 2), frame.data());
    qToBigEndian<quint16>(kind, frame.data() + 4);
    return frame + payload;
}

QByteArray lengthOnly(quint32 length)
{
    QByteArray header(4, Qt::Uninitialized);
    qToBigEndian<quint32>(length, header.data());
    return header;
}

} // namespace

class TestMalformedInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void badConnectionIsClosed_data();
    void badConnectionIsClosed();
    void wrongVersionIsRefusedByName();
    void clientNamesBothVersions();
    void customerCannotSendServerMessages();
    void plaintextClientIsRefused();

private:
    // Logs a customer in and restarts the internet service, proving the server still serves.
    void wellBehavedCustomerIsServed();
    Test::ServerProcess m_server;
};

void TestMalformedInput::initTestCase()
{
    // The well-behaved customer logs in and restarts the internet twice per row, more often than
    // the limits allow one account (tst_ratelimits tests those limits).
    QVERIFY2(m_server.start({QStringLiteral("--handshake-timeout-ms"), QStringLiteral("400"),
                             QStringLiteral("--rate-limit"), QStringLiteral("account-change=off"),
                             QStringLiteral("--rate-limit"), QStringLiteral("login-per-account=off")}),
             qPrintable(m_server.error()));
    QVERIFY(m_server.addCustomer(kRut, QStringLiteral("Jorge Sandoval"), kPassword));
}

void TestMalformedInput::cleanupTestCase()
{
    m_server.stop();
}

void TestMalformedInput::wellBehavedCustomerIsServed()
{
    CustomerSession session;
    QSignalSpy loggedIn(&session, &CustomerSession::loggedInAs);
    QSignalSpy failed(&session, &CustomerSession::loginFailed);
    QSignalSpy restarted(&session, &CustomerSession::restartFinished);
    QVERIFY(session.logIn(m_server.address(), kRut, kPassword));
    QTRY_COMPARE_WITH_TIMEOUT(loggedIn.size() + failed.size(), 1, 10'000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    session.restartInternet();
    QTRY_COMPARE_WITH_TIMEOUT(restarted.size(), 1, 10'000);
    QCOMPARE(restarted.first().first().toBool(), true);
    session.logOut();
}

void TestMalformedInput::badConnectionIsClosed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("logged");

    const QByteArray hello = encodeFrame(Hello{});
    QByteArray loginPayload = encodePayload(CustomerLogin{1, QStringLiteral("12345678-5"), QStringLiteral("x")});
    QTest::newRow("truncated frame") << hello + rawFrame(quint16(Kind::CustomerLogin),
                                                         loginPayload.left(loginPayload.size() - 2))
                                     << QStringLiteral("malformed message");
    QTest::newRow("length over the cap") << lengthOnly(10 * 1024 * 1024) << QStringLiteral("over the 65536-byte cap");
    QTest::newRow("zero length") << lengthOnly(0) << QStringLiteral("frame of length zero");
    QTest::newRow("unknown kind") << hello + rawFrame(4242, QByteArray("abc"))
                                  << QStringLiteral("unknown message kind 4242");
    QTest::newRow("garbage instead of handshake")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << QStringLiteral("cap");
    QByteArray badMagic = encodePayload(Hello{});
    badMagic[0] = 'X';
    QTest::newRow("bad magic") << rawFrame(quint16(Kind::Hello), badMagic) << QStringLiteral("bad magic");
    QByteArray longRut;
    {
        QDataStream out(&longRut, QIODevice::WriteOnly);
        out << quint32(1) << quint32(4000);
        out.writeRawData(QByteArray(4000, '1').constData(), 4000);
        out << quint32(1) << 'x';
    }
    QTest::newRow("string over its limit")
        << hello + rawFrame(quint16(Kind::CustomerLogin), longRut) << QStringLiteral("rut over its limit");
    QTest::newRow("never completes the handshake") << QByteArray() << QStringLiteral("no handshake within 400 ms");
    QTest::newRow("half a header, then silence")
        << QByteArray("\0\0", 2) << QStringLiteral("no handshake within 400 ms");
    QTest::newRow("request before log-in")
        << hello + encodeFrame(RestartInternet{1}) << QStringLiteral("RestartInternet not allowed now");
}

void TestMalformedInput::badConnectionIsClosed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, logged);

    Test::TlsSocket bad;
    QVERIFY(bad.connectTo(m_server.port()));
    if (!bytes.isEmpty()) {
        bad.write(bytes);
        QVERIFY(bad.waitForBytesWritten(5'000));
    }
    // A good customer is served while the bad connection is still open or being closed.
    wellBehavedCustomerIsServed();
    QTRY_VERIFY_WITH_TIMEOUT(bad.state() == QAbstractSocket::UnconnectedState || (bad.waitForDisconnected(100), false),
                             10'000);
    QVERIFY2(m_server.waitForOutput(logged), qPrintable(m_server.output()));
    wellBehavedCustomerIsServed();
}

void TestMalformedInput::wrongVersionIsRefusedByName()
{
    Test::TlsSocket socket;
    QVERIFY(socket.connectTo(m_server.port()));
    Hello hello;
    hello.version = 99;
    socket.write(encodeFrame(hello));
    QTRY_VERIFY_WITH_TIMEOUT(
        socket.state() == QAbstractSocket::UnconnectedState || (socket.waitForDisconnected(100), false), 10'000);
    const QByteArray reply = socket.readAll();
    QVERIFY(reply.size() > 6);
    QCOMPARE(qFromBigEndian<quint16>(reply.constData() + 4), quint16(Kind::HandshakeRefused));
    HandshakeRefused refused;
    QString error;
    QVERIFY2(decodePayload(reply.mid(6), refused, &error), qPrintable(error));
    QCOMPARE(refused.serverVersion, kVersion);
    QVERIFY(refused.reason.contains(QLatin1String("99")));
    QVERIFY(m_server.waitForOutput(QStringLiteral("speaks protocol version 99; this server speaks %1").arg(kVersion)));
}

void TestMalformedInput::clientNamesBothVersions()
{
    // A fake server from the future answers the handshake with version 99.
    QSslServer future;
    future.setSslConfiguration(Test::fakeServerTls());
    QVERIFY(future.listen(QHostAddress::LocalHost));
    Test::pinLocalServer(future.serverPort(), Test::fakeServerFingerprint());
    connect(&future, &QTcpServer::pendingConnectionAvailable, this, [&future] {
        QTcpSocket *socket = future.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            Welcome welcome;
            welcome.version = 99;
            socket->write(encodeFrame(welcome));
        });
    });
    CustomerSession session;
    QSignalSpy failed(&session, &CustomerSession::loginFailed);
    QVERIFY(session.logIn(QStringLiteral("127.0.0.1:%1").arg(future.serverPort()), kRut, kPassword));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("99")) && message.contains(QString::number(kVersion)), qPrintable(message));
}

void TestMalformedInput::customerCannotSendServerMessages()
{
    // A logged-in customer sending a server-to-client message loses only its own connection.
    Test::TlsSocket socket;
    QVERIFY(socket.connectTo(m_server.port()));
    socket.write(encodeFrame(Hello{}) + encodeFrame(CustomerLogin{1, QStringLiteral("12345678-5"), kPassword}));
    QTRY_VERIFY_WITH_TIMEOUT((socket.waitForReadyRead(100), socket.bytesAvailable() > 0), 10'000);
    socket.write(encodeFrame(ConnectedCustomers{3}));
    QTRY_VERIFY_WITH_TIMEOUT(
        socket.state() == QAbstractSocket::UnconnectedState || (socket.waitForDisconnected(100), false), 10'000);
    QVERIFY(m_server.waitForOutput(QStringLiteral("a server-to-client message")));
    wellBehavedCustomerIsServed();
}

void TestMalformedInput::plaintextClientIsRefused()
{
    // An app speaking the protocol without TLS gets nothing back: the server waits for a TLS
    // ClientHello, and the handshake deadline closes the connection.
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(plain.waitForConnected(5'000));
    plain.write(encodeFrame(Hello{}) + encodeFrame(CustomerLogin{1, kRut, kPassword}));
    QTRY_VERIFY_WITH_TIMEOUT(
        plain.state() == QAbstractSocket::UnconnectedState || (plain.waitForDisconnected(100), false), 10'000);
    QVERIFY(!plain.readAll().contains(QByteArray("Jorge")));
    // A connection that never starts TLS at all is closed by the same deadline (400 ms here):
    // the deadline covers the TLS handshake, not only the Hello after it.
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(silent.waitForConnected(5'000));
    QElapsedTimer open;
    open.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        silent.state() == QAbstractSocket::UnconnectedState || (silent.waitForDisconnected(100), false), 10'000);
    QVERIFY2(open.elapsed() < 5'000, qPrintable(QString::number(open.elapsed())));
    wellBehavedCustomerIsServed();
}

QTEST_GUILESS_MAIN(TestMalformedInput)
#include "tst_malformedinput.moc"
