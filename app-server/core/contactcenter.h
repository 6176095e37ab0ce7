// The server's heart: accepts connections, knows who is online, writes the request log and the
// "[SERVER] …" lines, and carries out customers' self-service requests through the provider backend.
#pragma once

#include "serverconfig.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTcpServer>

namespace Turno::Storage {
class Store;
}
namespace Turno::Auth {
class Authenticator;
}

namespace Turno::Server {

class ClientPeer;
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
    quint16 port() const { return m_listener.serverPort(); }

    const ServerConfig &config() const { return m_config; }
    Auth::Authenticator &authenticator() { return m_authenticator; }

    QStringList onlineCustomers() const;
    QStringList onlineExecutives() const;
    int connectedCustomerCount() const { return int(m_customers.size()); }

    // Called by peers.
    void peerLoggedIn(ClientPeer *peer);
    void restartInternet(ClientPeer *peer, quint32 requestId);
    void logRequest(const QString &actorKind, const QString &actor, const QString &action, const QString &detail,
                    const QString &result);

Q_SIGNALS:
    // The lists of who is online changed (for the admin's window).
    void onlineChanged();

private:
    void acceptConnections();
    void peerFinished(ClientPeer *peer);
    void broadcastCustomerCount();

    Storage::Store &m_store;
    Auth::Authenticator &m_authenticator;
    ProviderBackend &m_backend;
    ServerConfig m_config;
    QTcpServer m_listener;
    QSet<ClientPeer *> m_peers;
    QHash<QString, ClientPeer *> m_customers;  // by normalized RUT
    QHash<QString, ClientPeer *> m_executives; // by username
    QSet<QString> m_restarting;                // RUTs with a restart under way
};

} // namespace Turno::Server
