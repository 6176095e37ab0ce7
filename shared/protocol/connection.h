// One framed connection over a QTcpSocket, used by both ends: caps what is buffered in either
// direction, turns bytes into frames, and closes itself (with a reason) on any framing error.
// closed() is always emitted from the event loop, never from inside send(), close() or abort():
// a loop that sends to many peers may drop one without its container changing under it. A frame
// the peer would close on (over the cap) is never sent.
#pragma once

#include "codec.h"
#include "framedecoder.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

class QSslSocket;

namespace Turno::Protocol
{

struct ConnectionLimits {
    quint32 maxFrame = kDefaultMaxFrame;
    // What the socket may hold unread; a frame under the cap always fits.
    qint64 maxBuffered = 2 * qint64(kDefaultMaxFrame) + 64;
    // What may wait to be sent before the peer counts as not reading, and is dropped.
    qint64 maxPendingWrite = 4 * 1024 * 1024;
};

class Connection : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of socket, which may be connected already or still connecting.
    explicit Connection(QTcpSocket *socket, ConnectionLimits limits = {}, QObject *parent = nullptr);
    ~Connection() override;

    // Encodes message and writes its frame. False, with a warning in the log and nothing written,
    // when the encoder refuses the message or its frame is over the cap (the peer would close on
    // it, again at every push); false too when the connection is closed or gives up on a peer
    // that does not read.
    template <typename M> bool send(const M &message)
    {
        QString error;
        const QByteArray frame = encodeFrame(message, &error, m_features);
        if (frame.isEmpty()) {
            notSent(error);
            return false;
        }
        return writeFrame(frame);
    }
    bool writeFrame(const QByteArray &frame);

    // What the handshake agreed (none until then): send() writes an optional field only when its
    // feature is in it. The server sets it on Hello, the app on Welcome.
    void setFeatures(FeatureSet features) { m_features = std::move(features); }
    const FeatureSet &features() const { return m_features; }

    // Flushes what is queued and closes. reason goes to closed() (empty for an orderly close).
    void close(const QString &reason = QString());
    // Drops the connection at once without flushing.
    void abort(const QString &reason);

    bool isOpen() const;
    QTcpSocket *socket() const { return m_socket; }
    // The peer's address as text, for logs and throttling only; never sent to another peer.
    QString peerAddress() const;
    // Bytes queued for the peer and not yet handed to the kernel, encrypted or not.
    qint64 pendingWrite() const;

Q_SIGNALS:
    void frameReceived(quint16 kind, const QByteArray &payload);
    // Emitted once when the connection ends, from the event loop; reason is empty for an orderly
    // close by either side.
    void closed(const QString &reason);

private:
    void notSent(const QString &reason);
    void readFrames();
    void finish();

    QPointer<QTcpSocket> m_socket;
    QSslSocket *m_tls = nullptr; // m_socket, when it is one
    FrameDecoder m_decoder;
    ConnectionLimits m_limits;
    FeatureSet m_features;
    QString m_closeReason;
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace Turno::Protocol
