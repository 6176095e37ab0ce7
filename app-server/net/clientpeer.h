// One connected app, seen from the server: its handshake deadline, its small state machine
// (hello → log-in → customer or executive), and the handlers for what it may send. To the core it
// is a Participant told its events as frames on the connection.
#pragma once

#include "auth/authenticator.h"
#include "core/monotonicclock.h"
#include "core/participant.h"
#include "protocol/connection.h"
#include "ratelimits.h"
#include "storage/store.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <optional>

namespace Turno::Server
{

class ContactCenter;

class ClientPeer : public QObject, public Participant
{
    Q_OBJECT
public:
    enum class State { AwaitingHello, AwaitingLogin, LoggingIn, Customer, Executive, Closed };

    // spentMs: time the connection already used of its handshake deadline (the TLS handshake).
    ClientPeer(QTcpSocket *socket, ContactCenter &center, int spentMs = 0, QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isCustomer() const override { return m_state == State::Customer; }
    bool isExecutive() const override { return m_state == State::Executive; }
    const std::optional<Storage::Customer> &customer() const override { return m_customer; }
    const std::optional<Storage::Executive> &executive() const override { return m_executive; }
    QString displayName() const override;
    // Kept from the connection's start: a closed socket no longer knows, and the log line of its
    // close, the lockout and the rate limits all need it.
    QString peerAddress() const override { return m_peerAddress; }
    QTcpSocket *socket() const { return m_connection->socket(); }
    // Heartbeats (ContactCenter's sweep calls this): pings a logged-in app that announced them
    // and has been quiet for intervalMs; closes it once silent for timeoutMs.
    void checkHeartbeat(qint64 nowMs, int intervalMs, int timeoutMs);
    // Whether the app announced chat-redelivery.
    bool takesRedelivery() const override { return m_chatRedelivery; }
    // Whether the app said goodbye (Logout) rather than dropping the connection.
    bool loggedOut() const { return m_loggedOut; }
    // Takes over a customer identity after a valid Resume.
    void resumeAs(const Storage::Customer &customer, quint32 requestId);
    // Answers a Resume that cannot be honoured; the app must log in again.
    void refuseResume(quint32 requestId);

    // Each is a frame on the connection (see Connection::send: one over a limit is not sent).
#define TURNO_PEER_SEND_ToClient(name)                                                                                 \
    void send(const Protocol::name &message) override                                                                  \
    {                                                                                                                  \
        m_connection->send(message);                                                                                   \
    }
#define TURNO_PEER_SEND_ToServer(name)
#define TURNO_PEER_SEND(name, number, direction) TURNO_PEER_SEND_##direction(name)
    TURNO_MESSAGES(TURNO_PEER_SEND)
#undef TURNO_PEER_SEND
#undef TURNO_PEER_SEND_ToServer
#undef TURNO_PEER_SEND_ToClient
    // Closes the connection after what was queued is sent; reason goes to the log.
    void close(const QString &reason) override;

    // Handlers, one per message a client may send (dispatch() needs one for every kind).
    void handle(const Protocol::Hello &m);
    void handle(const Protocol::Pong &m);
    void handle(const Protocol::CustomerLogin &m);
    void handle(const Protocol::ExecutiveLogin &m);
    void handle(const Protocol::Logout &m);
    void handle(const Protocol::RestartInternet &m);
    void handle(const Protocol::ChangeWifiPassword &m);
    void handle(const Protocol::SignUp &m);
    void handle(const Protocol::ChangePassword &m);
    void handle(const Protocol::ChangeDisplayName &m);
    void handle(const Protocol::Resume &m);
    void handle(const Protocol::JoinQueue &m);
    void handle(const Protocol::LeaveQueue &m);
    void handle(const Protocol::AnswerOffer &m);
    void handle(const Protocol::EndSession &m);
    void handle(const Protocol::SetPresence &m);
    void handle(const Protocol::RequestHistory &m);
    void handle(const Protocol::ClaimCustomer &m);
    void handle(const Protocol::RestartForCustomer &m);
    void handle(const Protocol::AddNote &m);
    void handle(const Protocol::ChatSend &m);
    void handle(const Protocol::HoldSession &m);
    void handle(const Protocol::TransferSession &m);
    void handle(const Protocol::InviteExecutive &m);
    void handle(const Protocol::AnswerInvitation &m);
    void handle(const Protocol::AddContact &m);
    void handle(const Protocol::RemoveContact &m);
    void handle(const Protocol::InviteContact &m);
    void handle(const Protocol::RequestDetails &m);
    void handle(const Protocol::StatsRequest &m);
    template <Protocol::ToClientMessage M> void handle(const M &)
    {
        close(QStringLiteral("client sent %1, a server-to-client message")
                  .arg(QLatin1String(Protocol::MessageTraits<M>::name_)));
    }

Q_SIGNALS:
    void finished(Turno::Server::ClientPeer *peer);

private:
    void onFrame(quint16 kind, const QByteArray &payload);
    // The one place that says which state each message needs.
    bool permits(Protocol::Kind kind, QString *why) const;
    // Rate limits, checked between decoding a message and handling it (Admission).
    struct Admission;
    template <typename M> bool admit(const M &message);
    bool admit(Protocol::Kind kind, quint32 requestId);
    // "customer:<RUT>" or "executive:<username>": the key of this account's buckets.
    QString accountKey() const;
    // Whether the account and the address may log in again now (successful log-ins are limited,
    // checked before the password so a refusal costs no hash); otherwise retryAfterMs says when.
    bool mayLogIn(const QString &accountKey, qint64 *retryAfterMs);
    // Answers Throttled and returns true when mayLogIn() says no.
    bool refuseFrequentLogIn(quint32 requestId, bool asExecutive, const QString &who);
    void loginFinished(quint32 requestId, bool asExecutive, const QString &who, const Auth::LoginOutcome &outcome);

    ContactCenter &m_center;
    Protocol::Connection *m_connection;
    QString m_peerAddress;
    QTimer m_handshakeTimer;
    QTimer m_loginTimer; // from connecting to being logged in
    State m_state = State::AwaitingHello;
    std::optional<Storage::Customer> m_customer;
    std::optional<Storage::Executive> m_executive;
    bool m_loggedOut = false;
    bool m_heartbeats = false;     // the app announced the heartbeat feature
    bool m_chatRedelivery = false; // the app announced chat-redelivery
    qint64 m_lastHeardMs = 0;      // monotonic
    quint32 m_pingNonce = 0;       // outstanding Ping, 0 for none
    // Refusals this connection may still collect before it is closed, and for each rate class the
    // time (monotonic) until which every request of it is refused, so none overtakes a refused one.
    TokenBucket m_refusals;
    std::array<qint64, kRateClassCount> m_refusedUntilMs{};
};

} // namespace Turno::Server
