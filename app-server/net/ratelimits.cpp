#include "ratelimits.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace Turno::Server
{

namespace
{
RateRule rule(double count, double perSeconds, double burst)
{
    return RateRule{count / perSeconds, burst, false};
}
} // namespace

RateLimits RateLimits::defaults()
{
    RateLimits limits;
    // A person types far slower than this; a pasted burst and a resend after a reconnect fit.
    limits[RateClass::Chat] = rule(5, 1, 50);
    limits[RateClass::AccountChange] = rule(10, 60, 10);
    limits[RateClass::Queue] = rule(1, 1, 10);
    limits[RateClass::Lookup] = rule(2, 1, 30);
    limits[RateClass::Request] = rule(20, 1, 100);
    // Log-ins with the right password: a person logs in a few times an hour; a whole office
    // behind one NAT address logs in every morning.
    limits[RateClass::LoginPerAccount] = rule(6, 60, 20);
    limits[RateClass::LoginPerAddress] = rule(10, 1, 300);
    limits[RateClass::SignUpPerAddress] = rule(1, 60, 20);
    // A client that waits as told never collects this many; one that keeps sending does.
    limits[RateClass::Refusal] = rule(5, 1, 200);
    return limits;
}

const QStringList &RateLimits::names()
{
    static const QStringList list{QStringLiteral("chat"),
                                  QStringLiteral("account-change"),
                                  QStringLiteral("queue"),
                                  QStringLiteral("lookup"),
                                  QStringLiteral("request"),
                                  QStringLiteral("login-per-account"),
                                  QStringLiteral("login-per-address"),
                                  QStringLiteral("signup-per-address"),
                                  QStringLiteral("refusal")};
    return list;
}

bool RateLimits::apply(const QString &setting, QString *error)
{
    const qsizetype equals = setting.indexOf(QLatin1Char('='));
    const QString name = setting.left(equals).trimmed();
    const int index = int(names().indexOf(name));
    if (equals < 0 || index < 0) {
        *error =
            QStringLiteral("unknown rate limit \"%1\" (use one of: %2)").arg(name, names().join(QLatin1String(", ")));
        return false;
    }
    const QString value = setting.mid(equals + 1).trimmed();
    if (value == QLatin1String("off")) {
        rules[size_t(index)].disabled = true;
        return true;
    }
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)/(s|min|h)(?::(\\d+))?$"));
    const QRegularExpressionMatch match = pattern.match(value);
    const double count = match.hasMatch() ? match.captured(1).toDouble() : 0;
    const double burst = match.captured(3).isEmpty() ? std::ceil(count) : match.captured(3).toDouble();
    if (!match.hasMatch() || count <= 0 || count > 1e6 || burst < 1 || burst > 1e6) {
        *error = QStringLiteral("invalid rate limit \"%1\" (use NAME=COUNT/UNIT[:BURST] with UNIT s, min or h, "
                                "e.g. chat=5/s:50, or NAME=off)")
                     .arg(setting);
        return false;
    }
    const QString unit = match.captured(2);
    const double seconds = unit == QLatin1String("s") ? 1 : unit == QLatin1String("min") ? 60 : 3600;
    rules[size_t(index)] = rule(count, seconds, burst);
    return true;
}

QString RateLimits::describe() const
{
    QStringList parts;
    for (int i = 0; i < kRateClassCount; ++i) {
        const RateRule &r = rules[size_t(i)];
        if (r.disabled) {
            parts << QStringLiteral("%1=off").arg(names()[i]);
            continue;
        }
        // The unit that gives a whole count, if any: 5/s, 10/min, 1/min.
        QString amount;
        for (const auto &[unit, seconds] : {std::pair{"s", 1.0}, {"min", 60.0}, {"h", 3600.0}}) {
            const double count = r.perSecond * seconds;
            if (count >= 1 && std::abs(count - std::round(count)) < 1e-9) {
                amount = QStringLiteral("%1/%2").arg(qint64(std::round(count))).arg(QLatin1String(unit));
                break;
            }
        }
        if (amount.isEmpty())
            amount = QStringLiteral("%1/h").arg(r.perSecond * 3600, 0, 'g', 6);
        parts << QStringLiteral("%1=%2:%3").arg(names()[i], amount).arg(qint64(r.burst));
    }
    return parts.join(QLatin1String(", "));
}

TokenBucket::TokenBucket(const RateRule &rule, qint64 nowMs) : m_tokens(rule.burst), m_lastMs(nowMs) {}

void TokenBucket::refill(const RateRule &rule, qint64 nowMs)
{
    if (nowMs > m_lastMs)
        m_tokens = std::min(rule.burst, m_tokens + double(nowMs - m_lastMs) * rule.perSecond / 1000.0);
    m_lastMs = std::max(m_lastMs, nowMs);
}

bool TokenBucket::has(const RateRule &rule, qint64 nowMs, qint64 *retryAfterMs)
{
    if (rule.disabled)
        return true;
    refill(rule, nowMs);
    if (m_tokens >= 1)
        return true;
    if (retryAfterMs) {
        const double wanted = std::max(1.0, std::ceil(rule.burst / 4));
        *retryAfterMs = qint64(std::ceil((wanted - m_tokens) * 1000.0 / rule.perSecond));
    }
    return false;
}

bool TokenBucket::take(const RateRule &rule, qint64 nowMs, qint64 *retryAfterMs)
{
    if (!has(rule, nowMs, retryAfterMs))
        return false;
    if (!rule.disabled)
        m_tokens -= 1;
    return true;
}

bool TokenBucket::isFull(const RateRule &rule, qint64 nowMs)
{
    refill(rule, nowMs);
    return m_tokens >= rule.burst;
}

bool BucketTable::has(const QString &key, const RateRule &rule, qint64 nowMs, qint64 *retryAfterMs)
{
    if (rule.disabled)
        return true;
    const auto it = m_buckets.find(key);
    return it == m_buckets.end() || it->has(rule, nowMs, retryAfterMs);
}

bool BucketTable::take(const QString &key, const RateRule &rule, qint64 nowMs, qint64 *retryAfterMs)
{
    if (rule.disabled)
        return true;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxKeys)
            makeRoom(rule, nowMs);
        it = m_buckets.insert(key, TokenBucket(rule, nowMs));
    }
    return it->take(rule, nowMs, retryAfterMs);
}

void BucketTable::makeRoom(const RateRule &rule, qint64 nowMs)
{
    // Full buckets are the same as missing ones. If that is not enough, forget others too, down
    // to nine tenths, so the scan happens once per many new keys rather than for each.
    m_buckets.removeIf([&](QHash<QString, TokenBucket>::iterator it) { return it.value().isFull(rule, nowMs); });
    const qsizetype target = qsizetype(m_maxKeys) * 9 / 10;
    for (auto it = m_buckets.begin(); it != m_buckets.end() && m_buckets.size() > target;)
        it = m_buckets.erase(it);
}

} // namespace Turno::Server
