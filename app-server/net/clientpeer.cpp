#include "clientpeer.h"

#include "core/accountservice.h"
#include "core/contactcenter.h"
#include "core/serverlog.h"
#include "core/sessiondesk.h"
#include "core/statsmonitor.h"
#include "domain/rut.h"
#include "util/futures.h"

#include <QDateTime>

#include <chrono>

namespace Turno::Server
{

using namespace Protocol;

ClientPeer::ClientPeer(QTcpSocket *socket, ContactCenter &center, int spentMs, QObject *parent)
    : QObject(parent), m_center(center), m_connection(new Connection(socket, center.config().limits, this)),
      m_peerAddress(m_connection->peerAddress())
{
    connect(m_connection, &Connection::frameReceived, this, &ClientPeer::onFrame);
    connect(m_connection, &Connection::closed, this, [this](const QString &reason) {
        if (!reason.isEmpty())
            qCWarning(lcNet).noquote() << "connection from" << peerAddress() << "closed:" << reason;
        m_state = State::Closed;
        m_handshakeTimer.stop();
        m_loginTimer.stop();
        Q_EMIT finished(this);
    });
    m_lastHeardMs = monotonicNowMs();
    m_refusals = TokenBucket(center.config().rateLimits[RateClass::Refusal], m_lastHeardMs);
    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this,
            [this] { close(QStringLiteral("no handshake within %1 ms").arg(m_center.config().handshakeTimeoutMs)); });
    m_handshakeTimer.start(qMax(0, m_center.config().handshakeTimeoutMs - spentMs));
    // A log-in dripped a byte at a time, or never finished, must not hold a connection forever.
    m_loginTimer.setSingleShot(true);
    connect(&m_loginTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::Customer && m_state != State::Executive)
            close(QStringLiteral("not logged in within %1 ms").arg(m_center.config().loginTimeoutMs));
    });
    m_loginTimer.start(qMax(0, m_center.config().loginTimeoutMs - spentMs));
}

QString ClientPeer::displayName() const
{
    if (m_customer)
        return m_customer->fullName;
    if (m_executive)
        return m_executive->fullName;
    return peerAddress();
}

void ClientPeer::close(const QString &reason)
{
    m_connection->close(reason);
}

bool ClientPeer::permits(Kind kind, QString *why) const
{
    switch (kind) {
    case Kind::Hello:
        if (m_state == State::AwaitingHello)
            return true;
        *why = QStringLiteral("a second Hello");
        return false;
    case Kind::CustomerLogin:
    case Kind::ExecutiveLogin:
    case Kind::SignUp:
    case Kind::Resume:
        if (m_state == State::AwaitingLogin)
            return true;
        *why = m_state == State::AwaitingHello ? QStringLiteral("log-in before the handshake")
                                               : QStringLiteral("log-in while already logged in or logging in");
        return false;
    case Kind::Logout:
        if (m_state == State::Customer || m_state == State::Executive)
            return true;
        *why = QStringLiteral("log-out without a log-in");
        return false;
    case Kind::RestartInternet:
    case Kind::ChangeWifiPassword:
    case Kind::ChangePassword:
    case Kind::ChangeDisplayName:
        if (m_state == State::Customer)
            return true;
        *why = QStringLiteral("a customer request from a connection that is not a logged-in customer");
        return false;
    case Kind::JoinQueue:
    case Kind::LeaveQueue:
        if (m_state == State::Customer)
            return true;
        *why = QStringLiteral("a customer request from a connection that is not a logged-in customer");
        return false;
    case Kind::AnswerOffer:
    case Kind::SetPresence:
    case Kind::RequestHistory:
    case Kind::AddNote:
    case Kind::ClaimCustomer:
    case Kind::RestartForCustomer:
    case Kind::HoldSession:
    case Kind::TransferSession:
    case Kind::InviteExecutive:
    case Kind::AddContact:
    case Kind::RemoveContact:
    case Kind::InviteContact:
    case Kind::RequestDetails:
    case Kind::StatsRequest:
        if (m_state == State::Executive)
            return true;
        *why = QStringLiteral("an executive request from a connection that is not a logged-in executive");
        return false;
    case Kind::Pong:
        if (m_state != State::AwaitingHello)
            return true;
        *why = QStringLiteral("Pong before the handshake");
        return false;
    case Kind::EndSession:
    case Kind::ChatSend:
    case Kind::AnswerInvitation:
        if (m_state == State::Customer || m_state == State::Executive)
            return true;
        *why = QStringLiteral("a session request without a log-in");
        return false;
        // Every server-to-client kind, from the list: a client never sends one.
#define TURNO_CLIENT_KIND_ToClient(name) case Kind::name:
#define TURNO_CLIENT_KIND_ToServer(name)
#define TURNO_CLIENT_KIND(name, number, direction) TURNO_CLIENT_KIND_##direction(name)
        TURNO_MESSAGES(TURNO_CLIENT_KIND)
#undef TURNO_CLIENT_KIND
#undef TURNO_CLIENT_KIND_ToServer
#undef TURNO_CLIENT_KIND_ToClient
        *why = QStringLiteral("a server-to-client message");
        return false;
    }
    *why = QStringLiteral("an unknown message kind");
    return false;
}

