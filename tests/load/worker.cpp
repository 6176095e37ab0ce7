#include "worker.h"

#include "loadclient.h"

namespace Turno::Load
{

namespace
{
constexpr int kRampTickMs = 5;
constexpr int kPaceTickMs = 2;
constexpr int kChurnTickMs = 20;
} // namespace

Worker::Worker(const LoadConfig &config, LiveCounters &live, int number, StatsHandler onServerStats)
    : m_config(config), m_live(live), m_number(number), m_onServerStats(std::move(onServerStats)),
      m_random(quint32(config.seed * 7919 + quint64(number))), m_rampTimer(this), m_paceTimer(this), m_churnTimer(this)
{
    // The timers are children, so moveToThread() takes them along.
    m_rampTimer.setTimerType(Qt::PreciseTimer);
    m_rampTimer.setInterval(kRampTickMs);
    connect(&m_rampTimer, &QTimer::timeout, this, &Worker::rampTick);
    m_paceTimer.setTimerType(Qt::PreciseTimer);
    m_paceTimer.setInterval(kPaceTickMs);
    connect(&m_paceTimer, &QTimer::timeout, this, &Worker::paceTick);
    m_churnTimer.setInterval(kChurnTickMs);
    connect(&m_churnTimer, &QTimer::timeout, this, &Worker::churnTick);
}

Worker::~Worker()
{
    qDeleteAll(m_customers);
    qDeleteAll(m_executives);
}

void Worker::whenLoginSlot(int address, std::function<void()> go)
{
    const int window = qMax(1, m_config.loginWindow / m_config.threads);
    if (m_loginsUnderWay[address] < window) {
        ++m_loginsUnderWay[address];
        go();
        return;
    }
    m_loginQueue[address].append(std::move(go));
}

void Worker::releaseLoginSlot(int address)
{
    if (!m_loginQueue[address].isEmpty()) {
        m_loginQueue[address].takeFirst()(); // the slot passes on
        return;
    }
    --m_loginsUnderWay[address];
}

void Worker::createClients()
{
    m_loginsUnderWay.fill(0, m_config.sourceAddresses);
    m_loginQueue.resize(m_config.sourceAddresses);
    const int threads = m_config.threads;
    const int chatters = m_config.chatterCount();
    for (int i = 1 + m_number; i <= m_config.customers; i += threads)
        m_customers.append(new LoadClient(*this, LoadClient::Role::Customer, i, quint32(i), i <= chatters));
    for (int i = 1 + m_number; i <= m_config.executives; i += threads)
        m_executives.append(
            new LoadClient(*this, LoadClient::Role::Executive, i, quint32(m_config.customers + i), false));
}

void Worker::startExecutives()
{
    m_toStart += m_executives;
    m_rampRate = m_config.rampPerSecond / m_config.threads;
    if (!m_rampTimer.isActive()) {
        m_rampStartNs = LoadClock::nowNs();
        m_startedFromRamp = 0;
        m_rampTimer.start();
    }
}

void Worker::startCustomers()
{
    // In index order, so the chatters (the lowest indices) are in first.
    m_toStart += m_customers;
    m_rampRate = m_config.rampPerSecond / m_config.threads;
    if (!m_rampTimer.isActive()) {
        m_rampStartNs = LoadClock::nowNs();
        m_startedFromRamp = 0;
        m_rampTimer.start();
    }
}

void Worker::rampTick()
{
    const double elapsed = double(LoadClock::nowNs() - m_rampStartNs) / 1e9;
    const qsizetype due = qsizetype(elapsed * m_rampRate) + 1;
    while (m_startedFromRamp < due && !m_toStart.isEmpty()) {
        m_toStart.takeFirst()->start();
        ++m_startedFromRamp;
    }
    if (m_toStart.isEmpty())
        m_rampTimer.stop();
}

void Worker::startResumes(int count)
{
    for (LoadClient *client : std::as_const(m_customers)) {
        if (m_toResume.size() >= count)
            break;
        if (client->idle() && client->hasToken())
            m_toResume.append(client);
    }
    // Those this worker cannot resume count as done, so the run does not wait for them.
    for (qsizetype missing = count - m_toResume.size(); missing > 0; --missing) {
        ++m_stats.resumesFailed;
        m_live.resumesDone.fetch_add(1, std::memory_order_relaxed);
    }
    startNextResumes();
}

void Worker::startNextResumes()
{
    const int window = qMax(1, m_config.resumeWindow / m_config.threads);
    while (m_resumesUnderWay < window && !m_toResume.isEmpty()) {
        ++m_resumesUnderWay;
        const qint64 now = LoadClock::nowNs();
        if (m_stats.firstResumeNs < 0)
            m_stats.firstResumeNs = now;
        m_toResume.takeFirst()->resume();
    }
}

void Worker::resumeFinished(LoadClient *, bool ok, qint64 latencyNs)
{
    --m_resumesUnderWay;
    if (ok) {
        ++m_stats.resumesOk;
        m_stats.resumeLatencyNs.append(latencyNs);
    } else {
        ++m_stats.resumesFailed;
        m_live.failures.fetch_add(1, std::memory_order_relaxed);
    }
    m_stats.lastResumeNs = LoadClock::nowNs();
    m_live.resumesDone.fetch_add(1, std::memory_order_relaxed);
    startNextResumes();
}

void Worker::startChatting()
{
    m_chatting = true;
    for (LoadClient *client : std::as_const(m_customers)) {
        if (client->isChatter())
            client->joinQueue();
    }
    qint64 unset = 0;
    m_live.paceStartNs.compare_exchange_strong(unset, LoadClock::nowNs());
    if (m_config.messageRate > 0)
        m_paceTimer.start();
    if (m_config.churn && m_config.churnPerSecond > 0) {
        m_lastChurnNs = LoadClock::nowNs();
        m_churnTimer.start();
    }
}

int Worker::messageLength()
{
    return 20 + int(m_random.bounded(281)); // 20 to 300 bytes
}

void Worker::sessionStarted(LoadClient *client)
{
    m_inSession.append(client);
}

void Worker::sessionEnded(LoadClient *client)
{
    const qsizetype at = m_inSession.indexOf(client);
    if (at < 0)
        return;
    m_inSession.removeAt(at);
    if (m_nextSender > at)
        --m_nextSender;
}

bool Worker::claimMessage(qint64 now)
{
    const double rate = m_config.customerRate();
    const qint64 allowed = qint64(rate * double(now - m_live.paceStartNs.load()) / 1e9);
    // Budget not spent within 100 ms is dropped, so a pause is not followed by a burst.
    const qint64 floor = allowed - qint64(qMax(1.0, rate * 0.1));
    qint64 claimed = m_live.paceClaimed.load();
    while (true) {
        if (claimed < floor) {
            if (!m_live.paceClaimed.compare_exchange_weak(claimed, floor))
                continue;
            claimed = floor;
        }
        if (claimed >= allowed)
            return false;
        if (m_live.paceClaimed.compare_exchange_weak(claimed, claimed + 1))
            return true;
    }
}

void Worker::paceTick()
{
    const qint64 now = LoadClock::nowNs();
    qsizetype idleTurns = 0;
    while (!m_inSession.isEmpty() && idleTurns < m_inSession.size()) {
        if (m_nextSender >= m_inSession.size())
            m_nextSender = 0;
        LoadClient *client = m_inSession[m_nextSender++];
        if (!client->canSend()) {
            ++idleTurns;
            continue;
        }
        if (!claimMessage(now))
            return;
        idleTurns = 0;
        client->sendChat();
    }
}

void Worker::churnTick()
{
    const qint64 now = LoadClock::nowNs();
    const double rate = m_config.churnPerSecond / m_config.threads;
    m_churnTokens = qMin(m_churnTokens + rate * double(now - m_lastChurnNs) / 1e9, qMax(1.0, rate));
    m_lastChurnNs = now;
    qsizetype tried = 0;
    while (m_churnTokens >= 1 && tried < m_customers.size()) {
        if (m_nextChurn >= m_customers.size())
            m_nextChurn = 0;
        LoadClient *client = m_customers[m_nextChurn++];
        ++tried;
        if (!client->idle())
            continue;
        client->logOut(true);
        m_churnTokens -= 1;
    }
}

void Worker::startDraining()
{
    m_draining = true;
    m_chatting = false;
    m_paceTimer.stop();
    m_churnTimer.stop();
    for (LoadClient *client : std::as_const(m_customers))
        client->drain();
}

void Worker::logOutAll()
{
    m_stopping = true;
    m_rampTimer.stop();
    m_paceTimer.stop();
    m_churnTimer.stop();
    for (LoadClient *client : std::as_const(m_customers))
        client->logOut(false);
    for (LoadClient *client : std::as_const(m_executives))
        client->logOut(false);
}

void Worker::requestServerStats()
{
    for (LoadClient *client : std::as_const(m_executives)) {
        if (client->isSupervisor() && client->loggedIn()) {
            client->requestStats();
            return;
        }
    }
}

WorkerStats Worker::takeStats()
{
    return std::exchange(m_stats, WorkerStats{});
}

} // namespace Turno::Load
