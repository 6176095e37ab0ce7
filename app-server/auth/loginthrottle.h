// Slows, then refuses for a while, repeated failed log-ins per peer address and per account.
// Time comes from an injected clock so that tests can move it.
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <functional>

namespace Turno::Auth
{

struct ThrottleConfig {
    int maxFailures = 10; // within window: refuse for lockoutMs
    qint64 windowMs = 2 * 60 * 1000;
    qint64 lockoutMs = 5 * 60 * 1000;
    int slowAfterFailures = 3; // from the 4th failure in the window on, answers are delayed
    qint64 delayStepMs = 500;  // ...by this much per failure past slowAfterFailures
    qint64 maxDelayMs = 4000;
};

class LoginThrottle
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit LoginThrottle(ThrottleConfig config = {}, Clock nowMs = {});

    struct Admission {
        bool allowed = true;
        qint64 retryAfterMs = 0; // when refused
    };
    // Asks before checking a password. An allowed attempt counts as in flight until finish(), so a burst of
    // parallel attempts cannot get past the limit before their failures are recorded.
    Admission admit(const QString &account, const QString &address);
    // Records the outcome of an admitted attempt. On failure, returns how long to hold the answer back.
    // A success clears the account's failures (not the address's: one good account must not unlock guessing).
    qint64 finish(const QString &account, const QString &address, bool success);
    // Ends an admitted attempt that could not be checked (storage error) without counting it either way.
    void release(const QString &account, const QString &address);

    const ThrottleConfig &config() const { return m_config; }
    qint64 now() const { return m_now(); }

private:
    struct Record {
        QList<qint64> failures; // times within the window, oldest first
        qint64 lockedUntil = 0;
        int inFlight = 0;
    };
    enum class Kind { Account, Address };

    void prune(Record &record, qint64 now) const;
    void recordFailure(Record &record, Kind kind, const QString &key, qint64 now);
    void forgetIdle(qint64 now);
    qint64 delayFor(int failures) const;

    const ThrottleConfig m_config;
    const Clock m_now;
    QMutex m_mutex;
    QHash<QString, Record> m_accounts;
    QHash<QString, Record> m_addresses;
    qint64 m_lastSweep = 0;
};

} // namespace Turno::Auth
