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

LoginThrottle::LoginThrottle(ThrottleConfig config, Clock nowMs)
    : m_config(config), m_now(nowMs ? std::move(nowMs) : Clock(monotonicNowMs))
{
}

void LoginThrottle::prune(Record &record, qint64 now) const
{
    const qint64 oldest = now - m_config.windowMs;
    auto firstKept = std::find_if(record.failures.begin(), record.failures.end(), [&](qint64 t) { return t > oldest; });
    record.failures.erase(record.failures.begin(), firstKept);
}

LoginThrottle::Admission LoginThrottle::admit(const QString &account, const QString &address)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_now();
    forgetIdle(now);
    Record &byAccount = m_accounts[account];
    Record &byAddress = m_addresses[address];
    qint64 wait = 0;
    for (Record *record : {&byAccount, &byAddress}) {
        prune(*record, now);
        if (record->lockedUntil > now)
            wait = std::max(wait, record->lockedUntil - now);
        else if (record->failures.size() + record->inFlight >= m_config.maxFailures)
            wait = std::max<qint64>(wait, 1000); // attempts in flight already use up the allowance
    }
    if (wait > 0)
        return {false, wait};
    ++byAccount.inFlight;
    ++byAddress.inFlight;
    return {true, 0};
}

qint64 LoginThrottle::finish(const QString &account, const QString &address, bool success)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_now();
    Record &byAccount = m_accounts[account];
    Record &byAddress = m_addresses[address];
    byAccount.inFlight = std::max(0, byAccount.inFlight - 1);
    byAddress.inFlight = std::max(0, byAddress.inFlight - 1);
    if (success) {
        byAccount.failures.clear();
        byAccount.lockedUntil = 0;
        return 0;
    }
    recordFailure(byAccount, Kind::Account, account, now);
    recordFailure(byAddress, Kind::Address, address, now);
    return delayFor(int(std::max(byAccount.failures.size(), byAddress.failures.size())));
}

void LoginThrottle::release(const QString &account, const QString &address)
{
    QMutexLocker lock(&m_mutex);
    for (Record *record : {&m_accounts[account], &m_addresses[address]})
        record->inFlight = std::max(0, record->inFlight - 1);
}

void LoginThrottle::recordFailure(Record &record, Kind kind, const QString &key, qint64 now)
{
    prune(record, now);
    record.failures.append(now);
    const int count = int(record.failures.size());
    const char *what = kind == Kind::Account ? "account" : "address";
    if (count >= m_config.maxFailures && record.lockedUntil <= now) {
        record.lockedUntil = now + m_config.lockoutMs;
        qCWarning(lcAuth).noquote() << QStringLiteral("Log-ins refused for %1 s for %2 %3 after %4 failures")
                                           .arg(m_config.lockoutMs / 1000)
                                           .arg(QLatin1String(what), key)
                                           .arg(count);
    } else if (count > m_config.slowAfterFailures) {
        qCWarning(lcAuth).noquote() << QStringLiteral("Failed log-in %1 of %2 for %3 %4; answers are slowed")
                                           .arg(count)
                                           .arg(m_config.maxFailures)
                                           .arg(QLatin1String(what), key);
    }
}

qint64 LoginThrottle::delayFor(int failures) const
{
    if (failures <= m_config.slowAfterFailures)
        return 0;
    return std::min(m_config.maxDelayMs, (failures - m_config.slowAfterFailures) * m_config.delayStepMs);
}

// Keeps memory bounded when someone sprays made-up accounts: forgets records with nothing left to remember.
void LoginThrottle::forgetIdle(qint64 now)
{
    const bool crowded = m_accounts.size() + m_addresses.size() >= 10000;
    if (now - m_lastSweep < (crowded ? 1000 : m_config.windowMs))
        return;
    m_lastSweep = now;
    for (auto *table : {&m_accounts, &m_addresses}) {
        for (auto it = table->begin(); it != table->end();) {
            prune(it.value(), now);
            if (it->failures.isEmpty() && it->inFlight == 0 && it->lockedUntil <= now)
                it = table->erase(it);
            else
                ++it;
        }
    }
}

} // namespace Turno::Auth
