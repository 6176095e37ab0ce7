#include "connectiongate.h"

#include "core/serverlog.h"

#include <QDateTime>
#include <QTcpServer>
#include <utility>

namespace Turno::Server
{

namespace
{
const char *const kGateAddress = "turno.gateAddress"; // set while the socket counts as unauthenticated
constexpr qint64 kNoteEveryMs = 10'000;
} // namespace

ConnectionGate::ConnectionGate(Limits limits, QObject *parent) : QObject(parent), m_limits(limits) {}

bool ConnectionGate::admit(const QHostAddress &address)
{
    const QString key = address.toString();
    if (m_perAddress.value(key) >= m_limits.perAddressUnauthenticated) {
        noteRefusal(QStringLiteral("too many connections not logged in from %1").arg(key));
        return false;
    }
    const int forUnauthenticated = qMax(1, m_limits.maxConnections - m_limits.reservedForLoggedIn);
    const bool full = m_unauthenticated + m_loggedIn >= m_limits.maxConnections;
    if ((m_unauthenticated >= forUnauthenticated || full) && !evictOldest()) {
        noteRefusal(QStringLiteral("the server is full (%1 connections)").arg(m_unauthenticated + m_loggedIn));
        return false;
    }
    ++m_unauthenticated;
    ++m_perAddress[key];
    return true;
}

void ConnectionGate::track(QTcpSocket *socket)
{
    const QString key = socket->peerAddress().toString();
    socket->setProperty(kGateAddress, key);
    QList<QPointer<QTcpSocket>> &queue = m_arrivals[key];
    // Entries of sockets that logged in or closed are dropped from the front as they come up.
    while (!queue.isEmpty() && (!queue.first() || !queue.first()->property(kGateAddress).isValid()))
        queue.removeFirst();
    queue.append(socket);
    // However it ends (handshake failed, deadline, evicted, closed), its place is given back.
    connect(socket, &QObject::destroyed, this, [this, key] { release(key); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        const QVariant address = socket->property(kGateAddress);
        if (address.isValid()) {
            socket->setProperty(kGateAddress, QVariant());
            disconnect(socket, nullptr, this, nullptr);
            release(address.toString());
        }
    });
}

void ConnectionGate::loggedIn(QTcpSocket *socket)
{
    ++m_loggedIn; // loggedOut() follows for every connection counted here
    const QVariant key = socket->property(kGateAddress);
    if (!key.isValid())
        return;
    socket->setProperty(kGateAddress, QVariant());
    disconnect(socket, nullptr, this, nullptr);
    release(key.toString());
}

void ConnectionGate::release(const QString &address)
{
    --m_unauthenticated;
    if (--m_perAddress[address] <= 0) {
        m_perAddress.remove(address);
        m_arrivals.remove(address);
    }
}

bool ConnectionGate::evictOldest()
{
    // The address with the most connections not logged in pays for the newcomer.
    QString crowded;
    int most = 0;
    for (auto it = m_perAddress.cbegin(); it != m_perAddress.cend(); ++it) {
        if (it.value() > most && !m_arrivals.value(it.key()).isEmpty()) {
            most = it.value();
            crowded = it.key();
        }
    }
    if (crowded.isEmpty())
        return false;
    QList<QPointer<QTcpSocket>> &queue = m_arrivals[crowded];
    while (!queue.isEmpty()) {
        QPointer<QTcpSocket> oldest = queue.takeFirst();
        if (!oldest || !oldest->property(kGateAddress).isValid())
            continue; // gone or logged in meanwhile
        ++m_evicted;
        const QString key = oldest->property(kGateAddress).toString();
        oldest->setProperty(kGateAddress, QVariant());
        disconnect(oldest, nullptr, this, nullptr);
        release(key);
        noteRefusal(QStringLiteral("dropped the oldest connection not logged in (from %1) to make room").arg(key));
        // Closed from the event loop: whoever is accepting now must not see it vanish. A socket
        // still in the listener's hands (before or in its TLS handshake) is deleted too, or the
        // listener would keep counting it until its handshake deadline.
        QMetaObject::invokeMethod(
            oldest,
            [oldest] {
                if (!oldest)
                    return;
                oldest->abort();
                if (qobject_cast<QTcpServer *>(oldest->parent()))
                    oldest->deleteLater();
            },
            Qt::QueuedConnection);
        if (queue.isEmpty())
            m_arrivals.remove(crowded);
        return true;
    }
    m_arrivals.remove(crowded);
    return evictOldest();
}

void ConnectionGate::noteRefusal(const QString &why)
{
    ++m_refused;
    // One line per burst: a flood must not flood the log too.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastNoteMs < kNoteEveryMs) {
        ++m_unreported;
        return;
    }
    m_lastNoteMs = now;
    const qint64 more = std::exchange(m_unreported, 0);
    if (more > 0)
        qCWarning(lcNet).noquote() << "connection limits:" << why
                                   << QStringLiteral("(and %1 more since the last note)").arg(more);
    else
        qCWarning(lcNet).noquote() << "connection limits:" << why;
}

} // namespace Turno::Server
