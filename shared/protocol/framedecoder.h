// Takes frames off a byte stream one at a time, checking the length against the cap before any
// payload is buffered. Works on any QIODevice (a socket, or a QBuffer in tests and fuzzers).
#pragma once

#include "messages.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace Turno::Protocol
{

struct Frame {
    quint16 kind = 0;
    QByteArray payload;
};

class FrameDecoder
{
public:
    enum class Status { Frame, NeedMore, Error };

    explicit FrameDecoder(quint32 maxFrame = kDefaultMaxFrame) : m_maxFrame(maxFrame) {}

    // Reads at most one whole frame from device. After Error, the stream is unusable.
    Status next(QIODevice &device, Frame &frame);
    QString error() const { return m_error; }
    quint32 maxFrame() const { return m_maxFrame; }

    // Checks a frame length (what follows the length field) against the rules.
    static bool lengthAcceptable(quint32 length, quint32 maxFrame, QString *error);

private:
    quint32 m_maxFrame;
    QString m_error;
};

} // namespace Turno::Protocol
