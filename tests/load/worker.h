// One worker thread's share of the simulated apps, and its pacing: new connections at the ramp
// rate, chat messages at the message rate, churn (log out and in again) and resumes. The main
// thread (LoadRun) tells each worker what phase the run is in.
#pragma once

#include "loadconfig.h"
#include "loadstats.h"
#include "protocol/messages.h"

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <functional>

namespace Turno::Load
{

class LoadClient;

class Worker : public QObject
{
    Q_OBJECT
public:
    using StatsHandler = std::function<void(const Protocol::ServerStats &)>;

    // number: 0-based; this worker takes every config.threads-th account.
    Worker(const LoadConfig &config, LiveCounters &live, int number, StatsHandler onServerStats);
    ~Worker() override;

    // The phases, called on the worker's thread (LoadRun queues them).
    void createClients();
    void startExecutives();
    void startCustomers();
    void startResumes(int count);
    void startChatting();
    void startDraining();
    void logOutAll();
    void requestServerStats();
    WorkerStats takeStats();

    // For the clients.
    const LoadConfig &config() const { return m_config; }
    LiveCounters &live() { return m_live; }
    WorkerStats &stats() { return m_stats; }
    bool chatting() const { return m_chatting; }
    bool draining() const { return m_draining; }
    bool stopping() const { return m_stopping; }
    int messageLength();
    void sessionStarted(LoadClient *client);
    void sessionEnded(LoadClient *client);
    void resumeFinished(LoadClient *client, bool ok, qint64 latencyNs);
    // Password log-ins wait for a slot of their source address's window; go() sends the log-in.
    void whenLoginSlot(int address, std::function<void()> go);
    void releaseLoginSlot(int address);
    void serverStats(const Protocol::ServerStats &stats) { m_onServerStats(stats); }

private:
    void rampTick();
    void paceTick();
    // Takes one message from the budget all workers share (customerRate() since the chat began).
    bool claimMessage(qint64 now);
    void churnTick();
    void startNextResumes();

    const LoadConfig &m_config;
    LiveCounters &m_live;
    const int m_number;
    StatsHandler m_onServerStats;
    WorkerStats m_stats;
    QRandomGenerator m_random;
    QList<LoadClient *> m_customers;
    QList<LoadClient *> m_executives;

    // Ramp
    QTimer m_rampTimer;
    QList<LoadClient *> m_toStart;
    qsizetype m_startedFromRamp = 0;
    qint64 m_rampStartNs = 0;
    double m_rampRate = 0;

    // Chat pacing: customers in a session, served round-robin.
    QTimer m_paceTimer;
    QList<LoadClient *> m_inSession;
    qsizetype m_nextSender = 0;
    bool m_chatting = false;
    bool m_draining = false;
    bool m_stopping = false;

    // Churn
    QTimer m_churnTimer;
    double m_churnTokens = 0;
    qint64 m_lastChurnNs = 0;
    qsizetype m_nextChurn = 0;

    // Log-in windows, per source address
    QList<int> m_loginsUnderWay;
    QList<QList<std::function<void()>>> m_loginQueue;

    // Resumes
    QList<LoadClient *> m_toResume;
    int m_resumesUnderWay = 0;
};

} // namespace Turno::Load
