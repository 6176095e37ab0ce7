// An event dispatcher on Linux epoll, for threads that hold thousands of sockets (the headless
// server, the load generator). Qt 6.4's dispatchers poll() every socket on every loop iteration,
// and the glib one also scans a list on every notifier change, so their cost grows with the number
// of connections; here a wake-up costs what is ready, not what is open. Timers, posted events,
// wakeUp() and interrupt() behave as in Qt's own dispatchers. See docs/performance.md.
#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>

#include <atomic>
#include <set>

namespace Turno
{

class EpollEventDispatcher : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    // Whether it can be used here (Linux), and not turned off with TURNO_EVENT_DISPATCHER=qt.
    static bool wanted();
    // Installs it for the main thread; call before the QCoreApplication is created. No-op when
    // not wanted().
    static void installForMainThread();

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    struct Watch {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 events = 0; // what epoll watches now
    };
    struct Timer {
        QObject *object = nullptr;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        qint64 dueNs = 0;
        bool firing = false; // its timerEvent() is running (maybe in a nested loop): not again
    };

    void updateWatch(int fd, Watch &watch);
    bool fireTimers();
    int waitMs() const;
    void unschedule(int timerId, const Timer &timer);

    int m_epoll = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_interrupted{false};
    QHash<int, Watch> m_watches;            // by socket descriptor
    QHash<int, Timer> m_timers;             // by timer id
    std::set<std::pair<qint64, int>> m_due; // (due time, timer id), soonest first
};

} // namespace Turno
