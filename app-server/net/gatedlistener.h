// The listening socket with a gate in front: a connection the gate refuses is closed as soon as
// it is accepted, before any socket object, TLS state or handshake is spent on it.
#pragma once

#include <QChildEvent>
#include <QHostAddress>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <functional>

#include <sys/socket.h>
#include <unistd.h>

namespace Turno::Server
{

// Base is QTcpServer (--plaintext) or QSslServer.
template <typename Base> class GatedListener : public Base
{
public:
    std::function<bool(const QHostAddress &)> admit;
    // The socket made for an admitted connection, at once: QSslServer shows its sockets only
    // after their first byte (startedEncryptionHandshake) and after the handshake, so an idle
    // connection would otherwise stay invisible until its deadline.
    std::function<void(QTcpSocket *)> accepted;

protected:
    void childEvent(QChildEvent *event) override
    {
        if (m_accepting && event->added())
            m_newSocket = event->child(); // not fully constructed yet: looked at after it is
        Base::childEvent(event);
    }
    void incomingConnection(qintptr descriptor) override
    {
        if (admit) {
            sockaddr_storage peer{};
            socklen_t length = sizeof peer;
            QHostAddress address;
            if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&peer), &length) == 0)
                address.setAddress(reinterpret_cast<const sockaddr *>(&peer));
            if (!admit(address)) {
                ::close(int(descriptor));
                return;
            }
        }
        m_newSocket = nullptr;
        m_accepting = true;
        Base::incomingConnection(descriptor);
        m_accepting = false;
        if (auto *socket = qobject_cast<QTcpSocket *>(m_newSocket.data()); socket && accepted)
            accepted(socket);
    }

private:
    bool m_accepting = false;
    QPointer<QObject> m_newSocket;
};

} // namespace Turno::Server
