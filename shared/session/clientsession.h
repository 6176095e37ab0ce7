// What both apps' session controllers share: reaching the server, the handshake, logging in, and
// turning connection failures into messages a person can act on.
#pragma once

#include "protocol/connection.h"
#include "protocol/toclienthandler.h"
#include "servertrust.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

class QSslSocket;

namespace Turno
{

// Splits "host:port" (port defaults to 5680). False with a translated error when malformed.
bool parseServerAddress(const QString &text, QString *host, quint16 *port, QString *error);

class ClientSession : public QObject, public Protocol::ToClientHandler
{
    Q_OBJECT
public:
    enum class Link { Offline, Connecting, LoggingIn, Online, Reconnecting };
    Q_ENUM(Link)

    explicit ClientSession(QObject *parent = nullptr);
    ~ClientSession() override;

    Link link() const { return m_link; }
    bool isOnline() const { return m_link == Link::Online; }
    // Time allowed to connect and finish the handshake.
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }

    // The transport of this session (TLS, or --plaintext); TransportPolicy::defaults() unless set.
    void setTransportPolicy(const TransportPolicy &policy) { m_policy = policy; }
    const TransportPolicy &transportPolicy() const { return m_policy; }

    // After serverKeyUnknown or serverKeyChanged: the user trusts the key (it is pinned for the
    // server and the log-in starts again), or does not (the log-in fails; nothing was sent).
    void trustServerKey();
    void distrustServerKey();
    // The key waiting for the user's answer, if any.
    const std::optional<ServerKey> &pendingServerKey() const { return m_pendingKey; }

    // Logs out (if logged in) and closes the connection.
    void logOut();
    // Drops the connection at once, as a network failure would (for tests and diagnostics).
    void simulateConnectionLoss();
    bool isReconnecting() const { return m_reconnecting; }
    // How long after a drop this session tries to come back (0: it does not).
    int resumeWindowMs() const { return m_resumeWindowMs; }
    // How far the server's clock is ahead of this machine's, as its Welcome said (server-time); 0
    // when the server did not say or the two agree within a second.
    qint64 serverClockAheadMs() const { return m_serverClockAheadMs; }
    // A time the server sent (ms since the epoch) on this machine's clock, so a session's duration
    // and a message's time read right even when one of the clocks is off.
    QDateTime localTime(qint64 serverMs) const;
    // Why a chat message cannot be sent as it is (over the chat limit), ready to show; empty if it can.
    static QString chatTextProblem(const QString &text);

