// One simulated app on one connection, speaking the real protocol through shared/'s
// Protocol::Connection: a customer (log in, maybe join the line and chat, or stay idle) or an
// executive (log in, accept every offer, answer every other chat message).
#pragma once

#include "protocol/codec.h"
#include "protocol/connection.h"

#include <QObject>
#include <QSet>

namespace Turno::Load
{

class Worker;

class LoadClient : public QObject
{
    Q_OBJECT
public:
    enum class Role { Customer, Executive };

    // index: the account's bulk index (1-based); id: unique across the run, tags its messages.
    LoadClient(Worker &worker, Role role, int index, quint32 id, bool chatter, QObject *parent = nullptr);

    Role role() const { return m_role; }
    bool isChatter() const { return m_chatter; }
    bool isSupervisor() const { return m_supervisor; }
    bool loggedIn() const { return m_step == Step::Ready; }
    bool inSession() const { return m_sessionId != 0; }
    bool hasToken() const { return !m_token.isEmpty(); }
    bool idle() const { return loggedIn() && !m_chatter && !inSession() && !m_waiting; }

    // Opens a connection and logs in with the account's password.
    void start();
    // Drops the connection at once, opens another and sends Resume with the resume token.
    void resume();
    // Logs out; with again, logs in again once the server has closed the connection (--churn).
    void logOut(bool again);

    // Customers: join the line (after log-in, and after each session while the run goes on).
    void joinQueue();
    // Customers in a session: whether another message may go now, and send it.
    bool canSend() const;
    void sendChat();
    // The run is ending: no new sessions; sessions end once their messages are in.
    void drain();
    void requestStats();

    // dispatch() handlers; kinds a load client does not care about are ignored.
    void handle(const Protocol::Welcome &m);
    void handle(const Protocol::HandshakeRefused &m);
    void handle(const Protocol::LoginResult &m);
    void handle(const Protocol::ResumeToken &m);
    void handle(const Protocol::QueueLeft &m);
    void handle(const Protocol::Offer &m);
    void handle(const Protocol::SessionStarted &m);
    void handle(const Protocol::SessionEnded &m);
    void handle(const Protocol::PresenceChanged &m);
    void handle(const Protocol::ChatAck &m);
    void handle(const Protocol::ChatMessage &m);
    void handle(const Protocol::ServerStats &m);
    void handle(const Protocol::ErrorReply &m);
    void handle(const Protocol::Ping &m);
    template <typename M> void handle(const M &) {}

private:
    enum class Step { Off, Connecting, Handshake, LoggingIn, Resuming, Ready, LoggingOut };

    void openConnection();
    void onFrame(quint16 kind, const QByteArray &payload);
    void onClosed(const QString &reason);
    void discardConnection();
    void concludeAttempt(bool ok);
    void sendText(quint32 sessionId);
    void sendLogin();
    void releaseSlot();
    void maybeEndSession();
    void leftSession();

    Worker &m_worker;
    const Role m_role;
    const int m_index;
    const quint32 m_id;
    const bool m_chatter;
    bool m_supervisor = false;
    Protocol::Connection *m_connection = nullptr;
    Step m_step = Step::Off;
    bool m_firstLogin = true; // the ramp's log-in, counted as established or failed
    bool m_again = false;     // log in again after logging out
    bool m_resumed = false;   // this attempt is a resume
    qint64 m_attemptNs = 0;
    int m_address = 0;        // which source address (and log-in window) this client uses
    bool m_holdsSlot = false; // of its address's log-in window
    quint32 m_generation = 0; // of the connection, so a queued log-in knows it is stale
    quint32 m_nextRequest = 0;
    QString m_token;
    // Customers
    bool m_waiting = false;
    quint32 m_sessionId = 0;
    int m_sentThisSession = 0;
    int m_unacked = 0;
    int m_expectedReplies = 0;
    int m_replies = 0;
    bool m_endSent = false;
    quint32 m_seq = 0;
    // Executives: their sessions
    QSet<quint32> m_sessions;
};

} // namespace Turno::Load
