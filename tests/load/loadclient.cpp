#include "loadclient.h"

#include "admin/bulkaccounts.h"
#include "loadconfig.h"
#include "worker.h"

#include "session/servertrust.h"
#include <QHostAddress>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace Turno::Load
{

using namespace Protocol;

namespace
{

// The message text starts with the send time and the message id; the rest is padding.
QString messageText(qint64 sentNs, quint64 id, int length)
{
    QString text = QStringLiteral("t=%1 id=%2 ").arg(sentNs).arg(id);
    if (text.size() < length)
        text.append(QString(length - text.size(), QLatin1Char('x')));
    return text;
}

// Reads "t=<ns> id=<id> …" back; false for any other text.
bool readText(const QString &text, qint64 *sentNs, quint64 *id)
{
    if (!text.startsWith(QLatin1String("t=")))
        return false;
    const qsizetype space = text.indexOf(QLatin1Char(' '), 2);
    if (space < 0 || !QStringView(text).mid(space + 1).startsWith(QLatin1String("id=")))
        return false;
    const qsizetype end = text.indexOf(QLatin1Char(' '), space + 4);
    if (end < 0)
        return false;
    bool okTime = false;
    bool okId = false;
    *sentNs = QStringView(text).mid(2, space - 2).toLongLong(&okTime);
    *id = QStringView(text).mid(space + 4, end - space - 4).toULongLong(&okId);
    return okTime && okId;
}

QString clientMessageId(const QString &runTag, quint64 id)
{
    return runTag + QLatin1Char('-') + QString::number(id);
}

} // namespace

LoadClient::LoadClient(Worker &worker, Role role, int index, quint32 id, bool chatter, QObject *parent)
    : QObject(parent), m_worker(worker), m_role(role), m_index(index), m_id(id), m_chatter(chatter)
{
    m_supervisor = role == Role::Executive && index <= worker.config().supervisors;
    m_address = int(id % quint32(worker.config().sourceAddresses));
}

void LoadClient::openConnection()
{
    discardConnection();
    const LoadConfig &config = m_worker.config();
    QTcpSocket *socket = config.plaintext ? new QTcpSocket : new QSslSocket;
    m_connection = new Connection(socket, ConnectionLimits{}, this);
    connect(m_connection, &Connection::frameReceived, this, &LoadClient::onFrame);
    connect(m_connection, &Connection::closed, this, &LoadClient::onClosed);
    auto hello = [this] {
        m_step = Step::Handshake;
        m_connection->send(
            Hello{kMagic, kVersion, {QLatin1String(kHeartbeatFeature)}, QStringLiteral("turno-loadgen")});
    };
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        tls->setProtocol(QSsl::TlsV1_2OrLater);
        connect(tls, &QSslSocket::encrypted, this, hello);
        connect(tls, &QSslSocket::sslErrors, this, [tls, &config] {
            // The same rule as the apps: the pinned (or given) key, never any certificate.
            if (ServerTrust::publicKeyFingerprint(tls->peerCertificate()) == config.trustedFingerprint)
                tls->ignoreSslErrors();
        });
    } else {
        connect(socket, &QTcpSocket::connected, this, hello);
    }
    m_step = Step::Connecting;
    ++m_generation;
    m_attemptNs = LoadClock::nowNs();
    m_worker.live().open.fetch_add(1, std::memory_order_relaxed);
    if (config.sourceAddresses > 1)
        socket->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(1 + m_address)), 0);
    if (auto *tls = qobject_cast<QSslSocket *>(socket))
        tls->connectToHostEncrypted(config.host, config.port);
    else
        socket->connectToHost(config.host, config.port);
}

void LoadClient::releaseSlot()
{
    if (!m_holdsSlot)
        return;
    m_holdsSlot = false;
    m_worker.releaseLoginSlot(m_address);
}

void LoadClient::discardConnection()
{
    releaseSlot();
    if (!m_connection)
        return;
    m_connection->disconnect(this);
    m_connection->socket()->disconnect(this);
    if (m_connection->isOpen())
        m_connection->abort(QString());
    m_connection->deleteLater();
    m_connection = nullptr;
    m_worker.live().open.fetch_sub(1, std::memory_order_relaxed);
}

void LoadClient::start()
{
    m_resumed = false;
    openConnection();
}

void LoadClient::resume()
{
    if (m_step != Step::Ready || m_token.isEmpty()) {
        m_worker.resumeFinished(this, false, 0);
        return;
    }
    if (m_role == Role::Customer)
        m_worker.live().customersLoggedIn.fetch_sub(1, std::memory_order_relaxed);
    m_resumed = true;
    openConnection(); // drops the old one at once: the server sees a dropped connection
}

