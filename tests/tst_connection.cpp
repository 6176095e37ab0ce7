// Protocol::Connection on its own: a send that finds the peer not reading drops it without
// emitting closed() from inside the send (the caller may be looping over many peers), and every
// close is reported once, from the event loop.
#include "protocol/codec.h"
#include "protocol/connection.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <memory>

using namespace Turno::Protocol;

class TestConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void overfullSendDropsLater();
    void closeAndAbortReportFromTheLoop();
    void peerGoneIsReportedOnce();
    void frameOverTheCapIsNotSent();

private:
    QTcpServer m_listener;
    std::unique_ptr<QTcpSocket> m_far; // the other end, which never reads
    Connection *m_connection = nullptr;
};

void TestConnection::init()
{
    QVERIFY(m_listener.listen(QHostAddress::LocalHost));
    auto *socket = new QTcpSocket;
    ConnectionLimits limits;
    limits.maxPendingWrite = 64 * 1024;
    m_connection = new Connection(socket, limits);
    socket->connectToHost(QHostAddress::LocalHost, m_listener.serverPort());
    QVERIFY(socket->waitForConnected(5'000));
    QTRY_VERIFY(m_listener.hasPendingConnections());
    m_far.reset(m_listener.nextPendingConnection());
    m_far->setParent(nullptr);
}

void TestConnection::cleanup()
{
    delete m_connection;
    m_connection = nullptr;
    m_far.reset();
    m_listener.close();
}

void TestConnection::overfullSendDropsLater()
{
    QSignalSpy closed(m_connection, &Connection::closed);
    // The other end reads nothing: once the kernel's buffers are full, what is queued grows past
    // the cap and the connection gives up on the peer.
    const QByteArray frame = encodeFrame(ErrorReply{1, 3, QString(1000, QLatin1Char('x'))});
    int sent = 0;
    while (m_connection->isOpen() && sent < 100'000) {
        m_connection->writeFrame(frame);
        ++sent;
        // Nothing may be reported from inside the send that gave up.
        QCOMPARE(closed.size(), 0);
    }
    QVERIFY2(!m_connection->isOpen(), "the peer was never dropped");
    QCOMPARE(closed.size(), 0);
    QTRY_COMPARE(closed.size(), 1);
    QVERIFY(closed.first().first().toString().contains(QLatin1String("not reading")));
    // Later sends are ignored, and nothing more is reported.
    m_connection->writeFrame(frame);
    QCoreApplication::processEvents();
    QCOMPARE(closed.size(), 1);
}

void TestConnection::closeAndAbortReportFromTheLoop()
{
    QSignalSpy closed(m_connection, &Connection::closed);
    m_connection->abort(QStringLiteral("test"));
    m_connection->abort(QStringLiteral("again"));
    m_connection->close(QStringLiteral("and close"));
    QCOMPARE(closed.size(), 0);
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.first().first().toString(), QStringLiteral("test"));
}

void TestConnection::peerGoneIsReportedOnce()
{
    QSignalSpy closed(m_connection, &Connection::closed);
    m_far->close();
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.first().first().toString(), QString());
    QCoreApplication::processEvents();
    QCOMPARE(closed.size(), 1);
}

void TestConnection::frameOverTheCapIsNotSent()
{
    // A connection whose frames may be 512 bytes at most (the peer's cap, which it closes on).
    auto *socket = new QTcpSocket;
    ConnectionLimits limits;
    limits.maxFrame = 512;
    Connection small(socket, limits);
    socket->connectToHost(QHostAddress::LocalHost, m_listener.serverPort());
    QVERIFY(socket->waitForConnected(5'000));
    QTRY_VERIFY(m_listener.hasPendingConnections());
    std::unique_ptr<QTcpSocket> far(m_listener.nextPendingConnection());
    far->setParent(nullptr);
    QSignalSpy closed(&small, &Connection::closed);

    // 600 bytes of detail (within its own 1024-byte limit) make a frame over this cap: refused,
    // with nothing written, and the connection stays open for the next frame.
    const ErrorReply big{1, 3, QString(600, QLatin1Char('x'))};
    QVERIFY(!small.send(big));
    QCOMPARE(socket->bytesToWrite(), qint64(0));
    QVERIFY(!small.writeFrame(encodeFrame(big)));
    QCOMPARE(socket->bytesToWrite(), qint64(0));
    QVERIFY(small.isOpen());
    // A message the encoder refuses (an id over its limit) is not sent either.
    QVERIFY(!small.send(ChatAck{QString(65, QLatin1Char('k')), 1, 2}));

    const QByteArray next = encodeFrame(ErrorReply{2, 3, QStringLiteral("short")});
    QVERIFY(small.send(ErrorReply{2, 3, QStringLiteral("short")}));
    QTRY_VERIFY(far->bytesAvailable() >= next.size());
    QCOMPARE(far->readAll(), next); // the first bytes the peer sees are the frame that fits
    QCoreApplication::processEvents();
    QCOMPARE(closed.size(), 0);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
