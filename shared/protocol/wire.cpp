#include "wire.h"

#include "protocollogging.h"

#include <QIODevice>
#include <QMutex>
#include <QSet>
#include <QStringDecoder>

namespace Turno::Protocol
{

Q_LOGGING_CATEGORY(lcProtocol, "turno.protocol")

namespace
{

// The first time a field is shortened or a list cut, the log says so; after that, silence: a name
// too long for the wire may go out in every waiting list, every 15 s, to every executive.
bool firstTimeFor(const char *what, const char *name)
{
    static QMutex mutex;
    static QSet<QByteArray> told;
    const QByteArray key = QByteArray(what) + ' ' + name;
    QMutexLocker lock(&mutex);
    if (told.contains(key))
        return false;
    told.insert(key);
    return true;
}

// Where to cut utf8 so that it keeps at most maxBytes and no partial character: back from
// maxBytes over continuation bytes (10xxxxxx) to the start of the character they belong to.
qsizetype characterBoundary(const QByteArray &utf8, qsizetype maxBytes)
{
    qsizetype cut = maxBytes;
    while (cut > 0 && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
        --cut;
    return cut;
}

} // namespace

FeatureSet FeatureSet::everything()
{
    FeatureSet all;
    all.m_everything = true;
    return all;
}

FeatureSet FeatureSet::negotiated(const QStringList &ours, const QStringList &theirs)
{
    FeatureSet both;
    for (const QString &name : ours) {
        if (theirs.contains(name) && !both.m_names.contains(name))
            both.m_names.append(name);
    }
    return both;
}

WireWriter::WireWriter(FeatureSet features) : m_features(std::move(features)), m_stream(&m_data, QIODevice::WriteOnly)
{
    m_stream.setVersion(kStreamVersion);
}

bool WireWriter::refuse(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
    return false;
}

void WireWriter::listCut(const char *name, qsizetype items, qsizetype written)
{
    if (firstTimeFor("list", name)) {
        qCWarning(lcProtocol).noquote() << QStringLiteral("list %1 over its limit: %2 of its %3 items sent; later "
                                                          "lists cut the same way are not logged")
                                               .arg(QLatin1String(name))
                                               .arg(written)
                                               .arg(items);
    }
}

bool WireWriter::operator()(const QString &v, StringLimit limit)
{
    QByteArray utf8 = v.toUtf8();
    if (utf8.size() > limit.maxBytes) {
        if (limit.overflow == Overflow::Refuse) {
            return refuse(QStringLiteral("string %1 over its limit (%2 > %3 bytes), not sent")
                              .arg(QLatin1String(limit.name))
                              .arg(utf8.size())
                              .arg(limit.maxBytes));
        }
        if (firstTimeFor("string", limit.name)) {
            qCWarning(lcProtocol).noquote() << QStringLiteral("string %1 over its limit (%2 > %3 bytes): sent "
                                                              "shortened; later ones are shortened without a word")
                                                   .arg(QLatin1String(limit.name))
                                                   .arg(utf8.size())
                                                   .arg(limit.maxBytes);
        }
        utf8.truncate(characterBoundary(utf8, limit.maxBytes));
    }
    m_stream << quint32(utf8.size());
    m_stream.writeRawData(utf8.constData(), int(utf8.size()));
    return true;
}

bool WireWriter::operator()(const QStringList &v, ListLimit limit)
{
    const qsizetype written = qMin<qsizetype>(v.size(), limit.maxItems);
    if (written < v.size())
        listCut(limit.item.name, v.size(), written);
    m_stream << quint16(written);
    for (qsizetype i = 0; i < written; ++i) {
        if (!(*this)(v.at(i), limit.item))
            return false;
    }
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
