#include "wire.h"

#include <QIODevice>
#include <QStringDecoder>

namespace Turno::Protocol {

WireWriter::WireWriter() : m_stream(&m_data, QIODevice::WriteOnly)
{
    m_stream.setVersion(kStreamVersion);
}

bool WireWriter::operator()(const QString &v, StringLimit)
{
    const QByteArray utf8 = v.toUtf8();
    m_stream << quint32(utf8.size());
    m_stream.writeRawData(utf8.constData(), int(utf8.size()));
    return true;
}

bool WireWriter::operator()(const QStringList &v, ListLimit limit)
{
    m_stream << quint16(v.size());
    for (const QString &item : v)
        (*this)(item, limit.item);
    return true;
}

WireReader::WireReader(const QByteArray &payload) : m_data(payload), m_stream(m_data)
{
    m_stream.setVersion(kStreamVersion);
}

bool WireReader::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
    return false;
}

bool WireReader::operator()(bool &v)
{
    quint8 raw = 0;
    if (!readInt(raw))
        return false;
    if (raw > 1)
        return fail(QStringLiteral("boolean out of range"));
    v = raw == 1;
    return true;
}

bool WireReader::operator()(QString &v, StringLimit limit)
{
    quint32 size = 0;
    if (!readInt(size))
        return false;
    if (size > quint32(limit.maxBytes)) {
        return fail(QStringLiteral("string %1 over its limit (%2 > %3 bytes)")
                        .arg(QLatin1String(limit.name))
                        .arg(size)
                        .arg(limit.maxBytes));
    }
    if (size > quint32(m_stream.device()->bytesAvailable()))
        return fail(QStringLiteral("string %1 runs past the payload").arg(QLatin1String(limit.name)));
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    if (m_stream.readRawData(bytes.data(), int(size)) != int(size))
        return fail(QStringLiteral("payload ends early"));
    QStringDecoder decoder(QStringDecoder::Utf8);
    v = decoder.decode(bytes);
    if (decoder.hasError())
        return fail(QStringLiteral("string %1 is not valid UTF-8").arg(QLatin1String(limit.name)));
    return true;
}

bool WireReader::operator()(QStringList &v, ListLimit limit)
{
    quint16 count = 0;
    if (!readInt(count))
        return false;
    if (count > limit.maxItems) {
        return fail(QStringLiteral("list %1 over its limit (%2 > %3 items)")
                        .arg(QLatin1String(limit.item.name))
                        .arg(count)
                        .arg(limit.maxItems));
    }
    v.clear();
    for (quint16 i = 0; i < count; ++i) {
        QString item;
        if (!(*this)(item, limit.item))
            return false;
        v.append(item);
    }
    return true;
}

bool WireReader::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (m_stream.status() != QDataStream::Ok)
        return fail(QStringLiteral("payload is malformed"));
    if (!m_stream.atEnd())
        return fail(QStringLiteral("payload has %1 unread bytes").arg(m_stream.device()->bytesAvailable()));
    return true;
}

} // namespace Turno::Protocol
