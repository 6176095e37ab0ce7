#include "loginthrottle.h"

#include "authlogging.h"

#include <QElapsedTimer>
#include <algorithm>

namespace Turno::Auth
{

static qint64 monotonicNowMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed() + 1; // never 0, which stands for "not locked"
}

static qint64 delayFor(qsizetype failures, const ThrottleRule &rule)
{
    if (failures <= rule.slowAfterFailures)
        return 0;
    return std::min(rule.maxDelayMs, (failures - rule.slowAfterFailures) * rule.delayStepMs);
}

LoginThrottle::LoginThrottle(ThrottleConfig config, Clock nowMs)
    : m_config(config), m_now(nowMs ? std::move(nowMs) : Clock(monotonicNowMs))
{
}

// The three hashes are distinct, so inserting into one leaves references into the others valid.
LoginThrottle::Counters LoginThrottle::countersFor(const QString &account, const QString &address)
{
    return {m_pairs[{account, address}], m_accounts[account], m_addresses[address]};
}

void LoginThrottle::prune(Record &record, qint64 now) const
{
    const qint64 oldest = now - m_config.windowMs;
    auto firstKept = std::find_if(record.failures.begin(), record.failures.end(), [&](qint64 t) { return t > oldest; });
    record.failures.erase(record.failures.begin(), firstKept);
}

qint64 LoginThrottle::refusal(const Record &record, const ThrottleRule &rule, qint64 now) const
{
    if (rule.maxFailures <= 0)
        return 0;
    if (record.lockedUntil > now)
        return record.lockedUntil - now;
    if (record.failures.size() + record.inFlight >= rule.maxFailures)
        return 1000; // attempts in flight already use up the allowance; one of them may soon free it
    return 0;
}

LoginThrottle::Admission LoginThrottle::admit(const QString &account, const QString &address)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_now();
    forgetIdle(now);
    const Counters c = countersFor(account, address);
    for (Record *record : {&c.pair, &c.account, &c.address})
        prune(*record, now);
    // Never the account: whoever knows a RUT could keep its owner out. Only the pair and the address.
    const qint64 wait = std::max(refusal(c.pair, m_config.pair, now), refusal(c.address, m_config.address, now));
    if (wait > 0)
        return {false, wait, 0};
    for (Record *record : {&c.pair, &c.account, &c.address})
        ++record->inFlight;
    const qint64 delay = std::max({delayFor(c.pair.failures.size(), m_config.pair),
                                   delayFor(c.account.failures.size(), m_config.account),
                                   delayFor(c.address.failures.size(), m_config.address)});
    return {true, 0, delay};
}

void LoginThrottle::finish(const QString &account, const QString &address, bool success)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_now();
    const Counters c = countersFor(account, address);
    for (Record *record : {&c.pair, &c.account, &c.address})
        record->inFlight = std::max(0, record->inFlight - 1);
    if (success) {
        c.pair.failures.clear();
        c.pair.lockedUntil = 0;
        c.account.failures.clear();
        return;
    }
    recordFailure(c.pair, m_config.pair, QStringLiteral("%1 from %2").arg(account, address), now);
    recordFailure(c.account, m_config.account, account, now);
    recordFailure(c.address, m_config.address, address, now);
}

void LoginThrottle::release(const QString &account, const QString &address)
{
    QMutexLocker lock(&m_mutex);
    const Counters c = countersFor(account, address);
    for (Record *record : {&c.pair, &c.account, &c.address})
        record->inFlight = std::max(0, record->inFlight - 1);
}

// Logs only the turns (slowed, locked), not every failure: a guessing campaign from many addresses
// must not flood the log.
void LoginThrottle::recordFailure(Record &record, const ThrottleRule &rule, const QString &what, qint64 now)
{
    prune(record, now);
    record.failures.append(now);
    const qsizetype count = record.failures.size();
    if (rule.maxFailures > 0 && count >= rule.maxFailures && record.lockedUntil <= now) {
        record.lockedUntil = now + m_config.lockoutMs;
        qCWarning(lcAuth).noquote() << QStringLiteral("Log-ins refused for %1 s for %2 after %3 failures")
                                           .arg(m_config.lockoutMs / 1000)
                                           .arg(what)
                                           .arg(count);
    } else if (count == rule.slowAfterFailures + 1) {
        qCWarning(lcAuth).noquote()
            << QStringLiteral("%1 failed log-ins for %2; its next attempts are slowed").arg(count).arg(what);
    }
}

int LoginThrottle::recordCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_pairs.size() + m_accounts.size() + m_addresses.size());
}

// Keeps memory bounded when someone sprays made-up accounts: forgets records with nothing left to remember.
void LoginThrottle::forgetIdle(qint64 now)
{
    const bool crowded = m_pairs.size() + m_accounts.size() + m_addresses.size() >= 10000;
    if (now - m_lastSweep < (crowded ? 1000 : m_config.windowMs))
        return;
    m_lastSweep = now;
    auto sweep = [&](auto &table) {
        for (auto it = table.begin(); it != table.end();) {
            prune(it.value(), now);
            if (it->failures.isEmpty() && it->inFlight == 0 && it->lockedUntil <= now)
                it = table.erase(it);
            else
                ++it;
        }
    };
    sweep(m_pairs);
    sweep(m_accounts);
    sweep(m_addresses);
}

} // namespace Turno::Auth
