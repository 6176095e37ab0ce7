#include "executivecommands.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace Turno
{

namespace
{

constexpr const char *Context = "Turno::ExecutiveCommands";
using Arg = CommandArgument;
using Id = ExecutiveCommandId;

// Every command, in the order :help lists them: the line and the customers first, then the
// session, the team, contacts, and presence.
constexpr std::array Commands{
    ExecutiveCommand{Id::Status, "status", Arg::None, nullptr, false,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Shows how many customers are connected.")},
    ExecutiveCommand{
        Id::Details, "details", Arg::None, nullptr, false,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Shows the customers connected and what each one did last.")},
    ExecutiveCommand{
        Id::Queue, "queue", Arg::None, nullptr, false,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Lists the customers waiting in your lines, oldest first.")},
    ExecutiveCommand{
        Id::Connect, "connect", Arg::Optional, QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "[name or number]"), false,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands",
                          "Takes the customer who is ringing, or else the one who has waited longest; with a "
                          "name or number from :queue, that customer.")},
    ExecutiveCommand{Id::Reject, "reject", Arg::None, nullptr, false,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands",
                                       "Declines the customer who is ringing; the next executive is offered them.")},
    ExecutiveCommand{
        Id::History, "history", Arg::Optional, QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "[name or number]"), false,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands",
                          "Shows the history of the customer you are attending; with a name or number from "
                          ":queue, of that waiting customer.")},
    ExecutiveCommand{
        Id::Older, "older", Arg::None, nullptr, false,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Shows the entries before those of the last history shown.")},
    ExecutiveCommand{
        Id::Info, "info", Arg::Required, QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "<description>"), true,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Adds a note to the history of the current conversation.")},
    ExecutiveCommand{Id::RestartInternet, "restart internet", Arg::None, nullptr, true,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Restarts the customer's internet service.")},
    ExecutiveCommand{Id::RestartWifi, "restart wifi", Arg::None, nullptr, true,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands",
                                       "Sets a new Wi-Fi password for the customer and restarts the Wi-Fi.")},
    ExecutiveCommand{
        Id::Sessions, "sessions", Arg::None, nullptr, false,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands",
                          "Lists your sessions, with the ones on hold and the messages you have not read.")},
    ExecutiveCommand{
        Id::Switch, "switch", Arg::Optional, QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "[name or number]"), true,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands",
                          "Goes to another session (the next one, or the one named); the one you leave goes "
                          "on hold.")},
    ExecutiveCommand{
        Id::Hold, "hold", Arg::None, nullptr, true,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Puts the current session on hold; :switch brings it back.")},
    ExecutiveCommand{Id::Transfer, "transfer", Arg::Required,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "<colleague>"), true,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands",
                                       "Hands the current customer to a colleague, who gets them first in line.")},
    ExecutiveCommand{
        Id::Invite, "invite", Arg::Required, QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "<colleague>"), true,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Invites a colleague into the current session (a conference).")},
    ExecutiveCommand{
        Id::Colleagues, "colleagues", Arg::None, nullptr, false,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Lists the colleagues online, for :transfer and :invite.")},
    ExecutiveCommand{Id::Accept, "accept", Arg::None, nullptr, false,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Joins the session a colleague invited you into.")},
    ExecutiveCommand{Id::Decline, "decline", Arg::None, nullptr, false,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Declines a colleague's invitation.")},
    ExecutiveCommand{Id::Contacts, "contacts", Arg::None, nullptr, false,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Lists your contacts and whether they are free.")},
    ExecutiveCommand{Id::ContactAdd, "contact add", Arg::None, nullptr, true,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Adds the current customer to your contacts.")},
    ExecutiveCommand{Id::ContactInvite, "contact invite", Arg::Required,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "<name> [internet|wifi]"), false,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands",
                                       "Invites a free contact to a session about the service (Internet unless you say "
                                       "wifi).")},
    ExecutiveCommand{Id::ContactRemove, "contact remove", Arg::Required,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "<name>"), false,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Removes someone from your contacts.")},
    ExecutiveCommand{
        Id::End, "end", Arg::None, nullptr, true,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Ends the conversation with the customer you are attending.")},
    ExecutiveCommand{Id::Ready, "ready", Arg::None, nullptr, false,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands",
                                       "Makes you available for customers again (also ends after-call work).")},
    ExecutiveCommand{
        Id::Away, "away", Arg::Required, QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "<reason>"), false,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Sets you away, with a reason; no customer is offered to you.")},
    ExecutiveCommand{Id::Help, "help", Arg::None, nullptr, false,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Lists the commands.")},
    ExecutiveCommand{Id::Quit, "quit", Arg::None, nullptr, false,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Logs out and ends the program.")},
};

// Matches ":restart   Internet extra words": the command's words in any case and spacing, then the rest.
QRegularExpression patternFor(const ExecutiveCommand &command)
{
    QStringList words;
    for (const QString &word : QString::fromLatin1(command.name).split(QLatin1Char(' ')))
        words.append(QRegularExpression::escape(word));
    return QRegularExpression(QStringLiteral("^:\\s*(%1)(?:\\s+(.*))?$").arg(words.join(QStringLiteral("\\s+"))),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::DotMatchesEverythingOption);
}

QString firstWord(const char *name)
{
    return QString::fromLatin1(name).section(QLatin1Char(' '), 0, 0);
}

// Edits (a letter added, dropped, changed, or two swapped) between two short words.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

// The one command a mistyped word most likely meant (":swich" → ":switch", ":colle" →
// ":colleagues"), or empty when none or several are as likely.
QString likelyMeant(const QString &typedWord)
{
    const QString word = typedWord.toLower();
    if (word.size() < 2)
        return {};
    QStringList candidates;
    for (const ExecutiveCommand &command : Commands) {
        const QString first = firstWord(command.name);
        if (candidates.contains(first))
            continue;
        const int allowed = word.size() <= 4 ? 1 : 2;
        // Words whose lengths differ by more than allowed are further apart than that: no table
        // to fill (a pasted page after ':' would fill one of its length for every command).
        const bool near = qAbs(word.size() - first.size()) <= allowed && editDistance(word, first) <= allowed;
        if ((word.size() >= 3 && first.startsWith(word)) || near)
            candidates.append(first);
    }
    return candidates.size() == 1 ? QLatin1Char(':') + candidates.constFirst() : QString();
}

} // namespace

std::span<const ExecutiveCommand> ExecutiveCommands::all()
{
    return Commands;
}

ParsedCommand ExecutiveCommands::parse(const QString &line)
{
    ParsedCommand parsed;
    const QString text = line.trimmed();
    if (!text.startsWith(QLatin1Char(':')))
        return parsed;
    // Longer names first, so ":restart internet" is never read as ":restart" plus an argument.
    const ExecutiveCommand *best = nullptr;
    QRegularExpressionMatch bestMatch;
    // Compiled once: a line is matched against every command.
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const ExecutiveCommand &command : Commands)
            list.append(patternFor(command));
        return list;
    }();
    for (size_t i = 0; i < Commands.size(); ++i) {
        const ExecutiveCommand &command = Commands[i];
        const QRegularExpressionMatch match = patterns.at(qsizetype(i)).match(text);
        if (match.hasMatch() && (!best || qstrlen(command.name) > qstrlen(best->name))) {
            best = &command;
            bestMatch = match;
        }
    }
    if (!best) {
        const QString word = text.mid(1).trimmed().section(QRegularExpression(QStringLiteral("\\s+")), 0, 0);
        parsed.typed = QLatin1Char(':') + word;
        parsed.status = ParsedCommand::Status::Unknown;
        for (const ExecutiveCommand &command : Commands) {
            if (!word.isEmpty() && QString::fromLatin1(command.name).contains(QLatin1Char(' ')) &&
                firstWord(command.name).compare(word, Qt::CaseInsensitive) == 0)
                parsed.status = ParsedCommand::Status::Incomplete;
        }
        return parsed;
    }
    parsed.command = best;
    parsed.typed = QLatin1Char(':') + QString::fromLatin1(best->name);
    parsed.argument = bestMatch.captured(2).trimmed();
    if (best->takes == CommandArgument::None && !parsed.argument.isEmpty())
        parsed.status = ParsedCommand::Status::UnexpectedArgument;
    else if (best->takes == CommandArgument::Required && parsed.argument.isEmpty())
        parsed.status = ParsedCommand::Status::MissingArgument;
    else
        parsed.status = ParsedCommand::Status::Ok;
    return parsed;
}

QString ExecutiveCommands::usage(const ExecutiveCommand &command)
{
    const QString name = QLatin1Char(':') + QString::fromLatin1(command.name);
    if (!command.argument)
        return name;
    return name + QLatin1Char(' ') + QCoreApplication::translate(Context, command.argument);
}

QString ExecutiveCommands::description(const ExecutiveCommand &command)
{
    return QCoreApplication::translate(Context, command.description);
}

QStringList ExecutiveCommands::helpLines()
{
    QStringList lines;
    for (const ExecutiveCommand &command : Commands)
        lines.append(tr("  %1 — %2").arg(usage(command), description(command)));
    return lines;
}

QString ExecutiveCommands::problem(const ParsedCommand &parsed)
{
    switch (parsed.status) {
    case ParsedCommand::Status::Ok:
        return {};
    case ParsedCommand::Status::NotACommand:
        return tr("You are not attending a customer yet, so there is no one to send that to. Commands start with a "
                  "colon: type :help to see them.");
    case ParsedCommand::Status::Unknown:
        if (const QString meant = likelyMeant(parsed.typed.mid(1)); !meant.isEmpty())
            return tr("There is no command %1. Did you mean %2? Type :help to see the commands.")
                .arg(parsed.typed, meant);
        return tr("There is no command %1. Type :help to see the commands.").arg(parsed.typed);
    case ParsedCommand::Status::Incomplete: {
        QStringList choices;
        for (const ExecutiveCommand &command : Commands) {
            if (firstWord(command.name).compare(parsed.typed.mid(1), Qt::CaseInsensitive) == 0)
                choices.append(usage(command));
        }
        return tr("%1 needs one more word. Use one of: %2").arg(parsed.typed, choices.join(QStringLiteral(", ")));
    }
    case ParsedCommand::Status::MissingArgument:
        return tr("%1 needs something after it. Use it as %2").arg(parsed.typed, usage(*parsed.command));
    case ParsedCommand::Status::UnexpectedArgument:
        return tr("%1 takes nothing after it. Use it as %2").arg(parsed.typed, usage(*parsed.command));
    }
    return {};
}

QString ExecutiveCommands::nothingToConnect()
{
    return tr("No customer is waiting to connect.");
}

QString ExecutiveCommands::nothingToReject()
{
    return tr("No customer is ringing right now, so there is nothing to reject.");
}

QString ExecutiveCommands::noSessionNow()
{
    return tr("You are not attending a customer right now.");
}

QString ExecutiveCommands::nothingOlder()
{
    return tr("There is nothing older in the history shown last.");
}

QString ExecutiveCommands::noSessionToEnd()
{
    return tr("You are not attending a customer, so there is no session to end.");
}

QString ExecutiveCommands::needsSession(const ParsedCommand &parsed)
{
    if (parsed.command && parsed.command->id == ExecutiveCommandId::End)
        return noSessionToEnd();
    return tr("%1 works in a session, and you are not attending a customer right now.").arg(parsed.typed);
}

} // namespace Turno
