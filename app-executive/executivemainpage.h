// The executive's desk once logged in: a live greeting with the number of customers connected, the
// profile and presence; the waiting customers and the contacts on the left, the conversation (with
// the tabs of several sessions, an invitation when one rings) in the middle, and the customer's data
// and history on the right. The conversation's input takes chat messages and :commands (read through
// the ExecutiveCommands table and run by CommandRunner, as in the terminal).
#pragma once

#include "protocol/messages.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace Turno
{

class ColleagueDialog;
class ContactsPanel;
class ConversationPanel;
class DetailsDialog;
class ExecutiveSession;
class HistoryPanel;
class QueuePanel;
struct CommandOutcome;

class ExecutiveMainPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExecutiveMainPage(QWidget *parent = nullptr);

    void setProfile(const QString &firstName, bool supervisor, const QStringList &services);
    void setConnectedCustomers(int count);
    // Follows the session's offers, sessions and messages, and answers what is typed and pressed.
    void attach(ExecutiveSession *session);
    // Back to the calm state (after a log-out or a lost connection, which end any offer or session).
    void resetConversation();

    QueuePanel *queuePane() const { return m_queuePane; }
    ContactsPanel *contactsPane() const { return m_contactsPane; }
    ConversationPanel *conversationPane() const { return m_conversationPane; }
    HistoryPanel *historyPane() const { return m_historyPane; }
    // The dialogs open now, if any.
    ColleagueDialog *colleagueDialog() const;
    DetailsDialog *detailsDialog() const;

    // Runs a line typed in the conversation input: a :command, or a message to the customer.
    void runLine(const QString &line);
    // :details: asks the server and shows the answer in a dialog.
    void showDetails();

    // "Internet" for "internet": the names the server uses, as the executive reads them.
    static QString serviceName(const QString &service);

Q_SIGNALS:
    // :quit was typed.
    void quitRequested();

private:
    void updateGreeting();
    void showPresence();
    void showOutcome(const CommandOutcome &outcome);
    // Shows the sessions as the controller has them: tabs, the one in front, its history.
    void syncSessions();
    void connectNext();
    void showWaitingHistory(const QString &key);
    void holdOrResume();
    void chooseColleague(bool transfer);
    void addContact();
    void inviteContact(const QString &key, const QString &service);
    void removeContact(const QString &key);
    void notice(const QString &text);

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
    QueuePanel *m_queuePane = nullptr;
    ContactsPanel *m_contactsPane = nullptr;
    ConversationPanel *m_conversationPane = nullptr;
    HistoryPanel *m_historyPane = nullptr;
    QPointer<ColleagueDialog> m_colleagueDialog;
    QPointer<DetailsDialog> m_detailsDialog;
    ExecutiveSession *m_session = nullptr;
    quint32 m_historySession = 0; // the session whose history the side panel shows
    QString m_addingContact;      // the customer "Add to contacts" was pressed for
    QString m_firstName;
    int m_count = 0;
};

} // namespace Turno
