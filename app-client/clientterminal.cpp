#include "clientterminal.h"

#include "domain/rut.h"
#include "util/stdinreader.h"

namespace Turno
{

ClientTerminal::ClientTerminal(const QString &server, QObject *parent)
    : QObject(parent), m_stdin(new StdinReader(this)), m_out(stdout), m_server(server)
{
    connect(m_stdin, &StdinReader::lineReceived, this, &ClientTerminal::onLine);
    connect(m_stdin, &StdinReader::endOfInput, this, &ClientTerminal::onEndOfInput);
    connect(&m_session, &ClientSession::linkChanged, this, &ClientTerminal::onLinkChanged);
    connect(&m_session, &ClientSession::loginFailed, this, &ClientTerminal::onLoginFailed);
    connect(&m_session, &CustomerSession::loggedInAs, this, &ClientTerminal::onLoggedIn);
    connect(&m_session, &CustomerSession::restartStarted, this, [this] { say(tr("We are restarting your service…")); });
    connect(&m_session, &CustomerSession::restartFinished, this,
            [this](bool, const QString &message) { onRestartFinished(message); });
    connect(&m_session, &ClientSession::requestRefused, this, &ClientTerminal::onRequestRefused);
    connect(&m_session, &ClientSession::connectionLost, this, &ClientTerminal::onConnectionLost);
    connect(&m_session, &ClientSession::loggedOut, this, [this] {
        if (m_finishing)
            Q_EMIT finished(m_exitCode);
    });
}

ClientTerminal::~ClientTerminal() = default;

void ClientTerminal::start()
{
    m_interactive = m_stdin->isInteractive();
    say(tr("Hi! Welcome, enter your RUT and password"));
    ask(Prompt::User);
    m_stdin->start();
}

void ClientTerminal::say(const QString &sentence)
{
    printLine(tr("Assistant: %1", "a line said by the assistant in the terminal dialog").arg(sentence));
}

void ClientTerminal::printLine(const QString &line)
{
    m_out << line << '\n';
    m_out.flush();
}

void ClientTerminal::showMenu()
{
    printLine(tr("(1) Restart internet service"));
    printLine(tr("(2) Change Wi-Fi password"));
    printLine(tr("(3) Contact an executive"));
    printLine(tr("(4) Exit"));
}

QString ClientTerminal::promptLabel(Prompt prompt) const
{
    switch (prompt) {
    case Prompt::User:
        return tr("user:", "terminal prompt for the RUT");
    case Prompt::Password:
        return tr("password:", "terminal prompt");
    case Prompt::Choice:
        return tr("%1:", "terminal prompt with the customer's first name").arg(m_session.firstName());
    case Prompt::None:
        break;
    }
    return {};
}

void ClientTerminal::ask(Prompt prompt)
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

void ClientTerminal::deliverLines()
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
            // Never print the password, not even its length.
            const QString shown = prompt == Prompt::Password ? QStringLiteral("****") : line;
            printLine(promptLabel(prompt) + QLatin1Char(' ') + shown);
        }
        answer(prompt, line);
    }
    m_delivering = false;
    if (m_prompt != Prompt::None && !moreInputMayCome())
        finish(0);
}

void ClientTerminal::answer(Prompt prompt, const QString &line)
{
    const QString text = line.trimmed();
    switch (prompt) {
    case Prompt::User:
        if (text.isEmpty()) {
            ask(Prompt::User);
            return;
        }
        // Checked before asking for the password: nothing is sent, and the RUT is asked again.
        if (!Rut::isValid(text)) {
            say(tr("Invalid RUT. Enter it as 12.345.678-5, 12345678-5 or 123456785."));
            ask(Prompt::User);
            return;
        }
        m_rut = text;
        ask(Prompt::Password);
        return;
    case Prompt::Password:
        // A refusal before anything is sent comes back as loginFailed from inside logIn().
        m_attempting = false;
        m_reachedServer = false;
        m_attempting = m_session.logIn(m_server, m_rut, line);
        return;
    case Prompt::Choice:
        choose(text);
        return;
    case Prompt::None:
        return;
    }
}

void ClientTerminal::choose(const QString &choice)
{
    if (choice.isEmpty()) {
        ask(Prompt::Choice);
    } else if (choice == QLatin1String("1")) {
        if (m_session.state() != CustomerSession::State::Menu) {
            say(tr("Your previous request is still under way. Please wait for it to finish."));
            ask(Prompt::Choice);
            return;
        }
        m_session.restartInternet(); // the result comes as restartFinished
    } else if (choice == QLatin1String("2")) {
        say(tr("Changing your Wi-Fi password here is not available yet. It is coming soon."));
        ask(Prompt::Choice);
    } else if (choice == QLatin1String("3")) {
        say(tr("Contacting an executive here is not available yet. It is coming soon."));
        ask(Prompt::Choice);
    } else if (choice == QLatin1String("4")) {
        say(tr("Thank you for contacting us. Goodbye!"));
        finish(0);
    } else {
        say(tr("\"%1\" is not an option. Please answer with a number from 1 to 4.").arg(choice));
        showMenu();
        ask(Prompt::Choice);
    }
}

void ClientTerminal::onLine(const QString &line)
{
    m_lines.append(line);
    deliverLines();
}

void ClientTerminal::onEndOfInput()
{
    m_inputEnded = true;
    // Waiting for the server: the pending answer is shown first, then the dialog ends (see ask()).
    if (m_prompt != Prompt::None && m_lines.isEmpty())
        finish(0);
}

void ClientTerminal::finish(int exitCode)
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

void ClientTerminal::onLinkChanged(ClientSession::Link link)
{
    if (link == ClientSession::Link::LoggingIn)
        m_reachedServer = true;
}

void ClientTerminal::onLoginFailed(const QString &message)
{
    if (m_finishing)
        return;
    const bool refusedLocally = !m_attempting; // from inside logIn(): the RUT was checked, so an empty password
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

void ClientTerminal::onLoggedIn()
{
    m_attempting = false;
    say(tr("Hi %1, how can we help you?").arg(m_session.firstName()));
    showMenu();
    ask(Prompt::Choice);
}

void ClientTerminal::onRestartFinished(const QString &message)
{
    say(message);
    if (moreInputMayCome()) {
        say(tr("Is there anything else we can help you with?"));
        showMenu();
    }
    ask(Prompt::Choice);
}

void ClientTerminal::onRequestRefused(const QString &message)
{
    say(message);
    if (m_prompt == Prompt::None && !m_finishing)
        ask(Prompt::Choice);
}

void ClientTerminal::onConnectionLost(const QString &message)
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