    // Handlers for what the server sends (dispatch() needs one for every kind). These are the
    // handshake's, the log-in's and what every session answers alike; a derived session overrides
    // the ToClientHandler defaults (which do nothing) for the kinds it takes, and ignores the rest
    // (an executive's offers reaching a customer, and so on).
    using Protocol::ToClientHandler::handle;
    void handle(const Protocol::Welcome &m) override;
    void handle(const Protocol::HandshakeRefused &m) override;
    void handle(const Protocol::LoginResult &m) override;
    void handle(const Protocol::ErrorReply &m) override;
    void handle(const Protocol::ForcedLogout &m) override;
    void handle(const Protocol::Ping &m) override;
    template <Protocol::ToServerMessage M> void handle(const M &)
    {
        dropLink(tr("The server sent a message this app does not expect."));
    }

Q_SIGNALS:
    void linkChanged(Turno::ClientSession::Link link);
    // The server's certificate is not valid through the system's CAs and its key is not pinned
    // yet: ask the user, then call trustServerKey() or distrustServerKey(). Nothing was sent.
    void serverKeyUnknown(const Turno::ServerKey &key);
    // The server's key differs from the pinned one: refused. The user may still accept the new
    // key deliberately with trustServerKey(); nothing was sent.
    void serverKeyChanged(const Turno::ServerKey &key);
    // Log-in refused or impossible; message is translated and ready to show.
    void loginFailed(const QString &message);
    // The connection ended without the user asking; message says why.
    void connectionLost(const QString &message);
    // The server refused a request; message is translated.
    void requestRefused(const QString &message);
    void loggedOut();
    // The connection dropped; trying again in `seconds` (attempt counts from 1).
    void reconnecting(int attempt, int seconds);
    // Back online after a drop, with the place or conversation as it was.
    void reconnected();

protected:
    // Connects to server ("host:port") and, after the handshake, calls sendCredentials().
    bool openLink(const QString &server);
    virtual void sendCredentials(quint32 requestId) = 0;
    // A successful log-in; the derived session takes the details it needs.
    virtual void loggedIn(const Protocol::LoginResult &result) = 0;
    virtual QString wrongCredentialsMessage() const = 0;
    // Called when the link is gone, whatever the reason, before connectionLost/loggedOut.
    virtual void linkClosed() {}
    // The server refused request requestId (ErrorReply); the derived session leaves any state
    // that waited for its answer.
    virtual void requestFailed(quint32 /*requestId*/) {}
    // Whether a refusal answers a request about something that has ended since it was sent (the
    // history of a session the customer just closed): nothing is shown for it.
    virtual bool refusalIsStale(quint32 /*requestId*/) const { return false; }
    // After a drop, the server took the session back (derived sessions resend what is pending).
    virtual void linkResumed() {}
    // The server refused chat messages as too many (RateLimited). Until it says they may come
    // again, and then until every pending one has gone, chatHeld() is true: derived sessions keep
    // new messages pending instead of sending them. When the wait is over sendFirstPendingChat()
    // sends the oldest pending one; derived sessions call chatAcknowledged() after each ChatAck,
    // which sends the next, one at a time, so the drain itself stays under the limit.
    bool chatHeld() const { return m_chatRetryTimer.isActive() || m_chatDraining; }
    virtual void sendFirstPendingChat() {}
    void chatAcknowledged(bool nothingPending);
    // Allows reconnecting after a drop for graceMs (0 turns it off); derived sessions then send
    // their resume credentials from sendCredentials() while isReconnecting().
    void setResumeWindowMs(int graceMs) { m_resumeWindowMs = graceMs; }

    // False when nothing was sent: no connection, or a message the encoder refused.
    template <typename M> bool send(const M &message) { return m_connection && m_connection->send(message); }
    quint32 nextRequestId() { return ++m_lastRequestId; }
    // Whether requestId answers the log-in under way (a sign-up stands in for the log-in).
    bool isLoginAnswer(quint32 requestId) const { return m_link == Link::LoggingIn && requestId == m_loginRequestId; }
    // Completes the log-in under way as a LoginResult {Ok} would.
    void acceptLogin(const Protocol::LoginResult &result);
    void dropLink(const QString &message);

private:
    void setLink(Link link);
    void sendHello();
    void onSslErrors(QSslSocket *socket);
    void askAboutKey();
    void dropLinkQuietly();
    // Lets go of the connection at once, without hearing from it again.
    void discardConnection(const QString &reason);
    void onFrame(quint16 kind, const QByteArray &payload);
    void onClosed(const QString &reason);

    QPointer<Protocol::Connection> m_connection;
    QTimer m_connectTimer;
    Link m_link = Link::Offline;
    int m_connectTimeoutMs = 10'000;
    quint32 m_lastRequestId = 0;
    quint32 m_loginRequestId = 0;
    qint64 m_serverClockAheadMs = 0;
    QString m_server;
    bool m_userClosing = false;
    void scheduleReconnect();
    int m_resumeWindowMs = 0;
    bool m_reconnecting = false;
    int m_reconnectAttempt = 0;
    QDeadlineTimer m_reconnectDeadline;
    QTimer m_reconnectTimer;
    QTimer m_chatRetryTimer;
    bool m_chatDraining = false;
    bool m_loginPending = false;
    TransportPolicy m_policy = TransportPolicy::defaults();
    QString m_pinName;                     // host:port as pins name it
    std::optional<ServerKey> m_pendingKey; // waiting for the user's answer
};

} // namespace Turno

Q_DECLARE_METATYPE(Turno::ServerKey)
