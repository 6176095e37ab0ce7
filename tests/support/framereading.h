// Reading frames from bytes in a test: the real FrameDecoder over a buffer.
#pragma once

#include "protocol/framedecoder.h"

#include <QBuffer>

namespace Turno::Test
{

// Decodes the first frame of bytes with the given cap; error says why when it is not a frame.
inline Protocol::FrameDecoder::Status decodeOne(const QByteArray &bytes, Protocol::Frame &frame,
                                                QString *error = nullptr, quint32 cap = Protocol::kDefaultMaxFrame)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    Protocol::FrameDecoder decoder(cap);
    const auto status = decoder.next(buffer, frame);
    if (error)
        *error = decoder.error();
    return status;
}

} // namespace Turno::Test
