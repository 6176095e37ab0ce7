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

namespace Turno::Test
{

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
    // Kinds that may arrive, and are passed over, while next() waits for another: the pushes a
    // test does not look at (its place in line, waiting lists, colleagues...). Any other kind makes
    // next() fail, so an answer is never taken for the answer to another request.
    void mayInterleave(std::initializer_list<Protocol::Kind> kinds)
    {
        for (const Protocol::Kind kind : kinds)
            m_interleaving.insert(quint16(kind));
    }
    // Waits for the next message, which must be of kind M once the ones that may interleave are
    // passed over. False on timeout, on a payload that does not decode, and on a message of any
    // other kind (consumed, named in a warning and kept in unexpected()).
    template <typename M> bool next(M &out, int timeoutMs = 10'000)
    {
        const quint16 wanted = quint16(Protocol::MessageTraits<M>::kind);
        bool found = false;
        bool decoded = false;
        const bool arrived = QTest::qWaitFor(
            [&] {
                Protocol::Frame frame;
                while (m_decoder.next(m_socket, frame) == Protocol::FrameDecoder::Status::Frame) {
                    m_payloads.append(frame.payload);
                    if (frame.kind == wanted) {
                        QString error;
                        decoded = Protocol::decodePayload(frame.payload, out, &error);
                        if (!decoded)
                            qWarning("RawClient: %s", qPrintable(error));
                        found = true;
                        return true;
                    }
                    if (!m_interleaving.contains(frame.kind)) {
                        m_unexpected.append(frame.kind);
                        qWarning("RawClient: %s arrived while waiting for %s", Protocol::kindName(frame.kind),
                                 Protocol::MessageTraits<M>::name_);
                        return true;
                    }
                    m_skipped.append(frame.kind);
                }
                return false;
            },
            timeoutMs);
        return arrived && found && decoded;
    }
    // Messages that arrived where next() expected another kind.
    QList<quint16> unexpected() const { return m_unexpected; }
    QList<quint16> skipped() const { return m_skipped; }
    // Every payload received so far, to check what never appears in them.
    QList<QByteArray> payloads() const { return m_payloads; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // The connection itself, for a test that hands it to another thread (to freeze it).
    TlsSocket &socket() { return m_socket; }

private:
    TlsSocket m_socket;
    Protocol::FrameDecoder m_decoder;
    QList<quint16> m_skipped;
    QList<QByteArray> m_payloads;
    // The handshake's Welcome comes before whatever a test waits for first (its log-in's answer).
    QSet<quint16> m_interleaving{quint16(Protocol::Kind::Welcome)};
    QList<quint16> m_unexpected;
};

} // namespace Turno::Test
