// The routing engine: decides which call is offered to which operator. Pure logic: no sockets,
// no timers, no output; time comes from an injected Clock and every operation returns its events.
#pragma once

#include "routing/callqueue.h"
#include "routing/clock.h"
#include "routing/routingrecords.h"
#include "routing/routingtypes.h"
#include "routing/strategy.h"

#include <QHash>

#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

namespace Turno::Routing
{

struct RoutingSettings {
    qint64 ringTimeoutMs = 10'000; // 0 disables ring timeouts
    StrategyKind strategy = StrategyKind::Ordered;
};

// Rules (docs/routing.md has the full story):
// - A call rings an available operator chosen by the strategy, or waits at the end of a FIFO queue.
// - After a rejection, a ring timeout ("ignored") or a withdrawal, the call goes back to its own
//   place in the queue (ahead of every call that arrived after it) and is offered on at once,
//   preferring an operator other than the one that just let it go.
// - Whenever an operator becomes available it takes the head of the queue.
// - Invariant: while a call waits in the queue, no operator is available.
//
// Complexity, with n operators, q queued calls, r ringing calls, k events produced:
//   call, answer, reject, hangUp, take, pause, unpause  O(log n + log q + log r + k log n) amortised
//   addOperator, removeOperator                         O(log n + log q + log r + k log n) amortised
//   expireDue                                           O((e + k) (log n + log q + log r)), e expired
//   nextDeadlineMs, queueLength                         O(1)
//   position                                            O(log q) (order-statistic tree)
//   callInfo, operatorInfo                              O(1) average (hash lookup)
//   queuedCalls(limit)                                  O(min(q, limit)); operators() O(n log n)
//   setStrategy                                         O(n log n)
// Ids are hashed, so each of those costs also includes hashing one id. Nothing scans the queue,
// the operators or the ringing calls.
class RoutingEngine
{
public:
    // `clock` must outlive the engine.
    explicit RoutingEngine(const Clock &clock, const RoutingSettings &settings = {});
    ~RoutingEngine();
    RoutingEngine(const RoutingEngine &) = delete;
    RoutingEngine &operator=(const RoutingEngine &) = delete;

    // --- Operators -----------------------------------------------------------------------------
    // A new operator is available at once and takes the head of the queue. It comes last in the
    // configured order.
    Result addOperator(const QString &operatorId);
    // Idle: simply gone. Ringing: its call is withdrawn and offered on as after a rejection.
    // Busy: gone at once, but its call stays answered until hung up; that hang-up reports
    // CallFinished with the removed operator's id and hands nothing over.
    Result removeOperator(const QString &operatorId);
    // An away operator is offered nothing. Pausing a ringing operator withdraws its call (offered
    // on as after a rejection); pausing a busy one lets the call go on and keeps the operator
    // away once it ends. Pausing a paused operator (or unpausing an active one) does nothing.
    Result pauseOperator(const QString &operatorId);
    // Makes an idle operator available again; it takes the head of the queue.
    Result unpauseOperator(const QString &operatorId);

    // --- Calls ---------------------------------------------------------------------------------
    Result call(const QString &callId);
    // A call that goes ahead of every queued call, even those that arrived before it (a customer
    // handed over by one operator to another who did not take them). Among such calls, the
    // latest goes first.
    Result callFirst(const QString &callId);
    Result answer(const QString &operatorId);
    Result reject(const QString &operatorId);
    // Queued or ringing: the call is missed. Answered: it is finished. Either way the id is free
    // for reuse afterwards, and a freed operator takes the head of the queue.
    Result hangUp(const QString &callId);
    // An idle operator (available or paused) claims a specific queued call, which goes straight
    // to answered: the operator chose it, so there is nothing to ring. Because an available
    // operator is never left idle while calls wait, in practice this is how a paused (away)
    // operator picks a call from the queue panel. The operator keeps its paused flag.
    Result take(const QString &operatorId, const QString &callId);

    // Takes back every ringing call whose deadline is at or before the clock's now
    // (CallIgnored) and offers each on as after a rejection. Deadlines are handled in order.
    Events expireDue();
    // The earliest ring deadline, for arming one timer; nullopt when nothing is ringing with a
    // deadline.
    std::optional<qint64> nextDeadlineMs() const;

    // --- Queries -------------------------------------------------------------------------------
    // Number of calls ahead of this one in the queue; nullopt if it is not queued.
    std::optional<qsizetype> position(const QString &callId) const;
    qsizetype queueLength() const { return m_queue.size(); }
    // Queued call ids, oldest first, at most `limit` of them (all when negative).
    QList<QString> queuedCalls(qsizetype limit = -1) const;
    std::optional<CallInfo> callInfo(const QString &callId) const;
    std::optional<OperatorInfo> operatorInfo(const QString &operatorId) const;
    // Every operator in configured order.
    QList<OperatorInfo> operators() const;
    qsizetype activeCallCount() const { return qsizetype(m_calls.size()); }

    // --- Settings ------------------------------------------------------------------------------
    qint64 ringTimeoutMs() const { return m_ringTimeoutMs; }
    // Applies to calls that start ringing from now on.
    void setRingTimeoutMs(qint64 ms);
    StrategyKind strategy() const { return m_strategy->kind(); }
    void setStrategy(StrategyKind kind);

private:
    struct IdHash {
        size_t operator()(const QString &s) const noexcept { return qHash(s); }
    };
    using DeadlineKey = std::pair<qint64, quint64>; // (deadline, ring serial)

    static std::optional<ErrorKind> checkId(const QString &id);
    CallRecord *findCall(const QString &id);
    OperatorRecord *findOperator(const QString &id);

    void makeAvailable(OperatorRecord *op);
    void leaveAvailableSet(OperatorRecord *op);
    void ring(CallRecord *call, OperatorRecord *op, Events &events);
    void clearDeadline(CallRecord *call);
    // The call leaves its operator and is offered on from its own place in the queue.
    void offerOn(CallRecord *call, OperatorRecord *previous, Events &events);
    // Gives queue heads to available operators while both exist.
    void dispatch(Events &events, const CallRecord *reoffered = nullptr, const OperatorRecord *avoid = nullptr);
    static OperatorInfo infoOf(const OperatorRecord &op);
    Result placeCall(const QString &callId, quint64 seq);

    const Clock &m_clock;
    qint64 m_ringTimeoutMs;
    std::unique_ptr<Strategy> m_strategy;
    std::unordered_map<QString, OperatorRecord, IdHash> m_operators;
    std::unordered_map<QString, CallRecord, IdHash> m_calls;
    CallQueue m_queue;                               // queued calls, oldest first
    std::map<DeadlineKey, CallRecord *> m_deadlines; // ringing calls by deadline
    // Arrival numbers: call() counts up from the middle of the range, callFirst() down from it.
    static constexpr quint64 kFirstArrival = quint64(1) << 62;
    quint64 m_nextSeq = kFirstArrival;
    quint64 m_firstSeq = kFirstArrival - 1;
    quint64 m_nextRingSerial = 0;
    quint64 m_nextAvailableSerial = 0;
    qint64 m_nextOrder = 0;
};

} // namespace Turno::Routing
