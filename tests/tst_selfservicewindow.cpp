// The customer's window against a real turno-server: the Wi-Fi dialog (every rule explained in
// place, then "We are updating your password" and the outcome), sign-up from the log-in page and
// the Account menu's name change. Run with --screenshots DIR (tools/screenshots), it saves pictures
// instead.
#include "accountdialog.h"
#include "clientloginpage.h"
#include "clientsignuppage.h"
#include "clientwindow.h"
#include "screenshotrun.h"
#include "serverprocess.h"
#include "util/translation.h"
#include "wifipassworddialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace Turno;

namespace
{

template <typename T> T *child(QObject &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

// Types text like a person; QTest only has keys for ASCII, so other text is pasted.
void type(QLineEdit *edit, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7e) {
            edit->insert(text);
            return;
        }
    }
    QTest::keyClicks(edit, text);
}

} // namespace

class TestSelfServiceWindow : public QObject
{
    Q_OBJECT
public:
    // Not a test: saves this window's pictures for docs/screenshots into dir (--screenshots, see
    // screenshotrun.h); sets up and cleans up on its own.
    void takeScreenshots(const QString &dir);

private Q_SLOTS:
    void tabGoesLeftToRightAcrossTheButtons();
    void initTestCase();
    void wifiDialogExplainsEachRule_data();
    void wifiDialogExplainsEachRule();
    void wifiDialogShowsProgressThenResult();
    void signUpFromTheLogInPage();
    void accountMenuChangesTheName();

private:
    // A window logged in as Jorge; nullptr when that failed.
    std::unique_ptr<ClientWindow> loggedInWindow();
    WifiPasswordDialog *openWifiDialog(ClientWindow &window);

    Test::ServerProcess m_server;
};

void TestSelfServiceWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TurnoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_selfservicewindow"));
    QVERIFY2(m_server.start({QStringLiteral("--allow-signup")}), qPrintable(m_server.error()));
    QVERIFY(m_server.addCustomer(QStringLiteral("12.345.678-5"), QStringLiteral("Jorge Sandoval"),
                                 QStringLiteral("jorge-password")));
}

std::unique_ptr<ClientWindow> TestSelfServiceWindow::loggedInWindow()
{
    auto window = std::make_unique<ClientWindow>(m_server.address());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QSignalSpy loggedIn(window->session(), &CustomerSession::loggedInAs);
    QTest::keyClicks(child<QLineEdit>(*window, "rutEdit"), QStringLiteral("12.345.678-5"));
    QTest::keyClicks(child<QLineEdit>(*window, "passwordEdit"), QStringLiteral("jorge-password"));
    QTest::mouseClick(child<QPushButton>(*window, "logInButton"), Qt::LeftButton);
    if (!loggedIn.wait(10'000))
        return nullptr;
    return window;
}

WifiPasswordDialog *TestSelfServiceWindow::openWifiDialog(ClientWindow &window)
{
    QTest::mouseClick(child<QPushButton>(window, "wifiButton"), Qt::LeftButton);
    auto *dialog = window.findChild<WifiPasswordDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestSelfServiceWindow::wifiDialogExplainsEachRule_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("repeated");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("focused"); // the field to fix
    QTest::newRow("too short") << QStringLiteral("abc") << QStringLiteral("abc")
                               << QStringLiteral("The Wi-Fi password is too short: it needs at least 8 characters.")
                               << QStringLiteral("wifiPasswordEdit");
    QTest::newRow("too long") << QString(64, QLatin1Char('k')) << QString(64, QLatin1Char('k'))
                              << QStringLiteral("The Wi-Fi password is too long: it can have at most 63 characters.")
                              << QStringLiteral("wifiPasswordEdit");
    QTest::newRow("non-ASCII") << QStringLiteral("pingüino-123") << QStringLiteral("pingüino-123")
                               << QStringLiteral("The Wi-Fi password can only contain letters without accents (no ñ), "
                                                 "digits, spaces and symbols such as ! ? # - _.")
                               << QStringLiteral("wifiPasswordEdit");
    QTest::newRow("mismatch") << QStringLiteral("MyNewWifi-1") << QStringLiteral("MyNewWifi-2")
                              << QStringLiteral("The two passwords do not match.") << QStringLiteral("wifiRepeatEdit");
}

void TestSelfServiceWindow::wifiDialogExplainsEachRule()
{
    QFETCH(QString, password);
    QFETCH(QString, repeated);
    QFETCH(QString, message);
    QFETCH(QString, focused);
    auto window = loggedInWindow();
    QVERIFY(window);
    WifiPasswordDialog *dialog = openWifiDialog(*window);
    QVERIFY(dialog);
    QSignalSpy started(window->session(), &CustomerSession::wifiChangeStarted);
    type(child<QLineEdit>(*dialog, "wifiPasswordEdit"), password);
    type(child<QLineEdit>(*dialog, "wifiRepeatEdit"), repeated);
    QTest::keyClick(child<QLineEdit>(*dialog, "wifiRepeatEdit"), Qt::Key_Return);

    auto *problem = child<QLabel>(*dialog, "dialogProblem");
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), message);
    QCOMPARE(started.size(), 0);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLineEdit>(*dialog, "wifiRepeatEdit")->text().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(*dialog, qPrintable(focused)));
    // Typing again clears the explanation.
    QTest::keyClicks(child<QLineEdit>(*dialog, qPrintable(focused)), QStringLiteral("x"));
    QVERIFY(!problem->isVisible());
}

