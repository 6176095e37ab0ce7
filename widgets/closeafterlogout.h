// A window of a logged-in app closes only after logging out: the first close asks the session to
// log out and waits for loggedOut (the window then closes for good), or for a short grace period
// when the server stays silent.
#pragma once

class QCloseEvent;
class QWidget;

namespace Turno
{

class ClientSession;

class CloseAfterLogOut
{
public:
    // From the window's closeEvent().
    void handle(QWidget *window, ClientSession &session, QCloseEvent *event);
    // The window is closing: loggedOut is its cue to close, not to show the log-in again.
    bool isClosing() const { return m_closing; }

private:
    bool m_closing = false;
};

} // namespace Turno
