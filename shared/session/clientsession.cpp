#include "clientsession.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace Turno
{

using namespace Protocol;

bool parseServerAddress(const QString &text, QString *host, quint16 *port, QString *error)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    QString hostPart = colon >= 0 ? trimmed.left(colon) : trimmed;
    if (hostPart.startsWith(QLatin1Char('[')) && hostPart.endsWith(QLatin1Char(']')))
        hostPart = hostPart.mid(1, hostPart.size() - 2);
    if (hostPart.isEmpty()) {
        *error = ClientSession::tr("Enter the server as host:port, for example 127.0.0.1:5680.");
        return false;
    }
    quint16 number = 5680;
    if (colon >= 0) {
        bool ok = false;
        const uint value = trimmed.mid(colon + 1).toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            *error = ClientSession::tr("The port must be a number from 1 to 65535.");
            return false;
        }
        number = quint16(value);
    }
    *host = hostPart;
    *port = number;
    return true;
}

ClientSession::ClientSession(QObject *parent) : QObject(parent)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_reconnecting) {
            scheduleReconnect();
            return;
        }
        dropLink(tr("The server at %1 did not answer in time.").arg(m_server));
    });
    m_chatRetryTimer.setSingleShot(true);
    connect(&m_chatRetryTimer, &QTimer::timeout, this, [this] {
        if (m_connection && m_link == Link::Online)
            sendFirstPendingChat();
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] { openLink(m_server); });
}

void ClientSession::simulateConnectionLoss()
{
    if (!m_connection)
        return;
    // As the network would: the link is down when this returns (Connection reports a close only
    // later, from the event loop, so it is handled here at once).
    m_connection->disconnect(this);
    m_connection->abort(QStringLiteral("connection lost"));
    onClosed(QStringLiteral("connection lost"));
}

void ClientSession::scheduleReconnect()
{
    discardConnection(QString());
    m_connectTimer.stop();
    if (!m_reconnecting) {
        m_reconnecting = true;
        m_reconnectAttempt = 0;
        m_reconnectDeadline.setRemainingTime(m_resumeWindowMs);
    }
    if (m_reconnectDeadline.hasExpired()) {
        m_reconnecting = false;
        m_loginPending = false;
        setLink(Link::Offline);
        linkClosed();
        Q_EMIT connectionLost(tr("The connection to the server was lost and could not be restored."));
        return;
    }
    // 1, 2, 4, 8, then every 15 seconds.
    const int delayMs = qMin(15'000, 1'000 << qMin(m_reconnectAttempt, 4));
    ++m_reconnectAttempt;
    setLink(Link::Reconnecting);
    Q_EMIT reconnecting(m_reconnectAttempt, delayMs / 1000);
    m_reconnectTimer.start(delayMs);
}

ClientSession::~ClientSession()
{
    if (m_connection)
        m_connection->disconnect(this);
}

void ClientSession::discardConnection(const QString &reason)
{
    if (!m_connection)
        return;
    m_connection->disconnect(this);
    m_connection->abort(reason);
    m_connection->deleteLater();
    m_connection = nullptr;
}

void ClientSession::setLink(Link link)
{
    if (m_link == link)
        return;
    m_link = link;
    if (link != Link::Online) {
        // A new connection starts with no refusal: derived sessions resend what is pending.
        m_chatRetryTimer.stop();
        m_chatDraining = false;
    }
    Q_EMIT linkChanged(link);
}

void ClientSession::chatAcknowledged(bool nothingPending)
{
    if (!m_chatDraining)
        return;
    if (nothingPending)
        m_chatDraining = false;
    else if (!m_chatRetryTimer.isActive())
        sendFirstPendingChat();
}

QString ClientSession::chatTextProblem(const QString &text)
{
    const int over = TextLimits::charactersOver(text, TextLimits::kChatTextBytes);
    if (over == 0)
        return QString();
    return tr("The message is %n characters too long; shorten it and send it again.", nullptr, over);
}