namespace
{

// Which limit a request of a logged-in app counts against; none for the log-in messages (they
// have limits of their own), a Pong (it answers the server) and a Logout (always possible).
std::optional<RateClass> rateClassOf(Kind kind)
{
    switch (kind) {
    case Kind::ChatSend:
        return RateClass::Chat;
    case Kind::RestartInternet:
    case Kind::ChangeWifiPassword:
    case Kind::ChangePassword:
    case Kind::ChangeDisplayName:
    case Kind::RestartForCustomer:
    case Kind::AddNote:
    case Kind::AddContact:
    case Kind::RemoveContact:
        return RateClass::AccountChange;
    case Kind::JoinQueue:
    case Kind::LeaveQueue:
        return RateClass::Queue;
    case Kind::RequestHistory:
    case Kind::RequestDetails:
    case Kind::StatsRequest:
        return RateClass::Lookup;
    case Kind::Hello:
    case Kind::CustomerLogin:
    case Kind::ExecutiveLogin:
    case Kind::SignUp:
    case Kind::Resume:
    case Kind::Pong:
    case Kind::Logout:
        return std::nullopt;
    default:
        return RateClass::Request;
    }
}

} // namespace

// Between decoding and handling: a request over its limit is answered with RateLimited instead.
struct ClientPeer::Admission {
    ClientPeer &peer;
    template <typename M> void handle(const M &message)
    {
        if (peer.admit(message))
            peer.handle(message);
    }
};

template <typename M> bool ClientPeer::admit(const M &message)
{
    if constexpr (requires { message.requestId; })
        return admit(MessageTraits<M>::kind, message.requestId);
    else
        return admit(MessageTraits<M>::kind, 0);
}

QString ClientPeer::accountKey() const
{
    if (m_customer)
        return QLatin1String("customer:") + m_customer->rut;
    if (m_executive)
        return QLatin1String("executive:") + m_executive->username;
    return QString();
}

bool ClientPeer::admit(Kind kind, quint32 requestId)
{
    if (m_state != State::Customer && m_state != State::Executive)
        return true;
    const std::optional<RateClass> rateClass = rateClassOf(kind);
    if (!rateClass)
        return true;
    const qint64 now = monotonicNowMs();
    qint64 &refusedUntil = m_refusedUntilMs[size_t(*rateClass)];
    qint64 retryAfterMs = refusedUntil - now;
    if (retryAfterMs <= 0) {
        if (m_center.rateLimiter().take(*rateClass, accountKey(), now, &retryAfterMs))
            return true;
        // Everything of this class is refused until then, so nothing sent later overtakes it.
        refusedUntil = now + retryAfterMs;
        qCWarning(lcNet).noquote() << QStringLiteral("%1 is over the %2 rate limit; refusing it for %3 ms")
                                          .arg(displayName(), RateLimits::names()[int(*rateClass)])
                                          .arg(retryAfterMs);
    }
    if (!m_refusals.take(m_center.config().rateLimits[RateClass::Refusal], now)) {
        close(QStringLiteral("kept sending over its %1 rate limit").arg(RateLimits::names()[int(*rateClass)]));
        return false;
    }
    send(ErrorReply{requestId, quint16(ErrorCode::RateLimited),
                    QStringLiteral("too many %1 requests; try again in %2 ms")
                        .arg(RateLimits::names()[int(*rateClass)])
                        .arg(retryAfterMs),
                    quint32(retryAfterMs)});
    return false;
}

