// One tab per session of the executive, above the conversation: the customer's name, "on hold",
// "conference" for a colleague's session, and the messages not read yet. Clicking a tab (or
// Ctrl+1…9, Ctrl+PgDown / Ctrl+PgUp) asks to bring that session to the front.
#pragma once

#include <QTabBar>

namespace Turno
{

class ExecutiveSession;

class SessionSwitcher : public QTabBar
{
    Q_OBJECT
public:
    explicit SessionSwitcher(QWidget *parent = nullptr);

    // Rebuilds the tabs from the session's list; the current session's tab is selected.
    void showSessions(const ExecutiveSession &session);
    quint32 sessionAt(int index) const;

    static QKeySequence nextKey();
    static QKeySequence previousKey();

Q_SIGNALS:
    void switchRequested(quint32 sessionId);

private:
    void requestAt(int index);
    bool m_rebuilding = false;
};

} // namespace Turno
