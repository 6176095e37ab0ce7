#include "routing/routingengine.h"

#include <algorithm>

namespace Turno::Routing
{

using Activity = OperatorRecord::Activity;

RoutingEngine::RoutingEngine(const Clock &clock, const RoutingSettings &settings)
    : m_clock(clock), m_ringTimeoutMs(std::max<qint64>(0, settings.ringTimeoutMs)),
      m_strategy(makeStrategy(settings.strategy))
{
}

RoutingEngine::~RoutingEngine() = default;

std::optional<ErrorKind> RoutingEngine::checkId(const QString &id)
{
    if (id.isEmpty())
        return ErrorKind::MissingId;
    if (id.size() > MaxIdLength)
        return ErrorKind::IdTooLong;
    return std::nullopt;
}

CallRecord *RoutingEngine::findCall(const QString &id)
{
    auto it = m_calls.find(id);
    return it == m_calls.end() ? nullptr : &it->second;
}

OperatorRecord *RoutingEngine::findOperator(const QString &id)
{
    auto it = m_operators.find(id);
    return it == m_operators.end() ? nullptr : &it->second;
}

// --- Internal moves -------------------------------------------------------------------------------

void RoutingEngine::makeAvailable(OperatorRecord *op)
{
    op->activity = Activity::Idle;
    op->call = nullptr;
    if (op->paused || op->inAvailableSet)
        return;
    op->availableSince = m_nextAvailableSerial++;
    m_strategy->insert(op);
    op->inAvailableSet = true;
}

void RoutingEngine::leaveAvailableSet(OperatorRecord *op)
{
    if (!op->inAvailableSet)
        return;
    m_strategy->erase(op);
    op->inAvailableSet = false;
}

void RoutingEngine::ring(CallRecord *call, OperatorRecord *op, Events &events)
{
    leaveAvailableSet(op);
    op->activity = Activity::Ringing;
    op->call = call;
    call->state = CallRecord::State::Ringing;
    call->op = op;
    if (m_ringTimeoutMs > 0) {
        call->deadlineMs = m_clock.nowMs() + m_ringTimeoutMs;
        call->ringSerial = m_nextRingSerial++;
        call->hasDeadline = true;
        m_deadlines.emplace(DeadlineKey{call->deadlineMs, call->ringSerial}, call);
    }
    events.append(Event{EventType::CallRinging, call->id, op->id});
}

void RoutingEngine::clearDeadline(CallRecord *call)
{
    if (!call->hasDeadline)
        return;
    m_deadlines.erase(DeadlineKey{call->deadlineMs, call->ringSerial});
    call->hasDeadline = false;
}

void RoutingEngine::offerOn(CallRecord *call, OperatorRecord *previous, Events &events)
{
    call->state = CallRecord::State::Queued;
    call->op = nullptr;
    m_queue.insert(call);
    dispatch(events, call, previous);
    if (call->state == CallRecord::State::Queued)
        events.append(Event{EventType::CallQueued, call->id, {}});
}

void RoutingEngine::dispatch(Events &events, const CallRecord *reoffered, const OperatorRecord *avoid)
{
    while (!m_queue.isEmpty() && !m_strategy->empty()) {
        CallRecord *call = m_queue.front();
        m_queue.erase(call);
        ring(call, m_strategy->pick(call == reoffered ? avoid : nullptr), events);
    }
}

// --- Operators ------------------------------------------------------------------------------------

Result RoutingEngine::addOperator(const QString &operatorId)
{
    if (auto error = checkId(operatorId))
        return Result::failure(*error, operatorId);
    if (m_operators.count(operatorId))
        return Result::failure(ErrorKind::OperatorIdInUse, operatorId);
    OperatorRecord &op = m_operators[operatorId];
    op.id = operatorId;
    op.order = m_nextOrder++;
    Events events{Event{EventType::OperatorAdded, {}, operatorId}};
    makeAvailable(&op);
    dispatch(events);
    return Result::success(std::move(events));
}

Result RoutingEngine::removeOperator(const QString &operatorId)
{
    if (auto error = checkId(operatorId))
        return Result::failure(*error, operatorId);
    OperatorRecord *op = findOperator(operatorId);
    if (!op)
        return Result::failure(ErrorKind::UnknownOperator, operatorId);
    Events events;
    CallRecord *call = op->call;
    leaveAvailableSet(op);
    switch (op->activity) {
    case Activity::Idle:
        events.append(Event{EventType::OperatorRemoved, {}, operatorId});
        m_operators.erase(operatorId);
        break;
    case Activity::Ringing:
        clearDeadline(call);
        events.append(Event{EventType::CallWithdrawn, call->id, operatorId});
        events.append(Event{EventType::OperatorRemoved, {}, operatorId});
        m_operators.erase(operatorId);
        offerOn(call, nullptr, events);
        break;
    case Activity::Busy:
        call->op = nullptr;
        call->detachedOperatorId = operatorId;
        events.append(Event{EventType::OperatorRemoved, call->id, operatorId});
        m_operators.erase(operatorId);
        break;
    }
    return Result::success(std::move(events));
}

Result RoutingEngine::pauseOperator(const QString &operatorId)
{
    if (auto error = checkId(operatorId))
        return Result::failure(*error, operatorId);
    OperatorRecord *op = findOperator(operatorId);
    if (!op)
        return Result::failure(ErrorKind::UnknownOperator, operatorId);
    if (op->paused)
        return Result::success({});
    op->paused = true;
    leaveAvailableSet(op);
    Events events{Event{EventType::OperatorPaused, {}, operatorId}};
    if (op->activity == Activity::Ringing) {
        CallRecord *call = op->call;
        clearDeadline(call);
        events.append(Event{EventType::CallWithdrawn, call->id, operatorId});
        makeAvailable(op); // stays out of the available set: it is paused
        offerOn(call, op, events);
    }
    return Result::success(std::move(events));
}

Result RoutingEngine::unpauseOperator(const QString &operatorId)
{
    if (auto error = checkId(operatorId))
        return Result::failure(*error, operatorId);
    OperatorRecord *op = findOperator(operatorId);
    if (!op)
        return Result::failure(ErrorKind::UnknownOperator, operatorId);
    if (!op->paused)
        return Result::success({});
    op->paused = false;
    Events events{Event{EventType::OperatorUnpaused, {}, operatorId}};
    if (op->activity == Activity::Idle) {
        makeAvailable(op);
        dispatch(events);
    }
    return Result::success(std::move(events));
}

// --- Calls ----------------------------------------------------------------------------------------

Result RoutingEngine::call(const QString &callId)
{
    return placeCall(callId, m_nextSeq++);
}

Result RoutingEngine::callFirst(const QString &callId)
{
    return placeCall(callId, m_firstSeq--);
}

Result RoutingEngine::placeCall(const QString &callId, quint64 seq)
{
    if (auto error = checkId(callId))
        return Result::failure(*error, callId);
    auto [it, inserted] = m_calls.try_emplace(callId);
    if (!inserted)
        return Result::failure(ErrorKind::CallIdInUse, callId);
    CallRecord *call = &it->second;
    call->id = callId;
    call->seq = seq;
    Events events{Event{EventType::CallReceived, callId, {}}};
    if (m_strategy->empty()) {
        m_queue.insert(call);
        events.append(Event{EventType::CallQueued, callId, {}});
    } else {
        // The queue is empty whenever an operator is available, so the call skips it.
        ring(call, m_strategy->pick(nullptr), events);
    }
    return Result::success(std::move(events));
}

Result RoutingEngine::answer(const QString &operatorId)
{
    if (auto error = checkId(operatorId))
        return Result::failure(*error, operatorId);
    OperatorRecord *op = findOperator(operatorId);
    if (!op)
        return Result::failure(ErrorKind::UnknownOperator, operatorId);
    if (op->activity != Activity::Ringing)
        return Result::failure(ErrorKind::OperatorNotRinging, operatorId);
    CallRecord *call = op->call;
    clearDeadline(call);
    call->state = CallRecord::State::Answered;
    op->activity = Activity::Busy;
    ++op->answered;
    return Result::success({Event{EventType::CallAnswered, call->id, operatorId}});
}

Result RoutingEngine::reject(const QString &operatorId)
{
    if (auto error = checkId(operatorId))
        return Result::failure(*error, operatorId);
    OperatorRecord *op = findOperator(operatorId);
    if (!op)
        return Result::failure(ErrorKind::UnknownOperator, operatorId);
    if (op->activity != Activity::Ringing)
        return Result::failure(ErrorKind::OperatorNotRinging, operatorId);
    CallRecord *call = op->call;
    clearDeadline(call);
    Events events{Event{EventType::CallRejected, call->id, operatorId}};
    makeAvailable(op);
    offerOn(call, op, events);
    return Result::success(std::move(events));
}

Result RoutingEngine::hangUp(const QString &callId)
{
    if (auto error = checkId(callId))
        return Result::failure(*error, callId);
    auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return Result::failure(ErrorKind::UnknownCall, callId);
    CallRecord *call = &it->second;
    OperatorRecord *op = call->op;
    Events events;
    switch (call->state) {
    case CallRecord::State::Queued:
        m_queue.erase(call);
        events.append(Event{EventType::CallMissed, callId, {}});
        break;
    case CallRecord::State::Ringing:
        clearDeadline(call);
        events.append(Event{EventType::CallMissed, callId, op->id});
        break;
    case CallRecord::State::Answered:
        events.append(Event{EventType::CallFinished, callId, op ? op->id : call->detachedOperatorId});
        break;
    }
    m_calls.erase(it);
    if (op) {
        makeAvailable(op);
        dispatch(events);
    }
    return Result::success(std::move(events));
}

Result RoutingEngine::take(const QString &operatorId, const QString &callId)
{
    if (auto error = checkId(operatorId))
        return Result::failure(*error, operatorId);
    if (auto error = checkId(callId))
        return Result::failure(*error, callId);
    OperatorRecord *op = findOperator(operatorId);
    if (!op)
        return Result::failure(ErrorKind::UnknownOperator, operatorId);
    CallRecord *call = findCall(callId);
    if (!call)
        return Result::failure(ErrorKind::UnknownCall, callId);
    if (call->state != CallRecord::State::Queued)
        return Result::failure(ErrorKind::CallNotQueued, callId);
    if (op->activity != Activity::Idle)
        return Result::failure(ErrorKind::OperatorNotIdle, operatorId);
    leaveAvailableSet(op);
    m_queue.erase(call);
    call->state = CallRecord::State::Answered;
    call->op = op;
    op->activity = Activity::Busy;
    op->call = call;
    ++op->answered;
    return Result::success({Event{EventType::CallAnswered, callId, operatorId}});
}

Events RoutingEngine::expireDue()
{
    Events events;
    const qint64 now = m_clock.nowMs();
    // A call offered on gets a deadline after `now` (the timeout is positive), so this ends.
    while (!m_deadlines.empty() && m_deadlines.begin()->first.first <= now) {
        CallRecord *call = m_deadlines.begin()->second;
        OperatorRecord *op = call->op;
        clearDeadline(call);
        events.append(Event{EventType::CallIgnored, call->id, op->id});
        makeAvailable(op);
        offerOn(call, op, events);
    }
    return events;
}

std::optional<qint64> RoutingEngine::nextDeadlineMs() const
{
    if (m_deadlines.empty())
        return std::nullopt;
    return m_deadlines.begin()->first.first;
}

// --- Queries --------------------------------------------------------------------------------------

std::optional<qsizetype> RoutingEngine::position(const QString &callId) const
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end() || it->second.state != CallRecord::State::Queued)
        return std::nullopt;
    return m_queue.rankOf(&it->second);
}

