// turno-executive --cli: log in, hear how many customers are connected (and whenever that changes),
// type :commands at a prompt with the executive's first name, as in the spec's example, and answer
// the customers who ring (:connect, :reject), then chat with them: plain lines are messages, :end ends.
// Several sessions at once (:sessions, :switch, :hold), transfers, conferences (:invite, :accept),
// contacts and :details are told here too (executiveterminalteam.cpp).
#pragma once

#include "session/executivesession.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTextStream>
#include <QTimer>
#include <memory>

namespace Turno
{

class StdinReader;
class TerminalEchoGuard;
struct ParsedCommand;

class ExecutiveTerminal : public QObject
{
    Q_OBJECT
public:
    explicit ExecutiveTerminal(const QString &server, QObject *parent = nullptr);
    ~ExecutiveTerminal() override;

    // Greets and starts reading standard input; finished() tells when the session is over.
    void start();

Q_SIGNALS:
    // 0 after :quit or the end of input, 1 when the server could not be reached or was lost.
    void finished(int exitCode);

private:
    enum class Prompt { None, User, Password, Command, TrustKey };

    void say(const QString &sentence);
    void printLine(const QString &line);
    // A line that did not answer anything (a new count): kept apart from a prompt being typed at.
    void announce(const QString &line);
    // announce() for the assistant: each line of sentences gets the "Assistant:" label.
    void announceSaid(const QString &sentences);
    void ask(Prompt prompt);
    QString promptLabel(Prompt prompt) const;
    void deliverLines();
    void answer(Prompt prompt, const QString &line);
    void runCommand(const QString &line);
    void onLine(const QString &line);
    void onEndOfInput();
    bool moreInputMayCome() const { return !m_inputEnded || !m_lines.isEmpty(); }
    void finish(int exitCode);
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
    StdinReader *m_stdin = nullptr;
    std::unique_ptr<TerminalEchoGuard> m_echoOff;
    QTextStream m_out;
    QString m_server;
    QString m_username;
    QStringList m_lines;     // lines that came before the prompt that takes them
    QSet<QString> m_sending; // own chat messages the server has not confirmed yet
    Prompt m_prompt = Prompt::None;
    bool m_interactive = false;
    bool m_delivering = false;
    bool m_inputEnded = false;
    bool m_attempting = false;
    bool m_reachedServer = false;
    bool m_greeted = false;
    bool m_finishing = false;
    bool m_leaving = false;
    bool m_awaitingAnswer = false;
    bool m_switching = false;    // :switch is running: the session coming to the front is told
    bool m_awaitingHeld = false; // :hold or :switch waits for the server's SessionHeld
    quint32 m_frontTold = 0;     // told already; its SessionHeld {false} need not be
    QString m_addingContact;     // :contact add was typed for this customer
    QTimer m_answerTimeout;
    int m_exitCode = 0;
};

} // namespace Turno
