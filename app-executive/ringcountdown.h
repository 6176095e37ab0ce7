// The ringing part of an offer or an invitation: a deadline, a tick several times a second for the
// countdown on screen, and a ring (a beep and the taskbar's attention) at once and every few
// seconds until it is answered or over.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QWidget;

namespace Turno
{

class RingCountdown : public QObject
{
    Q_OBJECT
public:
    // window is the one whose taskbar entry asks for attention.
    explicit RingCountdown(QWidget *window);

    // Rings now, then ticks until `until`.
    void start(const QDateTime &until);
    void stop();
    bool isRunning() const { return m_ticker.isActive(); }
    // The answer is on its way: no more rings, the ticks go on.
    void setAnswering() { m_answering = true; }
    bool isAnswering() const { return m_answering; }
    qint64 msLeft() const;
    int secondsLeft() const;

Q_SIGNALS:
    void ticked();

private:
    void tick();
    void ring();

    QWidget *m_window;
    QDateTime m_until;
    QTimer m_ticker;
    int m_lastRingAt = 0; // secondsLeft() when it last rang
    bool m_answering = false;
};

} // namespace Turno
