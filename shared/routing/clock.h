// Time source for the routing engine: ring deadlines are read from an injectable clock so tests
// can move time by hand instead of sleeping.
#pragma once

#include <QtGlobal>

namespace Turno::Routing
{

// A monotonic millisecond clock. Only differences between readings matter.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

// The real clock: std::chrono::steady_clock, never jumps with wall-clock changes.
class SteadyClock final : public Clock
{
public:
    qint64 nowMs() const override;
    // One shared instance, for front ends that need no other clock.
    static const SteadyClock &instance();
};

// A clock that moves only when told to, for tests and benchmarks.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0) : m_nowMs(startMs) {}
    qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 ms) { m_nowMs = ms; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

} // namespace Turno::Routing
