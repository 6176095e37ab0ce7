#include "clientwindow.h"

#include "accountdialog.h"
#include "clientloginpage.h"
#include "clientmenupage.h"
#include "clientsignuppage.h"
#include "wifipassworddialog.h"

#include <QCloseEvent>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Turno
{

namespace
{
const QString ServerKey = QStringLiteral("client/server");
const QString DefaultServer = QStringLiteral("127.0.0.1:5680");
constexpr int CloseGraceMs = 2000;
} // namespace

ClientWindow::ClientWindow(const QString &server, QWidget *parent) : QWidget(parent)
{
    setWindowTitle(tr("Turno customer support"));
    m_login = new ClientLoginPage;
    m_menu = new ClientMenuPage;
    m_signUp = new ClientSignUpPage;
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_login);
    m_pages->addWidget(m_menu);
    m_pages->addWidget(m_signUp);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_login->setServer(server.isEmpty() ? QSettings().value(ServerKey, DefaultServer).toString() : server);

    connect(m_login, &ClientLoginPage::logInRequested, this, &ClientWindow::logIn);
    connect(m_menu, &ClientMenuPage::restartRequested, &m_session, &CustomerSession::restartInternet);
    connect(m_menu, &ClientMenuPage::exitRequested, this, &QWidget::close);
    connect(m_menu, &ClientMenuPage::wifiRequested, this,
            [this] { openDialog(new WifiPasswordDialog(m_session, this)); });
    connect(m_menu, &ClientMenuPage::changePasswordRequested, this,
            [this] { openDialog(new AccountDialog(AccountDialog::Change::Password, m_session, this)); });
    connect(m_menu, &ClientMenuPage::changeNameRequested, this,
            [this] { openDialog(new AccountDialog(AccountDialog::Change::DisplayName, m_session, this)); });
    connect(m_login, &ClientLoginPage::signUpRequested, this, &ClientWindow::showSignUp);
    connect(m_signUp, &ClientSignUpPage::backRequested, this, [this] { showLogin(QString()); });
    connect(m_signUp, &ClientSignUpPage::signUpRequested, this, [this] {
        m_session.signUp(m_login->server(), m_signUp->rut(), m_signUp->fullName(), m_signUp->password(),
                         m_signUp->repeatedPassword());
    });

    connect(&m_session, &ClientSession::linkChanged, this, &ClientWindow::onLinkChanged);
    connect(&m_session, &ClientSession::loginFailed, this, [this](const QString &message) {
        if (m_pages->currentWidget() == m_signUp) {
            m_signUp->showError(message);
            return;
        }
        m_login->showError(message);
        m_login->clearPassword();
        m_login->focusFirstField();
    });
    connect(&m_session, &CustomerSession::loggedInAs, this, &ClientWindow::onLoggedIn);
    connect(&m_session, &CustomerSession::restartStarted, m_menu, &ClientMenuPage::showRestarting);
    connect(&m_session, &CustomerSession::restartFinished, m_menu, &ClientMenuPage::showOutcome);
    // The dialogs show their own progress; the menu keeps the outcome once a dialog is closed.
    connect(&m_session, &CustomerSession::wifiChangeStarted, m_menu,
            [this] { m_menu->showWorking(tr("We are updating your password…")); });
    connect(&m_session, &CustomerSession::wifiChangeFinished, m_menu, &ClientMenuPage::showOutcome);
    connect(&m_session, &CustomerSession::accountChangeStarted, m_menu,
            [this] { m_menu->showWorking(tr("We are updating your account…")); });
    connect(&m_session, &CustomerSession::accountChangeFinished, m_menu, &ClientMenuPage::showOutcome);
    connect(&m_session, &CustomerSession::fullNameChanged, m_menu,
            [this] { m_menu->setFirstName(m_session.firstName()); });
    connect(&m_session, &ClientSession::requestRefused, m_menu,
            [this](const QString &message) { m_menu->showOutcome(false, message); });
    connect(&m_session, &ClientSession::connectionLost, this, &ClientWindow::showLogin);
    connect(&m_session, &ClientSession::loggedOut, this, [this] {
        if (m_exiting)
            close();
        else
            showLogin(QString());
    });

    resize(sizeHint().expandedTo(QSize(560, 460)));
    m_login->focusFirstField();
}

void ClientWindow::logIn()
{
    m_session.logIn(m_login->server(), m_login->rut(), m_login->password());
}

void ClientWindow::onLinkChanged(ClientSession::Link link)
{
    switch (link) {
    case ClientSession::Link::Connecting:
        if (m_session.isSigningUp())
            m_signUp->setBusy(true, tr("Connecting to %1…").arg(m_login->server()));
        else
            m_login->setBusy(true, tr("Connecting to %1…").arg(m_login->server()));
        break;
    case ClientSession::Link::LoggingIn:
        if (m_session.isSigningUp())
            m_signUp->setBusy(true, tr("Creating your account…"));
        else
            m_login->setBusy(true, tr("Checking your RUT and password…"));
        break;
    case ClientSession::Link::Online:
    case ClientSession::Link::Reconnecting: // the page in use stays; the session says it is reconnecting
    case ClientSession::Link::Offline:
        m_login->setBusy(false);
        m_signUp->setBusy(false);
        break;
    }
}

void ClientWindow::onLoggedIn()
{
    // Remember the address only once it has worked.
    QSettings().setValue(ServerKey, m_login->server());
    m_login->clearPassword();
    m_login->showError(QString());
    m_signUp->clear();
    m_menu->reset();
    m_menu->setFirstName(m_session.firstName());
    m_pages->setCurrentWidget(m_menu);
    m_menu->focusFirstChoice();
}

void ClientWindow::showLogin(const QString &message)
{
    m_menu->reset();
    m_pages->setCurrentWidget(m_login);
    m_login->showError(message);
    m_login->focusFirstField();
}

void ClientWindow::showSignUp()
{
    m_signUp->clear();
    m_pages->setCurrentWidget(m_signUp);
    m_signUp->focusFirstField();
}

void ClientWindow::openDialog(RequestDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(&m_session, &ClientSession::linkChanged, dialog, [dialog](ClientSession::Link link) {
        if (link == ClientSession::Link::Offline)
            dialog->reject();
    });
    dialog->open();
}

void ClientWindow::closeEvent(QCloseEvent *event)
{
    if (m_exiting || m_session.link() == ClientSession::Link::Offline) {
        event->accept();
        return;
    }
    // Log out properly first; the window closes once the server has been told (loggedOut).
    m_exiting = true;
    m_session.logOut();
    if (m_session.link() == ClientSession::Link::Offline) {
        event->accept();
        return;
    }
    event->ignore();
    QTimer::singleShot(CloseGraceMs, this, &QWidget::close); // a silent server must not keep it open
}

} // namespace Turno
