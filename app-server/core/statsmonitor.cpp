#include "statsmonitor.h"

#include "contactcenter.h"
#include "participant.h"
#include "serverlog.h"
#include "sessiondesk.h"

#include <QFile>

#include <sys/resource.h>
#include <unistd.h>

namespace Turno::Server
{

namespace
{
// The probe timer's period: a stall is how much later than this a tick arrives.
constexpr int kProbeMs = 20;
} // namespace

StatsMonitor::StatsMonitor(ContactCenter &center, QObject *parent) : QObject(parent), m_center(center)
{
    m_probe.setTimerType(Qt::PreciseTimer);
    m_probe.setInterval(kProbeMs);
    connect(&m_probe, &QTimer::timeout, this, &StatsMonitor::tick);
    m_probe.start();
    m_sinceTick.start();
    connect(&m_logTimer, &QTimer::timeout, this, &StatsMonitor::logLine);
}

void StatsMonitor::tick()
{
    const int late = int(qMax<qint64>(0, m_sinceTick.restart() - kProbeMs));
    m_maxStallMs = qMax(m_maxStallMs, late);
    m_recentStallMs = qMax(m_recentStallMs, late);
    m_logStallMs = qMax(m_logStallMs, late);
}

int StatsMonitor::takeRecentStallMs()
{
    return std::exchange(m_recentStallMs, 0);
}

quint64 StatsMonitor::residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0;
    return fields[1].toULongLong() * quint64(sysconf(_SC_PAGESIZE)) / 1024;
}

quint64 StatsMonitor::cpuMs()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    auto ms = [](const timeval &t) { return quint64(t.tv_sec) * 1000 + quint64(t.tv_usec) / 1000; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

void StatsMonitor::answer(Participant *peer, quint32 requestId)
{
    Protocol::ServerStats stats;
    stats.requestId = requestId;
    stats.connections = quint32(m_center.connectionCount());
    stats.customers = quint32(m_center.connectedCustomerCount());
    stats.executives = quint32(m_center.onlineExecutiveCount());
    stats.waiting = quint32(m_center.desk().waitingCount());
    stats.sessions = quint32(m_center.desk().sessionCount());
    stats.maxStallMs = quint32(m_maxStallMs);
    stats.recentStallMs = quint32(takeRecentStallMs());
    stats.rssKiB = residentKiB();
    stats.cpuMs = cpuMs();
    stats.messagesRelayed = m_relayed;
    peer->send(stats);
}

void StatsMonitor::setLogIntervalMs(int intervalMs)
{
    if (intervalMs <= 0) {
        m_logTimer.stop();
        return;
    }
    m_logTimer.start(intervalMs);
}

void StatsMonitor::logLine()
{
    qCInfo(lcEvents).noquote() << (QStringLiteral(
                                       "[STATS] connections=%1 customers=%2 executives=%3 waiting=%4 sessions=%5 "
                                       "rss-kib=%6 cpu-ms=%7 relayed=%8 max-stall-ms=%9")
                                       .arg(m_center.connectionCount())
                                       .arg(m_center.connectedCustomerCount())
                                       .arg(m_center.onlineExecutiveCount())
                                       .arg(m_center.desk().waitingCount())
                                       .arg(m_center.desk().sessionCount())
                                       .arg(residentKiB())
                                       .arg(cpuMs())
                                       .arg(m_relayed)
                                       .arg(std::exchange(m_logStallMs, 0)));
}

} // namespace Turno::Server
