#include "executivecommands.h"

#include <QRegularExpression>
#include <array>

namespace Turno
{

namespace
{

constexpr const char *Context = "Turno::ExecutiveCommands";

// The spec's commands, in the order :help lists them.
constexpr std::array Commands{
    ExecutiveCommand{ExecutiveCommandId::Status, "status", nullptr, true,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Shows how many customers are connected.")},
    ExecutiveCommand{
        ExecutiveCommandId::Details, "details", nullptr, false,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Shows the customers connected and what each one did last.")},
    ExecutiveCommand{
        ExecutiveCommandId::History, "history", nullptr, true,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Shows the history of the customer you are attending.")},
    ExecutiveCommand{
        ExecutiveCommandId::Info, "info", QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "description"), true,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Adds a note to the history of the current conversation.")},
    ExecutiveCommand{ExecutiveCommandId::RestartInternet, "restart internet", nullptr, true,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Restarts the customer's internet service.")},
    ExecutiveCommand{ExecutiveCommandId::RestartWifi, "restart wifi", nullptr, true,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands",
                                       "Sets a new Wi-Fi password for the customer and restarts the Wi-Fi.")},
    ExecutiveCommand{ExecutiveCommandId::Connect, "connect", nullptr, true,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Connects you with the next customer waiting.")},
    ExecutiveCommand{ExecutiveCommandId::Reject, "reject", nullptr, true,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands",
                                       "Declines the customer who is ringing; the next executive is offered them.")},
    ExecutiveCommand{
        ExecutiveCommandId::End, "end", nullptr, true,
        QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Ends the conversation with the customer you are attending.")},
    ExecutiveCommand{ExecutiveCommandId::Ready, "ready", nullptr, true,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands",
                                       "Makes you available for customers again (also ends after-call work).")},
    ExecutiveCommand{ExecutiveCommandId::Away, "away", QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "reason"), true,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Sets you away, with a reason; no customer is offered to you.")},
    ExecutiveCommand{ExecutiveCommandId::Help, "help", nullptr, true,
                     QT_TRANSLATE_NOOP("Turno::ExecutiveCommands", "Lists the commands.")},
    ExecutiveCommand{ExecutiveCommandId::Quit, "quit", nullptr, true,
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
    for (const ExecutiveCommand &command : Commands) {
        const QRegularExpressionMatch match = patternFor(command).match(text);
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
    if (!best->argument && !parsed.argument.isEmpty())
        parsed.status = ParsedCommand::Status::UnexpectedArgument;
    else if (best->argument && parsed.argument.isEmpty())
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
    return tr("%1 <%2>", "a command and its argument, as in :info <description>")
        .arg(name, QCoreApplication::translate(Context, command.argument));
}

QString ExecutiveCommands::description(const ExecutiveCommand &command)
{
    return QCoreApplication::translate(Context, command.description);
}

QStringList ExecutiveCommands::helpLines()
{
    QStringList lines;
    for (const ExecutiveCommand &command : Commands) {
        lines.append(command.available ? tr("  %1 — %2").arg(usage(command), description(command))
                                       : tr("  %1 — %2 (available soon)").arg(usage(command), description(command)));
    }
    return lines;
}

QString ExecutiveCommands::problem(const ParsedCommand &parsed)
{
    switch (parsed.status) {
    case ParsedCommand::Status::Ok:
        if (!parsed.command->available)
            return tr("The command %1 is not available yet.").arg(parsed.typed);
        return {};
    case ParsedCommand::Status::NotACommand:
        return tr("You are not attending a customer yet, so there is no one to send that to. Commands start with a "
                  "colon: type :help to see them.");
    case ParsedCommand::Status::Unknown:
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

QString ExecutiveCommands::noSessionToEnd()
{
    return tr("You are not attending a customer, so there is no session to end.");
}

QString ExecutiveCommands::alreadyInSession(const QString &customerName)
{
    return tr("You are already talking with %1. End that session with :end first.").arg(customerName);
}

} // namespace Turno
