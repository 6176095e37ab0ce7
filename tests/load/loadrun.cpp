#include "loadrun.h"

#include "serverprobe.h"
#include "util/epolleventdispatcher.h"
#include "worker.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <algorithm>
#include <cstdio>

namespace Turno::Load
{

namespace
{
constexpr int kTickMs = 50;
constexpr int kStatsMs = 1000;
constexpr qint64 kSecond = 1'000'000'000;

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}
} // namespace

LoadRun::LoadRun(LoadConfig config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &LoadRun::tick);
    m_statsTimer.setInterval(kStatsMs);
    connect(&m_statsTimer, &QTimer::timeout, this,
            [this] { forEachWorker([](Worker *w) { w->requestServerStats(); }); });
}

LoadRun::~LoadRun()
{
    for (qsizetype i = 0; i < m_workers.size(); ++i) {
        Worker *worker = m_workers[i];
        QMetaObject::invokeMethod(
            worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
        delete m_threads[i];
    }
}

void LoadRun::forEachWorker(const std::function<void(Worker *)> &call)
{
    for (Worker *worker : std::as_const(m_workers))
        QMetaObject::invokeMethod(
            worker, [worker, call] { call(worker); }, Qt::QueuedConnection);
}

int LoadRun::run()
{
    for (int i = 0; i < m_config.threads; ++i) {
        auto *thread = new QThread;
        if (EpollEventDispatcher::wanted())
            thread->setEventDispatcher(new EpollEventDispatcher); // thousands of sockets per thread
        thread->setObjectName(QStringLiteral("loadgen-%1").arg(i));
        auto *worker = new Worker(m_config, m_live, i, [this](const Protocol::ServerStats &stats) {
            QMetaObject::invokeMethod(
                this, [this, stats] { onServerStats(stats); }, Qt::QueuedConnection);
        });
        worker->moveToThread(thread);
        thread->start();
        QMetaObject::invokeMethod(
            worker, [worker] { worker->createClients(); }, Qt::BlockingQueuedConnection);
        m_workers.append(worker);
        m_threads.append(thread);
    }
    if (m_config.serverPid > 0) {
        sample();
        m_rssStart = m_rssLatest;
        m_cpuStart = m_cpuLatest;
        m_haveStart = true;
    }

    QEventLoop loop;
    m_tick.start();
    m_statsTimer.start();
    enter(Phase::Executives);
    QTimer done;
    done.setInterval(kTickMs);
    connect(&done, &QTimer::timeout, &loop, [this, &loop] {
        if (m_phase == Phase::Done)
            loop.quit();
    });
    done.start();
    loop.exec();
    m_tick.stop();
    m_statsTimer.stop();
    return report();
}

void LoadRun::enter(Phase phase)
{
    m_phase = phase;
    m_phaseStartNs = LoadClock::nowNs();
    switch (phase) {
    case Phase::Executives:
        m_deadlineNs = m_phaseStartNs + 30 * kSecond;
        forEachWorker([](Worker *w) { w->startExecutives(); });
        break;
    case Phase::Customers: {
        sample();
        m_cpuLoginStart = m_cpuLatest;
        const double timeout = m_config.connectTimeoutSeconds > 0
                                   ? m_config.connectTimeoutSeconds
                                   : double(m_config.customers) / m_config.rampPerSecond + 60;
        m_deadlineNs = m_phaseStartNs + qint64(timeout * 1e9);
        forEachWorker([](Worker *w) { w->startCustomers(); });
        break;
    }
    case Phase::Settle:
        sample();
        m_cpuLoginEnd = m_cpuLatest;
        m_deadlineNs = m_phaseStartNs + 2 * kSecond;
        break;
    case Phase::Resumes: {
        m_deadlineNs = m_phaseStartNs + 120 * kSecond;
        const int threads = m_config.threads;
        for (int i = 0; i < threads; ++i) {
            const int share = m_config.resumes / threads + (i < m_config.resumes % threads ? 1 : 0);
            Worker *worker = m_workers[i];
            QMetaObject::invokeMethod(
                worker, [worker, share] { worker->startResumes(share); }, Qt::QueuedConnection);
        }
        break;
    }
    case Phase::Chat:
        sample();
        m_rssChatStart = m_rssLatest;
        m_relayedAtChat = m_relayedLatest;
        m_chatStartNs = m_phaseStartNs;
        m_deliveredAtChat = m_live.delivered.load();
        m_sentAtChat = m_live.sent.load();
        m_deadlineNs = m_phaseStartNs + qint64(m_config.durationSeconds * 1e9);
        forEachWorker([](Worker *w) { w->startChatting(); });
        break;
    case Phase::Drain:
        sample();
        m_rssEnd = m_rssLatest;
        m_chatEndNs = m_phaseStartNs;
        m_deliveredAtDrain = m_live.delivered.load();
        m_sentAtDrain = m_live.sent.load();
        m_deadlineNs = m_phaseStartNs + 20 * kSecond;
        forEachWorker([](Worker *w) { w->startDraining(); });
        break;
    case Phase::LogOut:
        sample();
        m_cpuEnd = m_cpuLatest;
        m_deadlineNs = m_phaseStartNs + 10 * kSecond;
        forEachWorker([](Worker *w) { w->logOutAll(); });
        break;
    case Phase::Done:
        break;
    }
}

void LoadRun::tick()
{
    const qint64 now = LoadClock::nowNs();
    sample();
    m_peakOpen = qMax(m_peakOpen, m_live.open.load());
    if (!m_config.quiet && now - m_lastProgressNs >= 5 * kSecond) {
        m_lastProgressNs = now;
        progress();
    }
    const bool late = now >= m_deadlineNs;
    bool finished = false;
    switch (m_phase) {
    case Phase::Executives:
        finished = m_live.executivesReady.load() >= m_config.executives;
        break;
    case Phase::Customers:
        finished = m_live.customerAttemptsDone.load() >= m_config.customers;
        break;
    case Phase::Settle:
        finished = false; // waits out its time
        break;
    case Phase::Resumes:
        finished = m_live.resumesDone.load() >= m_config.resumes;
        break;
    case Phase::Chat: {
        const qsizetype due = qsizetype(10 * double(now - m_phaseStartNs) / (m_config.durationSeconds * 1e9));
        if (m_rssDuringChat.size() < qMin<qsizetype>(due, 10))
            m_rssDuringChat.append(m_rssLatest);
        finished = false;
        break;
    }
    case Phase::Drain: {
        const qint64 sent = m_live.sent.load();
        finished = m_live.inSession.load() == 0 && m_live.waiting.load() == 0 && m_live.acked.load() == sent &&
                   m_live.delivered.load() >= sent;
        break;
    }
    case Phase::LogOut:
        finished = m_live.open.load() == 0;
        break;
    case Phase::Done:
        return;
    }
    if (!finished && !late)
        return;
    if (!finished && m_phase != Phase::Settle && m_phase != Phase::Chat) {
        static const char *names[] = {
            "executives' log-ins", "customers' log-ins", "settle", "resumes", "chat", "drain", "log-out", "done"};
        m_timedOut = true;
        m_timeoutWhere = QString::fromLatin1(names[int(m_phase)]);
        std::fprintf(stderr, "turno-loadgen: %s did not finish in time; going on\n", names[int(m_phase)]);
    }
    switch (m_phase) {
    case Phase::Executives:
        enter(Phase::Customers);
        break;
    case Phase::Customers:
        enter(Phase::Settle);
        break;
    case Phase::Settle:
        m_rssConnected = m_rssLatest;
        enter(m_config.resumes > 0 ? Phase::Resumes : Phase::Chat);
        break;
    case Phase::Resumes:
        enter(Phase::Chat);
        break;
    case Phase::Chat:
        enter(Phase::Drain);
        break;
    case Phase::Drain:
        enter(Phase::LogOut);
        break;
    case Phase::LogOut:
        enter(Phase::Done);
        break;
    case Phase::Done:
        break;
    }
}

void LoadRun::sample()
{
    if (m_config.serverPid <= 0)
        return; // the supervisor's ServerStats fill in the figures
    const ProcessSample s = sampleProcess(m_config.serverPid);
    if (!s.ok)
        return;
    m_rssLatest = s.rssKiB;
    m_cpuLatest = s.cpuMs;
    m_rssPeak = qMax(m_rssPeak, s.rssKiB);
}

void LoadRun::onServerStats(const Protocol::ServerStats &stats)
{
    const int recent = int(stats.recentStallMs);
    m_maxStallMs = qMax(m_maxStallMs, int(stats.maxStallMs));
    if (m_phase == Phase::Customers || m_phase == Phase::Settle)
        m_loginStallMs = qMax(m_loginStallMs, recent);
    if (m_phase == Phase::Chat || m_phase == Phase::Drain)
        m_chatStallMs = qMax(m_chatStallMs, recent);
    m_relayedLatest = stats.messagesRelayed;
    m_serverConnections = int(stats.connections);
    if (m_config.serverPid <= 0) {
        m_rssLatest = stats.rssKiB;
        m_cpuLatest = stats.cpuMs;
        m_rssPeak = qMax(m_rssPeak, stats.rssKiB);
        if (!m_haveStart) {
            m_rssStart = stats.rssKiB;
            m_cpuStart = stats.cpuMs;
            m_haveStart = true;
        }
    }
}

void LoadRun::progress()
{
    std::fprintf(stderr,
                 "[%6.1f s] executives %d/%d, customers %d/%d logged in, failures %d, waiting %d, in session %d, "
                 "sent %lld, delivered %lld, server RSS %llu KiB\n",
                 seconds(LoadClock::nowNs()), m_live.executivesReady.load(), m_config.executives,
                 m_live.customersLoggedIn.load(), m_config.customers, m_live.failures.load(), m_live.waiting.load(),
                 m_live.inSession.load(), static_cast<long long>(m_live.sent.load()),
                 static_cast<long long>(m_live.delivered.load()), static_cast<unsigned long long>(m_rssLatest));
}

int LoadRun::report()
{
    WorkerStats all;
    for (Worker *worker : std::as_const(m_workers)) {
        WorkerStats stats;
        QMetaObject::invokeMethod(
            worker, [worker, &stats] { stats = worker->takeStats(); }, Qt::BlockingQueuedConnection);
        all.merge(std::move(stats));
    }
    qint64 lost = 0;
    qint64 duplicated = 0;
    qint64 unacknowledged = 0;
    for (auto it = all.sent.cbegin(); it != all.sent.cend(); ++it) {
        const quint32 times = all.delivered.value(it.key());
        if (!it.value() && ++unacknowledged <= 10)
            std::fprintf(stderr, "turno-loadgen: message %llu:%llu (sender %s) was never acknowledged\n",
                         static_cast<unsigned long long>(it.key() >> 32),
                         static_cast<unsigned long long>(it.key() & 0xffffffffu),
                         (it.key() >> 32) > quint64(m_config.customers) ? "executive" : "customer");
        if (it.value() && times == 0)
            ++lost;
    }
    qint64 strays = all.unknownDeliveries;
    for (auto it = all.delivered.cbegin(); it != all.delivered.cend(); ++it) {
        if (it.value() > 1)
            duplicated += it.value() - 1;
        if (!all.sent.contains(it.key()))
            ++strays;
    }
    std::sort(all.loginLatencyNs.begin(), all.loginLatencyNs.end());
    std::sort(all.resumeLatencyNs.begin(), all.resumeLatencyNs.end());
    std::sort(all.chatLatencyNs.begin(), all.chatLatencyNs.end());

    const int wanted = m_config.customers + m_config.executives;
    const int failed = all.connectFailed + all.handshakeRefused + all.loginFailed;
    const double loginSpan = all.firstLoginNs >= 0 ? seconds(all.lastLoginNs - all.firstLoginNs) : 0;
    const int customersIn = int(all.loginLatencyNs.size());
    const double loginsPerSecond = loginSpan > 0 ? customersIn / loginSpan : 0;
    const double resumeSpan = all.firstResumeNs >= 0 ? seconds(all.lastResumeNs - all.firstResumeNs) : 0;
    const double resumesPerSecond = resumeSpan > 0 ? all.resumesOk / resumeSpan : 0;
    const double chatSpan = seconds(m_chatEndNs - m_chatStartNs);
    const double deliveredPerSecond = chatSpan > 0 ? double(m_deliveredAtDrain - m_deliveredAtChat) / chatSpan : 0;
    const double sentPerSecond = chatSpan > 0 ? double(m_sentAtDrain - m_sentAtChat) / chatSpan : 0;
    const qint64 rssGrowth = qint64(m_rssConnected) - qint64(m_rssStart);
    const int connections = all.established;
    const double perConnection = connections > 0 ? double(rssGrowth) / connections : 0;
    const double peakPerConnection = connections > 0 ? double(qint64(m_rssPeak) - qint64(m_rssStart)) / connections : 0;
    const double cpuSeconds = double(m_cpuEnd - m_cpuStart) / 1000.0;
    const double loginCpuSeconds = double(m_cpuLoginEnd - m_cpuLoginStart) / 1000.0;

    const bool ok = failed == 0 && all.dropped == 0 && all.established == wanted && lost == 0 && duplicated == 0 &&
                    unacknowledged == 0 && strays == 0 && all.unknownAcks == 0 && all.errorReplies == 0 &&
                    all.resumesFailed == 0 && !m_timedOut;

    auto row = [](const char *label, const QString &value) { std::printf("  %-44s %s\n", label, qPrintable(value)); };
    auto num = [](double v, int decimals = 1) { return QString::number(v, 'f', decimals); };
    std::printf("turno-loadgen: %d customers (%d chatting), %d executives, %s threads, against %s:%u\n",
                m_config.customers, m_config.chatterCount(), m_config.executives,
                qPrintable(QString::number(m_config.threads)), qPrintable(m_config.host), unsigned(m_config.port));
    row("connections established / wanted", QStringLiteral("%1 / %2").arg(connections).arg(wanted));
    row("connections failed (connect, handshake, log-in)", QStringLiteral("%1 (%2, %3, %4)")
                                                               .arg(failed)
                                                               .arg(all.connectFailed)
                                                               .arg(all.handshakeRefused)
                                                               .arg(all.loginFailed));
    row("connections dropped by the server", QString::number(all.dropped));
    row("log-ins told busy and tried again", QString::number(all.loginRetries));
    row("connections open at once, at most", QString::number(m_peakOpen));
    row("customer log-ins per second", num(loginsPerSecond));
    row("log-in latency p50 / p99 (ms)", QStringLiteral("%1 / %2").arg(num(ms(percentile(all.loginLatencyNs, 50)), 2),
                                                                       num(ms(percentile(all.loginLatencyNs, 99)), 2)));
    if (m_config.resumes > 0) {
        row("resumes ok / failed", QStringLiteral("%1 / %2").arg(all.resumesOk).arg(all.resumesFailed));
        row("resumes per second", num(resumesPerSecond));
        row("resume latency p50 / p99 (ms)",
            QStringLiteral("%1 / %2").arg(num(ms(percentile(all.resumeLatencyNs, 50)), 2),
                                          num(ms(percentile(all.resumeLatencyNs, 99)), 2)));
    }
    if (m_config.churn)
        row("churn cycles (log out, log in again)", QString::number(all.churnCycles));
    row("sessions started / ended", QStringLiteral("%1 / %2").arg(all.sessionsStarted).arg(all.sessionsEnded));
    row("messages sent / delivered", QStringLiteral("%1 / %2").arg(all.sent.size()).arg(all.delivered.size()));
    row("messages per second sent / delivered",
        QStringLiteral("%1 / %2").arg(num(sentPerSecond), num(deliveredPerSecond)));
    row("message latency p50 / p99 / max (ms)",
        QStringLiteral("%1 / %2 / %3")
            .arg(num(ms(percentile(all.chatLatencyNs, 50)), 2), num(ms(percentile(all.chatLatencyNs, 99)), 2),
                 num(ms(all.chatLatencyNs.isEmpty() ? 0 : all.chatLatencyNs.last()), 2)));
    row("messages lost / duplicated / unacknowledged",
        QStringLiteral("%1 / %2 / %3").arg(lost).arg(duplicated).arg(unacknowledged));
    row("error replies (and state races)", QStringLiteral("%1 (%2)").arg(all.errorReplies).arg(all.stateRaces));
    row("server RSS start / connected / peak / end (KiB)",
        QStringLiteral("%1 / %2 / %3 / %4").arg(m_rssStart).arg(m_rssConnected).arg(m_rssPeak).arg(m_rssEnd));
    row("server RSS per connection, idle / peak (KiB)",
        QStringLiteral("%1 / %2").arg(num(perConnection), num(peakPerConnection)));
    row("server CPU seconds (whole run / log-ins)",
        QStringLiteral("%1 / %2").arg(num(cpuSeconds, 2), num(loginCpuSeconds, 2)));
    row("server event-loop stall max / log-ins / chat (ms)",
        QStringLiteral("%1 / %2 / %3").arg(m_maxStallMs).arg(m_loginStallMs).arg(m_chatStallMs));
    if (m_timedOut)
        row("timed out in", m_timeoutWhere);
    row("result", ok ? QStringLiteral("ok") : QStringLiteral("FAILED"));

    QJsonArray rssSamples;
    for (quint64 kib : std::as_const(m_rssDuringChat))
        rssSamples.append(qint64(kib));
    QJsonObject json{
        {QStringLiteral("ok"), ok},
        {QStringLiteral("customers"), m_config.customers},
        {QStringLiteral("executives"), m_config.executives},
        {QStringLiteral("chatters"), m_config.chatterCount()},
        {QStringLiteral("connections_established"), connections},
        {QStringLiteral("connections_failed"), failed},
        {QStringLiteral("login_retries"), all.loginRetries},
        {QStringLiteral("connections_dropped"), all.dropped},
        {QStringLiteral("connections_peak"), m_peakOpen},
        {QStringLiteral("logins_per_second"), loginsPerSecond},
        {QStringLiteral("login_p50_ms"), ms(percentile(all.loginLatencyNs, 50))},
        {QStringLiteral("login_p99_ms"), ms(percentile(all.loginLatencyNs, 99))},
        {QStringLiteral("resumes_ok"), all.resumesOk},
        {QStringLiteral("resumes_failed"), all.resumesFailed},
        {QStringLiteral("resumes_per_second"), resumesPerSecond},
        {QStringLiteral("resume_p50_ms"), ms(percentile(all.resumeLatencyNs, 50))},
        {QStringLiteral("resume_p99_ms"), ms(percentile(all.resumeLatencyNs, 99))},
        {QStringLiteral("churn_cycles"), all.churnCycles},
        {QStringLiteral("sessions"), all.sessionsStarted},
        {QStringLiteral("messages_sent"), qint64(all.sent.size())},
        {QStringLiteral("messages_delivered"), qint64(all.delivered.size())},
        {QStringLiteral("messages_per_second"), deliveredPerSecond},
        {QStringLiteral("latency_p50_ms"), ms(percentile(all.chatLatencyNs, 50))},
        {QStringLiteral("latency_p99_ms"), ms(percentile(all.chatLatencyNs, 99))},
        {QStringLiteral("latency_max_ms"), ms(all.chatLatencyNs.isEmpty() ? 0 : all.chatLatencyNs.last())},
        {QStringLiteral("lost"), lost},
        {QStringLiteral("duplicated"), duplicated},
        {QStringLiteral("unacknowledged"), unacknowledged},
        {QStringLiteral("error_replies"), all.errorReplies},
        {QStringLiteral("server_rss_start_kib"), qint64(m_rssStart)},
        {QStringLiteral("server_rss_connected_kib"), qint64(m_rssConnected)},
        {QStringLiteral("server_rss_peak_kib"), qint64(m_rssPeak)},
        {QStringLiteral("server_rss_chat_start_kib"), qint64(m_rssChatStart)},
        {QStringLiteral("server_rss_end_kib"), qint64(m_rssEnd)},
        {QStringLiteral("server_rss_per_connection_kib"), perConnection},
        {QStringLiteral("server_rss_peak_per_connection_kib"), peakPerConnection},
        {QStringLiteral("server_cpu_seconds"), cpuSeconds},
        {QStringLiteral("server_login_cpu_seconds"), loginCpuSeconds},
        {QStringLiteral("server_max_stall_ms"), m_maxStallMs},
        {QStringLiteral("server_login_stall_ms"), m_loginStallMs},
        {QStringLiteral("server_chat_stall_ms"), m_chatStallMs},
        {QStringLiteral("timed_out"), m_timedOut},
        {QStringLiteral("state_races"), all.stateRaces},
        {QStringLiteral("server_rss_during_chat_kib"), rssSamples},
    };
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return ok ? 0 : 1;
}

} // namespace Turno::Load
