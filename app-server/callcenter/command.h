// The console's commands (call, answer, reject, hangup, help, quit): parsing a typed line,
// and applying a command to the routing engine. Shared by the local, --serve and --connect modes.
#pragma once

#include "callcenter/failure.h"
#include "routing/routingengine.h"

#include <QString>

#include <optional>

namespace Turno::CallCenter
{

struct Command {
    enum class Kind { Call, Answer, Reject, HangUp, Help, Quit };
    Kind kind;
    QString id; // call id for call/hangup, operator id for answer/reject; empty for help/quit

    // The word that names the command on the terminal and in JSON ("call", "hangup", ...).
    static QString name(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static bool takesId(Kind kind);
};

// What a typed line means: nothing (blank line), a command, or a failure to report.
struct ParsedLine {
    std::optional<Command> command;
    Failure failure;
    bool isBlank() const { return !command && failure.isNull(); }
};

ParsedLine parseLine(const QString &line);
// Checks an id as every mode does before anything reaches the engine.
Failure checkId(Command::Kind kind, const QString &id);

// Runs call/answer/reject/hangup on the engine. Help and quit are the front end's business.
Routing::Result apply(Routing::RoutingEngine &engine, const Command &command);

} // namespace Turno::CallCenter
