#include "terminalchat.h"

namespace Turno
{

namespace
{
QString timeOf(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm"));
}
} // namespace

TerminalChat::TerminalChat(CustomerSession &session, QTextStream &out, bool interactive, QObject *parent)
    : QObject(parent), m_session(session), m_out(out), m_interactive(interactive)
{
    connect(&m_session, &CustomerSession::queueChanged, this, &TerminalChat::onQueueChanged);
    connect(&m_session, &CustomerSession::queueLeft, this, &TerminalChat::finish);
    connect(&m_session, &CustomerSession::sessionStarted, this, [this](const QString &executiveName) {
        if (!m_active)
            return;
        if (m_startedAt.isValid() && m_startedAt == m_session.sessionStartedAt())
            return; // the same conversation, announced again after a reconnection
        m_startedAt = m_session.sessionStartedAt();
        say(tr("You are now talking with %1.").arg(executiveName));
        if (m_interactive)
            say(tr("Type your message and press Enter. Type :end to end the conversation."));
        Q_EMIT readyForLines();
    });
    connect(&m_session, &CustomerSession::messageReceived, this,
            [this](const QString &fromName, const QString &text, const QDateTime &at) {
                if (m_active)
                    printLine(tr("%1 [%2]: %3", "name [time]: chat message").arg(fromName, timeOf(at), text));
            });
    connect(&m_session, &CustomerSession::messageSending, this,
            [this](const QString &id) { m_undelivered.insert(id); });
    connect(&m_session, &CustomerSession::messageDelivered, this, [this](const QString &id) {
        m_undelivered.remove(id);
        if (m_endRequested && m_undelivered.isEmpty())
            requestEnd();
    });
    connect(&m_session, &CustomerSession::sessionEnded, this, &TerminalChat::finish);
    connect(&m_session, &CustomerSession::sessionNotice, this, [this](const QString &message) {
        if (m_active)
            say(message);
    });
    connect(&m_session, &CustomerSession::wifiPasswordRequested, this, [this] {
        if (!m_active)
            return;
        say(tr("%1 is restarting your Wi-Fi and asks you for a new Wi-Fi password.").arg(m_session.executiveName()));
        askWifiPassword();
    });
    connect(&m_session, &CustomerSession::wifiPasswordRejected, this, [this](const QString &message) {
        if (!m_active || m_session.state() != CustomerSession::State::InSession)
            return;
        say(message);
        askWifiPassword();
    });
    connect(&m_session, &CustomerSession::wifiChangeStarted, this, [this] {
        if (m_active && m_session.state() == CustomerSession::State::InSession)
            say(tr("We are updating your password"));
    });
    connect(&m_session, &CustomerSession::wifiChangeFinished, this, [this](bool, const QString &message) {
        if (m_active && m_session.state() == CustomerSession::State::InSession)
            say(message);
    });
    connect(&m_session, &CustomerSession::heldChanged, this, [this](bool, const QString &message) {
        if (m_active && !message.isEmpty())
            say(message);
    });
    connect(&m_session, &CustomerSession::participantsChanged, this,
            [this](const QStringList &, const QString &message) {
                if (m_active && !message.isEmpty())
                    say(message);
            });
    connect(&m_session, &CustomerSession::transferred, this, [this](const QString &, const QString &message) {
        if (!m_active)
            return;
        say(message);
        // The place in the new executive's line follows, as a change of place.
        m_placeShown = true;
        m_lastQueueLine.clear();
        m_leaving = false;
        if (m_endRequested) {
            requestEnd(); // ":end" typed before the transfer: leave the line instead
            return;
        }
        if (m_interactive)
            say(tr("Type leave to leave the queue."));
    });
    connect(&m_session, &CustomerSession::invitationEnded, this, [this](const QString &message) {
        // Accepted, but the conversation could not begin: back to the menu with the reason.
        if (m_active && m_session.state() != CustomerSession::State::InSession && !message.isEmpty())
            finish(message);
    });
    connect(&m_session, &ClientSession::requestRefused, this, [this] {
        // A refused join or end leaves the session in the menu (the terminal says the reason).
        if (m_active && m_session.state() == CustomerSession::State::Menu)
            finish(QString());
    });
}

void TerminalChat::askWifiPassword()
{
    m_wifiStep = 1;
    m_wifiFirst.clear();
    if (m_interactive && !m_echoOff)
        m_echoOff = std::make_unique<TerminalEchoGuard>();
    say(tr("Enter your new Wi-Fi password (8 to 63 characters), then repeat it on the next line:"));
}

bool TerminalChat::start(const QString &service)
{
    if (!m_session.contactExecutive(service))
        return false;
    begin();
    return true;
}

bool TerminalChat::acceptInvitation()
{
    if (!m_session.answerInvitation(true))
        return false;
    begin();
    m_placeShown = true; // no line to wait in
    return true;
}

void TerminalChat::begin()
{
    m_active = true;
    m_placeShown = false;
    m_endRequested = false;
    m_endSent = false;
    m_leaving = false;
    m_lastQueueLine.clear();
    m_startedAt = QDateTime();
    m_undelivered.clear();
}

void TerminalChat::say(const QString &sentence)
{
    printLine(tr("Assistant: %1", "a line said by the assistant in the terminal dialog").arg(sentence));
}

void TerminalChat::printLine(const QString &line)
{
    m_out << line << '\n';
    m_out.flush();
}

void TerminalChat::onQueueChanged(const QueueInfo &info)
{
    if (!m_active || m_session.state() != CustomerSession::State::Waiting)
        return;
    const QDateTime now = QDateTime::currentDateTime();
    const QString place = CustomerSession::describePlace(info);
    const QString wait = CustomerSession::describeWait(info, now);
    // A new line only when what it says changes (the server also pushes unchanged places).
    const QString line = m_placeShown ? tr("%1 %2", "place in line, then the estimated wait").arg(place, wait)
                                      : tr("You are in line for an executive. %1 %2").arg(place, wait);
    const QString key = place + QLatin1Char('\t') + wait;
    if (m_placeShown && key == m_lastQueueLine)
        return;
    m_lastQueueLine = key;
    say(line);
    if (!m_placeShown && m_interactive)
        say(tr("Type leave to leave the queue."));
    m_placeShown = true;
}

bool TerminalChat::isCommand(const QString &line, const QString &english, const QString &translated)
{
    const QString text = line.trimmed();
    for (const QString &word : {english, translated}) {
        if (text.compare(word, Qt::CaseInsensitive) == 0 ||
            text.compare(QLatin1Char(':') + word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void TerminalChat::takeLines(QStringList &lines)
{
    if (!m_active || lines.isEmpty())
        return;
    const QString leave = QStringLiteral("leave");
    const QString leaveTranslated = tr("leave", "typed while waiting in line, to leave it");
    const QString end = QStringLiteral("end");
    const QString endTranslated = tr("end", "typed in a conversation, to end it");
    switch (m_session.state()) {
    case CustomerSession::State::Waiting:
        // Lines typed while waiting are kept for the executive, except a request to leave.
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!isCommand(lines.at(i), leave, leaveTranslated))
                continue;
            lines.remove(0, i + 1);
            if (!m_leaving) {
                m_leaving = true;
                m_session.leaveQueue(); // queueLeft brings the menu back
            }
            return;
        }
        if (m_interactive)
            say(tr("You are still in line. Your message will be sent when an executive joins you."));
        return;
    case CustomerSession::State::InSession:
        while (!lines.isEmpty() && !m_endRequested) {
            const QString line = lines.takeFirst();
            if (m_wifiStep == 1) {
                m_wifiFirst = line;
                m_wifiStep = 2;
                continue;
            }
            if (m_wifiStep == 2) {
                m_wifiStep = 0;
                m_echoOff.reset();
                if (!m_interactive)
                    printLine(QStringLiteral("****"));
                // A rule broken or a mismatch comes back as wifiPasswordRejected, which asks again.
                m_session.changeWifiPassword(m_wifiFirst, line);
                m_wifiFirst.clear();
                continue;
            }
            if (isCommand(line, end, endTranslated)) {
                requestEnd();
                return; // the lines after it answer the menu
            }
            if (line.trimmed().isEmpty())
                continue;
            if (m_session.sendMessage(line).isEmpty()) {
                say(tr("Your message could not be sent."));
                continue;
            }
            if (!m_interactive)
                printLine(tr("You [%1]: %2", "time: own chat message").arg(timeOf(QDateTime::currentDateTime()), line));
        }
        return;
    default:
        return;
    }
}

void TerminalChat::inputEnded()
{
    if (!m_active)
        return;
    if (m_session.state() == CustomerSession::State::Waiting) {
        if (!m_leaving) {
            m_leaving = true;
            m_session.leaveQueue();
        }
        return;
    }
    if (m_session.state() == CustomerSession::State::InSession)
        requestEnd();
}

void TerminalChat::requestEnd()
{
    m_endRequested = true;
    if (m_session.state() == CustomerSession::State::Waiting) {
        // Transferred meanwhile: ending means leaving the line for the next executive.
        if (!m_leaving) {
            m_leaving = true;
            m_session.leaveQueue();
        }
        return;
    }
    // Messages still on their way are delivered first, so nothing typed is lost.
    if (m_endSent || !m_undelivered.isEmpty())
        return;
    m_endSent = m_session.endSession();
}

void TerminalChat::finish(const QString &message)
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_undelivered.isEmpty())
        say(tr("%n of your messages could not be delivered.", nullptr, int(m_undelivered.size())));
    m_undelivered.clear();
    Q_EMIT finished(message);
}

} // namespace Turno
