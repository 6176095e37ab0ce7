// Frames on the wire: a quint32 big-endian length (of what follows it: kind + payload), a quint16
// kind, then the payload. encodeFrame() builds one; dispatch() decodes a payload into its message
// struct and hands it to a handler, which must have a handle() overload for every kind.
#pragma once

#include "messages.h"

#include <QtEndian>

namespace Turno::Protocol {

inline constexpr int kLengthBytes = 4;
inline constexpr int kKindBytes = 2;

template <typename M> QByteArray encodePayload(const M &message)
{
    WireWriter writer;
    const_cast<M &>(message).visit(writer);
    return writer.take();
}

template <typename M> QByteArray encodeFrame(const M &message)
{
    const QByteArray payload = encodePayload(message);
    QByteArray frame(kLengthBytes + kKindBytes, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(kKindBytes + payload.size()), frame.data());
    qToBigEndian<quint16>(quint16(MessageTraits<M>::kind), frame.data() + kLengthBytes);
    frame.append(payload);
    return frame;
}

// Decodes one payload into message; on failure error says why. The whole payload must be used.
template <typename M> bool decodePayload(const QByteArray &payload, M &message, QString *error)
{
    WireReader reader(payload);
    if (message.visit(reader) && reader.finish()) {
        if constexpr (requires { message.valid(); }) {
            if (!message.valid()) {
                *error = QStringLiteral("%1 has a value out of range").arg(QLatin1String(MessageTraits<M>::name_));
                return false;
            }
        }
        return true;
    }
    *error = QStringLiteral("%1: %2").arg(QLatin1String(MessageTraits<M>::name_), reader.error());
    return false;
}

struct DispatchResult {
    bool ok = true;
    QString error;
};

// Decodes payload as message kind `kind` and calls handler.handle(message). The handler must
// accept every kind (a generic overload may refuse the ones it does not expect); a kind without
// a handle() fails to compile.
template <typename Handler> DispatchResult dispatch(quint16 kind, const QByteArray &payload, Handler &handler)
{
    DispatchResult result;
    switch (Kind(kind)) {
#define TURNO_DISPATCH(name, number, direction)                                                                        \
    case Kind::name: {                                                                                                 \
        name message;                                                                                                  \
        if (!decodePayload(payload, message, &result.error)) {                                                         \
            result.ok = false;                                                                                         \
            return result;                                                                                             \
        }                                                                                                              \
        handler.handle(message);                                                                                       \
        return result;                                                                                                 \
    }
        TURNO_MESSAGES(TURNO_DISPATCH)
#undef TURNO_DISPATCH
    }
    result.ok = false;
    result.error = QStringLiteral("unknown message kind %1").arg(kind);
    return result;
}

} // namespace Turno::Protocol