bool ClientPeer::mayLogIn(const QString &key, qint64 *retryAfterMs)
{
    const qint64 now = monotonicNowMs();
    qint64 accountWait = 0;
    qint64 addressWait = 0;
    const bool account = m_center.rateLimiter().has(RateClass::LoginPerAccount, key, now, &accountWait);
    const bool address = m_center.rateLimiter().has(RateClass::LoginPerAddress, peerAddress(), now, &addressWait);
    *retryAfterMs = qMax(account ? 0 : accountWait, address ? 0 : addressWait);
    return account && address;
}

bool ClientPeer::refuseFrequentLogIn(quint32 requestId, bool asExecutive, const QString &who)
{
    const QString kind = asExecutive ? QStringLiteral("executive") : QStringLiteral("customer");
    qint64 retryAfterMs = 0;
    if (mayLogIn(kind + QLatin1Char(':') + who, &retryAfterMs))
        return false;
    m_state = State::AwaitingLogin;
    LoginResult reply;
    reply.requestId = requestId;
    reply.status = quint8(LoginStatus::Throttled);
    reply.retryAfterSeconds = quint32((retryAfterMs + 999) / 1000);
    send(reply);
    qCWarning(lcNet).noquote()
        << QStringLiteral("Log-in of %1 %2 from %3 refused: too many log-ins").arg(kind, who.left(64), peerAddress());
    m_center.logRequest(kind, who.left(64), QStringLiteral("login"), QString(),
                        QStringLiteral("refused: too many log-ins"));
    return true;
}

void ClientPeer::onFrame(quint16 kind, const QByteArray &payload)
{
    if (m_state == State::Closed)
        return;
    m_lastHeardMs = monotonicNowMs();
    if (!isKnownKind(kind)) {
        close(QStringLiteral("unknown message kind %1").arg(kind));
        return;
    }
    QString why;
    if (!permits(Kind(kind), &why)) {
        if (directionOf(kind) == Direction::ToServer && (m_state == State::Customer || m_state == State::Executive)) {
            // A logged-in app asking for something it may not: refuse it, keep the connection.
            send(ErrorReply{0, quint16(ErrorCode::NotAllowed), why});
            qCWarning(lcNet).noquote() << displayName() << "refused:" << kindName(kind) << "-" << why;
            return;
        }
        close(QStringLiteral("%1 not allowed now: %2").arg(QLatin1String(kindName(kind)), why));
        return;
    }
    Admission admission{*this};
    const DispatchResult result = dispatch(kind, payload, admission);
    if (!result.ok)
        close(QStringLiteral("malformed message: %1").arg(result.error));
}

void ClientPeer::handle(const Hello &m)
{
    if (m.magic != kMagic) {
        close(QStringLiteral("not a Turno client (bad magic)"));
        return;
    }
    if (m.version != kVersion) {
        qCWarning(lcNet).noquote() << QStringLiteral("client at %1 speaks protocol version %2; this server speaks %3")
                                          .arg(peerAddress())
                                          .arg(m.version)
                                          .arg(kVersion);
        send(HandshakeRefused{kVersion, QStringLiteral("protocol version %1 is not supported; this server speaks %2")
                                            .arg(m.version)
                                            .arg(kVersion)});
        close(QString());
        return;
    }
    m_handshakeTimer.stop();
    m_state = State::AwaitingLogin;
    m_connection->setFeatures(FeatureSet::negotiated(spokenFeatures(), m.features));
    m_heartbeats = m_connection->features().has(kHeartbeatFeature);
    m_chatRedelivery = m_connection->features().has(kChatRedeliveryFeature);
    send(Welcome{kVersion, spokenFeatures(), QStringLiteral("turno-server " TURNO_VERSION),
                 QDateTime::currentMSecsSinceEpoch()});
}

void ClientPeer::handle(const CustomerLogin &m)
{
    const auto rut = Rut::parse(m.rut);
    m_state = State::LoggingIn;
    // An invalid RUT still goes through the authenticator, so it is throttled and answered alike.
    const QString who = rut ? rut->normalized() : m.rut;
    if (refuseFrequentLogIn(m.requestId, false, who))
        return;
    Util::whenFinished(m_center.authenticator().loginCustomer(who, m.password, peerAddress()), this,
                       [this, requestId = m.requestId, who](const Auth::LoginOutcome &outcome) {
                           loginFinished(requestId, false, who, outcome);
                       });
}

void ClientPeer::handle(const ExecutiveLogin &m)
{
    m_state = State::LoggingIn;
    if (refuseFrequentLogIn(m.requestId, true, m.username.trimmed().toLower()))
        return;
    Util::whenFinished(m_center.authenticator().loginExecutive(m.username, m.password, peerAddress()), this,
                       [this, requestId = m.requestId, who = m.username](const Auth::LoginOutcome &outcome) {
                           loginFinished(requestId, true, who, outcome);
                       });
}

