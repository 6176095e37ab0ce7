#include "customerqueue.h"

#include "serverlog.h"

#include <algorithm>
#include <limits>

namespace Turno::Server
{

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
    // Their own line goes to the head of the service lines, its first customer first.
    if (m_directedRing.contains(username)) {
        const QString rut = m_directedRing.take(username).rut;
        m_customers[rut].executive.clear();
        Q_EMIT offerEnded(username, rut, EventType::CallWithdrawn);
    }
    const QStringList own = m_directed.take(username);
    for (auto it = own.crbegin(); it != own.crend(); ++it) {
        m_customers[*it].directedTo.clear();
        sendToServiceHead(*it);
    }
    m_sessionCount.remove(username);
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

void CustomerQueue::leave(QString rut)
{
    const auto it = m_customers.constFind(rut);
    if (it == m_customers.cend())
        return;
    const QString service = it->service;
    if (it->answered) {
        // A session ends here; the engine let go of the call when it was answered.
        const QString username = it->executive;
        const qint64 handling = m_clock.nowMs() - it->answeredAtMs;
        m_customers.remove(rut);
        if (--m_sessionCount[username] <= 0)
            m_sessionCount.remove(username);
        m_estimator.recordHandlingTime(handling);
        Q_EMIT sessionEnded(username, rut, handling);
        syncExecutive(username);
        Q_EMIT lineChanged(service);
        return;
    }
    if (!it->directedTo.isEmpty()) {
        const QString username = it->directedTo;
        const auto ring = m_directedRing.constFind(username);
        const bool wasOffered = ring != m_directedRing.cend() && ring->rut == rut;
        if (wasOffered)
            m_directedRing.remove(username);
        removeFromOwnLine(username, rut);
        m_customers.remove(rut);
        if (wasOffered)
            Q_EMIT offerEnded(username, rut, EventType::CallMissed);
        Q_EMIT customerLeft(rut, wasOffered);
        Q_EMIT ownLineChanged(username);
        syncExecutive(username);
        armTimer();
        return;
    }
    apply(service, engineFor(service)->hangUp(rut));
}

bool CustomerQueue::isWaiting(const QString &rut) const
{
    const auto it = m_customers.constFind(rut);
    return it != m_customers.cend() && !it->answered;
}

bool CustomerQueue::claim(const QString &username, const QString &rut)
{
    const auto it = m_customers.find(rut);
    if (it == m_customers.end() || it->answered || !canTakeSession(username))
        return false;
    if (!it->directedTo.isEmpty()) {
        // Someone's own line: only that executive may take them.
        if (it->directedTo != username)
            return false;
        startOwnLineSession(username, rut);
        return true;
    }
    if (!m_executives.value(username).contains(it->service))
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
    if (const auto ring = m_directedRing.constFind(username); ring != m_directedRing.cend()) {
        if (!accept) {
            ownLineOfferEnded(username, EventType::CallRejected);
            return true;
        }
        startOwnLineSession(username, m_directedRing.take(username).rut);
        armTimer();
        return true;
    }
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
            if (m_unavailable.contains(event.operatorId) || m_sessionCount.value(event.operatorId) > 0 ||
                m_directed.contains(event.operatorId) || m_directedRing.contains(event.operatorId)) {
                // Rung in the same batch that made them busy (or gave them their own line's
                // customer): take it back before anyone hears of it; it is offered on.
                apply(service, engineFor(service)->pauseOperator(event.operatorId));
                break;
            }
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
                customer->executive = event.operatorId;
            }
            ++m_sessionCount[event.operatorId];
            detach(service, event.operatorId, event.callId);
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
        case EventType::CallFinished:
            // Only detach() finishes calls, and it does not pass its events here.
            break;
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
    const bool inSessions = m_sessionCount.value(username) > 0;
    if (m_unavailable.contains(username) || inSessions || m_directed.contains(username) ||
        m_directedRing.contains(username)) {
        // Away, wrapping up, in a session, or someone waits in their own line: offered nothing
        // from the service lines (an offer already ringing goes on).
        for (const QString &service : served) {
            const auto info = engineFor(service)->operatorInfo(username);
            if (info && info->state == OperatorState::Available)
                engineFor(service)->pauseOperator(username);
        }
        if (!m_unavailable.contains(username) && !inSessions)
            offerOwnLine(username);
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
    for (const DirectedRing &ring : m_directedRing) {
        if (!next || ring.deadlineMs < *next)
            next = ring.deadlineMs;
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
    QStringList due;
    for (auto it = m_directedRing.cbegin(); it != m_directedRing.cend(); ++it) {
        if (it->deadlineMs <= m_clock.nowMs())
            due.append(it.key());
    }
    for (const QString &username : std::as_const(due)) {
        if (m_directedRing.contains(username))
            ownLineOfferEnded(username, EventType::CallIgnored);
    }
    armTimer();
}

std::optional<int> CustomerQueue::ahead(const QString &rut) const
{
    const auto it = m_customers.constFind(rut);
    if (it == m_customers.cend() || it->answered)
        return std::nullopt;
    if (!it->directedTo.isEmpty())
        return int(m_directed.value(it->directedTo).indexOf(rut));
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
        if (it->service == service && !it->answered && it->directedTo.isEmpty())
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
        if (!it->answered && it->directedTo.isEmpty() && services.contains(it->service))
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
    const QString directed = directedTo(rut);
    return m_estimator.estimate(*place, directed.isEmpty() ? agents(serviceOf(rut)) : 1, waitedMs(rut));
}

bool CustomerQueue::startDirect(const QString &username, const QString &rut, const QString &service)
{
    if (!engineFor(service) || m_customers.contains(rut) || !canTakeSession(username))
        return false;
    Customer customer;
    customer.service = service;
    customer.sequence = ++m_nextSequence;
    customer.joinedAtMs = customer.answeredAtMs = m_clock.nowMs();
    customer.answered = true;
    customer.executive = username;
    m_customers.insert(rut, customer);
    ++m_sessionCount[username];
    syncExecutive(username);
    Q_EMIT connected(username, rut);
    return true;
}

bool CustomerQueue::transfer(const QString &rut, const QString &toUsername)
{
    const auto it = m_customers.find(rut);
    if (it == m_customers.end() || !it->answered || !m_executives.contains(toUsername) || it->executive == toUsername)
        return false;
    const QString from = it->executive;
    it->answered = false;
    it->executive.clear();
    it->directedTo = toUsername;
    it->joinedAtMs = m_clock.nowMs();
    it->sequence = m_firstSequence--;
    if (--m_sessionCount[from] <= 0)
        m_sessionCount.remove(from);
    m_directed[toUsername].prepend(rut); // the head of their line
    Q_EMIT ownLineChanged(toUsername);
    syncExecutive(from);
    syncExecutive(toUsername);
    return true;
}

bool CustomerQueue::canTakeSession(const QString &username) const
{
    return m_executives.contains(username) && m_sessionCount.value(username) < m_settings.sessionLimit &&
           !offeredToBy(username);
}

void CustomerQueue::addGuestSession(const QString &username)
{
    ++m_sessionCount[username];
    syncExecutive(username);
}

void CustomerQueue::removeGuestSession(const QString &username)
{
    if (--m_sessionCount[username] <= 0)
        m_sessionCount.remove(username);
    syncExecutive(username);
}

QString CustomerQueue::executiveOf(const QString &rut) const
{
    const auto it = m_customers.constFind(rut);
    return it != m_customers.cend() && it->answered ? it->executive : QString();
}

int CustomerQueue::waitingCount() const
{
    int count = 0;
    for (const Customer &customer : m_customers)
        count += customer.answered ? 0 : 1;
    return count;
}

void CustomerQueue::detach(const QString &service, const QString &username, const QString &rut)
{
    // Paused first, so finishing the call does not hand the executive the next customer.
    RoutingEngine *engine = engineFor(service);
    engine->pauseOperator(username);
    engine->hangUp(rut);
}

bool CustomerQueue::offeredToBy(const QString &username) const
{
    if (m_directedRing.contains(username))
        return true;
    for (const QString &service : m_executives.value(username)) {
        const auto info = engineFor(service)->operatorInfo(username);
        if (info && info->state == OperatorState::Ringing)
            return true;
    }
    return false;
}

void CustomerQueue::offerOwnLine(const QString &username)
{
    if (!m_executives.contains(username) || m_unavailable.contains(username) || m_sessionCount.value(username) > 0 ||
        offeredToBy(username))
        return;
    const QStringList line = m_directed.value(username);
    if (line.isEmpty())
        return;
    const QString rut = line.first();
    m_directedRing.insert(username, {rut, m_clock.nowMs() + m_settings.ringTimeoutMs});
    m_customers[rut].executive = username;
    Q_EMIT offered(username, rut);
    armTimer();
}

void CustomerQueue::ownLineOfferEnded(const QString &username, EventType why)
{
    const QString rut = m_directedRing.take(username).rut;
    Customer &customer = m_customers[rut];
    customer.executive.clear();
    customer.directedTo.clear();
    removeFromOwnLine(username, rut);
    Q_EMIT offerEnded(username, rut, why);
    Q_EMIT ownLineChanged(username);
    // The customer they let go is first in their service's line (offered to someone else first,
    // while this executive is still paused there); then this executive may take the next one.
    sendToServiceHead(rut);
    syncExecutive(username);
    armTimer();
}

void CustomerQueue::removeFromOwnLine(const QString &username, const QString &rut)
{
    const auto line = m_directed.find(username);
    if (line == m_directed.end())
        return;
    line->removeOne(rut);
    if (line->isEmpty())
        m_directed.erase(line);
}

void CustomerQueue::startOwnLineSession(const QString &username, const QString &rut)
{
    Customer &customer = m_customers[rut];
    removeFromOwnLine(username, rut);
    customer.directedTo.clear();
    customer.answered = true;
    customer.answeredAtMs = m_clock.nowMs();
    customer.executive = username;
    ++m_sessionCount[username];
    Q_EMIT ownLineChanged(username);
    syncExecutive(username);
    Q_EMIT connected(username, rut);
}

void CustomerQueue::sendToServiceHead(const QString &rut)
{
    Customer &customer = m_customers[rut];
    customer.sequence = m_firstSequence--;
    const Result result = engineFor(customer.service)->callFirst(rut);
    apply(customer.service, result);
}

} // namespace Turno::Server
