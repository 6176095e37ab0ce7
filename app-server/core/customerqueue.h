// Who waits for whom: one routing engine per service (internet, wifi), executives as operators
// of every service they attend, customers as calls. Keeps an executive offered by at most one
// engine at a time, and says who is ahead of whom, honestly, for place-in-line pushes.
#pragma once

#include "routing/routingengine.h"
#include "routing/waitestimator.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QTimer>
#include <map>
#include <memory>

namespace Turno::Server {

class CustomerQueue : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        qint64 ringTimeoutMs = 20'000;
        Routing::StrategyKind strategy = Routing::StrategyKind::LongestIdle;
        QStringList services{QStringLiteral("internet"), QStringLiteral("wifi")};
    };

    explicit CustomerQueue(const Routing::Clock &clock, Settings settings, QObject *parent = nullptr);
    ~CustomerQueue() override;

    bool hasService(const QString &service) const { return m_engines.contains(service); }
    QStringList services() const { return m_settings.services; }

    // Executives (operators). Unknown services in the profile are ignored.
    void executiveOnline(const QString &username, const QStringList &services);
    void executiveOffline(const QString &username);
    // An executive who is away or in after-call work is offered nothing (a session in progress
    // goes on); back to available, they take the head of a line.
    void setExecutiveAvailable(const QString &username, bool available);
    bool isExecutiveAvailable(const QString &username) const { return !m_unavailable.contains(username); }

    // Customers (calls). join() is false if the customer already waits or is in a session, or
    // the service is unknown.
    bool join(const QString &rut, const QString &service);
    // Leaves the line, withdraws a ringing offer, or ends a session.
    void leave(const QString &rut);
    bool isWaiting(const QString &rut) const;

    // An idle executive (away or wrapping up) takes a waiting customer straight into a session.
    // False when the customer is no longer waiting in a line they serve, or they are not idle.
    bool claim(const QString &username, const QString &rut);
    // The customer's join number: an opaque key for "this wait".
    quint64 sequenceOf(const QString &rut) const { return m_customers.value(rut).sequence; }
    // The executive's answer to the offer ringing for them. False if nothing rings for them.
    bool answer(const QString &username, bool accept);

    // Customers waiting (queued or being offered) ahead of this one; nullopt if not waiting.
    std::optional<int> ahead(const QString &rut) const;
    // Executives serving a service (online, attending it, not away or in after-call work).
    int agents(const QString &service) const;
    QString serviceOf(const QString &rut) const { return m_customers.value(rut).service; }
    qint64 waitedMs(const QString &rut) const;
    // Customers waiting for a service, oldest first.
    QStringList waiting(const QString &service) const;
    // Customers waiting in any of these services, oldest first.
    QStringList waitingIn(const QStringList &services) const;
    // The services each online executive serves.
    const QHash<QString, QStringList> &executives() const { return m_executives; }

    // Takes back offers whose ring time is up (the ring timer calls this; tests may too).
    void expireDue();

    Routing::WaitEstimator &estimator() { return m_estimator; }
    std::optional<Routing::WaitRange> estimate(const QString &rut) const;

Q_SIGNALS:
    // The places or the estimate of a service's line may have changed.
    void lineChanged(const QString &service);
    void offered(const QString &username, const QString &rut);
    // The offer to username ended without an acceptance (rejected, timed out, or the customer left).
    void offerEnded(const QString &username, const QString &rut, Turno::Routing::EventType why);
    void connected(const QString &username, const QString &rut);
    void sessionEnded(const QString &username, const QString &rut, qint64 handlingMs);
    void customerLeft(const QString &rut, bool wasOffered);

private:
    struct Customer {
        QString service;
        quint64 sequence = 0;  // join order: who is ahead of whom
        qint64 joinedAtMs = 0;
        qint64 answeredAtMs = 0;
        bool answered = false;
        QString executive;     // ringing or in session with
    };

    Routing::RoutingEngine *engineFor(const QString &service) const;
    void apply(const QString &service, const Routing::Result &result);
    void handleEvents(const QString &service, const Routing::Events &events);
    // An executive is offered by at most one engine: paused in the others while ringing or busy.
    void syncExecutive(const QString &username);
    void armTimer();

    const Routing::Clock &m_clock;
    Settings m_settings;
    std::map<QString, std::unique_ptr<Routing::RoutingEngine>> m_engines;
    QHash<QString, QStringList> m_executives; // username → services served
    QHash<QString, Customer> m_customers;     // rut → waiting or in session
    QHash<QString, QString> m_ringing;        // rut → service, while an offer rings
    QSet<QString> m_unavailable;              // executives away or in after-call work
    quint64 m_nextSequence = 0;
    Routing::WaitEstimator m_estimator;
    QTimer m_ringTimer;
    bool m_syncing = false;
};

} // namespace Turno::Server
