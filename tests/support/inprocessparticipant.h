// A participant that lives in the test's own process: the core (lines, offers, sessions, chat,
// presence, history) tells it events exactly as it tells an app's connection, and it keeps them
// in order for the test to read. No socket, no frames, no other process: fast and deterministic.
// InProcessCore is a whole contact center without a listening socket, with the demo accounts.
#pragma once

#include "admin/demoaccounts.h"
#include "auth/authenticator.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "backend/providerbackend.h"
#include "core/contactcenter.h"
#include "core/participant.h"
#include "core/roster.h"
#include "core/sessiondesk.h"
#include "storage/sqlitestore.h"

#include <QList>
#include <QTemporaryDir>
#include <memory>
#include <variant>

namespace Turno::Test
{

class InProcessParticipant : public Server::Participant
{
public:
    // One alternative per server-to-client kind of TURNO_MESSAGES (std::monostate first, so the
    // list can be generated with a comma before each kind).
#define TURNO_EVENT_ToClient(name) , Protocol::name
#define TURNO_EVENT_ToServer(name)
#define TURNO_EVENT(name, number, direction) TURNO_EVENT_##direction(name)
    using Event = std::variant<std::monostate TURNO_MESSAGES(TURNO_EVENT)>;
#undef TURNO_EVENT
#undef TURNO_EVENT_ToServer
#undef TURNO_EVENT_ToClient

    explicit InProcessParticipant(const Storage::Customer &customer, QString address = QStringLiteral("in-process"));
    explicit InProcessParticipant(const Storage::Executive &executive, QString address = QStringLiteral("in-process"));
    // A participant still logged in drops as it goes (the core must never hold a dead one). It
    // must not outlive its InProcessCore.
    ~InProcessParticipant() override;

    bool isCustomer() const override
    {
        return m_customer.has_value();
    }
    bool isExecutive() const override
    {
        return m_executive.has_value();
    }
    const std::optional<Storage::Customer> &customer() const override
    {
        return m_customer;
    }
    const std::optional<Storage::Executive> &executive() const override
    {
        return m_executive;
    }
    QString displayName() const override;
    QString peerAddress() const override
    {
        return m_address;
    }
    bool takesRedelivery() const override
    {
        return m_takesRedelivery;
    }
    void setTakesRedelivery(bool takes)
    {
        m_takesRedelivery = takes;
    }
    // Recorded; as the core expects of every participant, it hears that this one is gone only
    // later, from the event loop (through the function set with whenClosed).
    void close(const QString &reason) override;
    void whenClosed(std::function<void(InProcessParticipant *)> gone)
    {
        m_whenClosed = std::move(gone);
    }
    bool isClosed() const
    {
        return m_closed;
    }
    QString closeReason() const
    {
        return m_closeReason;
    }

#define TURNO_RECORD_ToClient(name)                                                                                    \
    void send(const Protocol::name &message) override                                                                  \
    {                                                                                                                  \
        m_events.append(Event(message));                                                                               \
    }
#define TURNO_RECORD_ToServer(name)
#define TURNO_RECORD(name, number, direction) TURNO_RECORD_##direction(name)
    TURNO_MESSAGES(TURNO_RECORD)
#undef TURNO_RECORD
#undef TURNO_RECORD_ToServer
#undef TURNO_RECORD_ToClient

    // Everything told so far, in order.
    const QList<Event> &events() const
    {
        return m_events;
    }
    void clearEvents()
    {
        m_events.clear();
    }
    // The messages of one kind told so far, in order.
    template <typename M> QList<M> all() const
    {
        QList<M> found;
        for (const Event &event : m_events) {
            if (const M *message = std::get_if<M>(&event))
                found.append(*message);
        }
        return found;
    }
    template <typename M> int count() const
    {
        return int(all<M>().size());
    }
    // The newest message of kind M (a default one if none came: check count<M>() first).
    template <typename M> M last() const
    {
        for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
            if (const M *message = std::get_if<M>(&*it))
                return *message;
        }
        return M{};
    }

private:
    std::optional<Storage::Customer> m_customer;
    std::optional<Storage::Executive> m_executive;
    QString m_address;
    bool m_takesRedelivery = true;
    bool m_closed = false;
    QString m_closeReason;
    std::function<void(InProcessParticipant *)> m_whenClosed;
    QList<Event> m_events;
};

// A contact center in the test's process, with a fresh database holding the demo accounts, that
// never listens: participants log in through its roster and speak to its desk directly.
class InProcessCore
{
public:
    // Settings for the center; port and TLS do not matter (nothing listens).
    explicit InProcessCore(Server::ServerConfig config = defaultConfig());
    ~InProcessCore();

    static Server::ServerConfig defaultConfig();
    bool isValid() const { return m_center != nullptr; }
    QString error() const { return m_error; }

    Server::ContactCenter &center() { return *m_center; }
    Server::SessionDesk &desk() { return m_center->desk(); }
    Storage::SqliteStore &store() { return *m_store; }

    // A demo customer (by RUT, any spelling) or executive (by username), logged in: the roster
    // knows them and the core tells them their events. Null if there is no such account.
    std::unique_ptr<InProcessParticipant> customer(const QString &rut);
    std::unique_ptr<InProcessParticipant> executive(const QString &username);
    // The participant says goodbye (as an app's Logout), or its connection drops (it may come back
    // within the grace period with resume()).
    void logOut(InProcessParticipant &participant);
    void drop(InProcessParticipant &participant);
    // A new participant for the customer a resume token (the newest ResumeToken told to
    // `previous`) belongs to, as an app's Resume after a drop; null when the core refuses it.
    std::unique_ptr<InProcessParticipant> resume(const InProcessParticipant &previous, quint64 lastMessageId);

private:
    // A close the core asks for is heard by the roster as a drop, later, as for a connection.
    void watch(InProcessParticipant &participant);
    void loggedIn(InProcessParticipant &participant);

    QTemporaryDir m_dir;
    QString m_error;
    std::unique_ptr<Storage::SqliteStore> m_store;
    std::unique_ptr<Auth::PasswordHasher> m_hasher;
    std::unique_ptr<Auth::LoginThrottle> m_throttle;
    std::unique_ptr<Auth::Authenticator> m_auth;
    std::unique_ptr<Server::SimulatedBackend> m_backend;
    std::unique_ptr<Server::ContactCenter> m_center;
};

} // namespace Turno::Test
