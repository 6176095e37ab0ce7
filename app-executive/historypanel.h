// The side panel beside the conversation: who the customer in front is (name, service, since when,
// who else is in the conversation) and their history, newest first, each entry with its time —
// sessions, restarts, Wi-Fi changes, transfers, notes — with a field to add a note. It can also show
// the history of a customer still waiting (the queue panel's History), until the executive goes back.
// A long history comes in pages: "Show older entries" at its end asks for the page before.
#pragma once

#include "session/executivesession.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace Turno
{

class HistoryPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    // The session in front (nullptr: none); its history is on its way (showHistory()).
    void showSession(const SessionInfo *info);
    // A waiting customer whose history was asked for.
    void showWaiting(const WaitingEntry &entry);
    // The newest page of a history arrived; it is shown if it is the customer the panel is about.
    // hasOlder: older entries can be asked for (olderRequested).
    void showHistory(const QString &customerName, const QList<HistoryItem> &items, bool hasOlder = false);
    // A page older than those shown arrived: it goes below them.
    void showOlderHistory(const QString &customerName, const QList<HistoryItem> &items, bool hasOlder);
    // The note was stored: the field is emptied for the next one.
    void noteStored();
    void focusNote();
    void clear();

    QString customerName() const { return m_name; }
    bool isAboutSession() const { return m_sessionId != 0 && !m_waiting; }
    int entryCount() const { return int(m_items.size()); }
    bool offersOlder() const { return m_hasOlder; }

    static QKeySequence noteKey();

Q_SIGNALS:
    void noteEntered(const QString &text);
    // Back from a waiting customer's history to the session in front.
    void backRequested();
    // The executive asked for the page of history before the oldest shown.
    void olderRequested();

private:
    void render();
    void addNote();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_facts = nullptr;
    QPushButton *m_back = nullptr;
    QTextBrowser *m_history = nullptr;
    QWidget *m_noteRow = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_addNote = nullptr;
    quint32 m_sessionId = 0;
    bool m_waiting = false;
    bool m_loading = false;
    bool m_hasOlder = false;
    bool m_loadingOlder = false;
    QString m_name;
    QList<HistoryItem> m_items;
};

} // namespace Turno
