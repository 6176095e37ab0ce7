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
    Queue,
    Connect,
    Reject,
    History,
    Older,
    Info,
    RestartInternet,
    RestartWifi,
    Sessions,
    Switch,
    Hold,
    Transfer,
    Invite,
    Colleagues,
    Accept,
    Decline,
    Contacts,
    ContactAdd,
    ContactInvite,
    ContactRemove,
    End,
    Ready,
    Away,
    Help,
    Quit
};

enum class CommandArgument {
    None,     // ":status now" is refused
    Optional, // ":switch" or ":switch Jorge"
    Required, // ":info" alone is refused
};

struct ExecutiveCommand {
    ExecutiveCommandId id;
    const char *name;        // without the colon; may be two words ("restart internet")
    CommandArgument takes;   // what may follow the name
    const char *argument;    // translatable, as :help shows it ("<description>"); nullptr when None
    bool needsSession;       // meaningless without a session in front of the executive
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
    // What to tell the executive when a line did not parse to a command (empty for Ok).
    static QString problem(const ParsedCommand &parsed);

    // Answers the window and the terminal give alike when a command has nothing to act on.
    static QString nothingToConnect();
    static QString nothingToReject();
    static QString noSessionToEnd();
    static QString noSessionNow();
    // :older with nothing older to show.
    static QString nothingOlder();
    // A command that needs a session, typed without one (":hold").
    static QString needsSession(const ParsedCommand &parsed);
};

} // namespace Turno
