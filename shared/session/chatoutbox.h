// Chat messages this app has sent and the server has not yet acknowledged: each gets a
// client-chosen id, stays "sending" until its ChatAck, and can be sent again after a reconnect
// (the server stores and shows a resent id only once).
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Turno
{

class ChatOutbox
{
public:
    struct Pending {
        QString clientMessageId;
        quint32 sessionId = 0;
        QString text;
    };

    // Registers a new message and returns its id.
    QString add(quint32 sessionId, const QString &text);
    // The server committed clientMessageId; returns the message if it was pending.
    std::optional<Pending> acknowledge(const QString &clientMessageId);
    const QList<Pending> &pending() const { return m_pending; }
    void clear() { m_pending.clear(); }

private:
    QList<Pending> m_pending;
};

} // namespace Turno
