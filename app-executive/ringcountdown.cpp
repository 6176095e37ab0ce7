#include "ringcountdown.h"

#include <QApplication>
#include <QWidget>

namespace Turno
{

namespace
{
constexpr int TickMs = 200;
constexpr int RingEverySeconds = 5; // a ring, not a single beep that is easy to miss
} // namespace

RingCountdown::RingCountdown(QWidget *window) : QObject(window), m_window(window)
{
    m_ticker.setInterval(TickMs);
    connect(&m_ticker, &QTimer::timeout, this, &RingCountdown::tick);
}

void RingCountdown::start(const QDateTime &until)
{
    m_until = until;
    m_answering = false;
    m_lastRingAt = secondsLeft();
    m_ticker.start();
    Q_EMIT ticked();
    ring();
}

void RingCountdown::stop()
{
    m_ticker.stop();
}

qint64 RingCountdown::msLeft() const
{
    return qMax<qint64>(0, QDateTime::currentDateTime().msecsTo(m_until));
}

int RingCountdown::secondsLeft() const
{
    return int((msLeft() + 999) / 1000);
}

void RingCountdown::tick()
{
    const int left = secondsLeft();
    if (!m_answering && left > 0 && left <= m_lastRingAt - RingEverySeconds) {
        m_lastRingAt = left;
        ring();
    }
    Q_EMIT ticked();
}

void RingCountdown::ring()
{
    QApplication::beep();
    QApplication::alert(m_window->window(), 0); // until the executive looks at the window
}

} // namespace Turno
