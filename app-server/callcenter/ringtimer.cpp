#include "callcenter/ringtimer.h"

namespace Turno::CallCenter
{

RingTimer::RingTimer(Routing::RoutingEngine &engine, const Routing::Clock &clock, QObject *parent)
    : QObject(parent), m_engine(engine), m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RingTimer::fire);
}

void RingTimer::rearm()
{
    const auto deadline = m_engine.nextDeadlineMs();
    if (!deadline) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, *deadline - m_clock.nowMs());
    m_timer.start(std::chrono::milliseconds(wait));
}

void RingTimer::fire()
{
    // A timer may fire a little early; expireDue() then finds nothing and rearm() waits the rest.
    const Routing::Events events = m_engine.expireDue();
    rearm();
    if (!events.isEmpty())
        Q_EMIT expired(events);
}

} // namespace Turno::CallCenter
