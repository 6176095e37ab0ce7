#include "framedecoder.h"

#include "codec.h"

namespace Turno::Protocol
{

bool FrameDecoder::lengthAcceptable(quint32 length, quint32 maxFrame, QString *error)
{
    if (length == 0) {
        *error = QStringLiteral("frame of length zero");
        return false;
    }
    if (length < quint32(kKindBytes)) {
        *error = QStringLiteral("frame of length %1 has no room for its kind").arg(length);
        return false;
    }
    if (length > maxFrame) {
        *error = QStringLiteral("frame of %1 bytes is over the %2-byte cap").arg(length).arg(maxFrame);
        return false;
    }
    return true;
}

FrameDecoder::Status FrameDecoder::next(QIODevice &device, Frame &frame)
{
    if (!m_error.isEmpty())
        return Status::Error;
    char header[kLengthBytes + kKindBytes];
    if (device.peek(header, kLengthBytes) < kLengthBytes)
        return Status::NeedMore;
    const quint32 length = qFromBigEndian<quint32>(header);
    if (!lengthAcceptable(length, m_maxFrame, &m_error))
        return Status::Error;
    if (device.bytesAvailable() < qint64(kLengthBytes) + length)
        return Status::NeedMore;
    device.read(header, sizeof header);
    frame.kind = qFromBigEndian<quint16>(header + kLengthBytes);
    frame.payload = device.read(length - kKindBytes);
    return Status::Frame;
}

} // namespace Turno::Protocol
