// turno-executive --cli: log in, hear how many customers are connected (and whenever that changes),
// type :commands at a prompt with the executive's first name, as in the spec's example, and answer
// the customers who ring (:connect, :reject), then chat with them: plain lines are messages, :end ends.
// Several sessions at once (:sessions, :switch, :hold), transfers, conferences (:invite, :accept),
// contacts and :details are told here too (executiveterminalteam.cpp).
#pragma once

#include "session/executivesession.h"
#include "util/terminaldialog.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTextStream>
#include <QTimer>
#include <memory>

namespace Turno
{

struct ParsedCommand;

// finished(): 0 after :quit or the end of input, 1 when the server could not be reached or was lost.
class ExecutiveTerminal : public TerminalDialog
{
    Q_OBJECT
public:
    explicit ExecutiveTerminal(const QString &server, QObject *parent = nullptr);
    ~ExecutiveTerminal() override;

private:
    enum class Prompt { None = kNoPrompt, User, Password, Command, TrustKey };

    void opening() override;
    QString promptLabel(int prompt) const override;
    bool isSecret(int prompt) const override;
    void answer(int prompt, const QString &line) override;
    void finish(int exitCode) override;
    void ask(Prompt prompt) { TerminalDialog::ask(int(prompt)); }
    void runCommand(const QString &line);
    // Logs out once the messages still sending are delivered (or the session is over).
    void leave();

    // :connect, :reject and :end take the next line only once the server has answered.
    void awaitAnswer();
    void answerArrived();

    void onOfferReceived(const OfferInfo &offer);
    void onSessionStarted(quint32 sessionId, const QString &customerName);
    // Hold and switch, conferences, contacts, :details (executiveterminalteam.cpp).
    void connectTeam();
    void onHeldChanged(quint32 sessionId, bool held);
    // After a switch (comingBack: it leaves hold) or the end of a session: who is in front now.
    void tellFront(bool comingBack = false);
    void onSessionEnded(const QString &message);
    void onMessageDelivered(const QString &clientMessageId, const QDateTime &at);

    void onLoginFailed(const QString &message);
    void greet();
    void onCountChanged(int count);
    void onConnectionLost(const QString &message);

    ExecutiveSession m_session;
    QString m_server;
    QString m_username;
    QSet<QString> m_sending; // own chat messages the server has not confirmed yet
    bool m_attempting = false;
    bool m_reachedServer = false;
    bool m_greeted = false;
    bool m_leaving = false;
    bool m_awaitingAnswer = false;
    bool m_switching = false;    // :switch is running: the session coming to the front is told
    bool m_awaitingHeld = false; // :hold or :switch waits for the server's SessionHeld
    quint32 m_frontTold = 0;     // told already; its SessionHeld {false} need not be
    QString m_addingContact;     // :contact add was typed for this customer
    QTimer m_answerTimeout;
};

} // namespace Turno