bool ClientSession::openLink(const QString &server)
{
    QString host;
    quint16 port = 0;
    QString error;
    if (!parseServerAddress(server, &host, &port, &error)) {
        Q_EMIT loginFailed(error);
        return false;
    }
    discardConnection(QString());
    m_server = server.trimmed();
    m_userClosing = false;
    m_loginPending = true;
    m_pendingKey.reset();
    m_pinName = ServerTrust::pinName(host, port);
    QTcpSocket *socket = nullptr;
    if (m_policy.plaintext) {
        if (!ServerTrust::isLoopbackHost(host)) {
            m_loginPending = false;
            Q_EMIT loginFailed(tr("--plaintext reaches only this machine (127.0.0.1, ::1 or localhost), and %1 is "
                                  "not on it. Nothing was sent.")
                                   .arg(host));
            return false;
        }
        socket = new QTcpSocket;
        connect(socket, &QTcpSocket::connected, this, &ClientSession::sendHello);
    } else {
        auto *tls = new QSslSocket;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls->setSslConfiguration(configuration);
        connect(tls, &QSslSocket::sslErrors, this, [this, tls] { onSslErrors(tls); });
        connect(tls, &QSslSocket::encrypted, this, &ClientSession::sendHello);
        socket = tls;
    }
    m_connection = new Connection(socket, {}, this);
    connect(m_connection, &Connection::frameReceived, this, &ClientSession::onFrame);
    connect(m_connection, &Connection::closed, this, &ClientSession::onClosed);
    setLink(Link::Connecting);
    m_connectTimer.start(m_connectTimeoutMs);
    if (auto *tls = qobject_cast<QSslSocket *>(socket))
        tls->connectToHostEncrypted(host, port);
    else
        socket->connectToHost(host, port);
    return true;
}

void ClientSession::sendHello()
{
    Hello hello;
    hello.features = spokenFeatures();
    hello.software = QStringLiteral("turno " TURNO_VERSION);
    send(hello);
}

// The certificate did not verify through the system's CAs (self-signed, or not for this host):
// the pinned key decides. ignoreSslErrors() must be called from inside this signal.
void ClientSession::onSslErrors(QSslSocket *socket)
{
    const QByteArray presented = ServerTrust::publicKeyFingerprint(socket->peerCertificate());
    const QByteArray pinned = ServerTrust::pinnedKey(m_pinName);
    const QByteArray &given = m_policy.trustedFingerprint;
    if (!presented.isEmpty()) {
        if (!given.isEmpty() && presented == given) {
            if (pinned != presented)
                ServerTrust::pinKey(m_pinName, presented);
            socket->ignoreSslErrors();
            return;
        }
        if (given.isEmpty() && !pinned.isEmpty() && presented == pinned) {
            socket->ignoreSslErrors();
            return;
        }
    }
    // Refused for now: the handshake fails when this returns. Nothing of ours was sent over it.
    if (m_connection)
        m_connection->disconnect(this);
    ServerKey key;
    key.hostPort = m_pinName;
    key.fingerprint = presented;
    key.pinnedFingerprint = given.isEmpty() ? pinned : given;
    m_pendingKey = key;
    // Asked from the event loop, never from inside OpenSSL's callback (a dialog runs its own loop).
    QMetaObject::invokeMethod(this, &ClientSession::askAboutKey, Qt::QueuedConnection);
}

void ClientSession::askAboutKey()
{
    if (!m_pendingKey)
        return;
    discardConnection(QString());
    m_connectTimer.stop();
    const ServerKey key = *m_pendingKey;
    if (key.fingerprint.isEmpty()) {
        m_pendingKey.reset();
        dropLinkQuietly();
        Q_EMIT loginFailed(tr("The server at %1 presented no usable certificate. Nothing was sent.").arg(m_server));
        return;
    }
    if (m_reconnecting) {
        // A different key in the middle of a session: never resumed silently.
        m_pendingKey.reset();
        m_reconnecting = false;
        m_reconnectTimer.stop();
        dropLinkQuietly();
        Q_EMIT serverKeyChanged(key);
        Q_EMIT connectionLost(key.changedText());
        return;
    }
    setLink(Link::Offline);
    if (key.changed())
        Q_EMIT serverKeyChanged(key);
    else
        Q_EMIT serverKeyUnknown(key);
}

