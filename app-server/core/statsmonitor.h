// The server's own figures: how late its event loop runs (stalls), its memory and CPU, and how
// many chat messages it relayed. Answers a supervisor's StatsRequest and, when asked, writes a
// "[STATS] …" line to the log at an interval.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Turno::Server
{

class Participant;
class ContactCenter;

class StatsMonitor : public QObject
{
    Q_OBJECT
public:
    explicit StatsMonitor(ContactCenter &center, QObject *parent = nullptr);

    // A chat message was delivered to its recipient(s).
    void countRelayed() { ++m_relayed; }
    quint64 relayed() const { return m_relayed; }
    // The longest stall seen since start, and since the previous takeRecentStallMs().
    int maxStallMs() const { return m_maxStallMs; }
    int takeRecentStallMs();
    // Resident memory and CPU time (user + system) of this process.
    static quint64 residentKiB();
    static quint64 cpuMs();

    void answer(Participant *peer, quint32 requestId);
    // Writes a stats line every intervalMs (0: never).
    void setLogIntervalMs(int intervalMs);

private:
    void tick();
    void logLine();

    ContactCenter &m_center;
    QTimer m_probe;
    QElapsedTimer m_sinceTick;
    QTimer m_logTimer;
    int m_maxStallMs = 0;
    int m_recentStallMs = 0;
    int m_logStallMs = 0;
    quint64 m_relayed = 0;
};

} // namespace Turno::Server
