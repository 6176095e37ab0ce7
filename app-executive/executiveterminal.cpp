#include "executiveterminal.h"

#include "commandrunner.h"
#include "customercounttext.h"
#include "executivecommands.h"

namespace Turno
{

namespace
{
// How long the end of input waits for messages still sending before logging out anyway.
constexpr int DeliveryGraceMs = 5000;
// How long :connect, :reject or :end wait for the server before the prompt comes back anyway.
constexpr int AnswerTimeoutMs = 10'000;

QString timeText(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm"));
}
} // namespace

ExecutiveTerminal::ExecutiveTerminal(const QString &server, QObject *parent) : TerminalDialog(parent), m_server(server)
{
    connect(&m_session, &ClientSession::linkChanged, this, [this](ClientSession::Link link) {
        if (link == ClientSession::Link::LoggingIn)
            m_reachedServer = true;
    });
    connect(&m_session, &ClientSession::loginFailed, this, &ExecutiveTerminal::onLoginFailed);
    connect(&m_session, &ClientSession::serverKeyUnknown, this, [this](const ServerKey &key) {
        say(key.firstUseText());
        ask(Prompt::TrustKey);
    });
    // A changed key is only accepted deliberately, with --trust-fingerprint: never at a prompt.
    connect(&m_session, &ClientSession::serverKeyChanged, this, [this](const ServerKey &key) {
        QTextStream(stderr) << key.changedText() << '\n';
        m_session.distrustServerKey();
    });
    connect(&m_session, &ExecutiveSession::loggedInAs, this, [this] {
        m_attempting = false;
        m_greeted = false;
        greet();
    });
    connect(&m_session, &ExecutiveSession::connectedCustomersChanged, this, &ExecutiveTerminal::onCountChanged);
    connect(&m_session, &ClientSession::requestRefused, this, [this](const QString &message) {
        announce(message);
        answerArrived();
    });
    m_answerTimeout.setSingleShot(true);
    m_answerTimeout.setInterval(AnswerTimeoutMs);
    connect(&m_answerTimeout, &QTimer::timeout, this, &ExecutiveTerminal::answerArrived);
    connect(&m_session, &ExecutiveSession::offerReceived, this, &ExecutiveTerminal::onOfferReceived);
    connect(&m_session, &ExecutiveSession::historyReceived, this,
            [this](const QString &customerName, const QList<HistoryItem> &items, bool hasOlder) {
                announce(CommandRunner::historyLines(customerName, items, hasOlder).join(QLatin1Char('\n')));
                answerArrived();
            });
    connect(&m_session, &ExecutiveSession::olderHistoryReceived, this,
            [this](const QString &customerName, const QList<HistoryItem> &items, bool hasOlder) {
                announce(CommandRunner::historyLines(customerName, items, hasOlder, true).join(QLatin1Char('\n')));
                answerArrived();
            });
    connect(&m_session, &ExecutiveSession::sessionNotice, this,
            [this](const QString &message) { announceSaid(message); });
    connect(&m_session, &ExecutiveSession::noteAdded, this, [this] {
        announceSaid(tr("The note was added to the history."));
        answerArrived();
    });
    connect(&m_session, &ExecutiveSession::presenceChanged, this,
            [this](Protocol::Presence presence, const QString &reason, int seconds) {
                // A session's start and end are told already; Available at log-in goes without saying.
                if (presence == Protocol::Presence::Busy || !m_greeted)
                    return;
                announceSaid(ExecutiveTexts::presenceSentence(presence, reason, seconds));
            });
    connect(&m_session, &ExecutiveSession::awayForMissedOffers, this, [this](const QString &message) {
        announceSaid(message + QLatin1Char(' ') + tr("Type :ready when you are back."));
    });
    connect(&m_session, &ExecutiveSession::offerEnded, this, [this](quint32, const QString &message) {
        announceSaid(message);
        answerArrived();
    });
    connect(&m_session, &ExecutiveSession::sessionStarted, this,
            [this](quint32 id, const QString &customerName) { onSessionStarted(id, customerName); });
    connect(&m_session, &ExecutiveSession::sessionEnded, this,
            [this](quint32, const QString &message) { onSessionEnded(message); });
    connect(&m_session, &ExecutiveSession::messageReceived, this,
            [this](const QString &fromName, const QString &text, const QDateTime &at) {
                announce(tr("%1 [%2]: %3", "a chat message in the terminal: sender, time (HH:mm), text")
                             .arg(fromName, timeText(at), text));
            });
    connect(&m_session, &ExecutiveSession::messageSending, this,
            [this](const QString &clientMessageId) { m_sending.insert(clientMessageId); });
    connect(&m_session, &ExecutiveSession::messageDelivered, this, &ExecutiveTerminal::onMessageDelivered);
    connect(&m_session, &ClientSession::connectionLost, this, &ExecutiveTerminal::onConnectionLost);
    connectTeam();
    connect(&m_session, &ClientSession::loggedOut, this, [this] {
        if (isFinishing())
            Q_EMIT finished(exitCode());
    });
}

ExecutiveTerminal::~ExecutiveTerminal() = default;

void ExecutiveTerminal::opening()
{
    say(tr("Hi! Welcome, enter your username and password"));
    ask(Prompt::User);
}

QString ExecutiveTerminal::promptLabel(int prompt) const
{
    switch (Prompt(prompt)) {
    case Prompt::TrustKey:
        return ServerKey::question();
    case Prompt::User:
        return tr("user:", "terminal prompt for the username");
    case Prompt::Password:
        return tr("password:", "terminal prompt");
    case Prompt::Command:
        return tr("%1:", "terminal prompt with the executive's first name").arg(m_session.firstName());
    case Prompt::None:
        break;
    }
    return {};
}

bool ExecutiveTerminal::isSecret(int prompt) const
{
    return Prompt(prompt) == Prompt::Password;
}

void ExecutiveTerminal::answer(int prompt, const QString &line)
{
    switch (Prompt(prompt)) {
    case Prompt::TrustKey:
        if (ServerKey::isYes(line))
            m_session.trustServerKey();
        else
            m_session.distrustServerKey();
        return;
    case Prompt::User:
        m_username = line.trimmed();
        ask(m_username.isEmpty() ? Prompt::User : Prompt::Password);
        return;
    case Prompt::Password:
        // A refusal before anything is sent comes back as loginFailed from inside logIn().
        m_attempting = false;
        m_reachedServer = false;
        m_attempting = m_session.logIn(m_server, m_username, line);
        return;
    case Prompt::Command:
        runCommand(line);
        return;
    case Prompt::None:
        return;
    }
}

void ExecutiveTerminal::runCommand(const QString &line)
{
    if (line.trimmed().isEmpty()) {
        ask(Prompt::Command);
        return;
    }
    const ParsedCommand parsed = ExecutiveCommands::parse(line);
    if (parsed.status == ParsedCommand::Status::NotACommand && m_session.currentSession() != 0) {
        m_session.sendMessage(line);
        ask(Prompt::Command);
        return;
    }
    if (const QString problem = ExecutiveCommands::problem(parsed); !problem.isEmpty()) {
        say(problem);
        ask(Prompt::Command);
        return;
    }
    switch (parsed.command->id) {
    case ExecutiveCommandId::Help:
        printLine(tr("Commands:"));
        for (const QString &helpLine : ExecutiveCommands::helpLines())
            printLine(helpLine);
        ask(Prompt::Command);
        return;
    case ExecutiveCommandId::Quit:
        finish(0);
        return;
    case ExecutiveCommandId::ContactAdd:
        m_addingContact = m_session.customerName();
        break;
    case ExecutiveCommandId::Switch:
        m_switching = true;
        m_awaitingHeld = true;
        break;
    case ExecutiveCommandId::Hold:
        m_awaitingHeld = true;
        break;
    default:
        break;
    }
    // The next line waits for the server's answer (the session, the history, …) when there is one to
    // wait for, so a script's next line is read in the state the command led to, as after the password.
    const CommandOutcome outcome = CommandRunner::run(m_session, parsed);
    m_switching = false;
    for (const QString &listed : outcome.listing)
        printLine(listed);
    if (!outcome.said.isEmpty())
        announceSaid(outcome.said);
    if (outcome.awaitsServer) {
        awaitAnswer();
        return;
    }
    m_awaitingHeld = false;
    ask(Prompt::Command);
}

void ExecutiveTerminal::awaitAnswer()
{
    m_awaitingAnswer = true;
    m_answerTimeout.start();
}

void ExecutiveTerminal::answerArrived()
{
    m_awaitingHeld = false;
    if (!m_awaitingAnswer)
        return;
    m_awaitingAnswer = false;
    m_answerTimeout.stop();
    ask(Prompt::Command);
}

void ExecutiveTerminal::finish(int exitCode)
{
    if (!stopPrompting(exitCode))
        return;
    if (!m_sending.isEmpty() && m_session.currentSession() != 0) {
        // A script's last message should be seen going through before the executive leaves.
        QTimer::singleShot(DeliveryGraceMs, this, &ExecutiveTerminal::leave);
        return;
    }
    leave();
}

void ExecutiveTerminal::leave()
{
    if (m_leaving)
        return;
    m_leaving = true;
    if (m_session.link() != ClientSession::Link::Offline) {
        m_session.logOut(); // finished() follows loggedOut
        return;
    }
    Q_EMIT finished(exitCode());
}

void ExecutiveTerminal::onOfferReceived(const OfferInfo &offer)
{
    announceSaid(tr("The customer %1 wants to connect (last action: %2). Type :connect to accept or :reject to "
                    "decline; it rings for %3 s.")
                     .arg(offer.customerName, offer.lastAction, QString::number(offer.ringSeconds)));
}

void ExecutiveTerminal::onSessionStarted(quint32 sessionId, const QString &customerName)
{
    const SessionInfo *info = m_session.session(sessionId);
    if (info && info->guest) {
        announceSaid(tr("You joined the conversation with %1 as a guest.").arg(customerName) + QLatin1Char('\n') +
                     tr("Type a message and press Enter to send it; :end leaves the conversation."));
    } else {
        announceSaid(tr("You are now talking with %1.").arg(customerName) + QLatin1Char('\n') +
                     tr("Type a message and press Enter to send it; :end ends the session."));
    }
    if (m_session.sessions().size() > 1)
        announceSaid(tr("Your other sessions wait meanwhile: :sessions lists them, :switch goes to one."));
    m_frontTold = sessionId;
    answerArrived();
}

void ExecutiveTerminal::onSessionEnded(const QString &message)
{
    if (m_session.sessions().isEmpty())
        m_sending.clear();
    announceSaid(message);
    tellFront();
    if (isFinishing())
        leave();
    else
        answerArrived();
}

void ExecutiveTerminal::onMessageDelivered(const QString &clientMessageId, const QDateTime &at)
{
    m_sending.remove(clientMessageId);
    announce(tr("(delivered %1)", "an own chat message reached the server at this time (HH:mm)").arg(timeText(at)));
    if (isFinishing() && m_sending.isEmpty())
        leave();
}

void ExecutiveTerminal::onLoginFailed(const QString &message)
{
    if (isFinishing())
        return;
    const bool refusedLocally = !m_attempting; // from inside logIn(): the username was given, so no password
    const bool serverUnreachable = m_attempting && !m_reachedServer;
    m_attempting = false;
    if (refusedLocally) {
        say(message);
        ask(Prompt::Password);
        return;
    }
    if (serverUnreachable) {
        // Nobody to log in with: asking again would only repeat the same failure.
        QTextStream(stderr) << message << '\n';
        finish(1);
        return;
    }
    say(message);
    ask(Prompt::User);
}

void ExecutiveTerminal::greet()
{
    if (m_greeted || isFinishing())
        return;
    m_greeted = true;
    printLine(tr("Hi %1, right now there are:").arg(m_session.firstName()));
    printLine(CustomerCountText::connected(m_session.connectedCustomers()));
    ask(Prompt::Command);
}

void ExecutiveTerminal::onCountChanged(int count)
{
    if (!m_greeted) {
        greet();
        return;
    }
    announce(CustomerCountText::changed(count));
}

void ExecutiveTerminal::onConnectionLost(const QString &message)
{
    m_leaving = true;
    connectionLost(message);
}

} // namespace Turno
