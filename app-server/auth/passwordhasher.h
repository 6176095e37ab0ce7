// Argon2id password hashing (libsodium crypto_pwhash_str) on a thread pool of its own, so that
// hashing never runs on the event loop. Verification also tells when a stored hash needs upgrading.
#pragma once

#include <QFuture>
#include <QString>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace Turno::Auth
{

struct HashCost {
    quint64 opsLimit = 2;                    // Argon2id passes (t)
    size_t memLimitBytes = 19 * 1024 * 1024; // memory (m); libsodium always uses one lane (p = 1)

    // OWASP's minimum for Argon2id: t = 2, m = 19 MiB, p = 1.
    static HashCost defaults() { return {2, 19 * 1024 * 1024}; }
    // For load tests and unit tests only: libsodium's minimum (t = 1, m = 8 KiB); fast, and weak.
    static HashCost low() { return {1, 8 * 1024}; }
    // Within libsodium's bounds for crypto_pwhash_str.
    bool isValid() const;
    friend bool operator==(const HashCost &, const HashCost &) = default;
};

struct VerifyResult {
    bool ok = false;
    bool needsRehash = false; // ok, but hashed with other parameters: store hash(password) again
};

class PasswordHasher
{
public:
    explicit PasswordHasher(HashCost cost = HashCost::defaults());
    ~PasswordHasher(); // waits for the hashes in progress

    // The encoded hash ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"), or an empty string on failure
    // (out of memory, or a cost outside libsodium's bounds).
    QFuture<QString> hash(const QString &password);
    QFuture<VerifyResult> verify(const QString &storedHash, const QString &password);
    HashCost cost() const { return m_cost; }

    // Hashes and verifications queued or running. Callers check isBusy() before starting work that
    // needs a hash and answer "busy, try again" instead, so the queue (and the wait of everyone in
    // it) stays bounded: at the default cost a hash takes some 40 ms of one core.
    int outstanding() const { return m_outstanding->load(); }
    bool isBusy() const { return outstanding() >= m_queueLimit; }
    void setQueueLimit(int limit) { m_queueLimit = qMax(1, limit); }
    int queueLimit() const { return m_queueLimit; }
    static constexpr int kDefaultQueueLimit = 64;
    // No job queued or running, and every result delivered to its future (outstanding() counts a
    // job out just before its result): for harnesses that must know when the work is over
    // (tests/fuzz/fuzz_server).
    bool isIdle() const { return m_unfinished->load() == 0; }

    // Calls sodium_init() once for the process; false when libsodium can't be used.
    static bool initializeSodium();

private:
    const HashCost m_cost;
    // Shared with the jobs, which count themselves out when done.
    std::shared_ptr<std::atomic<int>> m_outstanding = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<int>> m_unfinished = std::make_shared<std::atomic<int>>(0);
    int m_queueLimit = kDefaultQueueLimit;
    QThreadPool m_pool;
};

} // namespace Turno::Auth
