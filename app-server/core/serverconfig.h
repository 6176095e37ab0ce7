// Settings of one turno-server instance, filled from the command line (see main.cpp).
#pragma once

#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>

#include "net/ratelimits.h"
#include "protocol/connection.h"
#include "routing/routingtypes.h"

namespace Turno::Server
{

struct ServerConfig {
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 5680;
    // Time a new connection has to finish the TLS handshake and the Hello, together.
    int handshakeTimeoutMs = 10'000;
    // No TLS (--plaintext): loopback only, for debugging; otherwise tls is the certificate and key.
    bool plaintext = false;
    QSslConfiguration tls;
    // Time from connecting to being logged in (--login-timeout); then the connection is closed.
    int loginTimeoutMs = 30'000;
    // Connections at once, and of those the ones kept for connections already logged in
    // (--max-connections; by default the open-file limit less room for the database and logs).
    int maxConnections = 10'000;
    int reservedForLoggedIn = 1'000;
    // Connections not logged in yet from one address (--max-unauthenticated-per-address).
    int maxUnauthenticatedPerAddress = 32;
    // Heartbeats: a logged-in app quiet for this long is pinged (--heartbeat-interval), and closed
    // once silent for the timeout (--heartbeat-timeout). Only apps that announce them are pinged.
    int heartbeatIntervalMs = 30'000;
    int heartbeatTimeoutMs = 90'000;
    // How long a chain of resume tokens lives, from the log-in that started it (--token-lifetime).
    qint64 tokenLifetimeMs = 8LL * 3600 * 1000;
    // Whether customers may create their own accounts (SignUp); off unless --allow-signup or --demo.
    bool allowSignup = false;
    Protocol::ConnectionLimits limits;
    // How long an offer rings for an executive before it is taken back (--ring-timeout).
    int ringTimeoutMs = 20'000;
    // Which available executive gets the next customer (--strategy); longest idle by default.
    Routing::StrategyKind strategy = Routing::StrategyKind::LongestIdle;
    // How long a customer whose connection dropped keeps their place or conversation (--resume-grace).
    int resumeGraceMs = 120'000;
    // After-call work after each session, before new offers (--wrap-up).
    int wrapUpMs = 30'000;
    // Consecutive unanswered offers that set an executive Away (--missed-offers).
    int missedOffersLimit = 2;
    // Sessions an executive may have at once: the active one and those on hold (--session-limit).
    int sessionLimit = 2;
    // How long an invitation (conference or contact) waits for its answer.
    int invitationTimeoutMs = 30'000;
    // A "[STATS] …" log line at this interval; 0 for none (--stats-interval).
    int statsIntervalMs = 0;
    // How often each kind of request may come (--rate-limit NAME=COUNT/UNIT[:BURST]).
    RateLimits rateLimits = RateLimits::defaults();
    // Request-log rows older than this many days are deleted, a small batch at a time
    // (--request-log-retention; 0 keeps them forever).
    int requestLogRetentionDays = 400;
    // Within this window the same log line or request-log row is written five times at most, the
    // rest summed up in one "… N more like this" (--collapse-repeats; 0 writes every one).
    int repeatWindowMs = 60'000;
};

} // namespace Turno::Server