void LoadClient::logOut(bool again)
{
    if (m_step != Step::Ready)
        return;
    m_again = again;
    m_step = Step::LoggingOut;
    if (m_role == Role::Customer)
        m_worker.live().customersLoggedIn.fetch_sub(1, std::memory_order_relaxed);
    m_connection->send(Logout{});
}

void LoadClient::onFrame(quint16 kind, const QByteArray &payload)
{
    // TURNO_LOADGEN_TRACE=1 prints every frame a client receives (for small runs).
    static const bool trace = qEnvironmentVariableIsSet("TURNO_LOADGEN_TRACE");
    if (trace)
        qInfo("%s %d <- %s", m_role == Role::Customer ? "customer" : "executive", m_index, kindName(kind));
    const DispatchResult result = dispatch(kind, payload, *this);
    if (!result.ok) {
        ++m_worker.stats().errorReplies;
        m_worker.live().failures.fetch_add(1, std::memory_order_relaxed);
        qWarning("turno-loadgen: undecodable frame from the server: %s", qPrintable(result.error));
    }
}

void LoadClient::handle(const Ping &m)
{
    if (m_connection)
        m_connection->send(Pong{m.nonce});
}

void LoadClient::onClosed(const QString &reason)
{
    const Step step = m_step;
    discardConnection();
    m_step = Step::Off;
    if (m_sessionId != 0)
        leftSession();
    if (m_waiting) {
        m_waiting = false;
        m_worker.live().waiting.fetch_sub(1, std::memory_order_relaxed);
    }
    m_sessions.clear();
    switch (step) {
    case Step::LoggingOut:
        if (m_again) {
            ++m_worker.stats().churnCycles;
            start();
        }
        return;
    case Step::Connecting:
    case Step::Handshake:
    case Step::LoggingIn:
    case Step::Resuming:
        if (m_resumed) {
            m_worker.resumeFinished(this, false, 0);
        } else if (m_firstLogin) {
            ++m_worker.stats().connectFailed;
            concludeAttempt(false);
        } else {
            ++m_worker.stats().connectFailed;
            m_worker.live().failures.fetch_add(1, std::memory_order_relaxed);
        }
        break;
    case Step::Ready:
        ++m_worker.stats().dropped;
        m_worker.live().failures.fetch_add(1, std::memory_order_relaxed);
        if (m_role == Role::Customer)
            m_worker.live().customersLoggedIn.fetch_sub(1, std::memory_order_relaxed);
        else
            m_worker.live().executivesReady.fetch_sub(1, std::memory_order_relaxed);
        break;
    case Step::Off:
        break;
    }
    if (!reason.isEmpty() && !m_worker.stopping())
        qWarning("turno-loadgen: connection of %s %d closed: %s", m_role == Role::Customer ? "customer" : "executive",
                 m_index, qPrintable(reason));
}

void LoadClient::concludeAttempt(bool ok)
{
    if (!m_firstLogin)
        return;
    m_firstLogin = false;
    if (ok)
        ++m_worker.stats().established;
    else
        m_worker.live().failures.fetch_add(1, std::memory_order_relaxed);
    if (m_role == Role::Customer)
        m_worker.live().customerAttemptsDone.fetch_add(1, std::memory_order_relaxed);
}

void LoadClient::handle(const Welcome &)
{
    if (m_step != Step::Handshake)
        return;
    const quint32 requestId = ++m_nextRequest;
    if (m_resumed) {
        m_step = Step::Resuming;
        m_connection->send(Resume{requestId, m_token, 0});
        return;
    }
    m_step = Step::LoggingIn;
    m_worker.whenLoginSlot(m_address, [this, generation = m_generation] {
        m_holdsSlot = true;
        if (generation != m_generation || m_step != Step::LoggingIn || !m_connection) {
            releaseSlot(); // this connection is gone meanwhile: the slot goes to the next one
            return;
        }
        sendLogin();
    });
}

void LoadClient::sendLogin()
{
    const quint32 requestId = ++m_nextRequest;
    m_attemptNs = LoadClock::nowNs();
    const LoadConfig &config = m_worker.config();
    if (m_role == Role::Customer) {
        WorkerStats &stats = m_worker.stats();
        if (m_firstLogin && stats.firstLoginNs < 0)
            stats.firstLoginNs = m_attemptNs;
        m_connection->send(CustomerLogin{requestId, Admin::BulkAccounts::rut(config.seed, m_index),
                                         Admin::BulkAccounts::password(config.seed, m_index)});
    } else {
        m_connection->send(ExecutiveLogin{requestId, Admin::BulkAccounts::executiveUsername(config.execPrefix, m_index),
                                          Admin::BulkAccounts::executivePassword(config.execSeed, m_index)});
    }
}

