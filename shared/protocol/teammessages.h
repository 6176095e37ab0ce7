// Messages of hold, transfer, conference, contacts, the details of connected customers and the
// server's own figures (kinds 31–38 and 80–89), included by messages.h, whose TURNO_MESSAGES list
// names them. Same rules: one struct per message, every field in visit().
#pragma once

#include "wire.h"

// Included by messages.h after sessionmessages.h; not meant to be included on its own.

namespace Turno::Protocol
{

namespace Limits
{
inline constexpr ListLimit Names{8, Name};
inline constexpr StringLimit Key{64, "key", Overflow::Refuse};
} // namespace Limits

// Executive → server: put one of their sessions on hold (hold = true) or take it back
// (hold = false). Taking a held session back puts their other active session on hold: that is
// how an executive switches between customers. Answered with SessionHeld or ErrorReply.
struct HoldSession {
    quint32 requestId = 0;
    quint32 sessionId = 0;
    bool hold = true;
    template <typename V> bool visit(V &v) { return v(requestId) && v(sessionId) && v(hold); }
    friend bool operator==(const HoldSession &, const HoldSession &) = default;
};

// Server → everyone in a session: it is on hold now, or not any more.
struct SessionHeld {
    quint32 sessionId = 0;
    bool held = false;
    template <typename V> bool visit(V &v) { return v(sessionId) && v(held); }
    friend bool operator==(const SessionHeld &, const SessionHeld &) = default;
};

// Executive → server: hand the session's customer to another online executive. The customer goes
// to the head of that executive's own line; the conversation and the history go with them.
struct TransferSession {
    quint32 requestId = 0;
    quint32 sessionId = 0;
    QString toUsername;
    template <typename V> bool visit(V &v) { return v(requestId) && v(sessionId) && v(toUsername, Limits::Username); }
    friend bool operator==(const TransferSession &, const TransferSession &) = default;
};

// Server → customer: their session was handed to toName; they now wait at the head of that
// executive's line (QueueStatus follows, then SessionStarted).
struct Transferred {
    quint32 sessionId = 0;
    QString toName;
    template <typename V> bool visit(V &v) { return v(sessionId) && v(toName, Limits::Name); }
    friend bool operator==(const Transferred &, const Transferred &) = default;
};

// Executive → server: invite another executive into a session (conference).
struct InviteExecutive {
    quint32 requestId = 0;
    quint32 sessionId = 0;
    QString username;
    template <typename V> bool visit(V &v) { return v(requestId) && v(sessionId) && v(username, Limits::Username); }
    friend bool operator==(const InviteExecutive &, const InviteExecutive &) = default;
};

enum class InvitationKind : quint8 { Conference = 0, Contact = 1 };

// Server → invitee: an executive into a conference, or a customer by an executive who has them
// as a contact. It waits for AnswerInvitation for ringSeconds.
struct Invitation {
    quint32 invitationId = 0;
    quint8 kind = quint8(InvitationKind::Conference);
    QString fromName;
    QString customerName; // for a conference: whose session it is
    QString service;
    quint32 ringSeconds = 0;
    template <typename V> bool visit(V &v)
    {
        return v(invitationId) && v(kind) && v(fromName, Limits::Name) && v(customerName, Limits::Name) &&
               v(service, Limits::Service) && v(ringSeconds);
    }
    bool valid() const { return kind <= quint8(InvitationKind::Contact); }
    friend bool operator==(const Invitation &, const Invitation &) = default;
};

// Invitee → server.
struct AnswerInvitation {
    quint32 invitationId = 0;
    bool accept = false;
    template <typename V> bool visit(V &v) { return v(invitationId) && v(accept); }
    friend bool operator==(const AnswerInvitation &, const AnswerInvitation &) = default;
};

enum class InvitationOutcome : quint8 { Accepted = 0, Declined = 1, TimedOut = 2, Cancelled = 3 };

// Server → inviter (requestId is their InviteExecutive / InviteContact) and invitee (requestId 0):
// how the invitation ended. peerName is the other side.
struct InvitationEnded {
    quint32 requestId = 0;
    quint32 invitationId = 0;
    quint8 outcome = quint8(InvitationOutcome::Declined);
    QString peerName;
    template <typename V> bool visit(V &v)
    {
        return v(requestId) && v(invitationId) && v(outcome) && v(peerName, Limits::Name);
    }
    bool valid() const { return outcome <= quint8(InvitationOutcome::Cancelled); }
    friend bool operator==(const InvitationEnded &, const InvitationEnded &) = default;
};

// Server → everyone in a session, when a conference begins or someone joins or leaves it: the
// names of the people in it, the customer first.
struct Participants {
    quint32 sessionId = 0;
    QStringList names;
    template <typename V> bool visit(V &v) { return v(sessionId) && v(names, Limits::Names); }
    friend bool operator==(const Participants &, const Participants &) = default;
};

// One online executive, as their colleagues see them (for transfer and conference).
struct Colleague {
    QString username;
    QString fullName;
    quint8 presence = 0; // Presence
    quint8 sessions = 0;
    template <typename V> bool visit(V &v)
    {
        return v(username, Limits::Username) && v(fullName, Limits::Name) && v(presence) && v(sessions);
    }
    friend bool operator==(const Colleague &, const Colleague &) = default;
};

inline constexpr int kMaxListed = 500;
namespace Limits
{
inline constexpr RecordListLimit ColleagueList{kMaxListed, kMaxListBytes, "colleagues"};
inline constexpr RecordListLimit ContactList{kMaxListed, kMaxListBytes, "contacts"};
inline constexpr RecordListLimit ConnectedCustomerList{kMaxListed, kMaxListBytes, "connected customers"};
} // namespace Limits

// Server → executive: the other executives online, pushed on every change of presence.
struct Colleagues {
    QList<Colleague> colleagues;
    template <typename V> bool visit(V &v) { return v(colleagues, Limits::ColleagueList); }
    friend bool operator==(const Colleagues &, const Colleagues &) = default;
};

// A customer on an executive's contact list.
struct Contact {
    QString contactKey; // opaque: names this contact for InviteContact and RemoveContact
    QString name;
    bool online = false;
    bool free = false; // online, and neither waiting nor in a session: may be invited
    template <typename V> bool visit(V &v)
    {
        return v(contactKey, Limits::Key) && v(name, Limits::Name) && v(online) && v(free);
    }
    friend bool operator==(const Contact &, const Contact &) = default;
};

// Server → executive: their contact list, after log-in and on every change.
struct Contacts {
    QList<Contact> contacts;
    template <typename V> bool visit(V &v) { return v(contacts, Limits::ContactList); }
    friend bool operator==(const Contacts &, const Contacts &) = default;
};

// Executive → server: add the customer of one of their sessions to their contacts.
struct AddContact {
    quint32 requestId = 0;
    quint32 sessionId = 0;
    template <typename V> bool visit(V &v) { return v(requestId) && v(sessionId); }
    friend bool operator==(const AddContact &, const AddContact &) = default;
};

struct RemoveContact {
    quint32 requestId = 0;
    QString contactKey;
    template <typename V> bool visit(V &v) { return v(requestId) && v(contactKey, Limits::Key); }
    friend bool operator==(const RemoveContact &, const RemoveContact &) = default;
};

// Executive → server: invite a free contact to a session about `service`. The customer gets an
// Invitation; the executive gets InvitationEnded, and SessionStarted if they accept.
struct InviteContact {
    quint32 requestId = 0;
    QString contactKey;
    QString service;
    template <typename V> bool visit(V &v)
    {
        return v(requestId) && v(contactKey, Limits::Key) && v(service, Limits::Service);
    }
    friend bool operator==(const InviteContact &, const InviteContact &) = default;
};

// Executive → server: the connected customers and what each did last (:details).
struct RequestDetails {
    quint32 requestId = 0;
    template <typename V> bool visit(V &v) { return v(requestId); }
    friend bool operator==(const RequestDetails &, const RequestDetails &) = default;
};

enum class CustomerActivity : quint8 { Idle = 0, Waiting = 1, InSession = 2 };

struct ConnectedCustomer {
    QString name;
    QString lastAction; // key, as in Offer
    quint8 activity = quint8(CustomerActivity::Idle);
    template <typename V> bool visit(V &v)
    {
        return v(name, Limits::Name) && v(lastAction, Limits::LastAction) && v(activity);
    }
    friend bool operator==(const ConnectedCustomer &, const ConnectedCustomer &) = default;
};

// Server → executive: connected customers by name (at most kMaxListed; total says how many).
struct Details {
    quint32 requestId = 0;
    QList<ConnectedCustomer> customers;
    quint32 total = 0;
    template <typename V> bool visit(V &v)
    {
        return v(requestId) && v(customers, Limits::ConnectedCustomerList) && v(total);
    }
    friend bool operator==(const Details &, const Details &) = default;
};

// Supervisor → server: the server's own figures (load tests read them).
struct StatsRequest {
    quint32 requestId = 0;
    template <typename V> bool visit(V &v) { return v(requestId); }
    friend bool operator==(const StatsRequest &, const StatsRequest &) = default;
};

// Server → supervisor. Stalls are how late the event loop ran a timer that was due: the most
// since the server started, and the most since the previous StatsRequest.
struct ServerStats {
    quint32 requestId = 0;
    quint32 connections = 0;
    quint32 customers = 0;
    quint32 executives = 0;
    quint32 waiting = 0;
    quint32 sessions = 0;
    quint32 maxStallMs = 0;
    quint32 recentStallMs = 0;
    quint64 rssKiB = 0;
    quint64 cpuMs = 0;
    quint64 messagesRelayed = 0;
    template <typename V> bool visit(V &v)
    {
        return v(requestId) && v(connections) && v(customers) && v(executives) && v(waiting) && v(sessions) &&
               v(maxStallMs) && v(recentStallMs) && v(rssKiB) && v(cpuMs) && v(messagesRelayed);
    }
    friend bool operator==(const ServerStats &, const ServerStats &) = default;
};

} // namespace Turno::Protocol
