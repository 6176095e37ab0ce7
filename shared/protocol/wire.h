// Reading and writing message payloads: big-endian integers through a pinned QDataStream, and
// length-prefixed UTF-8 strings whose limits are checked before a single byte is taken. The writer
// keeps to the same limits, so it never writes what the reader would refuse.
#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QString>
#include <QStringList>

namespace Turno::Protocol
{

// The QDataStream version every payload uses; changing it changes the wire format.
inline constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

// What the writer does with a string over its limit: text people read is shortened (at a
// character, never inside one), while an id, a key or a credential, which would name something
// else once shortened, makes it refuse the whole message.
enum class Overflow { Truncate, Refuse };

// Limit of one string field: its maximum size in UTF-8 bytes and its name for error messages.
struct StringLimit {
    int maxBytes;
    const char *name;
    Overflow overflow = Overflow::Truncate;
};

// Limit of a list of strings: how many items, and each item's limit.
struct ListLimit {
    int maxItems;
    StringLimit item;
};

// Limit of a list of records (structs with visit()): how many items, and how many bytes they may
// take together, so that the message stays under the frame cap. The reader checks the count; the
// writer keeps to both, writing the first items that fit.
struct RecordListLimit {
    int maxItems;
    int maxBytes;
    const char *name;
};

// The features both ends of a connection named in the handshake (Hello ∩ Welcome). An optional
// field is written only when its feature is in the set. everything() writes every optional field,
// for a payload that is not on its way to a peer (a size estimate, a test's sample).
class FeatureSet
{
public:
    FeatureSet() = default; // none: what a connection may assume before the handshake
    static FeatureSet everything();
    // The features named on both sides.
    static FeatureSet negotiated(const QStringList &ours, const QStringList &theirs);

    bool has(const char *feature) const { return m_everything || m_names.contains(QLatin1String(feature)); }
    QStringList names() const { return m_names; }

private:
    QStringList m_names;
    bool m_everything = false;
};

class WireWriter
{
public:
    explicit WireWriter(FeatureSet features = FeatureSet::everything());
    QByteArray take() { return std::move(m_data); }
    // Why the writer refused (a string that may not be shortened was over its limit); empty if it did not.
    QString error() const { return m_error; }

    // One line each reads better here.
    // clang-format off
    bool operator()(const quint8 &v) { m_stream << v; return true; }
    bool operator()(const quint16 &v) { m_stream << v; return true; }
    bool operator()(const quint32 &v) { m_stream << v; return true; }
    bool operator()(const quint64 &v) { m_stream << v; return true; }
    bool operator()(const qint64 &v) { m_stream << v; return true; }
    bool operator()(const bool &v) { m_stream << quint8(v ? 1 : 0); return true; }
    // clang-format on
    bool operator()(const QString &v, StringLimit limit);
    // Writes the first limit.maxItems strings.
    bool operator()(const QStringList &v, ListLimit limit);
    template <typename T> bool operator()(const QList<T> &items, RecordListLimit limit)
    {
        QByteArray body;
        qsizetype written = 0;
        for (const T &item : items) {
            if (written == limit.maxItems)
                break;
            WireWriter one(m_features);
            if (!const_cast<T &>(item).visit(one))
                return refuse(one.error());
            const QByteArray bytes = one.take();
            if (body.size() + bytes.size() > limit.maxBytes)
                break;
            body += bytes;
            ++written;
        }
        if (written < items.size())
            listCut(limit.name, items.size(), written);
        m_stream << quint16(written);
        m_stream.writeRawData(body.constData(), int(body.size()));
        return true;
    }
    // A field added after a message's first version: always after every positional field, and in
    // the order the fields were added. Written only to a peer that named feature.
    template <typename T, typename... Limit> bool optional(const char *feature, const T &v, Limit... limit)
    {
        return !m_features.has(feature) || (*this)(v, limit...);
    }

private:
    bool refuse(const QString &reason);
    // Logs (once per list) that a list was cut to fit.
    static void listCut(const char *name, qsizetype items, qsizetype written);

    FeatureSet m_features;
    QByteArray m_data;
    QDataStream m_stream;
    QString m_error;
};

// Reads one payload. The first failure is kept in error(); every later read fails too.
class WireReader
{
public:
    explicit WireReader(const QByteArray &payload);

    bool operator()(quint8 &v) { return readInt(v); }
    bool operator()(quint16 &v) { return readInt(v); }
    bool operator()(quint32 &v) { return readInt(v); }
    bool operator()(quint64 &v) { return readInt(v); }
    bool operator()(qint64 &v) { return readInt(v); }
    bool operator()(bool &v);
    bool operator()(QString &v, StringLimit limit);
    bool operator()(QStringList &v, ListLimit limit);
    // A list of records; the count is checked before any item is read.
    template <typename T> bool operator()(QList<T> &items, RecordListLimit limit)
    {
        quint16 count = 0;
        if (!readInt(count))
            return false;
        if (count > limit.maxItems) {
            return fail(QStringLiteral("list %1 over its limit (%2 > %3 items)")
                            .arg(QLatin1String(limit.name))
                            .arg(count)
                            .arg(limit.maxItems));
        }
        items.clear();
        for (quint16 i = 0; i < count; ++i) {
            T item;
            if (!item.visit(*this))
                return false;
            items.append(std::move(item));
        }
        return true;
    }
    // Read only when the payload goes on: a peer that did not name feature (or an older one)
    // stops before it, and v keeps its default. Bytes after the last field this build knows are
    // still refused by finish().
    template <typename T, typename... Limit> bool optional(const char *, T &v, Limit... limit)
    {
        if (!m_error.isEmpty())
            return false;
        return m_stream.atEnd() || (*this)(v, limit...);
    }

    // True when everything read fine and nothing is left over.
    bool finish();
    bool fail(const QString &reason);
    QString error() const { return m_error; }

private:
    template <typename T> bool readInt(T &v)
    {
        if (!m_error.isEmpty())
            return false;
        m_stream >> v;
        return m_stream.status() == QDataStream::Ok || fail(QStringLiteral("payload ends early"));
    }

    QByteArray m_data;
    QDataStream m_stream;
    QString m_error;
};

} // namespace Turno::Protocol
