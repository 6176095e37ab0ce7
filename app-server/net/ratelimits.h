// Rate limits: token buckets for what a peer may ask how often (chat, account changes, the line,
// look-ups, log-ins, sign-ups), the rules that fill them (--rate-limit), and tables of buckets
// per account or per address whose memory stays bounded.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace Turno::Server
{

// One kind of request with a limit of its own.
enum class RateClass {
    Chat,             // ChatSend, per account
    AccountChange,    // password, display name, Wi-Fi, restarts, notes, contacts; per account
    Queue,            // JoinQueue, LeaveQueue; per account
    Lookup,           // history, details, statistics; per account
    Request,          // anything else a logged-in app sends; per account
    LoginPerAccount,  // successful log-ins of one account
    LoginPerAddress,  // successful log-ins from one address
    SignUpPerAddress, // sign-up attempts from one address
    Refusal,          // refusals a connection may collect before it is closed
};
inline constexpr int kRateClassCount = int(RateClass::Refusal) + 1;

// `burst` requests at once, refilled at `perSecond`; disabled allows everything.
struct RateRule {
    double perSecond = 0;
    double burst = 0;
    bool disabled = false;
    friend bool operator==(const RateRule &, const RateRule &) = default;
};

struct RateLimits {
    std::array<RateRule, kRateClassCount> rules;
    const RateRule &operator[](RateClass c) const { return rules[size_t(c)]; }
    RateRule &operator[](RateClass c) { return rules[size_t(c)]; }

    static RateLimits defaults();
    // The option names ("chat", "login-per-account", …) in RateClass order.
    static const QStringList &names();
    // Parses one --rate-limit value: NAME=COUNT/UNIT[:BURST] (UNIT s, min or h; BURST defaults
    // to COUNT) or NAME=off. False with error on anything else; *this is unchanged then.
    bool apply(const QString &setting, QString *error);
    // "chat=5/s:50, …" for --help and the start log.
    QString describe() const;
};

// One bucket. Times are milliseconds on the monotonic clock.
class TokenBucket
{
public:
    // A new bucket starts full.
    explicit TokenBucket(const RateRule &rule, qint64 nowMs);
    TokenBucket() = default; // for containers: empty
    // Takes one token if there is one; otherwise retryAfterMs says when there will be a quarter
    // of the burst again (at least one), so an app that waits as told can send a few at once.
    bool take(const RateRule &rule, qint64 nowMs, qint64 *retryAfterMs = nullptr);
    // Whether a token is there, without taking it; retryAfterMs as for take().
    bool has(const RateRule &rule, qint64 nowMs, qint64 *retryAfterMs = nullptr);
    // Full again: a bucket nobody needs to remember.
    bool isFull(const RateRule &rule, qint64 nowMs);

private:
    void refill(const RateRule &rule, qint64 nowMs);
    double m_tokens = 0;
    qint64 m_lastMs = 0;
};

// Buckets of one class by key (an account, an address). A key that is missing has a full bucket,
// so the table forgets buckets that have refilled; it never holds more than maxKeys, and when it
// would, it forgets the full ones and then others (which only ever errs towards allowing).
class BucketTable
{
public:
    explicit BucketTable(int maxKeys = 100'000) : m_maxKeys(maxKeys) {}
    bool take(const QString &key, const RateRule &rule, qint64 nowMs, qint64 *retryAfterMs = nullptr);
    bool has(const QString &key, const RateRule &rule, qint64 nowMs, qint64 *retryAfterMs = nullptr);
    int size() const { return int(m_buckets.size()); }

private:
    void makeRoom(const RateRule &rule, qint64 nowMs);
    QHash<QString, TokenBucket> m_buckets;
    int m_maxKeys;
};

// The tables of every class, by account or by address, under one set of rules.
class RateLimiter
{
public:
    explicit RateLimiter(const RateLimits &limits = RateLimits::defaults()) : m_limits(limits) {}
    const RateLimits &limits() const { return m_limits; }
    bool take(RateClass c, const QString &key, qint64 nowMs, qint64 *retryAfterMs = nullptr)
    {
        return m_tables[size_t(c)].take(key, m_limits[c], nowMs, retryAfterMs);
    }
    bool has(RateClass c, const QString &key, qint64 nowMs, qint64 *retryAfterMs = nullptr)
    {
        return m_tables[size_t(c)].has(key, m_limits[c], nowMs, retryAfterMs);
    }
    int keys(RateClass c) const { return m_tables[size_t(c)].size(); }

private:
    RateLimits m_limits;
    std::array<BucketTable, kRateClassCount> m_tables;
};

} // namespace Turno::Server
