// A customer or an executive as the contact center's core sees them: who they are, and the events
// they must be told. The core (lines, offers, sessions, chat, presence, history) knows nothing
// else of them; the app's connection (net/ClientPeer) is one kind of participant, the in-process
// one of the tests (tests/support/inprocessparticipant.h) another, and a web visitor will be one.
#pragma once

#include "protocol/messages.h"
#include "storage/store.h"

#include <QString>
#include <memory>
#include <optional>

namespace Turno::Server
{

class Participant
{
public:
    // Refers to a participant without keeping it: empty once the participant is gone, so an
    // answer that comes back from storage after they left goes nowhere.
    class Ref
    {
    public:
        Ref() = default;
        explicit Ref(Participant *participant) : m_alive(participant ? participant->m_alive : nullptr) {}
        Participant *get() const
        {
            const std::shared_ptr<Participant *> alive = m_alive.lock();
            return alive ? *alive : nullptr;
        }
        Participant *operator->() const { return get(); }
        explicit operator bool() const { return get() != nullptr; }

    private:
        std::weak_ptr<Participant *> m_alive;
    };

    Participant() = default;
    Participant(const Participant &) = delete;
    Participant &operator=(const Participant &) = delete;
    virtual ~Participant() = default;

    // Logged in as a customer, or as an executive (then customer() or executive() is set).
    virtual bool isCustomer() const = 0;
    virtual bool isExecutive() const = 0;
    virtual const std::optional<Storage::Customer> &customer() const = 0;
    virtual const std::optional<Storage::Executive> &executive() const = 0;
    // The name the server log uses ("Jorge Sandoval").
    virtual QString displayName() const = 0;
    // Where the participant came from, for the log and the limits ("127.0.0.1").
    virtual QString peerAddress() const = 0;
    // Whether the participant shows each chat message id once, so a message may be told again.
    virtual bool takesRedelivery() const = 0;
    // Ends the participation after what was told is out; reason goes to the log. Never at once:
    // the core hears that the participant is gone from the event loop, not inside this call.
    virtual void close(const QString &reason) = 0;

    // What the participant is told: one overload per server-to-client kind of TURNO_MESSAGES.
    // Nothing is returned: a participant that cannot take it any more closes itself.
#define TURNO_PARTICIPANT_SEND_ToClient(name) virtual void send(const Protocol::name &message) = 0;
#define TURNO_PARTICIPANT_SEND_ToServer(name)
#define TURNO_PARTICIPANT_SEND(name, number, direction) TURNO_PARTICIPANT_SEND_##direction(name)
    TURNO_MESSAGES(TURNO_PARTICIPANT_SEND)
#undef TURNO_PARTICIPANT_SEND
#undef TURNO_PARTICIPANT_SEND_ToServer
#undef TURNO_PARTICIPANT_SEND_ToClient

private:
    const std::shared_ptr<Participant *> m_alive = std::make_shared<Participant *>(this);
};

} // namespace Turno::Server
