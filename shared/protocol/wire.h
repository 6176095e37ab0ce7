// Reading and writing message payloads: big-endian integers through a pinned QDataStream, and
// length-prefixed UTF-8 strings whose limits are checked before a single byte is taken.
#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QString>
#include <QStringList>

namespace Turno::Protocol {

// The QDataStream version every payload uses; changing it changes the wire format.
inline constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

// Limit of one string field: its maximum size in UTF-8 bytes and its name for error messages.
struct StringLimit {
    int maxBytes;
    const char *name;
};

// Limit of a list of strings: how many items, and each item's limit.
struct ListLimit {
    int maxItems;
    StringLimit item;
};

class WireWriter
{
public:
    WireWriter();
    QByteArray take() { return std::move(m_data); }

    bool operator()(const quint8 &v) { m_stream << v; return true; }
    bool operator()(const quint16 &v) { m_stream << v; return true; }
    bool operator()(const quint32 &v) { m_stream << v; return true; }
    bool operator()(const quint64 &v) { m_stream << v; return true; }
    bool operator()(const qint64 &v) { m_stream << v; return true; }
    bool operator()(const bool &v) { m_stream << quint8(v ? 1 : 0); return true; }
    bool operator()(const QString &v, StringLimit);
    bool operator()(const QStringList &v, ListLimit limit);
    // A list of structs that have visit(), up to maxItems of them.
    template <typename T> bool operator()(const QList<T> &items, int maxItems)
    {
        Q_UNUSED(maxItems);
        m_stream << quint16(items.size());
        for (const T &item : items)
            const_cast<T &>(item).visit(*this);
        return true;
    }

private:
    QByteArray m_data;
    QDataStream m_stream;
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
    // A list of structs that have visit(); the count is checked before any item is read.
    template <typename T> bool operator()(QList<T> &items, int maxItems)
    {
        quint16 count = 0;
        if (!readInt(count))
            return false;
        if (count > maxItems)
            return fail(QStringLiteral("list over its limit (%1 > %2 items)").arg(count).arg(maxItems));
        items.clear();
        for (quint16 i = 0; i < count; ++i) {
            T item;
            if (!item.visit(*this))
                return false;
            items.append(std::move(item));
        }
        return true;
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