void TestSelfServiceWindow::wifiDialogShowsProgressThenResult()
{
    auto window = loggedInWindow();
    QVERIFY(window);
    WifiPasswordDialog *dialog = openWifiDialog(*window);
    QVERIFY(dialog);
    QSignalSpy finished(window->session(), &CustomerSession::wifiChangeFinished);
    QTest::keyClicks(child<QLineEdit>(*dialog, "wifiPasswordEdit"), QStringLiteral("MyNewWifi-2024"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "wifiRepeatEdit"), QStringLiteral("MyNewWifi-2024"));
    QTest::mouseClick(child<QPushButton>(*dialog, "dialogSubmit"), Qt::LeftButton);

    auto *status = child<QLabel>(*dialog, "dialogStatus");
    QCOMPARE(status->text(), QStringLiteral("We are updating your password…"));
    QVERIFY(child<QProgressBar>(*dialog, "dialogProgress")->isVisible());
    QVERIFY(!child<QLineEdit>(*dialog, "wifiPasswordEdit")->isEnabled());
    QVERIFY(finished.wait(10'000));
    QCOMPARE(status->text(), QStringLiteral("Your password has been updated."));
    QVERIFY(!child<QProgressBar>(*dialog, "dialogProgress")->isVisible());
    QVERIFY(!child<QPushButton>(*dialog, "dialogSubmit")->isVisible());
    QVERIFY(child<QLineEdit>(*dialog, "wifiPasswordEdit")->text().isEmpty());
    // The menu keeps the outcome once the dialog is closed.
    QPointer<WifiPasswordDialog> closing(dialog);
    QTest::mouseClick(child<QPushButton>(*dialog, "dialogClose"), Qt::LeftButton);
    QTRY_VERIFY(!closing || !closing->isVisible());
    QCOMPARE(child<QLabel>(*window, "statusText")->text(), QStringLiteral("Your password has been updated."));
    QVERIFY(m_server.waitForOutput(QStringLiteral("[SERVER] Wi-Fi password change for client Jorge Sandoval.")));
    QVERIFY(!m_server.output().contains(QLatin1String("MyNewWifi")));
}

void TestSelfServiceWindow::signUpFromTheLogInPage()
{
    ClientWindow window(m_server.address());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(child<QPushButton>(window, "signUpButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLineEdit>(window, "signUpRutEdit")->isVisible());
    QSignalSpy linkChanges(window.session(), &ClientSession::linkChanged);
    QTest::keyClicks(child<QLineEdit>(window, "signUpRutEdit"), QStringLiteral("22.222.222-2"));
    QTest::keyClicks(child<QLineEdit>(window, "signUpNameEdit"), QStringLiteral("Bea Rojas"));
    QTest::keyClicks(child<QLineEdit>(window, "signUpPasswordEdit"), QStringLiteral("bea-password"));
    QTest::keyClicks(child<QLineEdit>(window, "signUpRepeatEdit"), QStringLiteral("bea-passw0rd"));
    QTest::mouseClick(child<QPushButton>(window, "createAccountButton"), Qt::LeftButton);
    auto *passwordError = child<QLabel>(window, "signUpRepeatError");
    QVERIFY(passwordError->isVisible());
    QCOMPARE(passwordError->text(), QStringLiteral("The two passwords do not match."));
    QCOMPARE(linkChanges.size(), 0);

    QSignalSpy loggedIn(window.session(), &CustomerSession::loggedInAs);
    QTest::keyClicks(child<QLineEdit>(window, "signUpRepeatEdit"), QStringLiteral("bea-password"));
    QTest::keyClick(child<QLineEdit>(window, "signUpRepeatEdit"), Qt::Key_Return);
    QVERIFY(loggedIn.wait(10'000));
    QTRY_VERIFY(child<QLabel>(window, "greeting")->isVisible());
    QCOMPARE(child<QLabel>(window, "greeting")->text(), QStringLiteral("Hi Bea, how can we help you?"));
    QVERIFY(m_server.waitForOutput(QStringLiteral("[SERVER] New client Bea Rojas signed up.")));
}

void TestSelfServiceWindow::accountMenuChangesTheName()
{
    auto window = loggedInWindow();
    QVERIFY(window);
    window->findChild<QAction *>(QStringLiteral("changeNameAction"))->trigger();
    auto *dialog = window->findChild<AccountDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *name = child<QLineEdit>(*dialog, "fullNameEdit");
    QCOMPARE(name->text(), QStringLiteral("Jorge Sandoval"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Jorgito Sandoval"));
    QSignalSpy finished(window->session(), &CustomerSession::accountChangeFinished);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(child<QLabel>(*dialog, "dialogStatus")->text(),
             QStringLiteral("Done. We will call you Jorgito Sandoval from now on."));
    QCOMPARE(child<QLabel>(*window, "greeting")->text(), QStringLiteral("Hi Jorgito, how can we help you?"));
    // Back to the name the other tests expect.
    QVERIFY(window->session()->changeDisplayName(QStringLiteral("Jorge Sandoval")));
    QVERIFY(finished.wait(10'000));
}

void TestSelfServiceWindow::takeScreenshots(const QString &dir)
{
    initTestCase();
    if (QTest::currentTestFailed())
        return;
    const QString lang = qEnvironmentVariable("TURNO_SCREENSHOT_LANG", QStringLiteral("en"));
    installTranslator(*qApp, lang);
    auto window = loggedInWindow();
    QVERIFY(window);
    WifiPasswordDialog *dialog = openWifiDialog(*window);
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(*dialog, "wifiPasswordEdit"), QStringLiteral("MyNewWifi-2024"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "wifiRepeatEdit"), QStringLiteral("MyNewWifi-2025"));
    QTest::mouseClick(child<QPushButton>(*dialog, "dialogSubmit"), Qt::LeftButton);
    QVERIFY(dialog->grab().save(QStringLiteral("%1/client-wifi-mismatch-%2.png").arg(dir, lang)));
    QTest::keyClicks(child<QLineEdit>(*dialog, "wifiRepeatEdit"), QStringLiteral("MyNewWifi-2024"));
    QSignalSpy finished(window->session(), &CustomerSession::wifiChangeFinished);
    QTest::mouseClick(child<QPushButton>(*dialog, "dialogSubmit"), Qt::LeftButton);
    QVERIFY(dialog->grab().save(QStringLiteral("%1/client-wifi-%2.png").arg(dir, lang)));
    QVERIFY(finished.wait(10'000));
    QVERIFY(dialog->grab().save(QStringLiteral("%1/client-wifi-done-%2.png").arg(dir, lang)));
    dialog->close();
    QVERIFY(window->grab().save(QStringLiteral("%1/client-menu-wifi-done-%2.png").arg(dir, lang)));

    ClientWindow fresh(m_server.address());
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QVERIFY(fresh.grab().save(QStringLiteral("%1/client-login-%2.png").arg(dir, lang)));
    // A RUT whose check digit is wrong, refused in place.
    QTest::keyClicks(child<QLineEdit>(fresh, "rutEdit"), QStringLiteral("12.345.678-9"));
    QTest::keyClicks(child<QLineEdit>(fresh, "passwordEdit"), QStringLiteral("secret"));
    QTest::mouseClick(child<QPushButton>(fresh, "logInButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(fresh, "rutError")->isVisible());
    QVERIFY(fresh.grab().save(QStringLiteral("%1/client-login-error-%2.png").arg(dir, lang)));
    QTest::mouseClick(child<QPushButton>(fresh, "signUpButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(fresh, "signUpRutEdit"), QStringLiteral("33.333.333-3"));
    type(child<QLineEdit>(fresh, "signUpNameEdit"), QStringLiteral("Carla Muñoz"));
    QTest::keyClicks(child<QLineEdit>(fresh, "signUpPasswordEdit"), QStringLiteral("short"));
    QTest::mouseClick(child<QPushButton>(fresh, "createAccountButton"), Qt::LeftButton);
    QVERIFY(fresh.grab().save(QStringLiteral("%1/client-signup-%2.png").arg(dir, lang)));
    QVERIFY(fresh.findChild<QWidget *>(QStringLiteral("signUpButton")) != nullptr);
    installTranslator(*qApp, QStringLiteral("en"));
}

namespace
{
// The push buttons in the order Tab reaches them, starting after the widget named from.
QStringList buttonsAfter(QWidget &page, const char *from)
{
    QStringList order;
    QWidget *start = page.findChild<QWidget *>(QLatin1String(from));
    for (QWidget *w = start->nextInFocusChain(); w != start && order.size() < 2; w = w->nextInFocusChain()) {
        if (qobject_cast<QPushButton *>(w))
            order.append(w->objectName());
    }
    return order;
}
} // namespace

void TestSelfServiceWindow::tabGoesLeftToRightAcrossTheButtons()
{
    // From the last field, Tab reaches the buttons as they stand, left to right.
    ClientLoginPage login;
    QCOMPARE(buttonsAfter(login, "passwordEdit"),
             (QStringList{QStringLiteral("signUpButton"), QStringLiteral("logInButton")}));
    ClientSignUpPage signUp;
    QCOMPARE(buttonsAfter(signUp, "signUpRepeatEdit"),
             (QStringList{QStringLiteral("backToLogInButton"), QStringLiteral("createAccountButton")}));
}

TURNO_TEST_MAIN_WITH_SCREENSHOTS(TestSelfServiceWindow)
#include "tst_selfservicewindow.moc"
