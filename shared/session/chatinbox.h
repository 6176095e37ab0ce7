// The server ids of the chat messages this app has shown: a message that comes again (replayed
// after a resume or a take-over, or delivered once more after its sender resent it) is shown once.
#pragma once

#include <QSet>
#include <QtGlobal>

namespace Turno
{

class ChatInbox
{
public:
    // Whether the message with this server id is new here; it then counts as shown. An id of 0
    // names nothing, so such a message is always new.
    bool admit(quint64 messageId);
    // The newest id shown: a resume asks the server for what came after it.
    quint64 newest() const { return m_newest; }
    void clear();

private:
    QSet<quint64> m_shown;
    quint64 m_newest = 0;
};

} // namespace Turno
