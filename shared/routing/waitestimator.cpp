#include "waitestimator.h"

#include <QStringList>
#include <cmath>

namespace Turno::Routing
{

WaitEstimator::WaitEstimator(int window) : m_window(qMax(1, window)) {}

void WaitEstimator::recordHandlingTime(qint64 milliseconds)
{
    if (milliseconds < 0)
        return;
    const qint64 sample = qMin(milliseconds, kMaxHandlingMs);
    m_samples.append(sample);
    m_sum += sample;
    while (m_samples.size() > m_window)
        m_sum -= m_samples.takeFirst();
}

std::optional<qint64> WaitEstimator::averageHandlingMs() const
{
    if (m_samples.isEmpty())
        return std::nullopt;
    return m_sum / m_samples.size();
}

std::optional<qint64> WaitEstimator::pointEstimateMs(int ahead, int agents, qint64 waitedMs) const
{
    const auto average = averageHandlingMs();
    if (!average || agents <= 0 || ahead < 0)
        return std::nullopt;
    const qint64 rounds = (qint64(ahead) + agents) / agents; // ceil((ahead + 1) / agents)
    return qMax<qint64>(0, rounds * *average - qMax<qint64>(0, waitedMs));
}

std::optional<WaitRange> WaitEstimator::estimate(int ahead, int agents, qint64 waitedMs) const
{
    const auto point = pointEstimateMs(ahead, agents, waitedMs);
    if (!point)
        return std::nullopt;
    // ±25 % around the point, widened to whole minutes; never a range narrower than a minute.
    const double seconds = double(*point) / 1000.0;
    qint64 low = qint64(std::floor(seconds * 0.75 / 60.0)) * 60;
    qint64 high = qint64(std::ceil(seconds * 1.25 / 60.0)) * 60;
    if (high <= low)
        high = low + 60;
    return WaitRange{low, high};
}

QString WaitEstimator::serialize() const
{
    QStringList parts;
    for (qint64 sample : m_samples)
        parts.append(QString::number(sample));
    return parts.join(QLatin1Char(','));
}

void WaitEstimator::restore(const QString &text)
{
    m_samples.clear();
    m_sum = 0;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 value = part.trimmed().toLongLong(&ok);
        if (ok)
            recordHandlingTime(value);
    }
}

} // namespace Turno::Routing
