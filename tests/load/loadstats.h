// What one worker thread measured, and the counters every thread updates live (read by the
// main thread for progress and to know when a phase is over).
#pragma once

#include <QHash>
#include <QList>
#include <atomic>

namespace Turno::Load
{

// Updated from any worker thread, read by the main thread.
struct LiveCounters {
    std::atomic<int> executivesReady{0};
    std::atomic<int> customersLoggedIn{0};    // at this moment
    std::atomic<int> customerAttemptsDone{0}; // first log-ins that ended, well or not
    std::atomic<int> failures{0};             // connections or log-ins that failed, drops
    std::atomic<int> inSession{0};            // customers in a session now
    std::atomic<int> waiting{0};              // customers in the line now
    std::atomic<qint64> sent{0};
    std::atomic<qint64> acked{0};
    std::atomic<qint64> delivered{0};
    std::atomic<int> resumesDone{0}; // ended, well or not
    std::atomic<int> open{0};        // connections open now
    // The chat pacing is shared by the workers: sessions do not spread evenly over them.
    std::atomic<qint64> paceStartNs{0};
    std::atomic<qint64> paceClaimed{0}; // customer messages taken from the budget
};

struct WorkerStats {
    int connectFailed = 0; // no TCP connection, or it broke before the log-in was answered
    int handshakeRefused = 0;
    int loginFailed = 0;  // LoginResult other than Ok (Busy is retried, not failed)
    int loginRetries = 0; // LoginResult Busy: the server's hashing queue was full; tried again
    int dropped = 0;      // closed by the server while we did not expect it
    int errorReplies = 0;
    // BadState answers to a request that crossed the server's own change: an AnswerOffer as the
    // customer left the line, a LeaveQueue as the customer was connected (while draining).
    int stateRaces = 0;
    int established = 0; // logged in (first log-ins, customers and executives)
    int sessionsStarted = 0;
    int sessionsEnded = 0;
    int churnCycles = 0; // log-out and log-in again (--churn)
    int resumesOk = 0;
    int resumesFailed = 0;
    qint64 firstLoginNs = -1; // first customer log-in sent
    qint64 lastLoginNs = 0;   // last customer log-in answered
    qint64 firstResumeNs = -1;
    qint64 lastResumeNs = 0;
    QList<qint64> loginLatencyNs;
    QList<qint64> resumeLatencyNs;
    QList<qint64> chatLatencyNs;       // sender's ChatSend to the receiver's ChatMessage
    QHash<quint64, bool> sent;         // message id → acknowledged
    QHash<quint64, quint32> delivered; // message id → how many times it arrived
    qint64 unknownAcks = 0;
    qint64 unknownDeliveries = 0; // texts we cannot read back (no id)

    void merge(WorkerStats &&other);
};

// p in 0..100 of sorted values (nearest rank); 0 when empty.
qint64 percentile(const QList<qint64> &sorted, double p);

} // namespace Turno::Load
