// The call-center console's JSON line protocol between --connect and --serve (docs/routing.md).
// Client: {"command":"call","id":"1"}. Server: one line per message, {"response":...} or
// {"error":...} with structured fields; the last line answering a command carries "done":true.
#pragma once

#include "callcenter/command.h"
#include "callcenter/failure.h"
#include "routing/routingtypes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Turno::CallCenter::Wire
{

// Longest line either side accepts, without its "\n".
inline constexpr qsizetype MaxLineBytes = 4096;

QByteArray encodeCommand(const Command &command);

// A decoded client line: a command, or the failure to answer with.
struct Request {
    std::optional<Command> command;
    Failure failure;
};
Request decodeRequest(const QByteArray &line);

// `text` is the line in the server's language; the structured fields let a client print it in its own.
QByteArray encodeEvent(const Routing::Event &event, const QString &text, bool done);
QByteArray encodeFailure(const Failure &failure, const QString &text, bool done);

// A decoded server line.
struct Reply {
    bool isError = false;
    bool done = false;
    std::optional<Routing::Event> event; // when the event name is known
    Failure failure;                     // when isError
    QString text;                        // the server's own wording, the fallback
};
std::optional<Reply> decodeReply(const QByteArray &line);

} // namespace Turno::CallCenter::Wire
