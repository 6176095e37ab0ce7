#include "customerqueue.h"

#include "serverlog.h"

#include <algorithm>
#include <limits>

namespace Turno::Server {

using namespace Routing;

CustomerQueue::CustomerQueue(const Clock &clock, Settings settings, QObject *parent)
    : QObject(parent), m_clock(clock), m_settings(std::move(settings))
{
    RoutingSettings engineSettings;
    engineSettings.ringTimeoutMs = m_settings.ringTimeoutMs;
    engineSettings.strategy = m_settings.strategy;
    for (const QString &service : std::as_const(m_settings.services))
        m_engines.emplace(service, std::make_unique<RoutingEngine>(m_clock, engineSettings));
    m_ringTimer.setSingleShot(true);
    connect(&m_ringTimer, &QTimer::timeout, this, &CustomerQueue::expireDue);
}

CustomerQueue::~CustomerQueue() = default;

RoutingEngine *CustomerQueue::engineFor(const QString &service) const
{
    const auto it = m_engines.find(service);
    return it == m_engines.end() ? nullptr : it->second.get();
}

void CustomerQueue::executiveOnline(const QString &username, const QStringList &services)
{
    if (m_executives.contains(username))
        executiveOffline(username);
    QStringList served;
    for (const QString &service : services) {
        if (engineFor(service) && !served.contains(service))
            served.append(service);
    }
    m_executives.insert(username, served);
    // Paused everywhere first, so the sync below decides which line offers to them first.
    for (const QString &service : std::as_const(served)) {
        RoutingEngine *engine = engineFor(service);
        engine->addOperator(username);
        engine->pauseOperator(username);
    }
    syncExecutive(username);
    for (const QString &service : std::as_const(served))
        Q_EMIT lineChanged(service);
}

void CustomerQueue::setExecutiveAvailable(const QString &username, bool available)
{
    if (!m_executives.contains(username) || available == !m_unavailable.contains(username))
        return;
    if (available) {
        m_unavailable.remove(username);
        syncExecutive(username);
    } else {
        m_unavailable.insert(username);
        for (const QString &service : m_executives.value(username)) {
            const auto info = engineFor(service)->operatorInfo(username);
            if (info && info->state != OperatorState::Paused)
                apply(service, engineFor(service)->pauseOperator(username));
        }
    }
    for (const QString &service : m_executives.value(username))
        Q_EMIT lineChanged(service);
}

void CustomerQueue::executiveOffline(const QString &username)
{
    m_unavailable.remove(username);
    const QStringList served = m_executives.take(username);
    // A session in progress ends with the executive.
    QStringList inSession;
    for (auto it = m_customers.cbegin(); it != m_customers.cend(); ++it) {
        if (it->executive == username && it->answered)
            inSession.append(it.key());
    }
    for (const QString &rut : std::as_const(inSession))
        leave(rut);
    for (const QString &service : served)
        apply(service, engineFor(service)->removeOperator(username));
    for (const QString &service : served)
        Q_EMIT lineChanged(service);
}

bool CustomerQueue::join(const QString &rut, const QString &service)
{
    RoutingEngine *engine = engineFor(service);
    if (!engine || m_customers.contains(rut))
        return false;
    Customer customer;
    customer.service = service;
    customer.sequence = ++m_nextSequence;
    customer.joinedAtMs = m_clock.nowMs();
    m_customers.insert(rut, customer);
    const Result result = engine->call(rut);
    if (!result.ok()) {
        m_customers.remove(rut);
        return false;
    }
    apply(service, result);
    return true;
}

void CustomerQueue::leave(const QString &rut)
{
    const auto it = m_customers.constFind(rut);
    if (it == m_customers.cend())
        return;
    const QString service = it->service;
    apply(service, engineFor(service)->hangUp(rut));
}

bool CustomerQueue::isWaiting(const QString &rut) const
{
    const auto it = m_customers.constFind(rut);
    return it != m_customers.cend() && !it->answered;
}

bool CustomerQueue::claim(const QString &username, const QString &rut)
{
    const auto it = m_customers.constFind(rut);
    if (it == m_customers.cend() || it->answered || !m_executives.value(username).contains(it->service))
        return false;
    const QString service = it->service;
    const Result result = engineFor(service)->take(username, rut);
    if (!result.ok())
        return false;
    apply(service, result);
    return true;
}

bool CustomerQueue::answer(const QString &username, bool accept)
{
    for (const QString &service : m_executives.value(username)) {
        RoutingEngine *engine = engineFor(service);
        const auto info = engine->operatorInfo(username);
        if (info && info->state == OperatorState::Ringing) {
            apply(service, accept ? engine->answer(username) : engine->reject(username));
            return true;
        }
    }
    return false;
}

void CustomerQueue::apply(const QString &service, const Result &result)
{
    if (!result.ok()) {
        qCWarning(lcNet).noquote() << "routing refused an operation on" << result.subject();
        return;
    }
    handleEvents(service, result.events());
}

void CustomerQueue::handleEvents(const QString &service, const Events &events)
{
    QStringList touched;
    for (const Event &event : events) {
        if (!event.operatorId.isEmpty() && !touched.contains(event.operatorId))
            touched.append(event.operatorId);
        const auto customer = m_customers.find(event.callId);
        switch (event.type) {
        case EventType::CallRinging: {
            // A reaction to an earlier event of this batch (an executive set Away) may already
            // have taken this offer back; announce only offers that still ring.
            const auto op = engineFor(service)->operatorInfo(event.operatorId);
            if (!op || op->state != OperatorState::Ringing || op->callId != event.callId)
                break;
            if (customer != m_customers.end())
                customer->executive = event.operatorId;
            m_ringing.insert(event.callId, service);
            Q_EMIT offered(event.operatorId, event.callId);
            break;
        }
        case EventType::CallAnswered:
            m_ringing.remove(event.callId);
            if (customer != m_customers.end()) {
                customer->answered = true;
                customer->answeredAtMs = m_clock.nowMs();
            }
            Q_EMIT connected(event.operatorId, event.callId);
            break;
        case EventType::CallRejected:
        case EventType::CallIgnored:
        case EventType::CallWithdrawn:
            m_ringing.remove(event.callId);
            if (customer != m_customers.end())
                customer->executive.clear();
            Q_EMIT offerEnded(event.operatorId, event.callId, event.type);
            break;
        case EventType::CallFinished: {
            const qint64 handling = customer != m_customers.end() ? m_clock.nowMs() - customer->answeredAtMs : 0;
            m_customers.remove(event.callId);
            m_estimator.recordHandlingTime(handling);
            Q_EMIT sessionEnded(event.operatorId, event.callId, handling);
            break;
        }
        case EventType::CallMissed: {
            const bool wasOffered = m_ringing.remove(event.callId) > 0;
            m_customers.remove(event.callId);
            if (wasOffered)
                Q_EMIT offerEnded(event.operatorId, event.callId, EventType::CallMissed);
            Q_EMIT customerLeft(event.callId, wasOffered);
            break;
        }
        case EventType::CallReceived:
        case EventType::CallQueued:
        case EventType::OperatorAdded:
        case EventType::OperatorRemoved:
        case EventType::OperatorPaused:
        case EventType::OperatorUnpaused:
            break;
        }
    }
    for (const QString &username : std::as_const(touched))
        syncExecutive(username);
    Q_EMIT lineChanged(service);
    armTimer();
}

void CustomerQueue::syncExecutive(const QString &username)
{
    const QStringList served = m_executives.value(username);
    if (m_unavailable.contains(username)) {
        // Away or wrapping up: never available in any line (a session in progress goes on).
        for (const QString &service : served) {
            const auto info = engineFor(service)->operatorInfo(username);
            if (info && info->state == OperatorState::Available)
                engineFor(service)->pauseOperator(username);
        }
        return;
    }
    auto engagedIn = [this, &username, &served]() -> QString {
        for (const QString &service : served) {
            const auto info = engineFor(service)->operatorInfo(username);
            if (info && (info->state == OperatorState::Ringing || info->state == OperatorState::Busy))
                return service;
        }
        return QString();
    };
    const QString engaged = engagedIn();
    if (!engaged.isEmpty()) {
        for (const QString &service : served) {
            const auto info = engineFor(service)->operatorInfo(username);
            if (service != engaged && info && info->state == OperatorState::Available)
                engineFor(service)->pauseOperator(username);
        }
        return;
    }
    // Free: the line whose first customer has waited longest gets the first chance.
    QStringList order = served;
    auto headSequence = [this](const QString &service) {
        const QList<QString> head = engineFor(service)->queuedCalls(1);
        return head.isEmpty() ? std::numeric_limits<quint64>::max() : m_customers.value(head.first()).sequence;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&headSequence](const QString &a, const QString &b) { return headSequence(a) < headSequence(b); });
    for (const QString &service : std::as_const(order)) {
        if (!engagedIn().isEmpty())
            return;
        const auto info = engineFor(service)->operatorInfo(username);
        if (info && info->state == OperatorState::Paused)
            apply(service, engineFor(service)->unpauseOperator(username));
    }
}

