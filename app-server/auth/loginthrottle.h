// Makes guessing passwords slow and bounded without handing strangers a way to keep anyone out:
// failures lock one (account, address) pair, never a whole account; failures spread over many
// addresses only slow an account; failures from one address slow it, and lock it only far later,
// because many customers may share it. Time comes from an injected clock so that tests can move it.
#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <functional>
#include <utility>

namespace Turno::Auth
{

// What one counter does with its failures in the window: from the (slowAfterFailures + 1)th on,
// each new attempt waits delayStepMs more per failure before it is checked, up to maxDelayMs;
// once failures and attempts in flight reach maxFailures, it is refused for the lockout.
// maxFailures 0: never refused, only slowed.
struct ThrottleRule {
    int slowAfterFailures = 0;
    qint64 delayStepMs = 0;
    qint64 maxDelayMs = 0;
    int maxFailures = 0;
};

struct ThrottleConfig {
    qint64 windowMs = 2 * 60 * 1000;  // failures older than this no longer count
    qint64 lockoutMs = 5 * 60 * 1000; // how long a locked pair or address is refused
    // One account from one address: someone who knows whom to try. Only this pair is locked, so
    // its owner, from anywhere else, is not.
    ThrottleRule pair{3, 500, 4000, 10};
    // One account from all addresses together: never refused, or anyone who knows a RUT could keep
    // its owner out. The cap stays well inside the apps' 10 s wait for an answer.
    ThrottleRule account{10, 500, 5000, 0};
    // One address over all accounts: password spraying. Customers behind one NAT share it, so it is
    // slowed only past what a few mistyping customers do, and locked only at five times the pair's
    // limit: one person who forgot a password (10 failures at most, then their pair is locked)
    // neither slows nor locks their neighbours.
    ThrottleRule address{10, 250, 4000, 50};
};

class LoginThrottle
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit LoginThrottle(ThrottleConfig config = {}, Clock nowMs = {});

    struct Admission {
        bool allowed = true;
        qint64 retryAfterMs = 0; // when refused
        // When allowed: hold the attempt back this long before checking it, whatever its password,
        // so that the answer's timing says nothing and hanging up early saves the guesser nothing.
        qint64 delayMs = 0;
    };
    // Asks before checking a password. An allowed attempt counts as in flight until finish(), so a
    // burst of parallel attempts cannot get past a limit before their failures are recorded. The
    // delay is the largest of the three counters' (not their sum), so it never exceeds one cap.
    Admission admit(const QString &account, const QString &address);
    // Records the outcome of an admitted attempt. A success clears the pair's and the account's
    // failures, not the address's: one good account must not unlock an address guessing others.
    void finish(const QString &account, const QString &address, bool success);
    // Ends an admitted attempt that could not be checked (storage error) without counting it either way.
    void release(const QString &account, const QString &address);

    const ThrottleConfig &config() const { return m_config; }
    qint64 now() const { return m_now(); }
    // Pairs, accounts and addresses remembered; idle ones are forgotten, so this stays bounded.
    int recordCount() const;

private:
    struct Record {
        QList<qint64> failures; // times within the window, oldest first
        qint64 lockedUntil = 0;
        int inFlight = 0;
    };
    struct Counters {
        Record &pair;
        Record &account;
        Record &address;
    };

    Counters countersFor(const QString &account, const QString &address);
    void prune(Record &record, qint64 now) const;
    qint64 refusal(const Record &record, const ThrottleRule &rule, qint64 now) const;
    void recordFailure(Record &record, const ThrottleRule &rule, const QString &what, qint64 now);
    void forgetIdle(qint64 now);

    const ThrottleConfig m_config;
    const Clock m_now;
    mutable QMutex m_mutex;
    QHash<std::pair<QString, QString>, Record> m_pairs; // (account, address)
    QHash<QString, Record> m_accounts;
    QHash<QString, Record> m_addresses;
    qint64 m_lastSweep = 0;
};

} // namespace Turno::Auth
