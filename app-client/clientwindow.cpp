#include "clientwindow.h"

#include "accountdialog.h"
#include "chatpage.h"
#include "clientloginpage.h"
#include "clientmenupage.h"
#include "clientsignuppage.h"
#include "invitationdialog.h"
#include "queuepage.h"
#include "serverkeydialog.h"
#include "topicdialog.h"
#include "wifipassworddialog.h"

#include <QCloseEvent>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Turno
{

namespace
{
const QString ServerSetting = QStringLiteral("client/server");
const QString DefaultServer = QStringLiteral("127.0.0.1:5680");
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
    m_queue = new QueuePage;
    m_chat = new ChatPage;
    m_pages->addWidget(m_queue);
    m_pages->addWidget(m_chat);
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("reconnectBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { color: #5f3b00; background: #fff4d6; border-bottom: 1px solid #f0c36d; padding: 10px; }"));
    m_banner->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages);

    m_login->setServer(server.isEmpty() ? QSettings().value(ServerSetting, DefaultServer).toString() : server);

    connect(m_login, &ClientLoginPage::logInRequested, this, &ClientWindow::logIn);
    connect(m_menu, &ClientMenuPage::restartRequested, &m_session, &CustomerSession::restartInternet);
    connect(m_menu, &ClientMenuPage::exitRequested, this, &QWidget::close);
    connect(m_menu, &ClientMenuPage::wifiRequested, this,
            [this] { openDialog(new WifiPasswordDialog(m_session, this)); });
    connect(m_menu, &ClientMenuPage::changePasswordRequested, this,
            [this] { openDialog(new AccountDialog(AccountDialog::Change::Password, m_session, this)); });
    connect(m_menu, &ClientMenuPage::changeNameRequested, this,
            [this] { openDialog(new AccountDialog(AccountDialog::Change::DisplayName, m_session, this)); });
    connect(m_menu, &ClientMenuPage::executiveRequested, this, &ClientWindow::chooseTopic);
    connect(m_queue, &QueuePage::leaveRequested, &m_session, &CustomerSession::leaveQueue);
    connect(m_chat, &ChatPage::sendRequested, &m_session, &CustomerSession::sendMessage);
    connect(m_chat, &ChatPage::endRequested, this, [this] {
        // While transferred the customer waits in line: the button leaves it.
        if (m_session.state() == CustomerSession::State::Waiting)
            m_session.leaveQueue();
        else
            m_session.endSession();
    });
    connect(m_login, &ClientLoginPage::signUpRequested, this, &ClientWindow::showSignUp);
    connect(m_signUp, &ClientSignUpPage::backRequested, this, [this] { showLogin(QString()); });
    connect(m_signUp, &ClientSignUpPage::signUpRequested, this, [this] {
        m_session.signUp(m_login->server(), m_signUp->rut(), m_signUp->fullName(), m_signUp->password(),
                         m_signUp->repeatedPassword());
    });

    ServerKeyDialog::watch(m_session, this);
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
    connect(&m_session, &ClientSession::requestRefused, m_menu, [this](const QString &message) {
        // A refused join (or end) leaves the session in the menu: follow it there.
        if (m_pages->currentWidget() == m_queue || m_pages->currentWidget() == m_chat) {
            if (m_session.state() == CustomerSession::State::Menu) {
                returnToMenu(QString());
                m_menu->showOutcome(false, message);
            }
            return;
        }
        m_menu->showOutcome(false, message);
    });
    connect(&m_session, &CustomerSession::queueChanged, this, [this](const QueueInfo &info) {
        if (m_chat->isTransferring())
            m_chat->setQueueInfo(info);
        else
            m_queue->setInfo(info);
    });
    connect(&m_session, &CustomerSession::queueLeft, this, &ClientWindow::returnToMenu);
    connect(&m_session, &CustomerSession::sessionStarted, this, &ClientWindow::onSessionStarted);
    connect(&m_session, &CustomerSession::sessionEnded, this, &ClientWindow::returnToMenu);
    connect(&m_session, &CustomerSession::messageReceived, m_chat, &ChatPage::addIncoming);
    connect(&m_session, &CustomerSession::sessionNotice, m_chat, &ChatPage::addNotice);
    connect(&m_session, &CustomerSession::wifiPasswordRequested, this, [this] {
        m_chat->addNotice(
            tr("%1 is restarting your Wi-Fi and asks you for a new Wi-Fi password.").arg(m_session.executiveName()));
        openDialog(new WifiPasswordDialog(m_session, this));
    });
    connect(&m_session, &CustomerSession::wifiChangeFinished, this, [this](bool, const QString &message) {
        if (m_session.state() == CustomerSession::State::InSession)
            m_chat->addNotice(message);
    });
    connect(&m_session, &CustomerSession::messageSending, m_chat, &ChatPage::addOwn);
    connect(&m_session, &CustomerSession::messageDelivered, m_chat, &ChatPage::markDelivered);
    connectTeam();
    connect(&m_session, &ClientSession::reconnecting, this, [this](int, int seconds) { showReconnecting(seconds); });
    connect(&m_session, &ClientSession::reconnected, this, &ClientWindow::hideReconnecting);
    m_bannerTick.setInterval(1000);
    connect(&m_bannerTick, &QTimer::timeout, this, &ClientWindow::renderReconnecting);
    connect(&m_session, &ClientSession::connectionLost, this, &ClientWindow::showLogin);
    connect(&m_session, &ClientSession::loggedOut, this, [this] {
        if (m_closer.isClosing())
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
    QSettings().setValue(ServerSetting, m_login->server());
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
    hideReconnecting();
    m_queue->stop();
    m_chat->stop();
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

void ClientWindow::chooseTopic()
{
    auto *dialog = new TopicDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TopicDialog::topicChosen, this, &ClientWindow::contactExecutive);
    connect(&m_session, &ClientSession::linkChanged, dialog, [dialog](ClientSession::Link link) {
        if (link != ClientSession::Link::Online)
            dialog->reject();
    });
    dialog->open();
}

void ClientWindow::contactExecutive(const QString &service)
{
    if (!m_session.contactExecutive(service)) {
        m_menu->showOutcome(false, tr("Your previous request is still under way. Please wait for it to finish."));
        return;
    }
    m_menu->reset();
    m_queue->start();
    m_pages->setCurrentWidget(m_queue);
    m_queue->focusLeaveButton();
}

void ClientWindow::connectTeam()
{
    connect(&m_session, &CustomerSession::heldChanged, this, [this](bool held, const QString &message) {
        m_chat->setHold(held);
        if (!message.isEmpty())
            m_chat->addNotice(message);
    });
    connect(&m_session, &CustomerSession::transferred, this, [this](const QString &toName, const QString &message) {
        if (m_pages->currentWidget() != m_chat)
            return;
        m_chat->showTransfer(toName);
        m_chat->addNotice(message);
    });
    connect(&m_session, &CustomerSession::participantsChanged, this,
            [this](const QStringList &names, const QString &message) {
                m_chat->setParticipants(names);
                if (!message.isEmpty())
                    m_chat->addNotice(message);
            });
    connect(&m_session, &CustomerSession::invitationReceived, this,
            [this](const QString &fromName, const QString &message) { showInvitation(fromName, message); });
    connect(&m_session, &CustomerSession::invitationEnded, this, [this](const QString &message) {
        if (m_invitation)
            m_invitation->finish();
        if (!message.isEmpty() && m_pages->currentWidget() == m_menu)
            m_menu->showNotice(message);
    });
}

void ClientWindow::showInvitation(const QString &fromName, const QString &message)
{
    if (m_invitation)
        m_invitation->finish();
    // Not modal: the customer may finish what they were doing, within the invitation's time.
    m_invitation = new InvitationDialog(m_session, fromName, message, this);
    m_invitation->setAttribute(Qt::WA_DeleteOnClose);
    m_invitation->show();
    m_invitation->raise();
    m_invitation->activateWindow();
}

void ClientWindow::onSessionStarted(const QString &executiveName)
{
    m_queue->stop();
    if (m_session.continuesTransfer() && m_pages->currentWidget() == m_chat && m_chat->isTransferring()) {
        // The executive the conversation was transferred to took it: it goes on, as it was.
        m_chat->continueWith(executiveName, m_session.sessionStartedAt());
        m_chat->focusInput();
        return;
    }
    // After a reconnection the server announces the same conversation again: keep what is shown.
    if (m_pages->currentWidget() != m_chat || !m_chat->shows(executiveName, m_session.sessionStartedAt()))
        m_chat->start(executiveName, m_session.sessionStartedAt());
    m_pages->setCurrentWidget(m_chat);
    m_chat->focusInput();
}

void ClientWindow::returnToMenu(const QString &message)
{
    m_queue->stop();
    m_chat->stop();
    m_pages->setCurrentWidget(m_menu);
    if (message.isEmpty())
        m_menu->reset();
    else
        m_menu->showNotice(message);
    m_menu->focusFirstChoice();
}

void ClientWindow::showReconnecting(int seconds)
{
    m_nextAttempt.setRemainingTime(qint64(seconds) * 1000);
    m_pages->setEnabled(false); // what was on screen stays in sight, but nothing can be sent
    renderReconnecting();
    m_banner->show();
    m_bannerTick.start();
}

void ClientWindow::renderReconnecting()
{
    const qint64 seconds = (m_nextAttempt.remainingTime() + 999) / 1000;
    m_banner->setText(seconds > 0 ? tr("Connection lost. Reconnecting in %1 s…").arg(seconds)
                                  : tr("Connection lost. Reconnecting…"));
}

void ClientWindow::hideReconnecting()
{
    m_bannerTick.stop();
    m_banner->hide();
    const bool wasDisabled = !m_pages->isEnabled();
    m_pages->setEnabled(true);
    if (wasDisabled && m_pages->currentWidget() == m_chat)
        m_chat->focusInput();
    else if (wasDisabled && m_pages->currentWidget() == m_queue)
        m_queue->focusLeaveButton();
}

void ClientWindow::closeEvent(QCloseEvent *event)
{
    m_closer.handle(this, m_session, event);
}

} // namespace Turno
