// turno-executive's window: the log-in page, then the executive's desk, over one ExecutiveSession.
// It only shows what the session reports; the session does the talking to the server.
#pragma once

#include "closeafterlogout.h"

#include "session/executivesession.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;

namespace Turno
{

class ExecutiveLoginPage;
class ExecutiveMainPage;

class ExecutiveWindow : public QMainWindow
{
    Q_OBJECT
public:
    // server overrides the remembered address (from --server); empty keeps the remembered one.
    explicit ExecutiveWindow(const QString &server = QString(), QWidget *parent = nullptr);

    ExecutiveSession *session() { return &m_session; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void logIn();
    void onLinkChanged(ClientSession::Link link);
    void onLoggedIn();
    void showLogin(const QString &message);

    ExecutiveSession m_session;
    QStackedWidget *m_pages = nullptr;
    ExecutiveLoginPage *m_login = nullptr;
    ExecutiveMainPage *m_desk = nullptr;
    QAction *m_logOut = nullptr;
    QAction *m_details = nullptr;
    QLabel *m_linkStatus = nullptr;
    CloseAfterLogOut m_closer;
};

} // namespace Turno
