// The customer's window: an invalid RUT is refused next to its field before anything is sent, and a
// real turno-server log-in shows the greeting and the menu, runs a restart, and survives losing the server.
#include "clientwindow.h"
#include "serverprocess.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtTest>

using namespace Turno;

namespace
{

template <typename T> T *child(QWidget &window, const char *name)
{
    return window.findChild<T *>(QLatin1String(name));
}

// Fills the form and presses Log in (or Enter in the password field).
void logIn(ClientWindow &window, const QString &rut, const QString &password, bool pressEnter = false)
{
    QTest::keyClicks(child<QLineEdit>(window, "rutEdit"), rut);
    QTest::keyClicks(child<QLineEdit>(window, "passwordEdit"), password);
    if (pressEnter)
        QTest::keyClick(child<QLineEdit>(window, "passwordEdit"), Qt::Key_Return);
    else
        QTest::mouseClick(child<QPushButton>(window, "logInButton"), Qt::LeftButton);
}

} // namespace

class TestClientWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void invalidRutIsRefusedBeforeSending_data();
    void invalidRutIsRefusedBeforeSending();
    void rutFieldShowsValidity();
    void logInShowsGreetingAndRestarts();
    void wrongPasswordIsShown();
    void lostConnectionReturnsToLogIn();
    void exitLogsOutAndCloses();

private:
    bool startServer(Test::ServerProcess &server);
};

void TestClientWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings goes to a test folder
    QCoreApplication::setOrganizationName(QStringLiteral("TurnoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_clientwindow"));
}

bool TestClientWindow::startServer(Test::ServerProcess &server)
{
    if (!server.start()) {
        qWarning() << server.error();
        return false;
    }
    return server.addCustomer(QStringLiteral("12.345.678-5"), QStringLiteral("Jorge Sandoval"),
                              QStringLiteral("jorge-password"));
}

void TestClientWindow::invalidRutIsRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("rut");
    QTest::addColumn<bool>("pressEnter");
    QTest::newRow("wrong check digit, button") << QStringLiteral("12.345.678-9") << false;
    QTest::newRow("wrong check digit, Enter") << QStringLiteral("12.345.678-9") << true;
    QTest::newRow("not a number") << QStringLiteral("jorge") << false;
    QTest::newRow("empty") << QString() << true;
}

void TestClientWindow::invalidRutIsRefusedBeforeSending()
{
    QFETCH(QString, rut);
    QFETCH(bool, pressEnter);
    // A listening socket stands in for the server: any attempt to log in would connect to it.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    ClientWindow window(QStringLiteral("127.0.0.1:%1").arg(listener.serverPort()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy linkChanges(window.session(), &ClientSession::linkChanged);

    logIn(window, rut, QStringLiteral("secret"), pressEnter);

    auto *rutError = child<QLabel>(window, "rutError");
    QVERIFY(rutError->isVisible());
    QVERIFY2(rutError->text().contains(QLatin1String("Invalid RUT")), qPrintable(rutError->text()));
    QCOMPARE(linkChanges.count(), 0);
    QCOMPARE(window.session()->link(), ClientSession::Link::Offline);
    // Let a (wrong) queued connection attempt run, then make sure none reached the listener.
    QCoreApplication::processEvents();
    QVERIFY(!listener.waitForNewConnection(100));
    QVERIFY(child<QPushButton>(window, "logInButton")->isEnabled());
}

