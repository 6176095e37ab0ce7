#include "repeatfilter.h"

namespace Turno::Server
{

RepeatFilter::RepeatFilter(int passPerWindow, qint64 windowMs, int maxKeys)
    : m_pass(qMax(1, passPerWindow)), m_windowMs(windowMs), m_maxKeys(qMax(1, maxKeys))
{
}

bool RepeatFilter::admit(const QString &key, qint64 nowMs, Summary *ended)
{
    if (ended)
        *ended = Summary{};
    if (m_windowMs <= 0)
        return true;
    auto it = m_windows.find(key);
    if (it != m_windows.end() && nowMs - it->startMs >= m_windowMs) {
        if (ended && it->suppressed > 0)
            *ended = Summary{key, it->suppressed};
        *it = Window{nowMs, 0, 0};
    }
    if (it == m_windows.end()) {
        if (m_windows.size() >= m_maxKeys)
            return true; // too many different lines to follow: none is held back
        it = m_windows.insert(key, Window{nowMs, 0, 0});
    }
    if (++it->seen <= m_pass)
        return true;
    ++it->suppressed;
    return false;
}

QList<RepeatFilter::Summary> RepeatFilter::expire(qint64 nowMs)
{
    QList<Summary> ended;
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (nowMs - it->startMs < m_windowMs) {
            ++it;
            continue;
        }
        if (it->suppressed > 0)
            ended.append(Summary{it.key(), it->suppressed});
        it = m_windows.erase(it);
    }
    return ended;
}

} // namespace Turno::Server
