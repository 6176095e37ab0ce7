// The windows' question about a server's key, against a real server over TLS: first use (Cancel
// by default, then trusted), a changed key (refused unless confirmed deliberately), in the
// customer's and the executive's windows, in English and Spanish. With --screenshots DIR it saves
// the two dialogs in English and Spanish instead (tools/screenshots).
#include "clientwindow.h"
#include "executivewindow.h"
#include "screenshotrun.h"
#include "serverkeydialog.h"
#include "serverprocess.h"
#include "session/customersession.h"
#include "session/executivesession.h"
#include "session/servertrust.h"
#include "testtls.h"
#include "util/translation.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

using namespace Turno;

namespace
{

template <typename T> T *child(QWidget &window, const char *name)
{
    return window.findChild<T *>(QLatin1String(name));
}

ServerKeyDialog *openDialog(const char *name)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String(name) && widget->isVisible())
            return qobject_cast<ServerKeyDialog *>(widget);
    }
    return nullptr;
}

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void logIn(ClientWindow &window)
{
    QTest::keyClicks(child<QLineEdit>(window, "rutEdit"), QStringLiteral("12.345.678-5"));
    QTest::keyClicks(child<QLineEdit>(window, "passwordEdit"), QStringLiteral("jorge1234"));
    QTest::mouseClick(child<QPushButton>(window, "logInButton"), Qt::LeftButton);
}

} // namespace

class TestServerKeyDialog : public QObject
{
    Q_OBJECT
public:
    void takeScreenshots(const QString &folder);

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstUseCancelIsTheDefault();
    void firstUseTrusted();
    void changedKeyNeedsConfirmation();
    void executiveWindowAsksToo();
    void spanishDialogs();

private:
    // Saves widget as <name>-<language>.png in a screenshot run; nothing in a test run.
    void saveScreenshot(QWidget *widget, const QString &name);

    Test::ServerProcess m_server;
    QString m_pin;
    QString m_shotFolder;
    QString m_shotLanguage;
};

void TestServerKeyDialog::saveScreenshot(QWidget *widget, const QString &name)
{
    if (m_shotFolder.isEmpty())
        return;
    QVERIFY(widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(m_shotFolder, name, m_shotLanguage)));
}

void TestServerKeyDialog::takeScreenshots(const QString &folder)
{
    initTestCase();
    m_shotFolder = folder;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
        removeTranslators();
        if (language != QLatin1String("en"))
            QVERIFY(installTranslator(*qApp, language));
        m_shotLanguage = language;
        init();
        firstUseCancelIsTheDefault();
        cleanup();
        init();
        changedKeyNeedsConfirmation();
        cleanup();
    }
    removeTranslators();
}

void TestServerKeyDialog::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--demo")}), qPrintable(m_server.error()));
    m_pin = ServerTrust::pinName(QStringLiteral("127.0.0.1"), m_server.port());
}

void TestServerKeyDialog::init()
{
    ServerTrust::forgetKey(m_pin);
}

void TestServerKeyDialog::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<ServerKeyDialog *>(widget))
            widget->close();
    }
}

void TestServerKeyDialog::firstUseCancelIsTheDefault()
{
    ClientWindow window(m_server.address());
    window.resize(640, 520);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    logIn(window);
    ServerKeyDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = openDialog("serverKeyDialog")) != nullptr, 10'000);
    const QString text = child<QLabel>(*dialog, "keyText")->text();
    QVERIFY(text.contains(ServerTrust::displayFingerprint(m_server.fingerprint())));
    QVERIFY(text.contains(QStringLiteral("127.0.0.1:%1").arg(m_server.port())));
    saveScreenshot(dialog, QStringLiteral("client-server-key"));
    // Enter answers with the default button, which is Cancel: a key is never trusted by accident.
    QSignalSpy failed(window.session(), &ClientSession::loginFailed);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(openDialog("serverKeyDialog") == nullptr);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("127.0.0.1:%1").arg(m_server.port())));
    QCOMPARE(child<QLabel>(window, "loginError")->text(), failed.first().first().toString());
    QVERIFY(ServerTrust::pinnedKey(m_pin).isEmpty());
    QVERIFY(child<QLineEdit>(window, "rutEdit")->isVisible());
}