void CustomerQueue::armTimer()
{
    std::optional<qint64> next;
    for (const auto &[service, engine] : m_engines) {
        const auto deadline = engine->nextDeadlineMs();
        if (deadline && (!next || *deadline < *next))
            next = deadline;
    }
    if (!next) {
        m_ringTimer.stop();
        return;
    }
    m_ringTimer.start(int(qBound<qint64>(qint64(0), *next - m_clock.nowMs(), qint64(24) * 3600 * 1000)));
}

void CustomerQueue::expireDue()
{
    for (const auto &[service, engine] : m_engines) {
        const Events events = engine->expireDue();
        if (!events.isEmpty())
            handleEvents(service, events);
    }
    armTimer();
}

std::optional<int> CustomerQueue::ahead(const QString &rut) const
{
    const auto it = m_customers.constFind(rut);
    if (it == m_customers.cend() || it->answered)
        return std::nullopt;
    const RoutingEngine *engine = engineFor(it->service);
    const auto position = engine->position(rut);
    int count = 0;
    if (position) {
        count = int(*position);
    } else {
        // Being offered: customers who joined earlier but wait in the line (an offer to them was
        // withdrawn) are still ahead. They are at the head of the line, so stop at the first
        // later customer.
        for (qsizetype limit = 8;; limit *= 8) {
            const QList<QString> head = engine->queuedCalls(limit);
            int older = 0;
            bool passed = false;
            for (const QString &queued : head) {
                if (m_customers.value(queued).sequence > it->sequence) {
                    passed = true;
                    break;
                }
                ++older;
            }
            if (passed || head.size() < limit) {
                count = older;
                break;
            }
        }
    }
    // Customers being offered right now who joined earlier are still ahead: if the offer falls
    // through they come back to their place, so counting them keeps every place from going back.
    for (auto ring = m_ringing.cbegin(); ring != m_ringing.cend(); ++ring) {
        if (ring.value() == it->service && ring.key() != rut && m_customers.value(ring.key()).sequence < it->sequence)
            ++count;
    }
    return count;
}

