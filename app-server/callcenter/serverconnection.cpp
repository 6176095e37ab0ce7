#include "callcenter/serverconnection.h"

#include "callcenter/wireprotocol.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcCallCenterServer, "turno.callcenter")

namespace Turno::CallCenter
{

namespace
{
// A peer that stops reading must not make the server buffer without end.
constexpr qint64 MaxPendingWriteBytes = 4 * 1024 * 1024;
} // namespace

ServerConnection::ServerConnection(QTcpSocket *socket, QObject *parent) : QObject(parent), m_socket(socket)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(64 * 1024); // what Qt may hold for us before we read it
    connect(m_socket, &QTcpSocket::readyRead, this, &ServerConnection::readLines);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_closing = true;
        Q_EMIT closed(this);
    });
}

void ServerConnection::send(const QByteArray &bytes)
{
    if (m_closing)
        return;
    if (m_socket->bytesToWrite() > MaxPendingWriteBytes) {
        qCWarning(lcCallCenterServer) << "closing a connection that does not read its replies";
        m_closing = true;
        m_socket->abort();
        return;
    }
    m_socket->write(bytes);
}

void ServerConnection::closeAfterWriting()
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket->disconnectFromHost(); // writes what is pending first
}

void ServerConnection::readLines()
{
    QPointer<ServerConnection> self(this);
    while (!m_closing) {
        m_buffer.append(m_socket->read(Wire::MaxLineBytes + 1 - m_buffer.size()));
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_buffer.size() > Wire::MaxLineBytes) {
                qCInfo(lcCallCenterServer) << "closing a connection that sent a line over 4 KiB";
                Q_EMIT lineTooLong(this);
                return;
            }
            if (m_socket->bytesAvailable() == 0)
                return;
            continue;
        }
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        Q_EMIT lineReceived(this, line);
        if (!self)
            return;
    }
}

} // namespace Turno::CallCenter
