#include "chatoutbox.h"

#include <QUuid>

namespace Turno
{

QString ChatOutbox::add(quint32 sessionId, const QString &text)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_pending.append({id, sessionId, text});
    return id;
}

std::optional<ChatOutbox::Pending> ChatOutbox::acknowledge(const QString &clientMessageId)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending[i].clientMessageId == clientMessageId)
            return m_pending.takeAt(i);
    }
    return std::nullopt;
}

} // namespace Turno
