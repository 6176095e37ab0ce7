#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>

#include <cerrno>
#include <chrono>

#ifdef Q_OS_LINUX
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>
#endif

namespace Turno
{

namespace
{

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

constexpr qint64 kMs = 1'000'000;
constexpr int kMaxEvents = 256; // per wait; level-triggered, so the rest come at the next one

} // namespace

#ifdef Q_OS_LINUX

EpollEventDispatcher::EpollEventDispatcher(QObject *parent) : QAbstractEventDispatcher(parent)
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_epoll < 0 || m_wakeFd < 0)
        qFatal("EpollEventDispatcher: cannot create epoll or eventfd (errno %d)", errno);
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = m_wakeFd;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

bool EpollEventDispatcher::wanted()
{
    return qEnvironmentVariable("TURNO_EVENT_DISPATCHER") != QLatin1String("qt");
}

void EpollEventDispatcher::installForMainThread()
{
    if (wanted())
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
}

void EpollEventDispatcher::updateWatch(int fd, Watch &watch)
{
    quint32 events = 0;
    if (watch.read)
        events |= EPOLLIN;
    if (watch.write)
        events |= EPOLLOUT;
    if (watch.exception)
        events |= EPOLLPRI;
    if (events == watch.events)
        return;
    epoll_event event{};
    event.events = events;
    event.data.fd = fd;
    if (events == 0) {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &event); // fails harmlessly if the socket is closed already
    } else if (watch.events == 0) {
        // A descriptor number can come back for a new socket: add, or change what is there.
        if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0 && errno == EEXIST)
            epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
    } else if (epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event) != 0 && errno == ENOENT) {
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
    }
    watch.events = events;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Watch &watch = m_watches[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        watch.read = notifier;
        break;
    case QSocketNotifier::Write:
        watch.write = notifier;
        break;
    case QSocketNotifier::Exception:
        watch.exception = notifier;
        break;
    }
    updateWatch(fd, watch);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return;
    if (it->read == notifier)
        it->read = nullptr;
    if (it->write == notifier)
        it->write = nullptr;
    if (it->exception == notifier)
        it->exception = nullptr;
    updateWatch(fd, *it);
    if (!it->read && !it->write && !it->exception)
        m_watches.erase(it);
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    Timer timer;
    timer.object = object;
    timer.intervalMs = qMax<qint64>(0, interval);
    timer.type = timerType;
    timer.dueNs = nowNs() + timer.intervalMs * kMs;
    if (const auto old = m_timers.constFind(timerId); old != m_timers.cend())
        unschedule(timerId, *old);
    m_timers.insert(timerId, timer);
    m_due.insert({timer.dueNs, timerId});
}

void EpollEventDispatcher::unschedule(int timerId, const Timer &timer)
{
    m_due.erase({timer.dueNs, timerId});
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    unschedule(timerId, *it);
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->object == object) {
            unschedule(it.key(), *it);
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> list;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object)
            list.append(TimerInfo(it.key(), int(it->intervalMs), it->type));
    }
    return list;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.cend())
        return -1;
    return int(qMax<qint64>(0, it->dueNs - nowNs()) / kMs);
}

