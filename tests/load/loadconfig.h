// What one turno-loadgen run does: read from the command line (main.cpp), shared read-only by
// every worker thread.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

namespace Turno::Load
{

struct LoadConfig {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 5680;
    // TLS unless plaintext; a certificate that does not verify is accepted only with this key
    // (--trust-fingerprint, or the key pinned for the server by the apps).
    bool plaintext = false;
    QByteArray trustedFingerprint;
    int customers = 100;
    int executives = 5;
    // Customers who join the line and chat; the others stay connected and idle.
    int chatters = -1; // -1: twice the executives (at most every customer)
    double durationSeconds = 10;
    double messageRate = 100;   // messages per second, both directions, across all chats
    int sessionMessages = 20;   // messages a customer sends in one session before ending it
    double rampPerSecond = 500; // new connections per second
    int threads = 2;            // worker threads, each with its own share of the clients
    qint64 serverPid = 0;       // to read the server's RSS and CPU from /proc
    quint64 seed = 1;           // customers' bulk-accounts seed
    QString execPrefix = QStringLiteral("agent");
    quint64 execSeed = 1;
    int supervisors = 1; // the first executives are supervisors: they may ask for ServerStats
    bool churn = false;  // idle customers log out and in again all the time
    double churnPerSecond = 50;
    int resumes = 0;                  // drop and resume this many idle customers after the ramp
    int resumeWindow = 200;           // resumes under way at once
    double connectTimeoutSeconds = 0; // 0: customers / ramp + 60 s
    bool quiet = false;               // no progress lines
    // Customers come from this many loopback addresses (127.0.0.1, .2, …) when the server is on
    // 127.0.0.1, as real customers come from many: the server throttles log-ins per address.
    int sourceAddresses = 1;
    // Password log-ins under way at once from one address. The server refuses (Throttled) once
    // failures plus attempts in flight from one address reach 50 (docs/storage.md), so keep this below that.
    int loginWindow = 8;
    // Makes this run's chat message ids unique: the server keeps every (sender, id) it has seen
    // and acknowledges a repeated id without delivering it again.
    QString runTag;

    int chatterCount() const
    {
        const int wanted = chatters < 0 ? 2 * executives : chatters;
        return qBound(0, wanted, customers);
    }
    // Customers send this share of the messages; executives answer every other one.
    double customerRate() const { return messageRate / 1.5; }
};

// One clock for every thread: nanoseconds since the load generator started.
class LoadClock
{
public:
    static void start() { timer().start(); }
    static qint64 nowNs() { return timer().nsecsElapsed(); }

private:
    static QElapsedTimer &timer()
    {
        static QElapsedTimer t;
        return t;
    }
};

} // namespace Turno::Load