void TestServerKeyDialog::firstUseTrusted()
{
    ClientWindow window(m_server.address());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loggedIn(window.session(), &CustomerSession::loggedInAs);
    logIn(window);
    ServerKeyDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = openDialog("serverKeyDialog")) != nullptr, 10'000);
    QTest::mouseClick(child<QPushButton>(*dialog, "trustButton"), Qt::LeftButton);
    QVERIFY(loggedIn.wait(10'000));
    QCOMPARE(ServerTrust::pinnedKey(m_pin), m_server.fingerprint());
    window.session()->logOut();
}

void TestServerKeyDialog::changedKeyNeedsConfirmation()
{
    const QByteArray old(32, '\x33');
    Test::pinLocalServer(m_server.port(), old);
    ClientWindow window(m_server.address());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loggedIn(window.session(), &CustomerSession::loggedInAs);
    logIn(window);
    ServerKeyDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = openDialog("serverKeyChangedDialog")) != nullptr, 10'000);
    const QString text = child<QLabel>(*dialog, "keyText")->text();
    QVERIFY(text.contains(ServerTrust::displayFingerprint(old)));
    QVERIFY(text.contains(ServerTrust::displayFingerprint(m_server.fingerprint())));
    auto *trust = child<QPushButton>(*dialog, "trustButton");
    QVERIFY(!trust->isEnabled());
    saveScreenshot(dialog, QStringLiteral("client-server-key-changed"));
    child<QCheckBox>(*dialog, "confirmNewKey")->setChecked(true);
    QVERIFY(trust->isEnabled());
    QTest::mouseClick(trust, Qt::LeftButton);
    QVERIFY(loggedIn.wait(10'000));
    QCOMPARE(ServerTrust::pinnedKey(m_pin), m_server.fingerprint());
    window.session()->logOut();
}

void TestServerKeyDialog::executiveWindowAsksToo()
{
    ExecutiveWindow window(m_server.address());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loggedIn(window.session(), &ExecutiveSession::loggedInAs);
    QTest::keyClicks(child<QLineEdit>(window, "usernameEdit"), QStringLiteral("jperez"));
    QTest::keyClicks(child<QLineEdit>(window, "passwordEdit"), QStringLiteral("juan1234"));
    QTest::keyClick(child<QLineEdit>(window, "passwordEdit"), Qt::Key_Return);
    ServerKeyDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = openDialog("serverKeyDialog")) != nullptr, 10'000);
    QTest::mouseClick(child<QPushButton>(*dialog, "trustButton"), Qt::LeftButton);
    QVERIFY(loggedIn.wait(10'000));
    window.session()->logOut();
}

void TestServerKeyDialog::spanishDialogs()
{
    removeTranslators();
    QVERIFY(installTranslator(*qApp, QStringLiteral("es")));
    ServerKey key;
    key.hostPort = QStringLiteral("soporte.example.cl:5680");
    key.fingerprint = QByteArray(32, '\x11');
    ServerKeyDialog first(key);
    QCOMPARE(first.windowTitle(), QStringLiteral("Verifica la clave del servidor"));
    QVERIFY(child<QPushButton>(first, "trustButton")->text().contains(QLatin1String("Confiar")));
    key.pinnedFingerprint = QByteArray(32, '\x22');
    ServerKeyDialog changed(key);
    QVERIFY(child<QLabel>(changed, "keyText")->text().startsWith(QStringLiteral("ATENCIÓN")));
    removeTranslators();
}

TURNO_TEST_MAIN_WITH_SCREENSHOTS(TestServerKeyDialog)
#include "tst_serverkeydialog.moc"
