// The executive's window: the log-in form's local checks (nothing sent without a username and
// password), and the live greeting's plural forms, driven by the session's count signal.
#include "executivewindow.h"
#include "serverprocess.h"
#include "testsupport.h"
#include "util/translation.h"

#include "session/customersession.h"
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace Turno;

namespace
{

template <typename T> T *child(QWidget &window, const char *name)
{
    return window.findChild<T *>(QLatin1String(name));
}

void fillAndSubmit(ExecutiveWindow &window, const QString &username, const QString &password)
{
    QTest::keyClicks(child<QLineEdit>(window, "usernameEdit"), username);
    QTest::keyClicks(child<QLineEdit>(window, "passwordEdit"), password);
    QTest::keyClick(child<QLineEdit>(window, "passwordEdit"), Qt::Key_Return);
}

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestExecutiveWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyFieldsAreRefusedBeforeSending_data();
    void emptyFieldsAreRefusedBeforeSending();
    void wrongPasswordIsShown();
    void greetingFollowsTheCount_data();
    void greetingFollowsTheCount();
    void logOutReturnsToLogIn();
    void ctrlQQuits();
    void presenceShowsAndReadyNow();
    void queuePanelListsWaitingCustomers();

private:
    Test::ServerProcess m_server;
    std::unique_ptr<ExecutiveWindow> m_window; // logged in as Juan Perez, for the greeting rows
};

void TestExecutiveWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings goes to a test folder
    QCoreApplication::setOrganizationName(QStringLiteral("TurnoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_executivewindow"));
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_server.addExecutive(QStringLiteral("jperez"), QStringLiteral("Juan Perez"),
                                  QStringLiteral("juan-password"),
                                  {QStringLiteral("--services"), QStringLiteral("internet,wifi")}));
}

void TestExecutiveWindow::cleanupTestCase()
{
    m_window.reset();
    removeTranslators();
}

void TestExecutiveWindow::emptyFieldsAreRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("errorLabel");
    QTest::newRow("no username") << QString() << QStringLiteral("secret") << QStringLiteral("usernameError");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("secret")
                                 << QStringLiteral("usernameError");
    QTest::newRow("no password") << QStringLiteral("jperez") << QString() << QStringLiteral("passwordError");
}