int CustomerQueue::agents(const QString &service) const
{
    int count = 0;
    for (auto it = m_executives.cbegin(); it != m_executives.cend(); ++it) {
        if (it.value().contains(service) && !m_unavailable.contains(it.key()))
            ++count;
    }
    return count;
}

qint64 CustomerQueue::waitedMs(const QString &rut) const
{
    const auto it = m_customers.constFind(rut);
    return it == m_customers.cend() ? 0 : m_clock.nowMs() - it->joinedAtMs;
}

QStringList CustomerQueue::waiting(const QString &service) const
{
    QList<QPair<quint64, QString>> all;
    for (auto it = m_customers.cbegin(); it != m_customers.cend(); ++it) {
        if (it->service == service && !it->answered)
            all.append({it->sequence, it.key()});
    }
    std::sort(all.begin(), all.end());
    QStringList ruts;
    for (const auto &entry : std::as_const(all))
        ruts.append(entry.second);
    return ruts;
}

QStringList CustomerQueue::waitingIn(const QStringList &services) const
{
    QList<QPair<quint64, QString>> all;
    for (auto it = m_customers.cbegin(); it != m_customers.cend(); ++it) {
        if (!it->answered && services.contains(it->service))
            all.append({it->sequence, it.key()});
    }
    std::sort(all.begin(), all.end());
    QStringList ruts;
    for (const auto &entry : std::as_const(all))
        ruts.append(entry.second);
    return ruts;
}

std::optional<WaitRange> CustomerQueue::estimate(const QString &rut) const
{
    const auto place = ahead(rut);
    if (!place)
        return std::nullopt;
    return m_estimator.estimate(*place, agents(serviceOf(rut)), waitedMs(rut));
}

} // namespace Turno::Server
