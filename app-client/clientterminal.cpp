#include "clientterminal.h"

#include "terminalchat.h"

#include "domain/accountrules.h"
#include "domain/rut.h"
#include "domain/wifipassword.h"

namespace Turno
{

ClientTerminal::ClientTerminal(const QString &server, QObject *parent) : TerminalDialog(parent), m_server(server)
{
    connect(&m_session, &ClientSession::linkChanged, this, &ClientTerminal::onLinkChanged);
    connect(&m_session, &ClientSession::loginFailed, this, &ClientTerminal::onLoginFailed);
    connect(&m_session, &ClientSession::serverKeyUnknown, this, [this](const ServerKey &key) {
        say(key.firstUseText());
        ask(Prompt::TrustKey);
    });
    // A changed key is only accepted deliberately, with --trust-fingerprint: never at a prompt.
    connect(&m_session, &ClientSession::serverKeyChanged, this, [this](const ServerKey &key) {
        QTextStream(stderr) << key.changedText() << '\n';
        m_session.distrustServerKey();
    });
    connect(&m_session, &CustomerSession::loggedInAs, this, &ClientTerminal::onLoggedIn);
    connect(&m_session, &CustomerSession::restartStarted, this, [this] { say(tr("We are restarting your service…")); });
    connect(&m_session, &CustomerSession::restartFinished, this,
            [this](bool, const QString &message) { onRestartFinished(message); });
    connect(&m_session, &ClientSession::requestRefused, this, &ClientTerminal::onRequestRefused);
    // A Wi-Fi change asked for by the executive during a conversation is the chat's to show.
    auto inConversation = [this] { return m_session.state() == CustomerSession::State::InSession; };
    connect(&m_session, &CustomerSession::wifiPasswordRejected, this, [this, inConversation](const QString &message) {
        if (!inConversation())
            onWifiRejected(message);
    });
    connect(&m_session, &CustomerSession::wifiChangeStarted, this, [this, inConversation] {
        if (!inConversation())
            say(tr("We are updating your password"));
    });
    connect(&m_session, &CustomerSession::wifiChangeFinished, this,
            [this, inConversation](bool, const QString &message) {
                if (!inConversation())
                    backToMenu(message);
            });
    connect(&m_session, &CustomerSession::accountChangeRejected, this, &ClientTerminal::onAccountRejected);
    connect(&m_session, &CustomerSession::accountChangeFinished, this,
            [this](bool, const QString &message) { backToMenu(message); });
    connect(&m_session, &ClientSession::connectionLost, this, &ClientTerminal::onConnectionLost);
    connect(&m_session, &ClientSession::reconnecting, this,
            [this](int, int seconds) { say(tr("Connection lost. Reconnecting in %1 s…").arg(seconds)); });
    connect(&m_session, &ClientSession::reconnected, this, [this] { say(tr("Connection restored.")); });
    connect(&m_session, &ClientSession::loggedOut, this, [this] {
        if (isFinishing())
            Q_EMIT finished(exitCode());
    });
    connect(&m_session, &CustomerSession::invitationReceived, this,
            [this](const QString &, const QString &message, int ringSeconds) { onInvitation(message, ringSeconds); });
    connect(&m_session, &CustomerSession::invitationEnded, this, &ClientTerminal::onInvitationEnded);
}

ClientTerminal::~ClientTerminal() = default;

void ClientTerminal::opening()
{
    m_chat = new TerminalChat(m_session, m_out, isInteractive(), this);
    connect(m_chat, &TerminalChat::readyForLines, this, &ClientTerminal::deliverLines);
    connect(m_chat, &TerminalChat::finished, this, [this](const QString &message) {
        if (currentPrompt() == Prompt::Chat)
            clearPrompt();
        if (message.isEmpty())
            ask(Prompt::Choice); // the refusal was said already
        else
            backToMenu(message);
    });
    say(tr("Hi! Welcome, enter your RUT and password"));
    say(tr("New customer? Type \"new\" to create your account."));
    ask(Prompt::User);
}

void ClientTerminal::showMenu()
{
    printLine(tr("(1) Restart internet service"));
    printLine(tr("(2) Change Wi-Fi password"));
    printLine(tr("(3) Contact an executive"));
    printLine(tr("(4) Exit"));
    printLine(tr("(5) Change my account password"));
    printLine(tr("(6) Change my name"));
}

bool ClientTerminal::isSecret(int prompt) const
{
    switch (Prompt(prompt)) {
    case Prompt::Password:
    case Prompt::WifiPassword:
    case Prompt::WifiRepeat:
    case Prompt::SignUpPassword:
    case Prompt::SignUpRepeat:
    case Prompt::OldPassword:
    case Prompt::NewPassword:
    case Prompt::NewRepeat:
        return true;
    case Prompt::None:
    case Prompt::User:
    case Prompt::Choice:
    case Prompt::SignUpRut:
    case Prompt::SignUpName:
    case Prompt::NewName:
    case Prompt::Topic:
    case Prompt::Invitation:
    case Prompt::TrustKey:
    case Prompt::Chat:
        break;
    }
    return false;
}

QString ClientTerminal::promptLabel(int prompt) const
{
    switch (Prompt(prompt)) {
    case Prompt::TrustKey:
        return ServerKey::question();
    case Prompt::User:
        return tr("user:", "terminal prompt for the RUT");
    case Prompt::Password:
        return tr("password:", "terminal prompt");
    case Prompt::Choice:
    case Prompt::Topic:
        return tr("%1:", "terminal prompt with the customer's first name").arg(m_session.firstName());
    case Prompt::WifiPassword:
    case Prompt::SignUpPassword:
        return tr("Password:", "terminal prompt for a new password");
    case Prompt::WifiRepeat:
    case Prompt::SignUpRepeat:
    case Prompt::NewRepeat:
        return tr("Repeat password:", "terminal prompt");
    case Prompt::SignUpRut:
        return tr("RUT:", "terminal prompt");
    case Prompt::SignUpName:
        return tr("Full name:", "terminal prompt");
    case Prompt::OldPassword:
        return tr("Current password:", "terminal prompt");
    case Prompt::NewPassword:
        return tr("New password:", "terminal prompt");
    case Prompt::NewName:
        return tr("New name:", "terminal prompt");
    case Prompt::Invitation:
        return tr("Accept? [y/n]", "terminal prompt: the answer to an executive's invitation");
    case Prompt::None:
    case Prompt::Chat: // messages come and go meanwhile: no prompt
        break;
    }
    return {};
}

bool ClientTerminal::isConversation(int prompt) const
{
    return Prompt(prompt) == Prompt::Chat;
}

void ClientTerminal::takeLines(QStringList &lines)
{
    m_chat->takeLines(lines); // it may keep some until an executive joins
}

bool ClientTerminal::asksInstead(int prompt)
{
    if (Prompt(prompt) == Prompt::Choice && m_session.hasInvitation() && !m_invitationAsked && !m_chat->isActive()) {
        askInvitation(); // it came while another request was under way
        return true;
    }
    return false;
}

void ClientTerminal::inputRanOut(int prompt)
{
    if (Prompt(prompt) == Prompt::Chat)
        m_chat->inputEnded(); // leaves the line or ends the conversation first; the menu follows
    else
        finish(0);
}

void ClientTerminal::answer(int asked, const QString &line)
{
    const auto prompt = Prompt(asked);
    if (answerSelfService(prompt, line) || answerAccount(prompt, line))
        return;
    const QString text = line.trimmed();
    switch (prompt) {
    case Prompt::TrustKey:
        if (ServerKey::isYes(text))
            m_session.trustServerKey();
        else
            m_session.distrustServerKey();
        return;
    case Prompt::User:
        if (text.isEmpty()) {
            ask(Prompt::User);
            return;
        }
        if (text.compare(tr("new", "typed at the user: prompt to sign up"), Qt::CaseInsensitive) == 0 ||
            text.compare(QLatin1String("new"), Qt::CaseInsensitive) == 0) {
            say(tr("Let's create your account. Enter your RUT, your full name and a password of at least %1 "
                   "characters.")
                    .arg(TextLimits::kPasswordMinChars));
            ask(Prompt::SignUpRut);
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
        m_signingUp = false;
        m_attempting = m_session.logIn(m_server, m_rut, line);
        return;
    case Prompt::Choice:
        choose(text);
        return;
    case Prompt::Topic:
        chooseTopic(text);
        return;
    case Prompt::Invitation:
        answerInvitation(text);
        return;
    default:
        return;
    }
}

bool ClientTerminal::answerSelfService(Prompt prompt, const QString &line)
{
    const QString text = line.trimmed();
    switch (prompt) {
    case Prompt::WifiPassword:
        if (line.isEmpty()) {
            backToMenu(tr("Your Wi-Fi password was not changed."));
            return true;
        }
        // The rules are checked before the repetition, so a mistake is explained at once.
        if (const auto problem = WifiPassword::check(line); problem != WifiPassword::Problem::None) {
            onWifiRejected(CustomerSession::wifiProblemMessage(problem));
            return true;
        }
        m_secret = line;
        ask(Prompt::WifiRepeat);
        return true;
    case Prompt::WifiRepeat:
        // Rejected: wifiPasswordRejected asks again. Accepted: the result comes as wifiChangeFinished.
        m_session.changeWifiPassword(std::exchange(m_secret, QString()), line);
        return true;
    case Prompt::SignUpRut:
        if (text.isEmpty()) {
            ask(Prompt::User);
        } else if (!Rut::isValid(text)) {
            say(tr("Invalid RUT. Enter it as 12.345.678-5, 12345678-5 or 123456785."));
            ask(Prompt::SignUpRut);
        } else {
            m_rut = text;
            ask(Prompt::SignUpName);
        }
        return true;
    case Prompt::SignUpName:
        if (const auto problem = AccountRules::checkName(text); problem != AccountRules::NameProblem::None) {
            say(CustomerSession::nameProblemMessage(problem));
            ask(Prompt::SignUpName);
            return true;
        }
        m_fullName = text;
        ask(Prompt::SignUpPassword);
        return true;
    case Prompt::SignUpPassword:
        if (const auto problem = AccountRules::checkPassword(line); problem != AccountRules::PasswordProblem::None) {
            say(CustomerSession::passwordProblemMessage(problem));
            ask(Prompt::SignUpPassword);
            return true;
        }
        m_secret = line;
        ask(Prompt::SignUpRepeat);
        return true;
    case Prompt::SignUpRepeat:
        m_attempting = false;
        m_reachedServer = false;
        m_signingUp = true;
        m_attempting = m_session.signUp(m_server, m_rut, m_fullName, std::exchange(m_secret, QString()), line);
        return true;
    default:
        return false;
    }
}

bool ClientTerminal::answerAccount(Prompt prompt, const QString &line)
{
    switch (prompt) {
    case Prompt::OldPassword:
        if (line.isEmpty()) {
            backToMenu(tr("Your account password was not changed."));
            return true;
        }
        m_oldSecret = line;
        ask(Prompt::NewPassword);
        return true;
    case Prompt::NewPassword:
        if (const auto problem = AccountRules::checkPassword(line); problem != AccountRules::PasswordProblem::None) {
            say(CustomerSession::passwordProblemMessage(problem));
            ask(Prompt::NewPassword);
            return true;
        }
        m_secret = line;
        ask(Prompt::NewRepeat);
        return true;
    case Prompt::NewRepeat:
        // A mismatch comes back as accountChangeRejected, which asks for the new password again.
        if (m_session.changePassword(m_oldSecret, std::exchange(m_secret, QString()), line))
            m_oldSecret.clear();
        return true;
    case Prompt::NewName:
        if (line.trimmed().isEmpty()) {
            backToMenu(tr("Your name was not changed."));
            return true;
        }
        m_session.changeDisplayName(line);
        return true;
    default:
        return false;
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
    } else if (choice == QLatin1String("2") || choice == QLatin1String("5") || choice == QLatin1String("6")) {
        if (m_session.state() != CustomerSession::State::Menu) {
            say(tr("Your previous request is still under way. Please wait for it to finish."));
            ask(Prompt::Choice);
        } else if (choice == QLatin1String("2")) {
            say(tr("Enter your new Wi-Fi password:"));
            ask(Prompt::WifiPassword);
        } else if (choice == QLatin1String("5")) {
            say(tr("Enter your current password, then your new one twice."));
            ask(Prompt::OldPassword);
        } else {
            say(tr("What name should we call you by?"));
            ask(Prompt::NewName);
        }
    } else if (choice == QLatin1String("3")) {
        if (m_session.state() != CustomerSession::State::Menu) {
            say(tr("Your previous request is still under way. Please wait for it to finish."));
            ask(Prompt::Choice);
            return;
        }
        say(tr("What would you like to talk about?"));
        printLine(tr("(1) Internet"));
        printLine(tr("(2) Wi-Fi"));
        ask(Prompt::Topic);
    } else if (choice == QLatin1String("4")) {
        say(tr("Thank you for contacting us. Goodbye!"));
        finish(0);
    } else {
        say(tr("\"%1\" is not an option. Please answer with a number from 1 to %2.").arg(choice).arg(6));
        showMenu();
        ask(Prompt::Choice);
    }
}

void ClientTerminal::chooseTopic(const QString &choice)
{
    QString service;
    if (choice == QLatin1String("1"))
        service = QStringLiteral("internet");
    else if (choice == QLatin1String("2"))
        service = QStringLiteral("wifi");
    if (service.isEmpty()) {
        say(tr("Please answer 1 for Internet or 2 for Wi-Fi."));
        ask(Prompt::Topic);
        return;
    }
    if (!m_chat->start(service)) {
        say(tr("Your previous request is still under way. Please wait for it to finish."));
        ask(Prompt::Choice);
        return;
    }
    ask(Prompt::Chat); // the place in line comes as the server sends it
}

void ClientTerminal::finish(int exitCode)
{
    if (!stopPrompting(exitCode))
        return;
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
    if (isFinishing())
        return;
    const bool refusedLocally = !m_attempting; // from inside logIn(): the RUT was checked, so an empty password
    const bool serverUnreachable = m_attempting && !m_reachedServer;
    m_attempting = false;
    if (refusedLocally) {
        say(message);
        ask(m_signingUp ? Prompt::SignUpPassword : Prompt::Password);
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
    if (std::exchange(m_signingUp, false))
        say(tr("Your account has been created."));
    say(tr("Hi %1, how can we help you?").arg(m_session.firstName()));
    showMenu();
    ask(Prompt::Choice);
}

void ClientTerminal::onRestartFinished(const QString &message)
{
    backToMenu(message);
}

void ClientTerminal::backToMenu(const QString &message)
{
    say(message);
    if (moreInputMayCome()) {
        say(tr("Is there anything else we can help you with?"));
        showMenu();
    }
    ask(Prompt::Choice);
}

void ClientTerminal::onWifiRejected(const QString &message)
{
    say(message);
    say(tr("Please enter your new Wi-Fi password again."));
    ask(Prompt::WifiPassword);
}

void ClientTerminal::onAccountRejected(const QString &message)
{
    say(message);
    // Only the new password or the name is checked here; ask for that again.
    ask(m_oldSecret.isEmpty() ? Prompt::NewName : Prompt::NewPassword);
}

void ClientTerminal::onRequestRefused(const QString &message)
{
    say(message);
    if (currentPrompt() == Prompt::None && !isFinishing())
        ask(Prompt::Choice);
}

void ClientTerminal::onConnectionLost(const QString &message)
{
    connectionLost(message);
}

} // namespace Turno
