#include "executiveterminal.h"

#include "customercounttext.h"
#include "executivecommands.h"
#include "util/stdinreader.h"

namespace Turno
{

namespace
{
} // namespace

ExecutiveTerminal::ExecutiveTerminal(const QString &server, QObject *parent)
    : QObject(parent), m_stdin(new StdinReader(this)), m_out(stdout), m_server(server)
{
    connect(m_stdin, &StdinReader::lineReceived, this, &ExecutiveTerminal::onLine);
    connect(m_stdin, &StdinReader::endOfInput, this, &ExecutiveTerminal::onEndOfInput);
    connect(&m_session, &ClientSession::linkChanged, this, [this](ClientSession::Link link) {
        if (link == ClientSession::Link::LoggingIn)
            m_reachedServer = true;
    });
    connect(&m_session, &ClientSession::loginFailed, this, &ExecutiveTerminal::onLoginFailed);
    connect(&m_session, &ExecutiveSession::loggedInAs, this, [this] {
        m_attempting = false;
        m_greeted = false;
        greet();
    });
    connect(&m_session, &ExecutiveSession::connectedCustomersChanged, this, &ExecutiveTerminal::onCountChanged);
    connect(&m_session, &ClientSession::requestRefused, this, [this](const QString &message) { announce(message); });
    connect(&m_session, &ClientSession::connectionLost, this, &ExecutiveTerminal::onConnectionLost);
    connect(&m_session, &ClientSession::loggedOut, this, [this] {
        if (m_finishing)
            Q_EMIT finished(m_exitCode);
    });
}

ExecutiveTerminal::~ExecutiveTerminal() = default;

void ExecutiveTerminal::start()
{
    m_interactive = m_stdin->isInteractive();
    say(tr("Hi! Welcome, enter your username and password"));
    ask(Prompt::User);
    m_stdin->start();
}

void ExecutiveTerminal::say(const QString &sentence)
{
    printLine(tr("Assistant: %1", "a line said by the assistant in the terminal dialog").arg(sentence));
}

void ExecutiveTerminal::printLine(const QString &line)
{
    m_out << line << '\n';
    m_out.flush();
}

void ExecutiveTerminal::announce(const QString &line)
{
    if (m_interactive && m_prompt != Prompt::None) {
        // Finish the prompt's line, say it, and show the prompt again for the executive to go on.
        m_out << '\n' << line << '\n' << promptLabel(m_prompt) << ' ';
        m_out.flush();
        return;
    }
    printLine(line);
}

QString ExecutiveTerminal::promptLabel(Prompt prompt) const
{
    switch (prompt) {
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

void ExecutiveTerminal::ask(Prompt prompt)
{
    if (m_finishing)
        return;
    if (!moreInputMayCome()) {
        finish(0);
        return;
    }
    m_prompt = prompt;
    // A person sees the prompt now; a script's output shows it later, with the answer it got.
    if (m_interactive) {
        if (prompt == Prompt::Password)
            m_echoOff = std::make_unique<TerminalEchoGuard>();
        m_out << promptLabel(prompt) << ' ';
        m_out.flush();
    }
    deliverLines();
}

void ExecutiveTerminal::deliverLines()
{
    // Answers may open the next prompt, which lands back here: take the lines in this one loop.
    if (m_delivering)
        return;
    m_delivering = true;
    while (m_prompt != Prompt::None && !m_lines.isEmpty() && !m_finishing) {
        const QString line = m_lines.takeFirst();
        const Prompt prompt = std::exchange(m_prompt, Prompt::None);
        m_echoOff.reset();
        if (!m_interactive) {
            const QString shown = prompt == Prompt::Password ? QStringLiteral("****") : line;
            printLine(promptLabel(prompt) + QLatin1Char(' ') + shown);
        }
        answer(prompt, line);
    }
    m_delivering = false;
    if (m_prompt != Prompt::None && !moreInputMayCome())
        finish(0);
}

void ExecutiveTerminal::answer(Prompt prompt, const QString &line)
{
    switch (prompt) {
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
    if (const QString problem = ExecutiveCommands::problem(parsed); !problem.isEmpty()) {
        say(problem);
        ask(Prompt::Command);
        return;
    }
    switch (parsed.command->id) {
    case ExecutiveCommandId::Status:
        printLine(CustomerCountText::connected(m_session.connectedCustomers()));
        break;
    case ExecutiveCommandId::Help:
        printLine(tr("Commands:"));
        for (const QString &helpLine : ExecutiveCommands::helpLines())
            printLine(helpLine);
        break;
    case ExecutiveCommandId::Quit:
        finish(0);
        return;
    case ExecutiveCommandId::Details:
    case ExecutiveCommandId::History:
    case ExecutiveCommandId::Info:
    case ExecutiveCommandId::RestartInternet:
    case ExecutiveCommandId::RestartWifi:
    case ExecutiveCommandId::Connect:
        // Marked unavailable in the table, so problem() answered above; done in a later version.
        break;
    }
    ask(Prompt::Command);
}

void ExecutiveTerminal::onLine(const QString &line)
{
    m_lines.append(line);
    deliverLines();
}

void ExecutiveTerminal::onEndOfInput()
{
    m_inputEnded = true;
    // Waiting for the server: what it answers is shown first, then the session ends (see ask()).
    if (m_prompt != Prompt::None && m_lines.isEmpty())
        finish(0);
}

void ExecutiveTerminal::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = exitCode;
    m_echoOff.reset();
    if (m_interactive && m_prompt != Prompt::None)
        m_out << '\n'; // end the prompt's line (Ctrl+D)
    m_prompt = Prompt::None;
    m_out.flush();
    if (m_session.link() != ClientSession::Link::Offline) {
        m_session.logOut(); // finished() follows loggedOut
        return;
    }
    Q_EMIT finished(exitCode);
}

void ExecutiveTerminal::onLoginFailed(const QString &message)
{
    if (m_finishing)
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
    if (m_greeted || m_finishing)
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
    m_echoOff.reset();
    if (m_interactive && m_prompt != Prompt::None)
        m_out << '\n';
    m_prompt = Prompt::None;
    m_out.flush();
    QTextStream(stderr) << message << '\n';
    m_finishing = true;
    Q_EMIT finished(1);
}

} // namespace Turno
