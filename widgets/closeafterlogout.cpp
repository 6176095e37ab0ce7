#include "closeafterlogout.h"

#include "session/clientsession.h"

#include <QCloseEvent>
#include <QTimer>
#include <QWidget>

namespace Turno
{

namespace
{
constexpr int CloseGraceMs = 2000;
} // namespace

void CloseAfterLogOut::handle(QWidget *window, ClientSession &session, QCloseEvent *event)
{
    if (m_closing || session.link() == ClientSession::Link::Offline) {
        event->accept();
        return;
    }
    m_closing = true;
    session.logOut();
    if (session.link() == ClientSession::Link::Offline) {
        event->accept();
        return;
    }
    event->ignore();
    QTimer::singleShot(CloseGraceMs, window, &QWidget::close); // a silent server must not keep it open
}

} // namespace Turno
