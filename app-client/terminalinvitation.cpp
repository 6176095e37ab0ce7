// ClientTerminal, continued: invitations from executives who have the customer as a contact,
// asked at the menu ("Accept? [y/n]") and answered with a yes or a no in the app's language.
#include "clientterminal.h"

#include "terminalchat.h"

#include <initializer_list>
#include <utility>

namespace Turno
{

void ClientTerminal::onInvitation(const QString &message, int ringSeconds)
{
    m_invitationMessage = message;
    m_invitationSeconds = ringSeconds;
    m_invitationAsked = false;
    // At the menu it is asked now; during another request, once that is answered (see ask()).
    if (currentPrompt() == Prompt::Choice || currentPrompt() == Prompt::Topic) {
        m_echoOff.reset();
        breakPromptLine();
        askInvitation();
    }
}

void ClientTerminal::askInvitation()
{
    m_invitationAsked = true;
    say(m_invitationMessage);
    // Counted from when it came: a deferred invitation has less time left.
    const int seconds = m_session.invitationSecondsLeft();
    if (seconds == 1)
        say(tr("The invitation expires in 1 second."));
    else if (seconds > 1)
        say(tr("The invitation expires in %n seconds.", nullptr, seconds));
    ask(Prompt::Invitation);
}

namespace
{
// "Sí" and "si" are the same answer: compare without accents and case.
QString plain(const QString &text)
{
    QString result;
    for (const QChar c : text.trimmed().normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c.toLower());
    }
    return result;
}
} // namespace

void ClientTerminal::answerInvitation(const QString &answer)
{
    const QString text = plain(answer);
    const auto matches = [&text](std::initializer_list<QString> words) {
        for (const QString &word : words) {
            if (text == plain(word))
                return true;
        }
        return false;
    };
    const bool yes = matches({QStringLiteral("y"), QStringLiteral("yes"), tr("y", "short yes to an invitation"),
                              tr("yes", "yes to an invitation")});
    const bool no = matches({QStringLiteral("n"), QStringLiteral("no"), tr("n", "short no to an invitation"),
                             tr("no", "no to an invitation")});
    if (!m_session.hasInvitation()) {
        m_invitationAsked = false;
        backToMenu(tr("The invitation is no longer open."));
        return;
    }
    if (yes == no) {
        say(tr("Please answer y to accept or n to decline."));
        ask(Prompt::Invitation);
        return;
    }
    if (yes) {
        const QString from = m_session.invitationFrom();
        if (!m_chat->acceptInvitation()) {
            backToMenu(tr("The invitation could not be answered. Please try again."));
            return;
        }
        m_invitationAsked = false;
        say(tr("Connecting you with %1…").arg(from));
        ask(Prompt::Chat); // the conversation follows; TerminalChat takes the lines
        return;
    }
    // The server confirms the refusal (invitationEnded), and the menu follows.
    if (!m_session.answerInvitation(false)) {
        m_invitationAsked = false;
        backToMenu(tr("The invitation could not be answered. Please try again."));
    }
}

void ClientTerminal::onInvitationEnded(const QString &message)
{
    const bool asked = std::exchange(m_invitationAsked, false);
    if (m_chat->isActive() || isFinishing() || message.isEmpty())
        return; // accepted: the conversation (or its failure) is TerminalChat's to tell
    if (currentPrompt() == Prompt::Invitation || (asked && currentPrompt() == Prompt::None)) {
        // Unanswered (expired, withdrawn) or declined: back to the menu with what happened.
        m_echoOff.reset();
        breakPromptLine();
        clearPrompt();
        backToMenu(message);
    }
    // Never shown (another request was under way): nothing to take back.
}

} // namespace Turno