void TestExecutiveWindow::emptyFieldsAreRefusedBeforeSending()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, errorLabel);
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    ExecutiveWindow window(QStringLiteral("127.0.0.1:%1").arg(listener.serverPort()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy linkChanges(window.session(), &ClientSession::linkChanged);

    fillAndSubmit(window, username, password);

    auto *error = window.findChild<QLabel *>(errorLabel);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(linkChanges.count(), 0);
    QCoreApplication::processEvents();
    QVERIFY(!listener.waitForNewConnection(100));
}

void TestExecutiveWindow::wrongPasswordIsShown()
{
    ExecutiveWindow window(m_server.address());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy failed(window.session(), &ClientSession::loginFailed);
    fillAndSubmit(window, QStringLiteral("jperez"), QStringLiteral("not-it"));
    QVERIFY(failed.wait(10'000));
    auto *error = child<QLabel>(window, "loginError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Wrong username or password."));
    QVERIFY(child<QPushButton>(window, "logInButton")->isEnabled());
}

void TestExecutiveWindow::greetingFollowsTheCount_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("greeting");
    QTest::newRow("en 0") << "en" << 0 << "Hi Juan, right now there are 0 customers connected";
    QTest::newRow("en 1") << "en" << 1 << "Hi Juan, right now there is 1 customer connected";
    QTest::newRow("en 2") << "en" << 2 << "Hi Juan, right now there are 2 customers connected";
    QTest::newRow("en 11") << "en" << 11 << "Hi Juan, right now there are 11 customers connected";
    QTest::newRow("es 1") << "es" << 1 << "Hola Juan, en este momento hay 1 cliente conectado";
    QTest::newRow("es 2") << "es" << 2 << "Hola Juan, en este momento hay 2 clientes conectados";
    QTest::newRow("fr 0") << "fr" << 0 << "Bonjour Juan, il y a en ce moment 0 client connecté";
    QTest::newRow("fr 3") << "fr" << 3 << "Bonjour Juan, il y a en ce moment 3 clients connectés";
}

void TestExecutiveWindow::greetingFollowsTheCount()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, greeting);
    if (!m_window) {
        m_window = std::make_unique<ExecutiveWindow>(m_server.address());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loggedIn(m_window->session(), &ExecutiveSession::loggedInAs);
        fillAndSubmit(*m_window, QStringLiteral("jperez"), QStringLiteral("juan-password"));
        QVERIFY(loggedIn.wait(10'000)); // the greeting shows the server's count from the start
        QCOMPARE(child<QLabel>(*m_window, "greeting")->text(),
                 QStringLiteral("Hi Juan, right now there are 0 customers connected"));
        QCOMPARE(child<QLabel>(*m_window, "roleValue")->text(), QStringLiteral("Executive"));
        QCOMPARE(child<QLabel>(*m_window, "servicesValue")->text(), QStringLiteral("Internet, Wi-Fi"));
    }
    removeTranslators();
    if (language != QLatin1String("en"))
        QVERIFY(installTranslator(*qApp, language));
    // The count arrives as the session's signal, as when a customer connects or leaves.
    Q_EMIT m_window->session()->connectedCustomersChanged(count);
    QCOMPARE(child<QLabel>(*m_window, "greeting")->text(), greeting);
}

void TestExecutiveWindow::logOutReturnsToLogIn()
{
    removeTranslators();
    ExecutiveWindow window(m_server.address());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loggedIn(window.session(), &ExecutiveSession::loggedInAs);
    fillAndSubmit(window, QStringLiteral("jperez"), QStringLiteral("juan-password"));
    QVERIFY(loggedIn.wait(10'000));
    auto *logOut = window.findChild<QAction *>(QStringLiteral("logOutAction"));
    QVERIFY(logOut->isEnabled());
    QSignalSpy loggedOut(window.session(), &ClientSession::loggedOut);
    logOut->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(loggedOut.count(), 1, 10'000);
    QVERIFY(child<QLineEdit>(window, "usernameEdit")->isVisible());
    QVERIFY(!logOut->isEnabled());
    QVERIFY(window.isVisible());
}

void TestExecutiveWindow::ctrlQQuits()
{
    ExecutiveWindow window(m_server.address());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy loggedIn(window.session(), &ExecutiveSession::loggedInAs);
    fillAndSubmit(window, QStringLiteral("jperez"), QStringLiteral("juan-password"));
    QVERIFY(loggedIn.wait(10'000));
    QSignalSpy loggedOut(window.session(), &ClientSession::loggedOut);
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    // Quitting logs out first, then the window closes.
    QTRY_COMPARE_WITH_TIMEOUT(loggedOut.count(), 1, 10'000);
    QTRY_VERIFY(!window.isVisible());
}

void TestExecutiveWindow::presenceShowsAndReadyNow()
{
    removeTranslators();
    ExecutiveWindow window(m_server.address());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loggedIn(window.session(), &ExecutiveSession::loggedInAs);
    fillAndSubmit(window, QStringLiteral("jperez"), QStringLiteral("juan-password"));
    QVERIFY(loggedIn.wait(10'000));
    auto *presence = child<QLabel>(window, "presenceValue");
    auto *ready = window.findChild<QPushButton *>(QStringLiteral("readyButton"));
    QVERIFY(ready);
    QTRY_COMPARE_WITH_TIMEOUT(presence->text(), QStringLiteral("You are available for customers."), 10'000);
    QVERIFY(!ready->isVisible());
    // After-call work counts down and offers "Ready now".
    Q_EMIT window.session()->presenceChanged(Turno::Protocol::Presence::AfterCallWork, QString(), 30);
    QVERIFY(presence->text().startsWith(QLatin1String("After-call work: new offers in 3")));
    QVERIFY(ready->isVisible());
    // Away after missed offers: the reason shows, and Ready now asks the server for Available.
    Q_EMIT window.session()->presenceChanged(Turno::Protocol::Presence::Away, QStringLiteral("missed offers"), 0);
    QCOMPARE(presence->text(), QStringLiteral("You are away (missed offers); no customer will be offered to you."));
    QVERIFY(ready->isVisible());
    ready->click();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->presence(), Turno::Protocol::Presence::Available, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!ready->isVisible(), 10'000);
}

void TestExecutiveWindow::queuePanelListsWaitingCustomers()
{
    removeTranslators();
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    ExecutiveWindow window(server.address());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loggedIn(window.session(), &ExecutiveSession::loggedInAs);
    fillAndSubmit(window, QStringLiteral("jperez"), QStringLiteral("juan1234"));
    QVERIFY(loggedIn.wait(10'000));
    auto *list = window.findChild<QTreeWidget *>(QStringLiteral("waitingList"));
    QVERIFY(list);
    QVERIFY(!list->isVisible()); // the calm note while nobody waits

    CustomerSession jorge, claudio;
    for (auto [customer, rut, password] :
         {std::tuple{&jorge, "12.345.678-5", "jorge1234"}, std::tuple{&claudio, "10.111.222-5", "claudio1234"}}) {
        QSignalSpy in(customer, &CustomerSession::loggedInAs);
        QVERIFY(customer->logIn(server.address(), QLatin1String(rut), QLatin1String(password)));
        QVERIFY(in.wait(10'000));
        QVERIFY(customer->contactExecutive(QStringLiteral("wifi")));
    }
    // Oldest first, live; the first one is ringing for Juan and still counts as waiting.
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 2, 10'000);
    QVERIFY(list->isVisible());
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Jorge Sandoval"));
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Claudio García"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Wi-Fi"));
    QCOMPARE(list->topLevelItem(1)->text(3), QStringLiteral("Nothing in self-service yet"));
    QVERIFY(claudio.leaveQueue());
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 10'000);

    // Connect selected: Juan goes away (the ringing offer is taken back), then takes Jorge from the list.
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->currentOffer().has_value(), 10'000);
    window.session()->setAway(QStringLiteral("back office"));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->presence(), Turno::Protocol::Presence::Away, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 10'000);
    list->setCurrentItem(list->topLevelItem(0));
    QSignalSpy started(&jorge, &CustomerSession::sessionStarted);
    window.findChild<QPushButton *>(QStringLiteral("connectSelectedButton"))->click();
    QVERIFY(started.wait(10'000));
    QCOMPARE(started.first().first().toString(), QStringLiteral("Juan Perez"));
}

QTEST_MAIN(TestExecutiveWindow)
#include "tst_executivewindow.moc"