void TestClientWindow::rutFieldShowsValidity()
{
    ClientWindow window(QStringLiteral("127.0.0.1:1"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *rut = child<QLineEdit>(window, "rutEdit");
    auto *rutError = child<QLabel>(window, "rutError");
    logIn(window, QStringLiteral("12345678-9"), QStringLiteral("secret"));
    QVERIFY(rutError->isVisible());
    // Fixing the check digit clears the message at once, before logging in again.
    QTest::keyClick(rut, Qt::Key_Backspace);
    QTest::keyClicks(rut, QStringLiteral("5"));
    QVERIFY(!rutError->isVisible());
    QVERIFY(!rut->actions().isEmpty());
    QVERIFY(rut->actions().constFirst()->isVisible()); // the check mark
}

void TestClientWindow::logInShowsGreetingAndRestarts()
{
    Test::ServerProcess server;
    QVERIFY(startServer(server));
    ClientWindow window(server.address());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loggedIn(window.session(), &CustomerSession::loggedInAs);

    logIn(window, QStringLiteral("123456785"), QStringLiteral("jorge-password"), true);
    // Controls are disabled while the log-in is under way.
    QVERIFY(!child<QPushButton>(window, "logInButton")->isEnabled());
    QVERIFY(loggedIn.wait(10'000));

    auto *greeting = child<QLabel>(window, "greeting");
    QTRY_VERIFY(greeting->isVisible());
    QCOMPARE(greeting->text(), QStringLiteral("Hi Jorge, how can we help you?"));
    QVERIFY(child<QPushButton>(window, "wifiButton")->isEnabled());
    QVERIFY(child<QPushButton>(window, "executiveButton")->isEnabled());

    // Key 1 answers the menu, as in the terminal.
    QSignalSpy started(window.session(), &CustomerSession::restartStarted);
    QSignalSpy finished(window.session(), &CustomerSession::restartFinished);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    QTRY_COMPARE(started.count(), 1);
    auto *status = child<QLabel>(window, "statusText");
    QCOMPARE(status->text(), QStringLiteral("We are restarting your service…"));
    QVERIFY(child<QProgressBar>(window, "restartProgress")->isVisible());
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QCOMPARE(status->text(),
             QStringLiteral("Your internet service has been restarted. It may take a minute to come back."));
    QVERIFY(!child<QProgressBar>(window, "restartProgress")->isVisible());
    QVERIFY(child<QPushButton>(window, "restartButton")->isEnabled());
}

void TestClientWindow::wrongPasswordIsShown()
{
    Test::ServerProcess server;
    QVERIFY(startServer(server));
    ClientWindow window(server.address());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy failed(window.session(), &ClientSession::loginFailed);

    logIn(window, QStringLiteral("12.345.678-5"), QStringLiteral("not-it"));
    QVERIFY(failed.wait(10'000));
    auto *error = child<QLabel>(window, "loginError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Wrong RUT or password."));
    QVERIFY(child<QLineEdit>(window, "passwordEdit")->text().isEmpty());
    QVERIFY(child<QPushButton>(window, "logInButton")->isEnabled());
}

void TestClientWindow::lostConnectionReturnsToLogIn()
{
    // The server goes away for longer than its resume grace period (1 s here): after trying to
    // reconnect, the window gives up and returns to the log-in page with the message.
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--resume-grace"), QStringLiteral("1")}), qPrintable(server.error()));
    QVERIFY(server.addCustomer(QStringLiteral("12.345.678-5"), QStringLiteral("Jorge Sandoval"),
                               QStringLiteral("jorge-password")));
    ClientWindow window(server.address());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loggedIn(window.session(), &CustomerSession::loggedInAs);
    logIn(window, QStringLiteral("12.345.678-5"), QStringLiteral("jorge-password"));
    QVERIFY(loggedIn.wait(10'000));

    QSignalSpy lost(window.session(), &ClientSession::connectionLost);
    server.kill();
    QVERIFY(lost.wait(10'000));
    auto *error = child<QLabel>(window, "loginError");
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), lost.constFirst().at(0).toString());
    QVERIFY(!child<QLabel>(window, "greeting")->isVisible());
}

void TestClientWindow::exitLogsOutAndCloses()
{
    Test::ServerProcess server;
    QVERIFY(startServer(server));
    ClientWindow window(server.address());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loggedIn(window.session(), &CustomerSession::loggedInAs);
    logIn(window, QStringLiteral("12.345.678-5"), QStringLiteral("jorge-password"));
    QVERIFY(loggedIn.wait(10'000));

    QSignalSpy loggedOut(window.session(), &ClientSession::loggedOut);
    QTest::mouseClick(child<QPushButton>(window, "exitButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loggedOut.count(), 1, 10'000);
    QTRY_VERIFY(!window.isVisible());
    QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] Client Jorge Sandoval disconnected.")));
}

QTEST_MAIN(TestClientWindow)
#include "tst_clientwindow.moc"
