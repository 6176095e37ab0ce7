#include "executivewindow.h"

#include "conversationpanel.h"
#include "executiveloginpage.h"
#include "executivemainpage.h"
#include "serverkeydialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace Turno
{

namespace
{
const QString ServerSetting = QStringLiteral("executive/server");
const QString DefaultServer = QStringLiteral("127.0.0.1:5680");
} // namespace

ExecutiveWindow::ExecutiveWindow(const QString &server, QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Turno executive desk"));
    m_login = new ExecutiveLoginPage;
    m_desk = new ExecutiveMainPage;
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_login);
    m_pages->addWidget(m_desk);
    setCentralWidget(m_pages);
    m_linkStatus = new QLabel(tr("Not connected"));
    m_linkStatus->setObjectName(QStringLiteral("linkStatus"));
    statusBar()->addWidget(m_linkStatus, 1);
    createMenus();

    m_login->setServer(server.isEmpty() ? QSettings().value(ServerSetting, DefaultServer).toString() : server);

    connect(m_login, &ExecutiveLoginPage::logInRequested, this, &ExecutiveWindow::logIn);
    ServerKeyDialog::watch(m_session, this);
    connect(&m_session, &ClientSession::linkChanged, this, &ExecutiveWindow::onLinkChanged);
    connect(&m_session, &ClientSession::loginFailed, this, [this](const QString &message) {
        m_login->showError(message);
        m_login->clearPassword();
        m_login->focusFirstField();
    });
    connect(&m_session, &ExecutiveSession::loggedInAs, this, &ExecutiveWindow::onLoggedIn);
    connect(&m_session, &ExecutiveSession::connectedCustomersChanged, m_desk,
            &ExecutiveMainPage::setConnectedCustomers);
    m_desk->attach(&m_session);
    connect(m_desk, &ExecutiveMainPage::quitRequested, this, &QWidget::close);
    // The pane shows these too; the status bar keeps them in view while the executive looks elsewhere.
    connect(&m_session, &ExecutiveSession::offerEnded, this,
            [this](quint32, const QString &message) { statusBar()->showMessage(message, 10'000); });
    connect(&m_session, &ExecutiveSession::sessionEnded, this,
            [this](quint32, const QString &message) { statusBar()->showMessage(message, 10'000); });
    connect(&m_session, &ClientSession::requestRefused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
    connect(&m_session, &ExecutiveSession::invitationEnded, this, [this](quint32, const QString &message) {
        if (!message.isEmpty())
            statusBar()->showMessage(message, 10'000);
    });
    // A customer on hold (or in a conference in the background) wrote: their tab counts it, and the
    // status bar says who, so nobody waits unseen.
    connect(&m_session, &ExecutiveSession::backgroundMessage, this,
            [this](quint32, const QString &fromName, const QString &text) {
                statusBar()->showMessage(tr("%1 wrote in another session: %2").arg(fromName, text), 15'000);
            });
    connect(&m_session, &ClientSession::connectionLost, this, &ExecutiveWindow::showLogin);
    connect(&m_session, &ClientSession::loggedOut, this, [this] {
        if (m_closer.isClosing())
            close();
        else
            showLogin(QString());
    });

    resize(sizeHint().expandedTo(QSize(1200, 720)));
    m_login->focusFirstField();
}

void ExecutiveWindow::createMenus()
{
    QMenu *session = menuBar()->addMenu(tr("&Session"));
    m_details = session->addAction(tr("&Connected customers…"));
    m_details->setObjectName(QStringLiteral("detailsAction"));
    m_details->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_details->setToolTip(tr("The customers connected now and what each one did last (or type :details)."));
    m_details->setEnabled(false);
    connect(m_details, &QAction::triggered, m_desk, &ExecutiveMainPage::showDetails);
    session->addSeparator();
    m_logOut = session->addAction(tr("&Log out"));
    m_logOut->setObjectName(QStringLiteral("logOutAction"));
    m_logOut->setShortcut(QKeySequence(tr("Ctrl+Shift+L", "shortcut for Log out")));
    m_logOut->setEnabled(false);
    connect(m_logOut, &QAction::triggered, &m_session, &ClientSession::logOut);
    session->addSeparator();
    QAction *quit = session->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    // Some platforms give QKeySequence::Quit no key (plain X11 has none); Ctrl+Q must always quit.
    if (quit->shortcut().isEmpty())
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
}

void ExecutiveWindow::logIn()
{
    m_session.logIn(m_login->server(), m_login->username(), m_login->password());
}

void ExecutiveWindow::onLinkChanged(ClientSession::Link link)
{
    switch (link) {
    case ClientSession::Link::Connecting:
        m_login->setBusy(true, tr("Connecting to %1…").arg(m_login->server()));
        m_linkStatus->setText(tr("Connecting to %1…").arg(m_login->server()));
        break;
    case ClientSession::Link::LoggingIn:
        m_login->setBusy(true, tr("Checking your username and password…"));
        break;
    case ClientSession::Link::Online:
        m_login->setBusy(false);
        m_linkStatus->setText(tr("Connected to %1").arg(m_login->server()));
        break;
    case ClientSession::Link::Reconnecting:
        // The desk stays as it is: a resumed session carries on where it was.
        m_linkStatus->setText(tr("Connection lost; reconnecting to %1…").arg(m_login->server()));
        break;
    case ClientSession::Link::Offline:
        m_login->setBusy(false);
        m_linkStatus->setText(tr("Not connected"));
        break;
    }
    m_logOut->setEnabled(link == ClientSession::Link::Online);
    m_details->setEnabled(link == ClientSession::Link::Online);
}

void ExecutiveWindow::onLoggedIn()
{
    // Remember the address only once it has worked.
    QSettings().setValue(ServerSetting, m_login->server());
    m_login->clearPassword();
    m_login->showError(QString());
    m_desk->setProfile(m_session.firstName(), m_session.isSupervisor(), m_session.services());
    m_desk->setConnectedCustomers(m_session.connectedCustomers());
    m_desk->resetConversation();
    m_pages->setCurrentWidget(m_desk);
    m_desk->conversationPane()->focusInput();
}

void ExecutiveWindow::showLogin(const QString &message)
{
    m_desk->resetConversation(); // the link is gone, and with it any offer or session
    m_pages->setCurrentWidget(m_login);
    m_login->showError(message);
    m_login->focusFirstField();
}

void ExecutiveWindow::closeEvent(QCloseEvent *event)
{
    m_closer.handle(this, m_session, event);
}

} // namespace Turno
