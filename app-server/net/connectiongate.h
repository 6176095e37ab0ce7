// Who may still connect. Connections not logged in yet are capped per address and in all, so a
// flood of idle connections cannot use up the server's file descriptors: beyond the per-address
// cap a newcomer is refused at once; past the cap for everyone, the oldest connection of the
// address holding the most of them makes room (a flood from a few addresses cannot keep a real
// customer out, nor push out one who is logging in). Logged-in connections keep a reserve of
// descriptors nobody else can take.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace Turno::Server
{

class ConnectionGate : public QObject
{
    Q_OBJECT
public:
    struct Limits {
        int maxConnections = 10'000;     // every connection, logged in or not
        int reservedForLoggedIn = 1'000; // of those, kept for connections that are logged in
        int perAddressUnauthenticated = 32;
    };
    explicit ConnectionGate(Limits limits, QObject *parent = nullptr);

    const Limits &limits() const { return m_limits; }
    // A new connection from address: false to refuse it (the caller closes it at once). May drop
    // the oldest connection not logged in to make room.
    bool admit(const QHostAddress &address);
    // The socket of a connection admit() let in: followed until it logs in or closes.
    void track(QTcpSocket *socket);
    // The connection on socket has logged in: it no longer counts as unauthenticated.
    void loggedIn(QTcpSocket *socket);
    // A logged-in connection ended.
    void loggedOut() { --m_loggedIn; }

    int unauthenticated() const { return m_unauthenticated; }
    int loggedInCount() const { return m_loggedIn; }
    qint64 refusedTotal() const { return m_refused; }
    qint64 evictedTotal() const { return m_evicted; }

private:
    void release(const QString &address);
    bool evictOldest();
    void noteRefusal(const QString &why);

    Limits m_limits;
    int m_unauthenticated = 0;
    int m_loggedIn = 0;
    QHash<QString, int> m_perAddress;                       // unauthenticated connections by address
    QHash<QString, QList<QPointer<QTcpSocket>>> m_arrivals; // unauthenticated sockets by address, oldest first
    qint64 m_refused = 0;
    qint64 m_evicted = 0;
    qint64 m_lastNoteMs = 0;
    qint64 m_unreported = 0;
};

} // namespace Turno::Server
