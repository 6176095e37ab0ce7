// The executive's desk once logged in: a live greeting with the number of customers connected, the
// profile the server assigned, the waiting customers (filled later) and the conversation pane, whose
// input takes chat messages and :commands (read through the ExecutiveCommands table).
#pragma once

#include <QStringList>
#include "protocol/messages.h"

#include <QDateTime>
#include <QWidget>

class QGroupBox;
class QLabel;
class QStackedLayout;
class QTreeWidget;
class QPushButton;
class QTimer;
class QSplitter;

namespace Turno
{

class ConversationPanel;
class ExecutiveSession;

class ExecutiveMainPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExecutiveMainPage(QWidget *parent = nullptr);

    void setProfile(const QString &firstName, bool supervisor, const QStringList &services);
    void setConnectedCustomers(int count);
    // Follows the session's offers, conversation and messages, and answers what is typed in the pane.
    void attach(ExecutiveSession *session);
    // Back to the calm state (after a log-out or a lost connection, which end any offer or session).
    void resetConversation();

    // The pane for the customers waiting (filled by a later version) and the conversation.
    QGroupBox *queuePane() const { return m_queuePane; }
    ConversationPanel *conversationPane() const { return m_conversationPane; }

    // Runs a line typed in the conversation input: a :command, or a message to the customer.
    void runLine(const QString &line);

    // "Internet" for "internet": the names the server uses, as the executive reads them.
    static QString serviceName(const QString &service);

Q_SIGNALS:
    // :quit was typed.
    void quitRequested();

private:
    void updateGreeting();
    void acceptOffer();
    void rejectOffer();
    void endSession();

    QLabel *m_greeting = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_services = nullptr;
    // Presence: a sentence (with the after-call work counting down) and "Ready now".
    QLabel *m_presence = nullptr;
    QPushButton *m_ready = nullptr;
    QTimer *m_presenceTick = nullptr;
    QDateTime m_wrapUpEnds;
    Protocol::Presence m_presenceState = Protocol::Presence::Available;
    QString m_presenceReason;
    void showPresence();
    QGroupBox *m_queuePane = nullptr;
    // The queue panel: waiting customers, oldest first, with a live waiting time.
    QTreeWidget *m_waitingList = nullptr;
    QPushButton *m_connectSelected = nullptr;
    void connectSelected();
    QStackedLayout *m_queueStack = nullptr;
    void refreshWaiting();
    ConversationPanel *m_conversationPane = nullptr;
    ExecutiveSession *m_session = nullptr;
    QString m_firstName;
    int m_count = 0;
};

} // namespace Turno