void ClientPeer::loginFinished(quint32 requestId, bool asExecutive, const QString &who,
                               const Auth::LoginOutcome &outcome)
{
    if (m_state != State::LoggingIn)
        return;
    LoginResult reply;
    reply.requestId = requestId;
    const QString actorKind = asExecutive ? QStringLiteral("executive") : QStringLiteral("customer");
    switch (outcome.status) {
    case Auth::LoginOutcome::Status::Ok:
        if (asExecutive && outcome.executive) {
            m_executive = outcome.executive;
            m_state = State::Executive;
            reply.role = quint8(m_executive->role == QLatin1String("supervisor") ? Role::Supervisor : Role::Executive);
            reply.fullName = m_executive->fullName;
            reply.services = m_executive->services;
        } else if (!asExecutive && outcome.customer) {
            m_customer = outcome.customer;
            m_state = State::Customer;
            reply.role = quint8(Role::Customer);
            reply.fullName = m_customer->fullName;
        } else {
            m_state = State::AwaitingLogin;
            reply.status = quint8(LoginStatus::Unavailable);
            send(reply);
            return;
        }
        reply.status = quint8(LoginStatus::Ok);
        send(reply);
        {
            const qint64 now = monotonicNowMs();
            m_center.rateLimiter().take(RateClass::LoginPerAccount, accountKey(), now);
            m_center.rateLimiter().take(RateClass::LoginPerAddress, peerAddress(), now);
        }
        m_center.peerLoggedIn(this);
        return;
    case Auth::LoginOutcome::Status::WrongCredentials:
        reply.status = quint8(LoginStatus::WrongCredentials);
        break;
    case Auth::LoginOutcome::Status::Throttled:
        reply.status = quint8(LoginStatus::Throttled);
        reply.retryAfterSeconds = quint32(qMax(0, outcome.retryAfterSeconds));
        break;
    case Auth::LoginOutcome::Status::Failed:
        reply.status = quint8(LoginStatus::Unavailable);
        break;
    case Auth::LoginOutcome::Status::Busy:
        reply.status = quint8(LoginStatus::Busy);
        reply.retryAfterSeconds = quint32(qMax(1, outcome.retryAfterSeconds));
        break;
    }
    m_state = State::AwaitingLogin;
    send(reply);
    // The authenticator logs the attempts it checks; a refusal before any check is logged here.
    if (outcome.status == Auth::LoginOutcome::Status::Throttled)
        m_center.logRequest(actorKind, who, QStringLiteral("login"), QString(),
                            QStringLiteral("refused: too many failures"));
}

void ClientPeer::handle(const Pong &m)
{
    // Any frame counts as a sign of life (onFrame); a Pong also settles the Ping it answers.
    if (m.nonce == m_pingNonce)
        m_pingNonce = 0;
}

void ClientPeer::checkHeartbeat(qint64 nowMs, int intervalMs, int timeoutMs)
{
    if (!m_heartbeats || (m_state != State::Customer && m_state != State::Executive))
        return;
    const qint64 quiet = nowMs - m_lastHeardMs;
    if (quiet >= timeoutMs) {
        close(QStringLiteral("silent for %1 ms (no answer to heartbeats)").arg(quiet));
        return;
    }
    if (quiet >= intervalMs && m_pingNonce == 0) {
        m_pingNonce = quint32(nowMs) | 1;
        send(Ping{m_pingNonce});
    }
}

void ClientPeer::handle(const Logout &)
{
    m_loggedOut = true;
    close(QString());
}

void ClientPeer::handle(const Resume &m)
{
    m_state = State::LoggingIn;
    m_center.resume(this, m);
}

void ClientPeer::resumeAs(const Storage::Customer &customer, quint32 requestId)
{
    m_customer = customer;
    m_state = State::Customer;
    LoginResult reply;
    reply.requestId = requestId;
    reply.status = quint8(LoginStatus::Ok);
    reply.role = quint8(Role::Customer);
    reply.fullName = customer.fullName;
    send(reply);
}

void ClientPeer::refuseResume(quint32 requestId)
{
    m_state = State::AwaitingLogin;
    LoginResult reply;
    reply.requestId = requestId;
    reply.status = quint8(LoginStatus::ResumeExpired);
    send(reply);
}

