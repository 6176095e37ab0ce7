// The server's heart: accepts connections (net/ClientPeer), holds the roster of who is online and
// the session desk, writes the request log, and carries out customers' self-service requests
// through the provider backend.
#pragma once

#include "net/ratelimits.h"
#include "repeatfilter.h"
#include "serverconfig.h"
#include "storage/store.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QTimer>
#include <functional>
#include <memory>

namespace Turno::Storage
{
class Store;
}
namespace Turno::Auth
{
class Authenticator;
}

namespace Turno::Server
{

class AccountService;
class ConnectionGate;
class ClientPeer;
class Participant;
class Roster;
struct BackendResult;
class SessionDesk;
class StatsMonitor;
class ProviderBackend;

class ContactCenter : public QObject
{
    Q_OBJECT
public:
    ContactCenter(Storage::Store &store, Auth::Authenticator &authenticator, ProviderBackend &backend,
                  ServerConfig config, QObject *parent = nullptr);
    ~ContactCenter() override;

    // Binds the listening socket; logs the port (useful with port 0). False with error on failure.
    bool listen(QString *error);
    quint16 port() const { return m_listener ? m_listener->serverPort() : 0; }
    bool isEncrypted() const { return !m_config.plaintext; }

    const ServerConfig &config() const { return m_config; }
    Auth::Authenticator &authenticator() { return m_authenticator; }
    AccountService &accounts() { return *m_accounts; }

    QStringList onlineCustomers() const;
    QStringList onlineExecutives() const;
    int connectedCustomerCount() const;
    int onlineExecutiveCount() const;
    // Open connections, logged in or not.
    int connectionCount() const { return int(m_peers.size()); }
    // A logged-in customer or executive, if online.
    Participant *customerPeer(const QString &rut) const;
    Participant *executivePeer(const QString &username) const;
    // Everyone online, by RUT or username: copies, so a send while going through them (which may
    // end a participant) changes nothing under the caller.
    QHash<QString, Participant *> customerPeers() const;
    QHash<QString, Participant *> executivePeers() const;
    // The line, the offers and the chat sessions.
    SessionDesk &desk() { return *m_desk; }
    StatsMonitor &stats() { return *m_stats; }
    ConnectionGate &gate() { return *m_gate; }
    // Buckets per account and per address, under config().rateLimits.
    RateLimiter &rateLimiter() { return m_rateLimiter; }

    // Who is online, their resume tokens and grace periods.
    Roster &roster() { return *m_roster; }

    // Called by the app's connections (net/ClientPeer): the gate counts them, the roster registers them.
    void peerLoggedIn(ClientPeer *peer);
    // A customer coming back after a dropped connection, with the token from their log-in.
    void resume(ClientPeer *peer, const Protocol::Resume &m);
    void restartInternet(Participant *peer, quint32 requestId);
    // Runs a restart for customer (self-service or by their executive); false if one is already
    // under way. done runs with the provider's answer, after the log and request log.
    bool runInternetRestart(const Storage::Customer &customer, std::function<void(const BackendResult &)> done);
    // password goes to the backend only: it is never logged, not even in the request log.
    void changeWifiPassword(Participant *peer, quint32 requestId, const QString &password);
    // A customer's password changed on peer: every resume token of the account stops working (peer
    // gets a new one), and any other connection of the account is closed.
    void passwordChanged(Participant *peer);
    // A logged-in customer's display name changed (the admin's list shows the new one).
    void peerRenamed(Participant *peer);
    // One request-log row. The same (actor, action, result) is written five times a minute; the
    // rest become one row "… N more like this" when the minute is over.
    void logRequest(const QString &actorKind, const QString &actor, const QString &action, const QString &detail,
                    const QString &result);
    // Deletes request-log rows older than the retention, in batches of batchRows; done gets the total.
    void pruneRequestLog(int batchRows = 500, std::function<void(int deleted)> done = {});

Q_SIGNALS:
    // The lists of who is online changed (for the admin's window).
    void onlineChanged();

private:
    void acceptConnections();
    void onAcceptError(QAbstractSocket::SocketError error);
    void peerFinished(ClientPeer *peer);
    // The peer logged in (or resumed): the gate stops counting it as a stranger.
    void countLoggedIn(ClientPeer *peer);

    Storage::Store &m_store;
    Auth::Authenticator &m_authenticator;
    ProviderBackend &m_backend;
    ServerConfig m_config;
    std::unique_ptr<QTcpServer> m_listener; // a QSslServer unless --plaintext
    ConnectionGate *m_gate;
    RateLimiter m_rateLimiter;
    QTimer m_heartbeat;    // one sweep over every connection, not a timer each
    QTimer m_housekeeping; // every second: summaries of repeated request-log rows
    QTimer m_retention;    // request-log retention, every ten minutes
    RepeatFilter m_requestRepeats{5, 60'000};
    void writeRepeatSummary(const RepeatFilter::Summary &summary);
    void pruneBatch(qint64 beforeMs, int batchRows, int deletedSoFar, std::function<void(int)> done);
    bool m_pruning = false;
    bool m_acceptPaused = false;
    QSet<ClientPeer *> m_peers;
    SessionDesk *m_desk;
    StatsMonitor *m_stats;
    Roster *m_roster;
    QSet<QString> m_restarting;   // RUTs with a restart under way
    QSet<QString> m_changingWifi; // RUTs with a Wi-Fi password change under way
    std::unique_ptr<AccountService> m_accounts;
};

} // namespace Turno::Server
