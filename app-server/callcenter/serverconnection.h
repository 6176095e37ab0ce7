// One interpreter connected to `turno-callcenter --serve`: splits its bytes into lines (at most
// 4 KiB each) and writes replies back; closing it never disturbs the other connections.
#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace Turno::CallCenter
{

class ServerConnection : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of the socket.
    explicit ServerConnection(QTcpSocket *socket, QObject *parent = nullptr);

    void send(const QByteArray &bytes);
    // Sends what is pending, then closes. Further lines from the peer are ignored.
    void closeAfterWriting();
    bool isClosing() const { return m_closing; }

Q_SIGNALS:
    void lineReceived(Turno::CallCenter::ServerConnection *connection, const QByteArray &line);
    // The peer sent a line over the limit; the owner answers and then closes.
    void lineTooLong(Turno::CallCenter::ServerConnection *connection);
    void closed(Turno::CallCenter::ServerConnection *connection);

private:
    void readLines();

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_closing = false;
};

} // namespace Turno::CallCenter
