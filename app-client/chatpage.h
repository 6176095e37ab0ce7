// The conversation with an executive: who it is with and for how long, the messages with their
// times (the customer's own marked Sending… until the server has stored them), and the input.
// It also shows when the executive puts the customer on hold, who else is in a conference, and a
// transfer to another executive (the conversation stays on screen while the customer waits).
#pragma once

#include "session/customersession.h"

#include <QDateTime>
#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace Turno
{

class ChatPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPage(QWidget *parent = nullptr);

    // A new conversation with executiveName, started at startedAt (server time).
    void start(const QString &executiveName, const QDateTime &startedAt);
    // Whether this is the conversation on screen (a resume announces it again).
    bool shows(const QString &executiveName, const QDateTime &startedAt) const;
    void stop();
    // The executive transferred the conversation to toName: the messages stay, the header shows
    // the wait for them (setQueueInfo) and nothing can be written until they take it.
    void showTransfer(const QString &toName);
    void setQueueInfo(const QueueInfo &info);
    // executiveName took the transferred conversation: it goes on, with what was written before.
    void continueWith(const QString &executiveName, const QDateTime &startedAt);
    bool isTransferring() const { return !m_transferTo.isEmpty(); }
    // On hold: a banner over the messages says so until the executive is back.
    void setHold(bool held);
    // Everyone in the conversation, the customer first and the executive second.
    void setParticipants(const QStringList &names);
    void addIncoming(const QString &fromName, const QString &text, const QDateTime &at);
    void addOwn(const QString &clientMessageId, const QString &text);
    void markDelivered(const QString &clientMessageId, const QDateTime &at);
    // A line from the service, not a message: what the executive did to the customer's service.
    void addNotice(const QString &text);
    void focusInput();

Q_SIGNALS:
    void sendRequested(const QString &text);
    void endRequested();

private:
    void send();
    void renderElapsed();
    void setWriting(bool enabled);
    // Adds a message bubble; returns its status label (empty for incoming messages).
    QLabel *addBubble(const QString &header, const QString &text, bool own);

    QString m_executiveName;
    QDateTime m_startedAt;
    QTimer m_tick;
    QLabel *m_title = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_others = nullptr;
    QLabel *m_hold = nullptr;
    QString m_transferTo; // while waiting for the executive the conversation was transferred to
    QueueInfo m_queueInfo;
    bool m_queueKnown = false;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_messages = nullptr;
    QVBoxLayout *m_messageLayout = nullptr;
    QLineEdit *m_input = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_end = nullptr;
    QHash<QString, QLabel *> m_pending; // client message id → its status label
};

} // namespace Turno