void LoadClient::handle(const HandshakeRefused &m)
{
    ++m_worker.stats().handshakeRefused;
    qWarning("turno-loadgen: handshake refused: %s", qPrintable(m.reason));
}

void LoadClient::handle(const LoginResult &m)
{
    const qint64 now = LoadClock::nowNs();
    WorkerStats &stats = m_worker.stats();
    if (m_step == Step::Resuming) {
        const bool ok = m.status == quint8(LoginStatus::Ok);
        m_step = ok ? Step::Ready : Step::Off;
        if (ok)
            m_worker.live().customersLoggedIn.fetch_add(1, std::memory_order_relaxed);
        m_worker.resumeFinished(this, ok, now - m_attemptNs);
        return;
    }
    if (m_step != Step::LoggingIn)
        return;
    if (m.status == quint8(LoginStatus::Busy)) {
        // The server's hashing queue is full: as a person would, try again when it says (keeping
        // this connection's log-in slot, so the retries do not add to the crowd).
        ++stats.loginRetries;
        QTimer::singleShot(qMax<quint32>(1, m.retryAfterSeconds) * 1000, this, [this] {
            if (m_step == Step::LoggingIn && m_connection)
                sendLogin();
        });
        return;
    }
    releaseSlot();
    if (m.status != quint8(LoginStatus::Ok)) {
        ++stats.loginFailed;
        qWarning("turno-loadgen: log-in of %s %d refused (status %d)",
                 m_role == Role::Customer ? "customer" : "executive", m_index, int(m.status));
        m_step = Step::Off;
        if (m_firstLogin)
            concludeAttempt(false);
        else
            m_worker.live().failures.fetch_add(1, std::memory_order_relaxed);
        m_connection->close();
        return;
    }
    m_step = Step::Ready;
    if (m_role == Role::Customer) {
        if (m_firstLogin) {
            stats.loginLatencyNs.append(now - m_attemptNs);
            stats.lastLoginNs = qMax(stats.lastLoginNs, now);
        }
        m_worker.live().customersLoggedIn.fetch_add(1, std::memory_order_relaxed);
    } else {
        if (m_supervisor && m.role != quint8(Protocol::Role::Supervisor))
            m_supervisor = false;
        m_worker.live().executivesReady.fetch_add(1, std::memory_order_relaxed);
    }
    concludeAttempt(true);
    if (m_role == Role::Customer && m_chatter && m_worker.chatting())
        joinQueue();
}

void LoadClient::handle(const ResumeToken &m)
{
    m_token = m.token;
}

void LoadClient::joinQueue()
{
    if (m_step != Step::Ready || m_waiting || m_sessionId != 0 || m_worker.draining())
        return;
    m_waiting = true;
    m_worker.live().waiting.fetch_add(1, std::memory_order_relaxed);
    const int service = m_index % 2;
    m_connection->send(JoinQueue{++m_nextRequest, service ? QStringLiteral("internet") : QStringLiteral("wifi")});
}

void LoadClient::handle(const QueueLeft &)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_worker.live().waiting.fetch_sub(1, std::memory_order_relaxed);
}

void LoadClient::handle(const Offer &m)
{
    m_connection->send(AnswerOffer{m.offerId, true});
}

void LoadClient::handle(const SessionStarted &m)
{
    if (m_role == Role::Executive) {
        m_sessions.insert(m.sessionId);
        return;
    }
    if (m_waiting) {
        m_waiting = false;
        m_worker.live().waiting.fetch_sub(1, std::memory_order_relaxed);
    }
    if (m_sessionId == m.sessionId)
        return; // a resume repeats it
    m_sessionId = m.sessionId;
    m_sentThisSession = 0;
    m_unacked = 0;
    m_expectedReplies = 0;
    m_replies = 0;
    m_endSent = false;
    ++m_worker.stats().sessionsStarted;
    m_worker.live().inSession.fetch_add(1, std::memory_order_relaxed);
    m_worker.sessionStarted(this);
    maybeEndSession(); // when draining already
}

void LoadClient::leftSession()
{
    m_sessionId = 0;
    ++m_worker.stats().sessionsEnded;
    m_worker.live().inSession.fetch_sub(1, std::memory_order_relaxed);
    m_worker.sessionEnded(this);
}

void LoadClient::handle(const SessionEnded &m)
{
    if (m_role == Role::Executive) {
        m_sessions.remove(m.sessionId);
        return;
    }
    if (m.sessionId != m_sessionId)
        return;
    leftSession();
    if (m_chatter && m_worker.chatting())
        joinQueue();
}