void EpollEventDispatcher::wakeUp()
{
    const quint64 one = 1;
    // Any thread may call this; the eventfd makes the wait return.
    [[maybe_unused]] const ssize_t written = ::write(m_wakeFd, &one, sizeof one);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

int EpollEventDispatcher::waitMs() const
{
    if (m_due.empty())
        return -1;
    const qint64 left = m_due.begin()->first - nowNs();
    if (left <= 0)
        return 0;
    return int(qMin<qint64>((left + kMs - 1) / kMs, 24 * 3600 * 1000)); // rounded up: never early
}

bool EpollEventDispatcher::fireTimers()
{
    const qint64 now = nowNs();
    QList<int> due;
    for (auto it = m_due.begin(); it != m_due.end() && it->first <= now; ++it)
        due.append(it->second);
    bool fired = false;
    for (int timerId : std::as_const(due)) {
        const auto it = m_timers.find(timerId);
        if (it == m_timers.end() || it->firing || it->dueNs > now)
            continue; // stopped or restarted by an earlier timer of this round
        unschedule(timerId, *it);
        // The next time is counted from when it was due, not from now, but never in the past.
        it->dueNs += it->intervalMs * kMs;
        if (it->dueNs <= now)
            it->dueNs = now + it->intervalMs * kMs;
        m_due.insert({it->dueNs, timerId});
        it->firing = true;
        QObject *object = it->object;
        QTimerEvent event(timerId);
        QCoreApplication::sendEvent(object, &event);
        fired = true;
        if (const auto again = m_timers.find(timerId); again != m_timers.end())
            again->firing = false;
    }
    return fired;
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool wait = flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.load();
    const int timeout = wait ? waitMs() : 0;
    if (timeout != 0)
        Q_EMIT aboutToBlock();
    if (m_interrupted.load())
        return false;

    epoll_event events[kMaxEvents];
    int ready = epoll_wait(m_epoll, events, kMaxEvents, timeout);
    if (ready < 0) {
        if (errno != EINTR)
            qWarning("EpollEventDispatcher: epoll_wait failed (errno %d)", errno);
        ready = 0;
    }
    bool handled = false;
    const bool notifiers = !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    for (int i = 0; i < ready; ++i) {
        const int fd = events[i].data.fd;
        const quint32 happened = events[i].events;
        if (fd == m_wakeFd) {
            quint64 count = 0;
            [[maybe_unused]] const ssize_t got = ::read(m_wakeFd, &count, sizeof count);
            handled = true; // posted events, sent at the start of the next call
            continue;
        }
        if (!notifiers)
            continue;
        // Each notifier is looked up again right before its event: an earlier one may have
        // closed or deleted it.
        auto send = [this, fd, &handled](QSocketNotifier *Watch::*which) {
            const auto it = m_watches.constFind(fd);
            if (it == m_watches.cend())
                return;
            QSocketNotifier *notifier = (*it).*which;
            if (!notifier)
                return;
            QEvent event(QEvent::SockAct);
            QCoreApplication::sendEvent(notifier, &event);
            handled = true;
        };
        if (happened & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP))
            send(&Watch::read);
        if (happened & (EPOLLOUT | EPOLLERR | EPOLLHUP))
            send(&Watch::write);
        if (happened & EPOLLPRI)
            send(&Watch::exception);
    }
    if (!flags.testFlag(QEventLoop::X11ExcludeTimers) && fireTimers())
        handled = true;
    return handled;
}

#else // not Linux: never wanted, never constructed

EpollEventDispatcher::EpollEventDispatcher(QObject *parent) : QAbstractEventDispatcher(parent) {}
EpollEventDispatcher::~EpollEventDispatcher() = default;
bool EpollEventDispatcher::wanted()
{
    return false;
}
void EpollEventDispatcher::installForMainThread() {}
bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags)
{
    return false;
}
void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *) {}
void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *) {}
void EpollEventDispatcher::registerTimer(int, qint64, Qt::TimerType, QObject *) {}
bool EpollEventDispatcher::unregisterTimer(int)
{
    return false;
}
bool EpollEventDispatcher::unregisterTimers(QObject *)
{
    return false;
}
QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *) const
{
    return {};
}
int EpollEventDispatcher::remainingTime(int)
{
    return -1;
}
void EpollEventDispatcher::wakeUp() {}
void EpollEventDispatcher::interrupt() {}
void EpollEventDispatcher::updateWatch(int, Watch &) {}
bool EpollEventDispatcher::fireTimers()
{
    return false;
}
int EpollEventDispatcher::waitMs() const
{
    return -1;
}
void EpollEventDispatcher::unschedule(int, const Timer &) {}

#endif

} // namespace Turno
