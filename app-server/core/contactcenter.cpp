#include "contactcenter.h"

#include "accountservice.h"
#include "auth/authenticator.h"
#include "backend/providerbackend.h"
#include "domain/wifipassword.h"
#include "net/clientpeer.h"
#include "net/connectiongate.h"
#include "net/gatedlistener.h"
#include "serverlog.h"
#include "sessiondesk.h"
#include "statsmonitor.h"
#include "storage/store.h"
#include "util/futures.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <limits>

namespace Turno::Server
{

using namespace Protocol;

ContactCenter::ContactCenter(Storage::Store &store, Auth::Authenticator &authenticator, ProviderBackend &backend,
                             ServerConfig config, QObject *parent)
    : QObject(parent), m_store(store), m_authenticator(authenticator), m_backend(backend), m_config(config),
      m_rateLimiter(m_config.rateLimits), m_accounts(std::make_unique<AccountService>(*this, store, authenticator))
{
    CustomerQueue::Settings queueSettings;
    queueSettings.ringTimeoutMs = m_config.ringTimeoutMs;
    queueSettings.strategy = m_config.strategy;
    queueSettings.sessionLimit = m_config.sessionLimit;
    m_desk = new SessionDesk(*this, store, queueSettings, this);
    m_desk->restoreStatistics();
    m_stats = new StatsMonitor(*this, this);
    ConnectionGate::Limits limits;
    limits.maxConnections = m_config.maxConnections;
    limits.reservedForLoggedIn = m_config.reservedForLoggedIn;
    limits.perAddressUnauthenticated = m_config.maxUnauthenticatedPerAddress;
    m_gate = new ConnectionGate(limits, this);
    m_heartbeat.setInterval(qBound(50, m_config.heartbeatIntervalMs / 3, 5'000));
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        const qint64 now = monotonicNowMs();
        const QList<ClientPeer *> peers = m_peers.values(); // a check may close a peer
        for (ClientPeer *peer : peers)
            peer->checkHeartbeat(now, m_config.heartbeatIntervalMs, m_config.heartbeatTimeoutMs);
    });
    m_heartbeat.start();
    m_stats->setLogIntervalMs(m_config.statsIntervalMs);
    m_requestRepeats.setWindowMs(m_config.repeatWindowMs);
    m_housekeeping.setInterval(qBound(100, m_config.repeatWindowMs / 4, 1'000));
    connect(&m_housekeeping, &QTimer::timeout, this, [this] {
        for (const RepeatFilter::Summary &summary : m_requestRepeats.expire(monotonicNowMs()))
            writeRepeatSummary(summary);
    });
    if (m_config.repeatWindowMs > 0) // with no window nothing is held back, so nothing to sum up
        m_housekeeping.start();
    if (m_config.requestLogRetentionDays > 0) {
        m_retention.setInterval(10 * 60'000);
        connect(&m_retention, &QTimer::timeout, this, [this] { pruneRequestLog(); });
        m_retention.start();
        QTimer::singleShot(0, this, [this] { pruneRequestLog(); });
    }
}

ContactCenter::~ContactCenter()
{
    for (ClientPeer *peer : std::as_const(m_peers))
        peer->disconnect(this);
}

namespace
{

// When a connection was accepted (monotonic ms): its handshake deadline covers TLS and Hello.
const char *const kAcceptedAt = "turno.acceptedAtMs";

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

} // namespace

bool ContactCenter::listen(QString *error)
{
    if (m_config.plaintext) {
        if (!m_config.listenAddress.isLoopback()) {
            *error = tr("--plaintext listens only on a loopback address (127.0.0.1 or ::1), never on %1: without "
                        "TLS, passwords would cross the network in clear.")
                         .arg(m_config.listenAddress.toString());
            return false;
        }
        auto plain = std::make_unique<GatedListener<QTcpServer>>();
        plain->admit = [this](const QHostAddress &address) { return m_gate->admit(address); };
        plain->accepted = [this](QTcpSocket *socket) { m_gate->track(socket); };
        m_listener = std::move(plain);
    } else {
        if (m_config.tls.localCertificate().isNull() || m_config.tls.privateKey().isNull()) {
            *error = tr("No TLS certificate and key to listen with (or --plaintext for debugging on this machine).");
            return false;
        }
        auto tls = std::make_unique<GatedListener<QSslServer>>();
        tls->admit = [this](const QHostAddress &address) { return m_gate->admit(address); };
        // Counted, and its deadline running, from the moment it is accepted.
        tls->accepted = [this](QTcpSocket *socket) {
            socket->setProperty(kAcceptedAt, monotonicNowMs());
            m_gate->track(socket);
        };
        tls->setSslConfiguration(m_config.tls);
        tls->setHandshakeTimeout(m_config.handshakeTimeoutMs);
        m_listener = std::move(tls);
    }
    // QSslServer offers a connection only once its TLS handshake is done (newConnection comes
    // earlier, with nothing to take yet).
    connect(m_listener.get(), &QTcpServer::pendingConnectionAvailable, this, &ContactCenter::acceptConnections);
    connect(m_listener.get(), &QTcpServer::acceptError, this, &ContactCenter::onAcceptError);
    // Room for many apps reconnecting at once (after a network blip): with the default of 50 the
    // kernel drops the surplus and they retry only a second later.
    m_listener->setListenBacklogSize(1024);
    // QSslServer counts connections still in their TLS handshake as pending, and stops accepting
    // at this limit (30 by default) until one of them times out: thirty idle connections would
    // shut the door on everyone for the handshake deadline. The gate caps them instead (the
    // connections it drops are deleted a moment later, so the listener's count may briefly run
    // past the gate's).
    m_listener->setMaxPendingConnections(std::numeric_limits<int>::max() / 2);
    if (!m_listener->listen(m_config.listenAddress, m_config.port)) {
        *error = tr("Cannot listen on %1 port %2: %3")
                     .arg(m_config.listenAddress.toString())
                     .arg(m_config.port)
                     .arg(m_listener->errorString());
        return false;
    }
    if (m_config.plaintext)
        ServerLog::event(tr("WARNING: --plaintext: connections are NOT encrypted. Use this only for debugging on this "
                            "machine."));
    ServerLog::event(tr("Listening on %1 port %2.").arg(m_config.listenAddress.toString()).arg(port()));
    return true;
}

void ContactCenter::acceptConnections()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        const QVariant acceptedAt = socket->property(kAcceptedAt);
        const int spentMs = acceptedAt.isValid() ? int(qMax<qint64>(0, monotonicNowMs() - acceptedAt.toLongLong())) : 0;
        auto *peer = new ClientPeer(socket, *this, spentMs, this);
        m_peers.insert(peer);
        connect(peer, &ClientPeer::finished, this, &ContactCenter::peerFinished);
    }
}

void ContactCenter::onAcceptError(QAbstractSocket::SocketError error)
{
    // Out of descriptors (EMFILE) leaves the listening socket readable: accepting again at once
    // would spin. Pause, say so once, and try again a moment later.
    if (m_acceptPaused)
        return;
    m_acceptPaused = true;
    m_listener->pauseAccepting();
    qCWarning(lcNet).noquote() << "cannot accept connections:" << m_listener->errorString() << "(" << int(error)
                               << "); pausing for 200 ms";
    QTimer::singleShot(200, this, [this] {
        m_acceptPaused = false;
        if (m_listener)
            m_listener->resumeAccepting();
    });
}

Participant *ContactCenter::customerPeer(const QString &rut) const
{
    return m_customers.value(rut);
}

Participant *ContactCenter::executivePeer(const QString &username) const
{
    return m_executives.value(username);
}

namespace
{
QHash<QString, Participant *> participantsOf(const QHash<QString, ClientPeer *> &peers)
{
    QHash<QString, Participant *> participants;
    participants.reserve(peers.size());
    for (auto it = peers.cbegin(); it != peers.cend(); ++it)
        participants.insert(it.key(), it.value());
    return participants;
}
} // namespace

QHash<QString, Participant *> ContactCenter::customerPeers() const
{
    return participantsOf(m_customers);
}

QHash<QString, Participant *> ContactCenter::executivePeers() const
{
    return participantsOf(m_executives);
}

QStringList ContactCenter::onlineCustomers() const
{
    QStringList names;
    for (ClientPeer *peer : m_customers)
        names.append(peer->displayName());
    names.sort(Qt::CaseInsensitive);
    return names;
}

QStringList ContactCenter::onlineExecutives() const
{
    QStringList names;
    for (ClientPeer *peer : m_executives)
        names.append(peer->displayName());
    names.sort(Qt::CaseInsensitive);
    return names;
}

void ContactCenter::peerLoggedIn(ClientPeer *peer)
{
    countLoggedIn(peer);
    if (peer->isCustomer()) {
        const QString rut = peer->customer()->rut;
        ClientPeer *previous = m_customers.take(rut);
        if (previous) {
            // The same customer from another place: the new connection takes the session over.
            previous->send(ForcedLogout{quint8(ForcedLogoutReason::LoggedInElsewhere)});
            previous->close(QStringLiteral("the same customer logged in from another place"));
        }
        m_customers.insert(rut, peer);
        ServerLog::event(tr("Client %1 connected.").arg(peer->displayName()));
        m_desk->customerOnline(peer);
        issueResumeToken(peer, monotonicNowMs());
        if (m_away.contains(rut)) {
            // Logged in again within the grace period: the place or conversation is still theirs.
            Away away = m_away.take(rut);
            away.expiry->deleteLater();
            m_desk->customerResumed(peer, 0);
        } else if (previous) {
            m_desk->customerResumed(peer, 0);
        }
        broadcastCustomerCount();
    } else if (peer->isExecutive()) {
        const QString username = peer->executive()->username;
        ClientPeer *previous = m_executives.take(username);
        if (previous) {
            previous->send(ForcedLogout{quint8(ForcedLogoutReason::LoggedInElsewhere)});
            previous->close(QStringLiteral("the same executive logged in from another place"));
        }
        m_executives.insert(username, peer);
        ServerLog::event(tr("Executive %1 connected.").arg(peer->displayName()));
        peer->send(ConnectedCustomers{quint32(m_customers.size())});
        if (previous)
            m_desk->executiveReplaced(peer); // presence, offers and sessions carry over
        else
            m_desk->executiveOnline(peer);
    }
    Q_EMIT onlineChanged();
}

void ContactCenter::countLoggedIn(ClientPeer *peer)
{
    if (peer->property("turno.counted").toBool())
        return;
    peer->setProperty("turno.counted", true);
    m_gate->loggedIn(peer->socket());
}

void ContactCenter::peerFinished(ClientPeer *peer)
{
    m_peers.remove(peer);
    if (peer->property("turno.counted").toBool())
        m_gate->loggedOut();
    if (peer->customer() && m_customers.value(peer->customer()->rut) == peer) {
        m_customers.remove(peer->customer()->rut);
        ServerLog::event(tr("Client %1 disconnected.").arg(peer->displayName()));
        customerDropped(peer);
        m_desk->customerOffline(peer->customer()->rut);
        logRequest(QStringLiteral("customer"), peer->customer()->rut, QStringLiteral("logout"), QString(),
                   QStringLiteral("ok"));
        broadcastCustomerCount();
        Q_EMIT onlineChanged();
    } else if (peer->executive() && m_executives.value(peer->executive()->username) == peer) {
        m_executives.remove(peer->executive()->username);
        m_desk->executiveOffline(peer);
        ServerLog::event(tr("Executive %1 disconnected.").arg(peer->displayName()));
        logRequest(QStringLiteral("executive"), peer->executive()->username, QStringLiteral("logout"), QString(),
                   QStringLiteral("ok"));
        Q_EMIT onlineChanged();
    }
    peer->deleteLater();
}

void ContactCenter::broadcastCustomerCount()
{
    const ConnectedCustomers message{quint32(m_customers.size())};
    // A snapshot: the loop must not depend on the container staying as it is while it sends.
    const QList<ClientPeer *> executives = m_executives.values();
    for (ClientPeer *executive : executives)
        executive->send(message);
}

void ContactCenter::restartInternet(ClientPeer *peer, quint32 requestId)
{
    QPointer<ClientPeer> target(peer);
    const bool started = runInternetRestart(*peer->customer(), [target, requestId](const BackendResult &r) {
        if (target) {
            target->send(ServiceResult{requestId, quint8(Service::Internet),
                                       quint8(r.ok ? ServiceOutcome::Done : ServiceOutcome::Failed), r.detail});
        }
    });
    if (!started)
        peer->send(ServiceResult{requestId, quint8(Service::Internet), quint8(ServiceOutcome::Busy), QString()});
}

bool ContactCenter::runInternetRestart(const Storage::Customer &customer,
                                       std::function<void(const BackendResult &)> done)
{
    if (m_restarting.contains(customer.rut))
        return false;
    m_restarting.insert(customer.rut);
    ServerLog::event(tr("Internet service restart for client %1.").arg(customer.fullName));
    Util::whenFinished(m_backend.restartInternet(customer.rut), this, [this, customer, done](const BackendResult &r) {
        m_restarting.remove(customer.rut);
        m_desk->setLastAction(customer.rut,
                              r.ok ? QStringLiteral("restart-internet:ok") : QStringLiteral("restart-internet:failed"));
        logRequest(QStringLiteral("customer"), customer.rut, QStringLiteral("restart-internet"), r.detail,
                   r.ok ? QStringLiteral("ok") : QStringLiteral("failed"));
        if (!r.ok)
            ServerLog::event(tr("Internet service restart for client %1 failed: %2").arg(customer.fullName, r.detail));
        done(r);
    });
    return true;
}

void ContactCenter::changeWifiPassword(ClientPeer *peer, quint32 requestId, const QString &password)
{
    const Storage::Customer customer = *peer->customer();
    const QString action = QStringLiteral("change-wifi-password");
    // The client checks the rules too; this guards the backend against any other client.
    if (WifiPassword::check(password) != WifiPassword::Problem::None) {
        logRequest(QStringLiteral("customer"), customer.rut, action, QString(), QStringLiteral("invalid"));
        peer->send(ErrorReply{requestId, quint16(ErrorCode::Invalid),
                              QStringLiteral("a Wi-Fi password has 8 to 63 printable ASCII characters")});
        return;
    }
    if (m_changingWifi.contains(customer.rut)) {
        peer->send(ServiceResult{requestId, quint8(Service::Wifi), quint8(ServiceOutcome::Busy), QString()});
        return;
    }
    m_changingWifi.insert(customer.rut);
    ServerLog::event(tr("Wi-Fi password change for client %1.").arg(customer.fullName));
    QPointer<ClientPeer> target(peer);
    Util::whenFinished(
        m_backend.changeWifiPassword(customer.rut, password), this,
        [this, target, requestId, customer, action](const BackendResult &r) {
            m_changingWifi.remove(customer.rut);
            // Only that a change happened and how it ended; the backend's detail never holds the key.
            logRequest(QStringLiteral("customer"), customer.rut, action, r.detail,
                       r.ok ? QStringLiteral("ok") : QStringLiteral("failed"));
            if (!r.ok)
                ServerLog::event(tr("Wi-Fi password change for client %1 failed: %2").arg(customer.fullName, r.detail));
            m_desk->setLastAction(customer.rut,
                                  r.ok ? QStringLiteral("wifi-change:ok") : QStringLiteral("wifi-change:failed"));
            m_desk->wifiChanged(customer.rut, r.ok, r.detail);
            if (target) {
                target->send(ServiceResult{requestId, quint8(Service::Wifi),
                                           quint8(r.ok ? ServiceOutcome::Done : ServiceOutcome::Failed), r.detail});
            }
        });
}

void ContactCenter::peerRenamed(ClientPeer *)
{
    Q_EMIT onlineChanged();
}

namespace
{
const QChar kKeySeparator(0x1f);
}

void ContactCenter::logRequest(const QString &actorKind, const QString &actor, const QString &action,
                               const QString &detail, const QString &result)
{
    const QString key = QStringList{actorKind, actor, action, result}.join(kKeySeparator);
    RepeatFilter::Summary ended;
    const bool pass = m_requestRepeats.admit(key, monotonicNowMs(), &ended);
    if (ended.suppressed > 0)
        writeRepeatSummary(ended);
    if (!pass)
        return;
    Storage::RequestLogEntry entry;
    entry.atMs = QDateTime::currentMSecsSinceEpoch();
    entry.actorKind = actorKind;
    entry.actor = actor;
    entry.action = action;
    entry.detail = detail;
    entry.result = result;
    Util::whenFinished(m_store.appendRequest(entry), this, [action](const Storage::Result<qint64> &r) {
        if (!r.ok())
            qCWarning(lcNet).noquote() << "request log write failed for" << action << ":" << r.error;
    });
}

void ContactCenter::writeRepeatSummary(const RepeatFilter::Summary &summary)
{
    const QStringList parts = summary.key.split(kKeySeparator);
    if (parts.size() != 4)
        return;
    Storage::RequestLogEntry entry;
    entry.atMs = QDateTime::currentMSecsSinceEpoch();
    entry.actorKind = parts[0];
    entry.actor = parts[1];
    entry.action = parts[2];
    entry.result = parts[3];
    entry.detail = QStringLiteral("… %1 more like this").arg(summary.suppressed);
    m_store.appendRequest(entry);
}

void ContactCenter::pruneRequestLog(int batchRows, std::function<void(int)> done)
{
    if (m_config.requestLogRetentionDays <= 0 || m_pruning) {
        if (done)
            done(0);
        return;
    }
    m_pruning = true;
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - qint64(m_config.requestLogRetentionDays) * 86'400'000;
    pruneBatch(cutoff, batchRows, 0, std::move(done));
}

void ContactCenter::pruneBatch(qint64 beforeMs, int batchRows, int deletedSoFar, std::function<void(int)> done)
{
    Util::whenFinished(m_store.pruneRequestLog(beforeMs, batchRows), this,
                       [this, beforeMs, batchRows, deletedSoFar, done](const Storage::Result<int> &r) {
                           const int deleted = deletedSoFar + (r.ok() ? r.value : 0);
                           if (!r.ok())
                               qCWarning(lcNet).noquote() << "request log retention failed:" << r.error;
                           // A whole batch: there may be more. Each batch is its own short job, so chat messages
                           // and log-ins queued meanwhile are committed in between.
                           if (r.ok() && r.value >= batchRows) {
                               pruneBatch(beforeMs, batchRows, deleted, done);
                               return;
                           }
                           m_pruning = false;
                           if (deleted > 0)
                               qCInfo(lcNet).noquote()
                                   << QStringLiteral("request log: deleted %1 rows older than %2 days")
                                          .arg(deleted)
                                          .arg(m_config.requestLogRetentionDays);
                           if (done)
                               done(deleted);
                       });
}

void ContactCenter::issueResumeToken(ClientPeer *peer, qint64 chainStartMs)
{
    const QString rut = peer->customer()->rut;
    m_tokenOwner.remove(m_tokenOf.value(rut));
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QString token = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
    const QByteArray hash = tokenHash(token);
    m_tokenOf.insert(rut, hash);
    m_tokenOwner.insert(hash, {rut, chainStartMs});
    peer->send(ResumeToken{token, quint32(m_config.resumeGraceMs / 1000)});
}

void ContactCenter::passwordChanged(ClientPeer *peer)
{
    const QString rut = peer->customer()->rut;
    // A connection that dropped and could still resume belongs to someone who may not know the new
    // password: it may not come back.
    if (m_away.contains(rut))
        m_away.take(rut).expiry->deleteLater();
    if (ClientPeer *other = m_customers.value(rut); other && other != peer) {
        m_customers.remove(rut);
        other->send(ForcedLogout{quint8(ForcedLogoutReason::PasswordChanged)});
        other->close(QStringLiteral("the account's password changed"));
    }
    issueResumeToken(peer, monotonicNowMs());
}

void ContactCenter::customerDropped(ClientPeer *peer)
{
    const Storage::Customer customer = *peer->customer();
    if (peer->loggedOut()) {
        releaseCustomer(customer.rut);
        return;
    }
    // The connection dropped: keep the place or the conversation for the grace period.
    auto *expiry = new QTimer(this);
    expiry->setSingleShot(true);
    connect(expiry, &QTimer::timeout, this, [this, customer] {
        if (!m_away.contains(customer.rut))
            return;
        m_away.take(customer.rut).expiry->deleteLater();
        ServerLog::event(tr("Client %1 did not come back in time; their place was released.").arg(customer.fullName));
        logRequest(QStringLiteral("customer"), customer.rut, QStringLiteral("resume-expired"), QString(),
                   QStringLiteral("released"));
        releaseCustomer(customer.rut);
    });
    expiry->start(m_config.resumeGraceMs);
    m_away.insert(customer.rut, {customer, expiry});
}

void ContactCenter::releaseCustomer(const QString &rut)
{
    m_tokenOwner.remove(m_tokenOf.take(rut));
    m_desk->customerGone(rut);
}

void ContactCenter::resume(ClientPeer *peer, const Protocol::Resume &m)
{
    const auto token = m_tokenOwner.constFind(tokenHash(m.token));
    const TokenInfo info = token != m_tokenOwner.cend() ? *token : TokenInfo{};
    const QString rut = info.rut;
    const bool tooOld = !rut.isEmpty() && monotonicNowMs() - info.chainStartMs > m_config.tokenLifetimeMs;
    if (tooOld) {
        // The chain of resumes is over: the customer logs in again (and, within the grace
        // period, still finds their place).
        m_tokenOwner.remove(m_tokenOf.take(rut));
        qCInfo(lcNet).noquote() << "resume refused for a connection from" << peer->peerAddress()
                                << "(token past its lifetime)";
        peer->refuseResume(m.requestId);
        return;
    }
    std::optional<Storage::Customer> customer;
    if (!rut.isEmpty() && m_away.contains(rut)) {
        Away away = m_away.take(rut);
        away.expiry->deleteLater();
        customer = away.customer;
    } else if (ClientPeer *current = rut.isEmpty() ? nullptr : m_customers.value(rut)) {
        // The old connection is half-open (the app saw it die first): the new one replaces it.
        customer = *current->customer();
        m_customers.remove(rut);
        current->send(ForcedLogout{quint8(ForcedLogoutReason::LoggedInElsewhere)});
        current->close(QStringLiteral("replaced by the customer's resumed connection"));
    }
    if (!customer) {
        qCWarning(lcNet).noquote() << "resume refused for a connection from" << peer->peerAddress()
                                   << "(unknown or expired token)";
        peer->refuseResume(m.requestId);
        return;
    }
    peer->resumeAs(*customer, m.requestId);
    countLoggedIn(peer);
    m_customers.insert(rut, peer);
    ServerLog::event(tr("Client %1 reconnected.").arg(customer->fullName));
    logRequest(QStringLiteral("customer"), rut, QStringLiteral("resume"), QString(), QStringLiteral("ok"));
    // Every resume rotates the token: the one just used stops working.
    issueResumeToken(peer, info.chainStartMs);
    broadcastCustomerCount();
    m_desk->customerOnline(peer);
    m_desk->customerResumed(peer, m.lastMessageId);
    Q_EMIT onlineChanged();
}

} // namespace Turno::Server