void ClientSession::trustServerKey()
{
    if (!m_pendingKey)
        return;
    ServerTrust::pinKey(m_pendingKey->hostPort, m_pendingKey->fingerprint);
    // The key the user has just accepted overrides a --trust-fingerprint given for the old one.
    if (!m_policy.trustedFingerprint.isEmpty() && m_policy.trustedFingerprint != m_pendingKey->fingerprint)
        m_policy.trustedFingerprint.clear();
    m_pendingKey.reset();
    openLink(m_server);
}

void ClientSession::distrustServerKey()
{
    if (!m_pendingKey)
        return;
    const ServerKey key = *m_pendingKey;
    m_pendingKey.reset();
    dropLinkQuietly();
    Q_EMIT loginFailed(key.changed()
                           ? tr("The key of %1 has changed and was not accepted. Nothing was sent.").arg(key.hostPort)
                           : tr("You did not trust the server at %1. Nothing was sent.").arg(key.hostPort));
}

// Leaves every state that waited for the link, without a message (the caller gives one).
void ClientSession::dropLinkQuietly()
{
    m_connectTimer.stop();
    m_loginPending = false;
    setLink(Link::Offline);
    linkClosed();
}

void ClientSession::logOut()
{
    if (m_reconnecting) {
        // Giving up on a dropped connection: nothing to say goodbye to.
        m_reconnectTimer.stop();
        m_reconnecting = false;
        discardConnection(QString());
        m_connectTimer.stop();
        m_loginPending = false;
        setLink(Link::Offline);
        linkClosed();
        Q_EMIT loggedOut();
        return;
    }
    if (!m_connection)
        return;
    m_userClosing = true;
    if (m_link == Link::Online)
        send(Logout{});
    m_connection->close();
}

void ClientSession::dropLink(const QString &message)
{
    if (!m_connection)
        return;
    discardConnection(message);
    m_connectTimer.stop();
    const bool wasLoggingIn = m_loginPending;
    m_loginPending = false;
    setLink(Link::Offline);
    linkClosed();
    if (wasLoggingIn)
        Q_EMIT loginFailed(message);
    else
        Q_EMIT connectionLost(message);
}

void ClientSession::onClosed(const QString &reason)
{
    if (m_userClosing) {
        m_connection->deleteLater();
        m_connection = nullptr;
        m_connectTimer.stop();
        m_loginPending = false;
        setLink(Link::Offline);
        linkClosed();
        Q_EMIT loggedOut();
        return;
    }
    if (m_reconnecting || (m_link == Link::Online && m_resumeWindowMs > 0)) {
        scheduleReconnect();
        return;
    }
    QString message;
    if (m_link == Link::Connecting && !reason.isEmpty())
        message = tr("Cannot reach the server at %1: %2").arg(m_server, reason);
    else
        message = tr("The connection to the server was lost.");
    dropLink(message);
}

void ClientSession::onFrame(quint16 kind, const QByteArray &payload)
{
    const DispatchResult result = dispatch(kind, payload, *this);
    if (!result.ok)
        dropLink(tr("The server sent data this app cannot read (%1).").arg(result.error));
}

void ClientSession::handle(const Welcome &m)
{
    if (m_link != Link::Connecting)
        return dropLink(tr("The server repeated its greeting."));
    if (m.version != kVersion) {
        return dropLink(tr("The server speaks protocol version %1, but this app speaks version %2. Please update the "
                           "older one.")
                            .arg(m.version)
                            .arg(kVersion));
    }
    m_connection->setFeatures(FeatureSet::negotiated(spokenFeatures(), m.features));
    // Within a second is as close as one trip across the network can tell.
    const qint64 ahead = m.serverTimeMs != 0 ? m.serverTimeMs - QDateTime::currentMSecsSinceEpoch() : 0;
    m_serverClockAheadMs = qAbs(ahead) < 1000 ? 0 : ahead;
    setLink(Link::LoggingIn);
    m_loginRequestId = nextRequestId();
    sendCredentials(m_loginRequestId);
}

QDateTime ClientSession::localTime(qint64 serverMs) const
{
    return QDateTime::fromMSecsSinceEpoch(serverMs - m_serverClockAheadMs);
}

