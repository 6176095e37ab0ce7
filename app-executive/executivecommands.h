// The executive's terminal commands (":status", ":restart internet", …) in one table: parsing,
// :help and the terminal all read it, so adding or finishing a command happens in one place.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <span>

namespace Turno
{

enum class ExecutiveCommandId {
    Status,
    Details,
    History,
    Info,
    RestartInternet,
    RestartWifi,
    Connect,
    Reject,
    End,
    Ready,
    Away,
    Help,
    Quit
};

struct ExecutiveCommand {
    ExecutiveCommandId id;
    const char *name;        // without the colon; may be two words ("restart internet")
    const char *argument;    // translatable placeholder for :help ("description"), or nullptr: none taken
    bool available;          // false: answered "not available yet" until a later version does it
    const char *description; // translatable, for :help
};

struct ParsedCommand {
    enum class Status {
        Ok,
        NotACommand,        // does not start with ':': a chat message to the customer, when there is one
        Unknown,            // no such command
        Incomplete,         // the first word of a longer command (":restart")
        MissingArgument,    // ":info" without a description
        UnexpectedArgument, // ":status now"
    };
    Status status = Status::NotACommand;
    const ExecutiveCommand *command = nullptr;
    QString typed;    // the command word(s) as typed, with the colon, for messages
    QString argument; // the rest of the line, trimmed
};

class ExecutiveCommands
{
    Q_DECLARE_TR_FUNCTIONS(Turno::ExecutiveCommands)
public:
    static std::span<const ExecutiveCommand> all();
    static ParsedCommand parse(const QString &line);

    // ":info <description>"
    static QString usage(const ExecutiveCommand &command);
    static QString description(const ExecutiveCommand &command);
    // The lines :help prints, one per command.
    static QStringList helpLines();
    // What to tell the executive when a line did not parse to an available command (empty for Ok).
    static QString problem(const ParsedCommand &parsed);

    // Answers the window and the terminal give alike when a command has nothing to act on.
    static QString nothingToConnect();
    static QString nothingToReject();
    static QString noSessionToEnd();
    static QString noSessionNow();
    static QString alreadyInSession(const QString &customerName);
};

} // namespace Turno
