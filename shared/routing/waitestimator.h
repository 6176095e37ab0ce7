// The honest wait estimate: how long until an executive takes this customer, from measured
// service (a rolling average handling time) and staffing. docs/queue.md explains the formula.
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Turno::Routing
{

struct WaitRange {
    qint64 lowSeconds = 0;
    qint64 highSeconds = 0;
    friend bool operator==(const WaitRange &, const WaitRange &) = default;
};

class WaitEstimator
{
public:
    // The longest handling time a sample counts for. Longer ones (a session left open over a
    // weekend, a clock jump, a damaged or hostile saved state) are clamped to it, which also
    // keeps the 64-bit sum and products in range: window · day (the sum, at most 2^31 samples)
    // and 2^31 · day (the point estimate for the longest line) are both below 2^58.
    static constexpr qint64 kMaxHandlingMs = 24 * 60 * 60 * 1000;

    // window: how many of the latest completed sessions make the average.
    explicit WaitEstimator(int window = 20);

    // Negative times are ignored; times over kMaxHandlingMs count as kMaxHandlingMs.
    void recordHandlingTime(qint64 milliseconds);
    std::optional<qint64> averageHandlingMs() const;
    int samples() const { return int(m_samples.size()); }

    // Estimate for a customer with `ahead` customers in front, `agents` executives serving the
    // queue and `waitedMs` already waited: about ceil((ahead + 1) / agents) · H − waited, shown
    // as a range rounded to whole minutes. Nothing (unknown) without data or without agents.
    std::optional<WaitRange> estimate(int ahead, int agents, qint64 waitedMs) const;
    // The point estimate behind the range, in milliseconds.
    std::optional<qint64> pointEstimateMs(int ahead, int agents, qint64 waitedMs) const;

    // The samples as text for persistence ("12000,30500,…"), and back. restore() ignores junk.
    QString serialize() const;
    void restore(const QString &text);

private:
    int m_window;
    QList<qint64> m_samples; // oldest first
    qint64 m_sum = 0;
};

} // namespace Turno::Routing
