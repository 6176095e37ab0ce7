// Value types the routing engine speaks in: events it reports, errors it refuses with,
// snapshots of operators and calls, and the names of the operator-choice strategies.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Turno::Routing
{

// Longest call or operator id the engine accepts, in UTF-16 code units.
inline constexpr qsizetype MaxIdLength = 64;

enum class EventType {
    CallReceived,     // a new call arrived (call)
    CallRinging,      // the call was delivered to an operator (call, operator)
    CallQueued,       // no operator was available: the call waits in the queue (call)
    CallAnswered,     // (call, operator)
    CallRejected,     // the operator turned the call down; it is offered on next (call, operator)
    CallIgnored,      // the ring timed out; the call is offered on as after a rejection (call, operator)
    CallWithdrawn,    // taken back because its operator paused or was removed (call, operator)
    CallFinished,     // hung up after an answer; the operator is free again (call, operator)
    CallMissed,       // hung up before any answer (call; operator if it was ringing)
    OperatorAdded,    // (operator)
    OperatorRemoved,  // (operator; call if it left a call in progress behind)
    OperatorPaused,   // (operator)
    OperatorUnpaused, // (operator)
};

struct Event {
    EventType type;
    QString callId;
    QString operatorId;

    friend bool operator==(const Event &, const Event &) = default;
};
using Events = QList<Event>;

enum class ErrorKind {
    None,
    MissingId,          // an empty call or operator id
    IdTooLong,          // longer than MaxIdLength
    UnknownCall,        // no active call has this id
    CallIdInUse,        // an active call already has this id
    UnknownOperator,    // no operator has this id
    OperatorIdInUse,    // addOperator with an id already present
    OperatorNotRinging, // answer or reject from an operator with no ringing call
    OperatorNotIdle,    // take from an operator that is ringing or in a call
    CallNotQueued,      // take of a call that is not waiting in the queue
};

// What an operation did: either the events it caused, in order, or why it was refused.
// A refused operation changed nothing.
class Result
{
public:
    static Result success(Events events) { return Result(ErrorKind::None, {}, std::move(events)); }
    static Result failure(ErrorKind kind, QString subject) { return Result(kind, std::move(subject), {}); }

    bool ok() const { return m_error == ErrorKind::None; }
    ErrorKind error() const { return m_error; }
    // The id the error is about (the call or operator id that was given).
    const QString &subject() const { return m_subject; }
    const Events &events() const { return m_events; }

private:
    Result(ErrorKind error, QString subject, Events events)
        : m_error(error), m_subject(std::move(subject)), m_events(std::move(events))
    {
    }
    ErrorKind m_error;
    QString m_subject;
    Events m_events;
};

enum class OperatorState {
    Available, // idle and not paused: can be offered a call
    Paused,    // idle but away: offered nothing
    Ringing,   // a call is being offered
    Busy,      // in a call
};

struct OperatorInfo {
    QString id;
    OperatorState state;
    bool paused;     // also true for a Busy operator that will pause when its call ends
    QString callId;  // the ringing or answered call, if any
    qint64 answered; // calls answered since the operator was added
};

enum class CallState { Queued, Ringing, Answered };

struct CallInfo {
    QString id;
    CallState state;
    QString operatorId; // for Ringing and Answered (empty once its operator was removed)
};

enum class StrategyKind {
    Ordered,        // first available operator in configured order
    RoundRobin,     // rotate through the configured order, starting after the last one chosen
    LongestIdle,    // the operator that has been available the longest
    FewestAnswered, // the available operator that answered the fewest calls (ties: configured order)
};

QString strategyName(StrategyKind kind);
std::optional<StrategyKind> strategyFromName(const QString &name);
QList<StrategyKind> allStrategies();

} // namespace Turno::Routing
