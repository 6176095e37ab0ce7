#include "callcenter/queueserver.h"

#include "callcenter/callcentertext.h"
#include "callcenter/consoleoutput.h"
#include "callcenter/serverconnection.h"
#include "callcenter/wireprotocol.h"

#include <QTcpSocket>

namespace Turno::CallCenter
{

QueueServer::QueueServer(const QStringList &operatorIds, const Routing::RoutingSettings &settings, QObject *parent)
    : QObject(parent), m_engine(Routing::SteadyClock::instance(), settings),
      m_ringTimer(m_engine, Routing::SteadyClock::instance())
{
    for (const QString &id : operatorIds)
        m_engine.addOperator(id);
    // Many interpreters may connect at the same moment: do not let the kernel drop their SYNs.
    m_server.setMaxPendingConnections(4096);
    m_server.setListenBacklogSize(4096);
    connect(&m_server, &QTcpServer::newConnection, this, &QueueServer::acceptConnections);
    connect(&m_ringTimer, &RingTimer::expired, this, &QueueServer::broadcast);
}

QueueServer::~QueueServer() = default;

bool QueueServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server.listen(address, port)) {
        printErr(CallCenterText::cannotListen(address.toString(), port, m_server.errorString()));
        return false;
    }
    printOut(CallCenterText::listening(address.toString(), m_server.serverPort()));
    return true;
}

void QueueServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new ServerConnection(socket, this);
        m_connections.insert(connection);
        connect(connection, &ServerConnection::lineReceived, this, &QueueServer::handleLine);
        connect(connection, &ServerConnection::lineTooLong, this, [](ServerConnection *c) {
            const Failure failure{QString::fromLatin1(FailureKind::LineTooLong), {}, {}};
            c->send(Wire::encodeFailure(failure, CallCenterText::failure(failure), true));
            c->closeAfterWriting();
        });
        connect(connection, &ServerConnection::closed, this, [this](ServerConnection *c) {
            m_connections.remove(c);
            c->deleteLater();
        });
    }
}

void QueueServer::handleLine(ServerConnection *connection, const QByteArray &line)
{
    const Wire::Request request = Wire::decodeRequest(line);
    if (!request.command) {
        connection->send(Wire::encodeFailure(request.failure, CallCenterText::failure(request.failure), true));
        return;
    }
    const Command &command = *request.command;
    if (command.kind == Command::Kind::Quit) {
        connection->closeAfterWriting();
        return;
    }
    const Routing::Result result = apply(m_engine, command);
    m_ringTimer.rearm();
    if (!result.ok()) {
        const Failure failure = failureFromEngine(result.error(), result.subject(), Command::name(command.kind));
        connection->send(Wire::encodeFailure(failure, CallCenterText::failure(failure), true));
        return;
    }
    // Every command the engine accepts causes at least one event; the last one closes the reply.
    QByteArray reply;
    const Routing::Events &events = result.events();
    for (qsizetype i = 0; i < events.size(); ++i)
        reply += Wire::encodeEvent(events.at(i), CallCenterText::event(events.at(i)), i + 1 == events.size());
    connection->send(reply);
}

void QueueServer::broadcast(const Routing::Events &events)
{
    QByteArray lines;
    for (const Routing::Event &event : events)
        lines += Wire::encodeEvent(event, CallCenterText::event(event), false);
    for (ServerConnection *connection : std::as_const(m_connections))
        connection->send(lines);
}

} // namespace Turno::CallCenter
