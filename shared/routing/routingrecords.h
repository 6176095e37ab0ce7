// Internal bookkeeping of the routing engine: one record per operator and per active call.
// Not part of the engine's API; strategies read operator records to order them.
#pragma once

#include <QString>

namespace Turno::Routing
{

struct CallRecord;

struct OperatorRecord {
    enum class Activity { Idle, Ringing, Busy };

    QString id;
    qint64 order = 0; // position in the configured order (grows as operators are added)
    Activity activity = Activity::Idle;
    bool paused = false;
    bool inAvailableSet = false;
    qint64 answered = 0;
    quint64 availableSince = 0; // serial of the moment it last became available (for longest idle)
    CallRecord *call = nullptr;
};

struct CallRecord {
    enum class State { Queued, Ringing, Answered };

    QString id;
    State state = State::Queued;
    quint64 seq = 0;              // arrival order: the call's place in the queue, kept across re-offers
    OperatorRecord *op = nullptr; // ringing or answered operator
    QString detachedOperatorId;   // the operator of an answered call whose operator was removed
    qint64 deadlineMs = 0;        // ring deadline while Ringing and a timeout is set
    quint64 ringSerial = 0;       // tie-break between equal deadlines: earlier rings expire first
    bool hasDeadline = false;
};

} // namespace Turno::Routing
