// One load run, on the main thread: starts the worker threads, walks them through the phases
// (executives log in, customers ramp up, resumes, chat, drain, log out), samples the server,
// and prints the table and the final JSON line.
#pragma once

#include "loadconfig.h"
#include "loadstats.h"
#include "protocol/messages.h"

#include <QList>
#include <QObject>
#include <QTimer>

class QThread;

namespace Turno::Load
{

class Worker;

class LoadRun : public QObject
{
    Q_OBJECT
public:
    explicit LoadRun(LoadConfig config, QObject *parent = nullptr);
    ~LoadRun() override;

    // Runs to the end (bounded in time) and returns the exit code: 0 when nothing failed,
    // was lost or was duplicated.
    int run();

private:
    enum class Phase { Executives, Customers, Settle, Resumes, Chat, Drain, LogOut, Done };

    void forEachWorker(const std::function<void(Worker *)> &call);
    void tick();
    void enter(Phase phase);
    void sample();
    void onServerStats(const Protocol::ServerStats &stats);
    void progress();
    int report();

    LoadConfig m_config;
    LiveCounters m_live;
    QList<Worker *> m_workers;
    QList<QThread *> m_threads;
    QTimer m_tick;
    QTimer m_statsTimer;
    Phase m_phase = Phase::Executives;
    qint64 m_phaseStartNs = 0;
    qint64 m_deadlineNs = 0;
    qint64 m_lastProgressNs = 0;

    // Server figures
    bool m_haveStart = false;
    quint64 m_rssStart = 0;
    quint64 m_rssConnected = 0;
    quint64 m_rssPeak = 0;
    quint64 m_rssChatStart = 0;
    quint64 m_rssEnd = 0;
    quint64 m_cpuStart = 0;
    quint64 m_cpuEnd = 0;
    quint64 m_cpuLoginStart = 0;
    quint64 m_cpuLoginEnd = 0;
    quint64 m_rssLatest = 0;
    quint64 m_cpuLatest = 0;
    int m_maxStallMs = -1;   // reported by the server (ServerStats), over the whole run
    int m_loginStallMs = -1; // the most during the customers' log-ins
    int m_chatStallMs = -1;  // the most during the chat phase
    quint64 m_relayedAtChat = 0;
    quint64 m_relayedLatest = 0;
    int m_serverConnections = 0;
    QList<quint64> m_rssDuringChat; // ten samples, evenly through the chat phase (soak)

    // Run figures
    qint64 m_chatStartNs = 0;
    qint64 m_chatEndNs = 0;
    qint64 m_deliveredAtChat = 0;
    qint64 m_deliveredAtDrain = 0;
    qint64 m_sentAtChat = 0;
    qint64 m_sentAtDrain = 0;
    int m_peakOpen = 0;
    bool m_timedOut = false;
    QString m_timeoutWhere;
};

} // namespace Turno::Load
