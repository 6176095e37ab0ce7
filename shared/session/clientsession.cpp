#include "clientsession.h"

#include <QTcpSocket>

namespace Turno {

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
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] { openLink(m_server); });
}

void ClientSession::simulateConnectionLoss()
{
    if (m_connection)
        m_connection->abort(QStringLiteral("connection lost"));
}

void ClientSession::scheduleReconnect()
{
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->abort(QString());
        m_connection->deleteLater();
        m_connection = nullptr;
    }
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

void ClientSession::setLink(Link link)
{
    if (m_link == link)
        return;
    m_link = link;
    Q_EMIT linkChanged(link);
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
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->abort(QString());
        m_connection->deleteLater();
    }
    m_server = server.trimmed();
    m_userClosing = false;
    m_loginPending = true;
    auto *socket = new QTcpSocket;
    m_connection = new Connection(socket, {}, this);
    connect(m_connection, &Connection::frameReceived, this, &ClientSession::onFrame);
    connect(m_connection, &Connection::closed, this, &ClientSession::onClosed);
    connect(socket, &QTcpSocket::connected, this, [this] {
        Hello hello;
        hello.software = QStringLiteral("turno " TURNO_VERSION);
        send(hello);
    });
    setLink(Link::Connecting);
    m_connectTimer.start(m_connectTimeoutMs);
    socket->connectToHost(host, port);
    return true;
}

void ClientSession::logOut()
{
    if (m_reconnecting) {
        // Giving up on a dropped connection: nothing to say goodbye to.
        m_reconnectTimer.stop();
        m_reconnecting = false;
        if (m_connection) {
            m_connection->disconnect(this);
            m_connection->abort(QString());
            m_connection->deleteLater();
            m_connection = nullptr;
        }
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
    m_connection->disconnect(this);
    m_connection->abort(message);
    m_connection->deleteLater();
    m_connection = nullptr;
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
    setLink(Link::LoggingIn);
    m_loginRequestId = nextRequestId();
    sendCredentials(m_loginRequestId);
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
        const int minutes = int((m.retryAfterSeconds + 59) / 60);
        dropLink(minutes <= 1 ? tr("Too many failed log-ins. Try again in 1 minute.")
                              : tr("Too many failed log-ins. Try again in %n minutes.", nullptr, minutes));
        return;
    }
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

void ClientSession::handle(const ErrorReply &m)
{
    if (m.requestId != 0)
        requestFailed(m.requestId);
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
    case ErrorCode::Internal:
        break;
    }
    Q_EMIT requestRefused(tr("The server could not carry out that request."));
}

void ClientSession::handle(const ServiceResult &) {}

void ClientSession::handle(const ConnectedCustomers &) {}

void ClientSession::handle(const SignUpResult &) {}

void ClientSession::handle(const AccountResult &) {}

// Messages a session does not expect (an executive's offers for a customer, and so on) are ignored.
void ClientSession::handle(const ResumeToken &) {}
void ClientSession::handle(const QueueStatus &) {}
void ClientSession::handle(const QueueLeft &) {}
void ClientSession::handle(const Offer &) {}
void ClientSession::handle(const OfferEnded &) {}
void ClientSession::handle(const SessionStarted &) {}
void ClientSession::handle(const SessionEnded &) {}
void ClientSession::handle(const WaitingList &) {}
void ClientSession::handle(const PresenceChanged &) {}
void ClientSession::handle(const History &) {}
void ClientSession::handle(const NoteAdded &) {}
void ClientSession::handle(const ServiceNotice &) {}
void ClientSession::handle(const WifiPasswordWanted &) {}
void ClientSession::handle(const ChatAck &) {}
void ClientSession::handle(const ChatMessage &) {}
void ClientSession::handle(const SessionHeld &) {}
void ClientSession::handle(const Transferred &) {}
void ClientSession::handle(const Invitation &) {}
void ClientSession::handle(const InvitationEnded &) {}
void ClientSession::handle(const Participants &) {}
void ClientSession::handle(const Colleagues &) {}
void ClientSession::handle(const Contacts &) {}
void ClientSession::handle(const Details &) {}
void ClientSession::handle(const ServerStats &) {}

} // namespace Turno
