// Collapses repeats: of the lines (or request-log rows) with the same key, the first few in a
// window pass, the rest are only counted, and when the window ends the caller writes one
// "… N more like this" in their place. Memory stays bounded: past maxKeys, lines just pass.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Turno::Server
{

class RepeatFilter
{
public:
    explicit RepeatFilter(int passPerWindow = 5, qint64 windowMs = 60'000, int maxKeys = 10'000);

    struct Summary {
        QString key;
        int suppressed = 0;
    };

    // Whether the line with this key should be written. When the key's previous window ended with
    // lines held back, *ended says how many (write that summary first); otherwise it is zeroed.
    bool admit(const QString &key, qint64 nowMs, Summary *ended = nullptr);
    // Forgets every window that has ended; returns those that held lines back.
    QList<Summary> expire(qint64 nowMs);
    int trackedKeys() const { return int(m_windows.size()); }
    // 0 or less lets every line pass.
    void setWindowMs(qint64 windowMs) { m_windowMs = windowMs; }

private:
    struct Window {
        qint64 startMs = 0;
        int seen = 0;
        int suppressed = 0;
    };
    const int m_pass;
    qint64 m_windowMs;
    const int m_maxKeys;
    QHash<QString, Window> m_windows;
};

} // namespace Turno::Server