void ClientPeer::handle(const RestartInternet &m)
{
    m_center.restartInternet(this, m.requestId);
}

void ClientPeer::handle(const ChangeWifiPassword &m)
{
    m_center.changeWifiPassword(this, m.requestId, m.password);
}

void ClientPeer::handle(const SignUp &m)
{
    m_state = State::LoggingIn;
    Util::whenFinished(
        m_center.accounts().signUp(m, peerAddress()), this,
        [this, requestId = m.requestId](const AccountService::SignUpOutcome &o) {
            if (m_state != State::LoggingIn)
                return;
            SignUpResult reply{requestId, quint8(o.status), QString(), quint32(qMax(0, o.retryAfterSeconds))};
            if (o.status == SignUpStatus::Created && o.customer) {
                // A new account is logged in at once, as after a successful CustomerLogin.
                m_customer = o.customer;
                m_state = State::Customer;
                reply.fullName = m_customer->fullName;
                send(reply);
                m_center.peerLoggedIn(this);
                return;
            }
            m_state = State::AwaitingLogin;
            send(reply);
        });
}

void ClientPeer::handle(const ChangePassword &m)
{
    Util::whenFinished(m_center.accounts().changePassword(*m_customer, m.oldPassword, m.newPassword, peerAddress()),
                       this, [this, requestId = m.requestId](AccountStatus status) {
                           send(AccountResult{requestId, quint8(AccountChange::Password), quint8(status), QString()});
                           if (status == AccountStatus::Done && m_state == State::Customer)
                               m_center.passwordChanged(this);
                       });
}

void ClientPeer::handle(const ChangeDisplayName &m)
{
    Util::whenFinished(
        m_center.accounts().changeDisplayName(*m_customer, m.fullName), this,
        [this, requestId = m.requestId](const AccountService::RenameOutcome &o) {
            if (o.status == AccountStatus::Done && m_customer) {
                m_customer->fullName = o.fullName;
                m_center.peerRenamed(this);
            }
            send(AccountResult{requestId, quint8(AccountChange::DisplayName), quint8(o.status), o.fullName});
        });
}

void ClientPeer::handle(const JoinQueue &m)
{
    m_center.desk().join(this, m);
}

void ClientPeer::handle(const LeaveQueue &m)
{
    m_center.desk().leave(this, m);
}

void ClientPeer::handle(const AnswerOffer &m)
{
    m_center.desk().answer(this, m);
}

void ClientPeer::handle(const RestartForCustomer &m)
{
    m_center.desk().restartFor(this, m);
}

void ClientPeer::handle(const ClaimCustomer &m)
{
    m_center.desk().claim(this, m);
}

void ClientPeer::handle(const RequestHistory &m)
{
    m_center.desk().history(this, m);
}

void ClientPeer::handle(const AddNote &m)
{
    m_center.desk().addNote(this, m);
}

void ClientPeer::handle(const SetPresence &m)
{
    m_center.desk().setPresence(this, m);
}

void ClientPeer::handle(const EndSession &m)
{
    m_center.desk().end(this, m);
}

void ClientPeer::handle(const ChatSend &m)
{
    m_center.desk().chat(this, m);
}

void ClientPeer::handle(const HoldSession &m)
{
    m_center.desk().hold(this, m);
}

void ClientPeer::handle(const TransferSession &m)
{
    m_center.desk().transfer(this, m);
}

void ClientPeer::handle(const InviteExecutive &m)
{
    m_center.desk().inviteExecutive(this, m);
}

void ClientPeer::handle(const AnswerInvitation &m)
{
    m_center.desk().answerInvitation(this, m);
}

void ClientPeer::handle(const AddContact &m)
{
    m_center.desk().addContact(this, m);
}

void ClientPeer::handle(const RemoveContact &m)
{
    m_center.desk().removeContact(this, m);
}

void ClientPeer::handle(const InviteContact &m)
{
    m_center.desk().inviteContact(this, m);
}

void ClientPeer::handle(const RequestDetails &m)
{
    m_center.desk().details(this, m);
}

void ClientPeer::handle(const StatsRequest &m)
{
    // Figures about everyone online are for supervisors only.
    if (m_executive->role != QLatin1String("supervisor")) {
        send(ErrorReply{m.requestId, quint16(ErrorCode::NotAllowed), QStringLiteral("supervisors only")});
        return;
    }
    m_center.stats().answer(this, m.requestId);
}

} // namespace Turno::Server
