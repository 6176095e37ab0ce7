// `turno-callcenter --serve`: the queue manager as a TCP server. One routing engine for everyone;
// each interpreter gets the replies to its own commands, and ring-timeout lines go to all.
#pragma once

#include "callcenter/ringtimer.h"
#include "routing/routingengine.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTcpServer>

namespace Turno::CallCenter
{

class ServerConnection;

class QueueServer : public QObject
{
    Q_OBJECT
public:
    QueueServer(const QStringList &operatorIds, const Routing::RoutingSettings &settings, QObject *parent = nullptr);
    ~QueueServer() override;
    // Prints "Listening on ADDRESS port PORT" (the chosen port when 0 is asked for) or the error.
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_server.serverPort(); }

private:
    void acceptConnections();
    void handleLine(ServerConnection *connection, const QByteArray &line);
    void broadcast(const Routing::Events &events);

    Routing::RoutingEngine m_engine;
    RingTimer m_ringTimer;
    QTcpServer m_server;
    QSet<ServerConnection *> m_connections;
};

} // namespace Turno::CallCenter