void ClientSession::handle(const HandshakeRefused &m)
{
    dropLink(tr("The server speaks protocol version %1, but this app speaks version %2. Please update the older one.")
                 .arg(m.serverVersion)
                 .arg(kVersion));
}

void ClientSession::handle(const LoginResult &m)
{
    if (m_link != Link::LoggingIn || m.requestId != m_loginRequestId)
        return;
    switch (LoginStatus(m.status)) {
    case LoginStatus::Ok:
        acceptLogin(m);
        return;
    case LoginStatus::WrongCredentials:
        dropLink(wrongCredentialsMessage());
        return;
    case LoginStatus::Throttled: {
        // Too many failures, or too many log-ins of this account or from this network.
        const int minutes = int((m.retryAfterSeconds + 59) / 60);
        dropLink(minutes <= 1 ? tr("Too many log-in attempts. Try again in 1 minute.")
                              : tr("Too many log-in attempts. Try again in %n minutes.", nullptr, minutes));
        return;
    }
    case LoginStatus::Busy:
        if (m_reconnecting) {
            scheduleReconnect();
            return;
        }
        dropLink(tr("The server is busy. Please try again in a moment."));
        return;
    case LoginStatus::AlreadyLoggedIn:
    case LoginStatus::Unavailable:
        if (m_reconnecting) {
            scheduleReconnect();
            return;
        }
        dropLink(tr("The server cannot log you in right now. Please try again later."));
        return;
    case LoginStatus::ResumeExpired:
        m_reconnecting = false;
        m_loginPending = false;
        dropLink(tr("You were away too long, so your place was released. Please log in again."));
        return;
    }
}

void ClientSession::acceptLogin(const LoginResult &result)
{
    m_connectTimer.stop();
    m_loginPending = false;
    if (m_reconnecting) {
        m_reconnecting = false;
        setLink(Link::Online);
        linkResumed();
        Q_EMIT reconnected();
        return;
    }
    setLink(Link::Online);
    loggedIn(result);
}

void ClientSession::handle(const Ping &m)
{
    send(Pong{m.nonce});
}

void ClientSession::handle(const ForcedLogout &m)
{
    // Not a network failure: resuming would take the session back from the other place.
    m_reconnecting = false;
    m_reconnectTimer.stop();
    dropLink(
        ForcedLogoutReason(m.reason) == ForcedLogoutReason::PasswordChanged
            ? tr("Your password was changed, so this connection was closed. Log in again with the new password.")
            : tr("You logged in from another place, so this window was signed out. Your session continues there."));
}

void ClientSession::handle(const ErrorReply &m)
{
    if (m.requestId != 0) {
        const bool stale = refusalIsStale(m.requestId);
        requestFailed(m.requestId);
        if (stale)
            return;
    }
    switch (ErrorCode(m.code)) {
    case ErrorCode::NotAllowed:
        Q_EMIT requestRefused(tr("The server refused that request: you are not allowed to do it."));
        return;
    case ErrorCode::BadState:
        Q_EMIT requestRefused(tr("The server refused that request: it is not possible right now."));
        return;
    case ErrorCode::Invalid:
        Q_EMIT requestRefused(tr("The server refused that request as invalid."));
        return;
    case ErrorCode::LimitReached:
        Q_EMIT requestRefused(tr("You already have as many sessions as you may have at once. End one first."));
        return;
    case ErrorCode::RateLimited: {
        const int waitMs = int(qBound<quint32>(100, m.retryAfterMs, 120'000));
        const int seconds = (waitMs + 999) / 1000;
        if (m.requestId != 0) {
            Q_EMIT requestRefused(
                tr("You are doing that too often. Please wait %n seconds and try again.", nullptr, seconds));
            return;
        }
        // Chat messages: every one sent from now until then is refused too, so all pending ones
        // go again together, in order, once the wait is over.
        const bool first = !chatHeld();
        m_chatDraining = true;
        m_chatRetryTimer.start(waitMs);
        if (first)
            Q_EMIT requestRefused(
                tr("You are sending messages faster than the server accepts. They will be sent in %n seconds.", nullptr,
                   seconds));
        return;
    }
    case ErrorCode::Internal:
        break;
    }
    Q_EMIT requestRefused(tr("The server could not carry out that request."));
}

} // namespace Turno
