// A scripted stand-in for turno-server in the customer's tests: it answers the handshake, any
// customer log-in (as Jorge Sandoval, with a resume token) and a resume, keeps what the app sends,
// and lets the test push whatever the real server would (hold, transfer, invitations…).
// Header-only: it uses the protocol of turno_shared, which the tests link.
#pragma once

#include "protocol/codec.h"
#include "protocol/connection.h"

#include "testtls.h"

#include <QDateTime>
#include <QPointer>
#include <QSslServer>
#include <functional>
#include <optional>

namespace Turno::Test
{

class FakeCustomerServer : public QObject
{
public:
    struct Received {
        quint16 kind = 0;
        QByteArray payload;
    };

    // Called for every message the app sends after logging in.
    std::function<void(quint16 kind, const QByteArray &payload)> script;
    // Called after a resume has been accepted: send what the real server would (SessionStarted…).
    std::function<void()> resumed;
    // Unset, the server is older than the server-time feature: its Welcome names no features.
    // Set, it speaks this build's features and its clock is this far ahead of the app's.
    std::optional<qint64> clockAheadMs;

    FakeCustomerServer()
    {
        // TLS like the real server, with a key the test's pins already trust.
        m_listener.setSslConfiguration(fakeServerTls());
        m_listener.listen(QHostAddress::LocalHost);
        pinLocalServer(m_listener.serverPort(), fakeServerFingerprint());
        connect(&m_listener, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
                auto *connection = new Protocol::Connection(socket, {}, this);
                connect(connection, &Protocol::Connection::frameReceived, this,
                        [this, connection](quint16 kind, const QByteArray &payload) {
                            onFrame(connection, kind, payload);
                        });
            }
        });
    }

    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_listener.serverPort()); }
    // A logged-in app is connected.
    bool hasClient() const { return !m_client.isNull(); }
    int resumes() const { return m_resumes; }

    template <typename M> void send(const M &message)
    {
        if (m_client)
            m_client->send(message);
    }

    // Every message of type M the app has sent, in order.
    template <typename M> QList<M> sent() const
    {
        QList<M> messages;
        for (const Received &r : m_received) {
            if (r.kind != quint16(Protocol::MessageTraits<M>::kind))
                continue;
            M message;
            QString error;
            if (Protocol::decodePayload(r.payload, message, &error))
                messages.append(message);
        }
        return messages;
    }
    template <typename M> int count() const { return int(sent<M>().size()); }

private:
    void onFrame(Protocol::Connection *connection, quint16 kind, const QByteArray &payload)
    {
        using namespace Protocol;
        QString error;
        switch (Kind(kind)) {
        case Kind::Hello: {
            if (!clockAheadMs) {
                connection->send(Welcome{});
                return;
            }
            Hello hello;
            decodePayload(payload, hello, &error);
            connection->setFeatures(FeatureSet::negotiated(spokenFeatures(), hello.features));
            connection->send(Welcome{kVersion, spokenFeatures(), QStringLiteral("fake"),
                                     QDateTime::currentMSecsSinceEpoch() + *clockAheadMs});
            return;
        }
        case Kind::CustomerLogin: {
            CustomerLogin login;
            decodePayload(payload, login, &error);
            m_client = connection;
            connection->send(LoginResult{login.requestId,
                                         quint8(LoginStatus::Ok),
                                         quint8(Role::Customer),
                                         QStringLiteral("Jorge Sandoval"),
                                         {},
                                         0});
            connection->send(ResumeToken{QStringLiteral("fake-token"), 120});
            return;
        }
        case Kind::Resume: {
            Resume resume;
            decodePayload(payload, resume, &error);
            m_client = connection;
            ++m_resumes;
            connection->send(LoginResult{resume.requestId,
                                         quint8(LoginStatus::Ok),
                                         quint8(Role::Customer),
                                         QStringLiteral("Jorge Sandoval"),
                                         {},
                                         0});
            connection->send(ResumeToken{QStringLiteral("fake-token"), 120});
            if (resumed)
                resumed();
            return;
        }
        default:
            break;
        }
        m_received.append({kind, payload});
        if (script)
            script(kind, payload);
    }

    QSslServer m_listener;
    QPointer<Protocol::Connection> m_client;
    QList<Received> m_received;
    int m_resumes = 0;
};

} // namespace Turno::Test
