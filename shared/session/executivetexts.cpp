#include "executivetexts.h"

#include "domain/textlimits.h"

namespace Turno
{

using namespace Protocol;

QString ExecutiveTexts::describeAction(const QString &key)
{
    if (key == QLatin1String("restart-internet:ok"))
        return tr("Restarted the internet service");
    if (key == QLatin1String("restart-internet:failed"))
        return tr("Tried to restart the internet service, which failed");
    if (key == QLatin1String("wifi-change:ok"))
        return tr("Changed the Wi-Fi password");
    if (key == QLatin1String("wifi-change:failed"))
        return tr("Tried to change the Wi-Fi password, which failed");
    if (key.isEmpty())
        return tr("Nothing in self-service yet");
    return key;
}

QString ExecutiveTexts::describeService(const QString &service)
{
    if (service == QLatin1String("internet"))
        return tr("Internet");
    if (service == QLatin1String("wifi"))
        return tr("Wi-Fi");
    return service;
}

QString ExecutiveTexts::describePresence(Presence presence)
{
    switch (presence) {
    case Presence::Available:
        return tr("Available");
    case Presence::Away:
        return tr("Away");
    case Presence::Busy:
        return tr("Busy");
    case Presence::AfterCallWork:
        return tr("After-call work");
    }
    return QString();
}

QString ExecutiveTexts::presenceSentence(Presence presence, const QString &reason, int seconds)
{
    switch (presence) {
    case Presence::Available:
        return tr("You are available for customers.");
    case Presence::Away:
        return reason.isEmpty() ? tr("You are away; no customer will be offered to you.")
                                : tr("You are away (%1); no customer will be offered to you.").arg(reason);
    case Presence::Busy:
        return tr("You are in a session.");
    case Presence::AfterCallWork:
        if (seconds == 1)
            return tr("After-call work: new offers in 1 second.");
        return tr("After-call work: new offers in %n seconds.", nullptr, qMax(0, seconds));
    }
    return QString();
}

QString ExecutiveTexts::noteProblem(const QString &text)
{
    const int over = TextLimits::charactersOver(text.trimmed(), TextLimits::kNoteBytes);
    if (over == 0)
        return QString();
    return tr("The note is %n characters too long; shorten it and add it again.", nullptr, over);
}

QString ExecutiveTexts::describeHistory(const HistoryEntry &entry)
{
    const QString &a = entry.action;
    const bool ok = entry.result == QLatin1String("ok");
    if (a == QLatin1String("login"))
        return ok ? tr("Logged in.") : tr("A log-in failed.");
    if (a == QLatin1String("logout"))
        return tr("Logged out.");
    if (a == QLatin1String("restart-internet"))
        return ok ? tr("Restarted the internet service.") : tr("An internet service restart failed.");
    if (a == QLatin1String("change-wifi-password"))
        return ok ? tr("Changed the Wi-Fi password.") : tr("A Wi-Fi password change failed.");
    if (a == QLatin1String("queue-join"))
        return tr("Asked for an executive (%1).").arg(describeService(entry.detail));
    if (a == QLatin1String("queue-accept"))
        return tr("Was attended by an executive (%1).").arg(entry.detail);
    if (a == QLatin1String("queue-leave"))
        return tr("Left the queue.");
    if (a == QLatin1String("session-end"))
        return tr("A conversation with %1 ended (%2).").arg(entry.detail, entry.result);
    if (a == QLatin1String("note"))
        return tr("Note by %1: %2").arg(entry.result, entry.detail);
    if (a == QLatin1String("resume"))
        return tr("Came back after a dropped connection.");
    if (a == QLatin1String("transfer"))
        return tr("Was transferred between executives (%1).").arg(entry.detail);
    if (a == QLatin1String("hold"))
        return tr("Was put on hold.");
    if (a == QLatin1String("unhold"))
        return tr("Was taken off hold.");
    if (a == QLatin1String("conference-join"))
        return tr("Another executive joined the conversation.");
    if (a == QLatin1String("conference-leave"))
        return tr("An executive left the conversation.");
    if (a == QLatin1String("contact-invitation"))
        return tr("Was invited to a conversation by an executive (%1).").arg(entry.result);
    if (a == QLatin1String("wifi-password-asked"))
        return tr("Was asked for a new Wi-Fi password.");
    if (a == QLatin1String("queue-offer"))
        return tr("Was offered to an executive (%1).").arg(entry.detail);
    if (a == QLatin1String("queue-offer-ended")) {
        if (entry.result == QLatin1String("rejected"))
            return tr("An executive (%1) passed the offer on.").arg(entry.detail);
        if (entry.result == QLatin1String("timed out"))
            return tr("An offer to an executive (%1) was not answered in time.").arg(entry.detail);
        if (entry.result == QLatin1String("customer left"))
            return tr("Left the queue while being offered to an executive.");
        return tr("An offer to an executive (%1) was withdrawn.").arg(entry.detail);
    }
    if (a == QLatin1String("resume-expired"))
        return tr("Did not come back in time after a dropped connection.");
    if (a == QLatin1String("signup"))
        return ok ? tr("Created their account.") : tr("An account sign-up failed.");
    if (a == QLatin1String("change-password"))
        return ok ? tr("Changed their account password.") : tr("An account password change failed.");
    if (a == QLatin1String("change-display-name"))
        return ok ? tr("Changed the name they are greeted with.") : tr("A change of their name failed.");
    return entry.detail.isEmpty() ? QStringLiteral("%1 (%2)").arg(a, entry.result)
                                  : QStringLiteral("%1: %2 (%3)").arg(a, entry.detail, entry.result);
}

} // namespace Turno
