// A refused command, as the console prints it and as the JSON protocol carries it: a kind
// (the wire name, e.g. "unknown-call") plus the id and command it is about.
#pragma once

#include "routing/routingtypes.h"

#include <QString>

namespace Turno::CallCenter
{

namespace FailureKind
{
inline constexpr char UnknownCommand[] = "unknown-command";
inline constexpr char MissingId[] = "missing-id";
inline constexpr char IdTooLong[] = "id-too-long";
inline constexpr char UnexpectedArgument[] = "unexpected-argument";
inline constexpr char UnknownCall[] = "unknown-call";
inline constexpr char CallIdInUse[] = "call-id-in-use";
inline constexpr char UnknownOperator[] = "unknown-operator";
inline constexpr char OperatorNotRinging[] = "operator-not-ringing";
inline constexpr char OperatorIdInUse[] = "operator-id-in-use";
inline constexpr char OperatorNotIdle[] = "operator-not-idle";
inline constexpr char CallNotQueued[] = "call-not-queued";
inline constexpr char InvalidJson[] = "invalid-json";
inline constexpr char MissingCommand[] = "missing-command";
inline constexpr char LineTooLong[] = "line-too-long";
} // namespace FailureKind

struct Failure {
    QString kind;    // one of FailureKind
    QString subject; // the id or word at fault, if any
    QString command; // the command it belongs to, if any

    bool isNull() const { return kind.isEmpty(); }
};

Failure failureFromEngine(Routing::ErrorKind kind, const QString &subject, const QString &command);

} // namespace Turno::CallCenter
