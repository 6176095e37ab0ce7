#include "contactcenter.h"

#include "accountservice.h"
#include "auth/authenticator.h"
#include "backend/providerbackend.h"
#include "domain/wifipassword.h"
#include "net/clientpeer.h"
#include "net/connectiongate.h"
#include "net/gatedlistener.h"
#include "roster.h"
#include "serverlog.h"
#include "sessiondesk.h"
#include "statsmonitor.h"
#include "storage/store.h"
#include "util/futures.h"

#include <QDateTime>
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
    m_roster = new Roster(*this, *m_desk, this);
    connect(m_roster, &Roster::changed, this, &ContactCenter::onlineChanged);
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
    return m_roster->customer(rut);
}

Participant *ContactCenter::executivePeer(const QString &username) const
{
    return m_roster->executive(username);
}

QHash<QString, Participant *> ContactCenter::customerPeers() const
{
    return m_roster->customers();
}

QHash<QString, Participant *> ContactCenter::executivePeers() const
{
    return m_roster->executives();
}

QStringList ContactCenter::onlineCustomers() const
{
    return m_roster->customerNames();
}

QStringList ContactCenter::onlineExecutives() const
{
    return m_roster->executiveNames();
}

int ContactCenter::connectedCustomerCount() const
{
    return m_roster->customerCount();
}

int ContactCenter::onlineExecutiveCount() const
{
    return m_roster->executiveCount();
}

void ContactCenter::peerLoggedIn(ClientPeer *peer)
{
    countLoggedIn(peer);
    m_roster->loggedIn(peer);
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
    m_roster->gone(peer, peer->loggedOut());
    peer->deleteLater();
}

void ContactCenter::restartInternet(Participant *peer, quint32 requestId)
{
    const Participant::Ref target(peer);
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

void ContactCenter::changeWifiPassword(Participant *peer, quint32 requestId, const QString &password)
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
    const Participant::Ref target(peer);
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

void ContactCenter::peerRenamed(Participant *)
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

void ContactCenter::passwordChanged(Participant *peer)
{
    m_roster->passwordChanged(peer);
}

void ContactCenter::resume(ClientPeer *peer, const Protocol::Resume &m)
{
    const std::optional<Roster::ResumeGrant> grant = m_roster->claimResume(m.token, peer->peerAddress());
    if (!grant) {
        peer->refuseResume(m.requestId);
        return;
    }
    peer->resumeAs(grant->customer, m.requestId);
    countLoggedIn(peer);
    m_roster->resumed(peer, *grant, m.lastMessageId);
}

} // namespace Turno::Server
