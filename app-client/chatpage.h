// The conversation with an executive: who it is with and for how long, the messages with their
// times (the customer's own marked Sending… until the server has stored them), and the input.
#pragma once

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
    // Adds a message bubble; returns its status label (empty for incoming messages).
    QLabel *addBubble(const QString &header, const QString &text, bool own);

    QString m_executiveName;
    QDateTime m_startedAt;
    QTimer m_tick;
    QLabel *m_title = nullptr;
    QLabel *m_elapsed = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_messages = nullptr;
    QVBoxLayout *m_messageLayout = nullptr;
    QLineEdit *m_input = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_end = nullptr;
    QHash<QString, QLabel *> m_pending; // client message id → its status label
};

} // namespace Turno
