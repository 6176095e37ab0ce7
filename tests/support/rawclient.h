// A client speaking the protocol by hand, to send exactly what a test needs (including what a
// well-behaved app never sends). Waits run the event loop, so controllers in the same thread
// are served meanwhile.
#pragma once

#include "protocol/codec.h"
#include "protocol/framedecoder.h"
#include "testtls.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QtTest>

namespace Turno::Test {

class RawClient
{
public:
    // Over TLS, trusting the key pinned for the server (ServerProcess pins it when it starts).
    bool connectTo(quint16 port) { return m_socket.connectTo(port); }
    template <typename M> void send(const M &m)
    {
        m_socket.write(Protocol::encodeFrame(m));
        m_socket.flush();
    }
    // Hello, then a log-in; true when the server says Ok.
    bool logInCustomer(const QString &rut, const QString &password)
    {
        send(Protocol::Hello{});
        send(Protocol::CustomerLogin{1, rut, password});
        Protocol::LoginResult result;
        return next(result) && result.status == quint8(Protocol::LoginStatus::Ok);
    }
    bool logInExecutive(const QString &username, const QString &password)
    {
        send(Protocol::Hello{});
        send(Protocol::ExecutiveLogin{1, username, password});
        Protocol::LoginResult result;
        return next(result) && result.status == quint8(Protocol::LoginStatus::Ok);
    }
    // Waits for the next message of kind M, skipping others; false on timeout.
    template <typename M> bool next(M &out, int timeoutMs = 10'000)
    {
        bool found = false;
        bool decoded = false;
        const bool arrived = QTest::qWaitFor(
            [&] {
                Protocol::Frame frame;
                while (m_decoder.next(m_socket, frame) == Protocol::FrameDecoder::Status::Frame) {
                    m_payloads.append(frame.payload);
                    if (frame.kind == quint16(Protocol::MessageTraits<M>::kind)) {
                        QString error;
                        decoded = Protocol::decodePayload(frame.payload, out, &error);
                        found = true;
                        return true;
                    }
                    m_skipped.append(frame.kind);
                }
                return false;
            },
            timeoutMs);
        return arrived && found && decoded;
    }
    QList<quint16> skipped() const { return m_skipped; }
    // Every payload received so far, to check what never appears in them.
    QList<QByteArray> payloads() const { return m_payloads; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    TlsSocket m_socket;
    Protocol::FrameDecoder m_decoder;
    QList<quint16> m_skipped;
    QList<QByteArray> m_payloads;
};

} // namespace Turno::Test
