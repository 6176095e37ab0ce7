// Frames on the wire: a quint32 big-endian length (of what follows it: kind + payload), a quint16
// kind, then the payload. encodeFrame() builds one; dispatch() decodes a payload into its message
// struct and hands it to a handler, which must have a handle() overload for every kind.
#pragma once

#include "messages.h"

#include <QtEndian>
#include <optional>

namespace Turno::Protocol
{

inline constexpr int kLengthBytes = 4;
inline constexpr int kKindBytes = 2;

// The payload of message, or nothing when a string that may not be shortened (an id, a key, a
// credential) is over its limit; *error then says which. Text over its limit is shortened and
// lists are cut, so whatever comes out is a payload the peer's reader accepts. An optional field
// is written only when its feature is in features (every one by default, for a payload that does
// not go to a peer; Connection passes what the handshake agreed).
template <typename M>
std::optional<QByteArray> tryEncodePayload(const M &message, QString *error = nullptr,
                                           const FeatureSet &features = FeatureSet::everything())
{
    WireWriter writer(features);
    if (!const_cast<M &>(message).visit(writer)) {
        if (error)
            *error = writer.error();
        return std::nullopt;
    }
    return writer.take();
}

// As tryEncodePayload(), with an empty payload for a refused message (for messages known to be
// within their limits, and for records that are not messages, such as one HistoryEntry).
template <typename M> QByteArray encodePayload(const M &message)
{
    return tryEncodePayload(message).value_or(QByteArray());
}

// A whole frame, or an empty one when the encoder refuses the message (*error says why).
template <typename M>
QByteArray encodeFrame(const M &message, QString *error = nullptr,
                       const FeatureSet &features = FeatureSet::everything())
{
    QString why;
    const std::optional<QByteArray> payload = tryEncodePayload(message, &why, features);
    if (!payload) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QLatin1String(MessageTraits<M>::name_), why);
        return QByteArray();
    }
    QByteArray frame(kLengthBytes + kKindBytes, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(kKindBytes + payload->size()), frame.data());
    qToBigEndian<quint16>(quint16(MessageTraits<M>::kind), frame.data() + kLengthBytes);
    frame.append(*payload);
    return frame;
}
// Decodes one payload into message; on failure error says why. The whole payload must be used
// (an optional field the peer did not send keeps its default).
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
