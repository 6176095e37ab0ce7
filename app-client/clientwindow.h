// turno-client's window: the log-in page, then the self-service menu, over one CustomerSession.
// It only shows what the session reports; the session does the talking to the server.
#pragma once

#include "session/customersession.h"

#include <QWidget>

class QStackedWidget;

namespace Turno
{

class ClientLoginPage;
class ClientMenuPage;

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

    CustomerSession m_session;
    QStackedWidget *m_pages = nullptr;
    ClientLoginPage *m_login = nullptr;
    ClientMenuPage *m_menu = nullptr;
    bool m_exiting = false;
};

} // namespace Turno
