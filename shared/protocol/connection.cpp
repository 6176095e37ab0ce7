#include "connection.h"

#include "protocollogging.h"

#include <QSslSocket>

namespace Turno::Protocol
{

Connection::Connection(QTcpSocket *socket, ConnectionLimits limits, QObject *parent)
    : QObject(parent), m_socket(socket), m_tls(qobject_cast<QSslSocket *>(socket)), m_decoder(limits.maxFrame),
      m_limits(limits)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(m_limits.maxBuffered);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::readFrames);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError) {
            finish();
            return;
        }
        if (m_closeReason.isEmpty())
            m_closeReason = m_socket->errorString();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
}

Connection::~Connection() = default;

bool Connection::isOpen() const
{
    return m_socket && !m_closing && !m_finished && m_socket->state() != QAbstractSocket::UnconnectedState;
}

qint64 Connection::pendingWrite() const
{
    // Over TLS, QSslSocket::bytesToWrite() counts only what is not encrypted yet; what is, waits
    // in the socket underneath, and that is where a peer that stops reading piles up.
    return m_socket ? m_socket->bytesToWrite() + (m_tls ? m_tls->encryptedBytesToWrite() : 0) : 0;
}

QString Connection::peerAddress() const
{
    return m_socket ? m_socket->peerAddress().toString() : QString();
}

bool Connection::writeFrame(const QByteArray &frame)
{
    if (!isOpen())
        return false;
    // The peer refuses a length (kind + payload) over the cap and closes: both ends use the same.
    const qsizetype length = frame.size() - kLengthBytes;
    if (length > qsizetype(m_limits.maxFrame)) {
        const quint16 kind = length >= kKindBytes ? qFromBigEndian<quint16>(frame.constData() + kLengthBytes) : 0;
        notSent(QStringLiteral("%1 frame of %2 bytes is over the %3-byte cap")
                    .arg(QLatin1String(kindName(kind)))
                    .arg(length)
                    .arg(m_limits.maxFrame));
        return false;
    }
    const qint64 waiting = pendingWrite();
    if (waiting + frame.size() > m_limits.maxPendingWrite) {
        abort(QStringLiteral("peer is not reading (%1 bytes waiting to be sent)").arg(waiting));
        return false;
    }
    m_socket->write(frame);
    return true;
}

void Connection::notSent(const QString &reason)
{
    qCWarning(lcProtocol).noquote() << QStringLiteral("not sent to %1: %2").arg(peerAddress(), reason);
}

void Connection::close(const QString &reason)
{
    if (m_closing || m_finished)
        return;
    m_closing = true;
    m_closeReason = reason;
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        finish();
        return;
    }
    m_socket->disconnectFromHost(); // flushes pending writes, then emits disconnected()
}

void Connection::abort(const QString &reason)
{
    if (m_finished)
        return;
    m_closing = true;
    if (m_closeReason.isEmpty())
        m_closeReason = reason;
    m_socket->abort();
    finish();
}

void Connection::readFrames()
{
    Frame frame;
    while (!m_closing && !m_finished) {
        switch (m_decoder.next(*m_socket, frame)) {
        case FrameDecoder::Status::NeedMore:
            return;
        case FrameDecoder::Status::Error:
            abort(m_decoder.error());
            return;
        case FrameDecoder::Status::Frame:
            Q_EMIT frameReceived(frame.kind, frame.payload);
            break;
        }
    }
}

void Connection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    // Whoever called send() or close() may be iterating the very containers closed() changes.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT closed(m_closeReason); }, Qt::QueuedConnection);
}

} // namespace Turno::Protocol
