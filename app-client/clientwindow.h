// turno-client's window: the log-in (or sign-up) page, then the self-service menu and its dialogs,
// the line for an executive and the conversation (with hold, transfer and conference), and
// invitations from executives, over one CustomerSession.
// It only shows what the session reports; the session does the talking to the server.
#pragma once

#include "closeafterlogout.h"

#include "session/customersession.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Turno
{

class ClientLoginPage;
class ClientMenuPage;
class ClientSignUpPage;
class ChatPage;
class InvitationDialog;
class QueuePage;
class RequestDialog;

class ClientWindow : public QWidget
{
    Q_OBJECT
public:
    // server overrides the remembered address (from --server); empty keeps the remembered one.
    explicit ClientWindow(const QString &server = QString(), QWidget *parent = nullptr);

    CustomerSession *session() { return &m_session; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void logIn();
    void onLinkChanged(ClientSession::Link link);
    void onLoggedIn();
    void showLogin(const QString &message);
    void showSignUp();
    // Shows a dialog over the menu; it goes away by itself when the connection does.
    void openDialog(RequestDialog *dialog);
    void chooseTopic();
    void contactExecutive(const QString &service);
    void onSessionStarted(const QString &executiveName);
    // Hold, transfer and conference, on the chat page.
    void connectTeam();
    void showInvitation(const QString &fromName, const QString &message);
    // Back to the menu from the line or a conversation, with the message that says why.
    void returnToMenu(const QString &message);
    // The connection dropped: a banner counts down to the next attempt; the page stays, disabled.
    void showReconnecting(int seconds);
    void renderReconnecting();
    void hideReconnecting();

    CustomerSession m_session;
    QStackedWidget *m_pages = nullptr;
    ClientLoginPage *m_login = nullptr;
    ClientMenuPage *m_menu = nullptr;
    ClientSignUpPage *m_signUp = nullptr;
    QueuePage *m_queue = nullptr;
    ChatPage *m_chat = nullptr;
    QLabel *m_banner = nullptr;
    QPointer<InvitationDialog> m_invitation;
    QTimer m_bannerTick;
    QDeadlineTimer m_nextAttempt;
    CloseAfterLogOut m_closer;
};

} // namespace Turno