QList<QString> RoutingEngine::queuedCalls(qsizetype limit) const
{
    QList<QString> ids;
    const QList<const CallRecord *> calls = m_queue.snapshot(limit);
    ids.reserve(calls.size());
    for (const CallRecord *call : calls)
        ids.append(call->id);
    return ids;
}

std::optional<CallInfo> RoutingEngine::callInfo(const QString &callId) const
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return std::nullopt;
    const CallRecord &call = it->second;
    const CallState state = call.state == CallRecord::State::Queued    ? CallState::Queued
                            : call.state == CallRecord::State::Ringing ? CallState::Ringing
                                                                       : CallState::Answered;
    return CallInfo{call.id, state, call.op ? call.op->id : QString()};
}

OperatorInfo RoutingEngine::infoOf(const OperatorRecord &op)
{
    OperatorState state = OperatorState::Available;
    if (op.activity == Activity::Ringing)
        state = OperatorState::Ringing;
    else if (op.activity == Activity::Busy)
        state = OperatorState::Busy;
    else if (op.paused)
        state = OperatorState::Paused;
    return OperatorInfo{op.id, state, op.paused, op.call ? op.call->id : QString(), op.answered};
}

std::optional<OperatorInfo> RoutingEngine::operatorInfo(const QString &operatorId) const
{
    auto it = m_operators.find(operatorId);
    if (it == m_operators.end())
        return std::nullopt;
    return infoOf(it->second);
}

QList<OperatorInfo> RoutingEngine::operators() const
{
    std::vector<const OperatorRecord *> records;
    records.reserve(m_operators.size());
    for (const auto &[id, op] : m_operators)
        records.push_back(&op);
    std::sort(records.begin(), records.end(), [](auto *a, auto *b) { return a->order < b->order; });
    QList<OperatorInfo> infos;
    infos.reserve(qsizetype(records.size()));
    for (const OperatorRecord *op : records)
        infos.append(infoOf(*op));
    return infos;
}

// --- Settings -------------------------------------------------------------------------------------

void RoutingEngine::setRingTimeoutMs(qint64 ms)
{
    m_ringTimeoutMs = std::max<qint64>(0, ms);
}

void RoutingEngine::setStrategy(StrategyKind kind)
{
    if (kind == m_strategy->kind())
        return;
    m_strategy = makeStrategy(kind);
    for (auto &[id, op] : m_operators) {
        if (op.inAvailableSet)
            m_strategy->insert(&op);
    }
}

} // namespace Turno::Routing
