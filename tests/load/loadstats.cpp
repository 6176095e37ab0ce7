#include "loadstats.h"

#include <cmath>

namespace Turno::Load
{

void WorkerStats::merge(WorkerStats &&o)
{
    connectFailed += o.connectFailed;
    handshakeRefused += o.handshakeRefused;
    loginFailed += o.loginFailed;
    loginRetries += o.loginRetries;
    dropped += o.dropped;
    errorReplies += o.errorReplies;
    stateRaces += o.stateRaces;
    established += o.established;
    sessionsStarted += o.sessionsStarted;
    sessionsEnded += o.sessionsEnded;
    churnCycles += o.churnCycles;
    resumesOk += o.resumesOk;
    resumesFailed += o.resumesFailed;
    if (o.firstLoginNs >= 0 && (firstLoginNs < 0 || o.firstLoginNs < firstLoginNs))
        firstLoginNs = o.firstLoginNs;
    lastLoginNs = qMax(lastLoginNs, o.lastLoginNs);
    if (o.firstResumeNs >= 0 && (firstResumeNs < 0 || o.firstResumeNs < firstResumeNs))
        firstResumeNs = o.firstResumeNs;
    lastResumeNs = qMax(lastResumeNs, o.lastResumeNs);
    loginLatencyNs += o.loginLatencyNs;
    resumeLatencyNs += o.resumeLatencyNs;
    chatLatencyNs += o.chatLatencyNs;
    sent.insert(o.sent);
    for (auto it = o.delivered.cbegin(); it != o.delivered.cend(); ++it)
        delivered[it.key()] += it.value();
    unknownAcks += o.unknownAcks;
    unknownDeliveries += o.unknownDeliveries;
}

qint64 percentile(const QList<qint64> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[qBound<qsizetype>(0, rank - 1, sorted.size() - 1)];
}

} // namespace Turno::Load