void LoadClient::handle(const PresenceChanged &m)
{
    // Away after missed offers, or after-call work: the simulated executive is ready at once.
    if (m.presence == quint8(Presence::Away) || m.presence == quint8(Presence::AfterCallWork))
        m_connection->send(SetPresence{++m_nextRequest, quint8(Presence::Available), QString()});
}

bool LoadClient::canSend() const
{
    return m_step == Step::Ready && m_sessionId != 0 && !m_endSent &&
           m_sentThisSession < m_worker.config().sessionMessages && !m_worker.draining();
}

void LoadClient::sendChat()
{
    ++m_sentThisSession;
    ++m_unacked;
    if (m_seq % 2 == 0)
        ++m_expectedReplies; // executives answer the even ones
    sendText(m_sessionId);
}

void LoadClient::sendText(quint32 sessionId)
{
    const quint64 id = (quint64(m_id) << 32) | quint64(m_seq++);
    const QString text = messageText(LoadClock::nowNs(), id, m_worker.messageLength());
    m_worker.stats().sent.insert(id, false);
    m_worker.live().sent.fetch_add(1, std::memory_order_relaxed);
    m_connection->send(ChatSend{sessionId, clientMessageId(m_worker.config().runTag, id), text});
}

void LoadClient::handle(const ChatAck &m)
{
    bool ok = false;
    quint64 id = 0;
    const QString &tag = m_worker.config().runTag;
    if (m.clientMessageId.startsWith(tag) && m.clientMessageId.size() > tag.size() + 1)
        id = QStringView(m.clientMessageId).mid(tag.size() + 1).toULongLong(&ok);
    WorkerStats &stats = m_worker.stats();
    const auto it = ok ? stats.sent.find(id) : stats.sent.end();
    if (it == stats.sent.end()) {
        ++stats.unknownAcks;
        return;
    }
    if (!it.value()) {
        it.value() = true;
        m_worker.live().acked.fetch_add(1, std::memory_order_relaxed);
        if (m_role == Role::Customer && m_unacked > 0)
            --m_unacked;
    }
    maybeEndSession();
}

void LoadClient::handle(const ChatMessage &m)
{
    const qint64 now = LoadClock::nowNs();
    qint64 sentNs = 0;
    quint64 id = 0;
    WorkerStats &stats = m_worker.stats();
    if (!readText(m.text, &sentNs, &id)) {
        ++stats.unknownDeliveries;
        return;
    }
    const quint32 count = ++stats.delivered[id];
    m_worker.live().delivered.fetch_add(1, std::memory_order_relaxed);
    if (count == 1)
        stats.chatLatencyNs.append(now - sentNs);
    if (m_role == Role::Executive) {
        // Every other customer message gets an answer, so the customer knows how many to expect.
        if ((id & 0xffffffffu) % 2 == 0 && m_sessions.contains(m.sessionId) && count == 1)
            sendText(m.sessionId);
        return;
    }
    ++m_replies;
    maybeEndSession();
}

void LoadClient::maybeEndSession()
{
    if (m_role != Role::Customer || m_sessionId == 0 || m_endSent || m_step != Step::Ready)
        return;
    const bool done = m_sentThisSession >= m_worker.config().sessionMessages || m_worker.draining();
    if (done && m_unacked == 0 && m_replies >= m_expectedReplies) {
        m_endSent = true;
        m_connection->send(EndSession{m_sessionId});
    }
}

void LoadClient::drain()
{
    if (m_role != Role::Customer || m_step != Step::Ready)
        return;
    if (m_waiting)
        m_connection->send(LeaveQueue{++m_nextRequest});
    maybeEndSession();
}

void LoadClient::requestStats()
{
    if (m_step == Step::Ready && m_supervisor)
        m_connection->send(StatsRequest{++m_nextRequest});
}

void LoadClient::handle(const ServerStats &m)
{
    m_worker.serverStats(m);
}

void LoadClient::handle(const ErrorReply &m)
{
    const bool badState = m.code == quint16(ErrorCode::BadState);
    if (badState && (m_role == Role::Executive || m_worker.draining())) {
        // An offer answered just as its customer left the line, or a LeaveQueue just as the
        // customer was connected: the request crossed the server's change (OfferEnded or
        // SessionStarted is on its way). Not an error of the server.
        ++m_worker.stats().stateRaces;
        return;
    }
    ++m_worker.stats().errorReplies;
    qWarning("turno-loadgen: %s %d got an error (code %d): %s", m_role == Role::Customer ? "customer" : "executive",
             m_index, int(m.code), qPrintable(m.detail));
}

} // namespace Turno::Load
