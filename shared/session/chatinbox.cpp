#include "chatinbox.h"

namespace Turno
{

bool ChatInbox::admit(quint64 messageId)
{
    if (messageId == 0)
        return true;
    if (m_shown.contains(messageId))
        return false;
    m_shown.insert(messageId);
    m_newest = qMax(m_newest, messageId);
    return true;
}

void ChatInbox::clear()
{
    m_shown.clear();
    m_newest = 0;
}

} // namespace Turno
