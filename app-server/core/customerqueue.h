// Who waits for whom: one routing engine per service (internet, wifi), executives as operators
// of every service they attend, customers as calls. Keeps an executive offered by at most one
// engine at a time, and says who is ahead of whom, honestly, for place-in-line pushes.
//
// Sessions live here, not in the engines: once a customer is answered, the call leaves its engine
// and the executive is paused there while they have any session. An executive may have up to
// sessionLimit sessions (the others on hold), taken by claim() or a contact's invitation; offers
// go only to executives with none. Each executive also has a line of their own, for customers
// handed to them by a colleague (transfer): it comes before every service line, and a customer
// they do not take goes to the head of their service's line.
#pragma once

#include "routing/routingengine.h"
#include "routing/waitestimator.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <map>
#include <memory>

namespace Turno::Server
{

class CustomerQueue : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        qint64 ringTimeoutMs = 20'000;
        Routing::StrategyKind strategy = Routing::StrategyKind::LongestIdle;
        QStringList services{QStringLiteral("internet"), QStringLiteral("wifi")};
        int sessionLimit = 2;
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
    void leave(QString rut); // by value: callers pass names held by what this ends
    bool isWaiting(const QString &rut) const;

    // An executive takes a waiting customer straight into a session (Connect next / selected).
    // False when the customer is no longer waiting in a line they serve (or in their own line),
    // an offer rings for the executive, or they are at their session limit.
    bool claim(const QString &username, const QString &rut);
    // A session that starts without a wait: a contact accepted an executive's invitation. False
    // if the customer already waits or is in a session, or the executive is at their limit.
    bool startDirect(const QString &username, const QString &rut, const QString &service);
    // Hands the customer of a session to another online executive: they wait at the head of that
    // executive's own line. False if rut is not in a session or toUsername is not online.
    bool transfer(const QString &rut, const QString &toUsername);
    // A colleague joined or left a session of someone else (conference): it counts towards their
    // limit and keeps offers away from them, like a session of their own.
    bool canTakeSession(const QString &username) const;
    void addGuestSession(const QString &username);
    void removeGuestSession(const QString &username);
    int sessionsOf(const QString &username) const { return m_sessionCount.value(username); }
    int sessionLimit() const { return m_settings.sessionLimit; }
    // The executive whose session the customer is in ("" if none).
    QString executiveOf(const QString &rut) const;
    // The executive in whose own line the customer waits ("" if none), and that line in order.
    QString directedTo(const QString &rut) const { return m_customers.value(rut).directedTo; }
    QStringList ownLine(const QString &username) const { return m_directed.value(username); }
    int waitingCount() const;
    bool inSession(const QString &rut) const
    {
        const auto it = m_customers.constFind(rut);
        return it != m_customers.cend() && it->answered;
    }
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
    // Customers waiting for a service, oldest first (not those waiting in an executive's own line).
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
    // The places in an executive's own line may have changed.
    void ownLineChanged(const QString &username);

private:
    struct Customer {
        QString service;
        quint64 sequence = 0; // join order: who is ahead of whom
        qint64 joinedAtMs = 0;
        qint64 answeredAtMs = 0;
        bool answered = false;
        QString executive;  // ringing or in session with
        QString directedTo; // waiting in this executive's own line
    };
    struct DirectedRing {
        QString rut;
        qint64 deadlineMs = 0;
    };

    Routing::RoutingEngine *engineFor(const QString &service) const;
    void apply(const QString &service, const Routing::Result &result);
    void handleEvents(const QString &service, const Routing::Events &events);
    // An executive is offered by at most one engine: paused in the others while ringing or busy.
    void syncExecutive(const QString &username);
    void armTimer();
    // Takes an answered customer out of its engine; the executive stays paused there.
    void detach(const QString &service, const QString &username, const QString &rut);
    bool offeredToBy(const QString &username) const;
    // Rings the head of the executive's own line if they are free for it.
    void offerOwnLine(const QString &username);
    // The offer of a customer from the executive's own line ended without an answer "yes": the
    // customer goes to the head of their service's line.
    void ownLineOfferEnded(const QString &username, Routing::EventType why);
    void sendToServiceHead(const QString &rut);
    void removeFromOwnLine(const QString &username, const QString &rut);
    // The executive takes the customer waiting in their own line (an answer or a claim).
    void startOwnLineSession(const QString &username, const QString &rut);

    const Routing::Clock &m_clock;
    Settings m_settings;
    std::map<QString, std::unique_ptr<Routing::RoutingEngine>> m_engines;
    QHash<QString, QStringList> m_executives;    // username → services served
    QHash<QString, Customer> m_customers;        // rut → waiting or in session
    QHash<QString, QString> m_ringing;           // rut → service, while an offer rings
    QSet<QString> m_unavailable;                 // executives away or in after-call work
    QHash<QString, int> m_sessionCount;          // username → sessions (own and as a guest)
    QHash<QString, QStringList> m_directed;      // username → their own line, head first
    QHash<QString, DirectedRing> m_directedRing; // username → the own-line offer ringing for them
    // Join order: counts up from the middle of the range; customers put ahead of everyone (a
    // transfer, or one their new executive did not take) count down from it.
    quint64 m_nextSequence = quint64(1) << 62;
    quint64 m_firstSequence = (quint64(1) << 62) - 1;
    Routing::WaitEstimator m_estimator;
    QTimer m_ringTimer;
    bool m_syncing = false;
};

} // namespace Turno::Server
