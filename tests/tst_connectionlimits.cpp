// A server no idle flood can lock everyone out of: with a low open-file limit and hundreds of
// connections that never say a word, a real customer still logs in at once; one address cannot
// hold more than its share; a log-in that is never finished is closed by its deadline.
#include "protocol/codec.h"
#include "serverprocess.h"
#include "session/customersession.h"
#include "testtls.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>
#include <memory>
#include <vector>

#include <sys/resource.h>

using namespace Turno;

namespace
{

const QString kRut = QStringLiteral("12.345.678-5");
const QString kPassword = QStringLiteral("jorge-Secret-4821");

// Opens count TCP connections from 127.0.0.<first>… (each address in turn) that never send
// anything; waits until each is either connected or refused.
std::vector<std::unique_ptr<QTcpSocket>> flood(quint16 port, int count, int addresses, int first = 2)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(first + i % addresses)), 0);
        socket->connectToHost(QHostAddress::LocalHost, port);
        sockets.push_back(std::move(socket));
    }
    (void)QTest::qWaitFor(
        [&] {
            for (const auto &s : sockets) {
                if (s->state() == QAbstractSocket::ConnectingState || s->state() == QAbstractSocket::HostLookupState)
                    return false;
            }
            return true;
        },
        10'000);
    return sockets;
}

int stillOpen(const std::vector<std::unique_ptr<QTcpSocket>> &sockets)
{
    int open = 0;
    for (const auto &s : sockets)
        open += s->state() == QAbstractSocket::ConnectedState;
    return open;
}

} // namespace

class TestConnectionLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idleFloodDoesNotLockCustomersOut();
    void oneAddressGetsItsShareOnly();
    void unfinishedLogInIsClosed();
};

void TestConnectionLimits::idleFloodDoesNotLockCustomersOut()
{
    Test::ServerProcess server;
    // 256 descriptors in all, as a small server would have: the flood below is larger than that.
    server.setChildModifier([] {
        const rlimit low{256, 256};
        ::setrlimit(RLIMIT_NOFILE, &low);
    });
    QVERIFY2(server.start({QStringLiteral("--max-unauthenticated-per-address"), QStringLiteral("100")}),
             qPrintable(server.error()));
    QVERIFY(server.output().contains(QLatin1String("Open-file limit 256: up to 192 connections.")));
    QVERIFY(server.addCustomer(kRut, QStringLiteral("Jorge Sandoval"), kPassword));
    const auto sockets = flood(server.port(), 400, 8);

    CustomerSession jorge;
    QSignalSpy loggedIn(&jorge, &CustomerSession::loggedInAs);
    QElapsedTimer took;
    took.start();
    QSignalSpy failed(&jorge, &ClientSession::loginFailed);
    QVERIFY(jorge.logIn(server.address(), kRut, kPassword));
    QVERIFY2(loggedIn.wait(10'000),
             qPrintable(failed.value(0).value(0).toString() + QLatin1Char('\n') + server.output().right(1500)));
    qInfo("a customer logged in %lld ms into an idle flood of 400 connections (256 descriptors)", took.elapsed());
    QVERIFY2(took.elapsed() < 3'000, qPrintable(QString::number(took.elapsed())));
    QVERIFY(server.waitForOutput(QStringLiteral("connection limits:")));
    // The server never spent more descriptors than it has, and it is still serving.
    QVERIFY(stillOpen(sockets) < 192);
    QVERIFY(!server.output().contains(QLatin1String("Too many open files")));
    QCOMPARE(server.process().state(), QProcess::Running);
}

void TestConnectionLimits::oneAddressGetsItsShareOnly()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--max-unauthenticated-per-address"), QStringLiteral("10")}),
             qPrintable(server.error()));
    QVERIFY(server.addCustomer(kRut, QStringLiteral("Jorge Sandoval"), kPassword));
    auto sockets = flood(server.port(), 30, 1, 7);
    // The ten first stay; the others are closed as soon as they are accepted.
    QTRY_COMPARE_WITH_TIMEOUT(stillOpen(sockets), 10, 10'000);
    QVERIFY(server.waitForOutput(QStringLiteral("too many connections not logged in from 127.0.0.7")));
    // Another address is not affected.
    CustomerSession jorge;
    QSignalSpy loggedIn(&jorge, &CustomerSession::loggedInAs);
    QVERIFY(jorge.logIn(server.address(), kRut, kPassword));
    QVERIFY(loggedIn.wait(10'000));
}

void TestConnectionLimits::unfinishedLogInIsClosed()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--login-timeout"), QStringLiteral("1")}), qPrintable(server.error()));
    // TLS and the Hello are done, and then nothing: the log-in deadline closes it.
    Test::TlsSocket socket;
    QVERIFY(socket.connectTo(server.port()));
    socket.write(Protocol::encodeFrame(Protocol::Hello{}));
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 10'000);
    QVERIFY(server.waitForOutput(QStringLiteral("not logged in within 1000 ms")));
}

QTEST_GUILESS_MAIN(TestConnectionLimits)
#include "tst_connectionlimits.moc"
