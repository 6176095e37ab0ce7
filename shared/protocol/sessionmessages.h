// Messages of the line, the offers and the chat (kinds 50–79), included by messages.h, whose
// TURNO_MESSAGES list names them. Same rules: one struct per message, every field in visit().
#pragma once

#include "wire.h"

// Included by messages.h after its Limits; not meant to be included on its own.

namespace Turno::Protocol
{

namespace Limits
{
inline constexpr StringLimit ClientMessageId{64, "client message id", Overflow::Refuse};
inline constexpr StringLimit ChatText{TextLimits::kChatTextBytes, "chat text"};
inline constexpr StringLimit LastAction{256, "last action"};
} // namespace Limits

// Customer → server: wait for an executive who attends `service` ("internet" or "wifi").
struct JoinQueue {
    quint32 requestId = 0;
    QString service;
    template <typename V> bool visit(V &v) { return v(requestId) && v(service, Limits::Service); }
    friend bool operator==(const JoinQueue &, const JoinQueue &) = default;
};

// Customer → server: leave the line (or drop an offer that is ringing for them).
struct LeaveQueue {
    quint32 requestId = 0;
    template <typename V> bool visit(V &v) { return v(requestId); }
    friend bool operator==(const LeaveQueue &, const LeaveQueue &) = default;
};

// Server → customer, on every change of their place or estimate and at least every 15 s.
// The estimate is a range in seconds; estimateKnown is false until there is data.
struct QueueStatus {
    quint32 ahead = 0;
    quint32 agents = 0;
    bool estimateKnown = false;
    quint32 lowSeconds = 0;
    quint32 highSeconds = 0;
    template <typename V> bool visit(V &v)
    {
        return v(ahead) && v(agents) && v(estimateKnown) && v(lowSeconds) && v(highSeconds);
    }
    friend bool operator==(const QueueStatus &, const QueueStatus &) = default;
};

enum class QueueLeftReason : quint8 { Left = 0, Unavailable = 1 };

// Server → customer: they are no longer in the line (they left, or the service has no line).
struct QueueLeft {
    quint8 reason = quint8(QueueLeftReason::Left);
    template <typename V> bool visit(V &v) { return v(reason); }
    bool valid() const { return reason <= quint8(QueueLeftReason::Unavailable); }
    friend bool operator==(const QueueLeft &, const QueueLeft &) = default;
};

// Server → executive: a customer is offered to them; it rings for ringSeconds.
struct Offer {
    quint32 offerId = 0;
    QString customerName;
    QString lastAction; // what the customer did in self-service before asking
    QString service;
    quint32 ringSeconds = 0;
    template <typename V> bool visit(V &v)
    {
        return v(offerId) && v(customerName, Limits::Name) && v(lastAction, Limits::LastAction) &&
               v(service, Limits::Service) && v(ringSeconds);
    }
    friend bool operator==(const Offer &, const Offer &) = default;
};

// Executive → server: accept or reject the offer that rings for them.
struct AnswerOffer {
    quint32 offerId = 0;
    bool accept = false;
    template <typename V> bool visit(V &v) { return v(offerId) && v(accept); }
    friend bool operator==(const AnswerOffer &, const AnswerOffer &) = default;
};

enum class OfferEndReason : quint8 { Rejected = 0, TimedOut = 1, CustomerLeft = 2, Withdrawn = 3 };

// Server → executive: the offer stopped ringing without becoming a session.
struct OfferEnded {
    quint32 offerId = 0;
    quint8 reason = quint8(OfferEndReason::Rejected);
    template <typename V> bool visit(V &v) { return v(offerId) && v(reason); }
    bool valid() const { return reason <= quint8(OfferEndReason::Withdrawn); }
    friend bool operator==(const OfferEnded &, const OfferEnded &) = default;
};

// Server → customer and executive: they are now in a session; peerName is the other side.
struct SessionStarted {
    quint32 sessionId = 0;
    QString peerName;
    QString service;
    qint64 startedAtMs = 0;
    template <typename V> bool visit(V &v)
    {
        return v(sessionId) && v(peerName, Limits::Name) && v(service, Limits::Service) && v(startedAtMs);
    }
    friend bool operator==(const SessionStarted &, const SessionStarted &) = default;
};

// Either side → server: end the session.
struct EndSession {
    quint32 sessionId = 0;
    template <typename V> bool visit(V &v) { return v(sessionId); }
    friend bool operator==(const EndSession &, const EndSession &) = default;
};

// Transferred: the executive handed the customer to a colleague (sent to that executive only).
enum class SessionEndReason : quint8 { ByCustomer = 0, ByExecutive = 1, PeerGone = 2, Transferred = 3 };

struct SessionEnded {
    quint32 sessionId = 0;
    quint8 reason = quint8(SessionEndReason::ByCustomer);
    template <typename V> bool visit(V &v) { return v(sessionId) && v(reason); }
    bool valid() const { return reason <= quint8(SessionEndReason::Transferred); }
    friend bool operator==(const SessionEnded &, const SessionEnded &) = default;
};

// Either side → server: a chat message. clientMessageId is chosen by the sender, so a resend
// after a reconnect is recognised and neither stored nor shown twice.
struct ChatSend {
    quint32 sessionId = 0;
    QString clientMessageId;
    QString text;
    template <typename V> bool visit(V &v)
    {
        return v(sessionId) && v(clientMessageId, Limits::ClientMessageId) && v(text, Limits::ChatText);
    }
    friend bool operator==(const ChatSend &, const ChatSend &) = default;
};

// Server → sender, once the message is committed to the database: it is delivered.
struct ChatAck {
    QString clientMessageId;
    quint64 messageId = 0;
    qint64 atMs = 0;
    template <typename V> bool visit(V &v)
    {
        return v(clientMessageId, Limits::ClientMessageId) && v(messageId) && v(atMs);
    }
    friend bool operator==(const ChatAck &, const ChatAck &) = default;
};

// Server → recipient: a message of the session.
struct ChatMessage {
    quint32 sessionId = 0;
    quint64 messageId = 0;
    qint64 atMs = 0;
    QString fromName;
    QString text;
    template <typename V> bool visit(V &v)
    {
        return v(sessionId) && v(messageId) && v(atMs) && v(fromName, Limits::Name) && v(text, Limits::ChatText);
    }
    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

enum class Presence : quint8 { Available = 0, Away = 1, Busy = 2, AfterCallWork = 3 };

// Executive → server: ready for offers (also "Ready now" during after-call work), or away.
struct SetPresence {
    quint32 requestId = 0;
    quint8 presence = quint8(Presence::Available); // only Available or Away
    QString reason;
    template <typename V> bool visit(V &v) { return v(requestId) && v(presence) && v(reason, Limits::Reason); }
    bool valid() const { return presence == quint8(Presence::Available) || presence == quint8(Presence::Away); }
    friend bool operator==(const SetPresence &, const SetPresence &) = default;
};

// Server → executive: their presence now. reason is a key ("missed-offers") or the executive's
// own text; seconds is the after-call work left.
struct PresenceChanged {
    quint8 presence = quint8(Presence::Available);
    QString reason;
    quint32 seconds = 0;
    template <typename V> bool visit(V &v) { return v(presence) && v(reason, Limits::Reason) && v(seconds); }
    bool valid() const { return presence <= quint8(Presence::AfterCallWork); }
    friend bool operator==(const PresenceChanged &, const PresenceChanged &) = default;
};

// One customer waiting in a line an executive serves.
struct WaitingCustomer {
    QString customerKey; // opaque: names this wait for ClaimCustomer, nothing else
    QString customerName;
    QString service;
    QString lastAction; // key, as in Offer
    quint32 waitedSeconds = 0;
    template <typename V> bool visit(V &v)
    {
        return v(customerKey, Limits::ClientMessageId) && v(customerName, Limits::Name) &&
               v(service, Limits::Service) && v(lastAction, Limits::LastAction) && v(waitedSeconds);
    }
    friend bool operator==(const WaitingCustomer &, const WaitingCustomer &) = default;
};

inline constexpr int kMaxWaitingListed = 500;
namespace Limits
{
inline constexpr RecordListLimit WaitingCustomers{kMaxWaitingListed, kMaxListBytes, "waiting customers"};
} // namespace Limits

// Server → executive: the customers waiting in the lines they serve, oldest first (at most
// kMaxWaitingListed, and as many as fit in kMaxListBytes; total says how many there are). Pushed
// on every change.
struct WaitingList {
    QList<WaitingCustomer> customers;
    quint32 total = 0;
    template <typename V> bool visit(V &v) { return v(customers, Limits::WaitingCustomers) && v(total); }
    friend bool operator==(const WaitingList &, const WaitingList &) = default;
};

namespace Limits
{
inline constexpr StringLimit Note{TextLimits::kNoteBytes, "note"};
inline constexpr StringLimit Action{64, "action"};
// A note is the longest text a history entry holds.
inline constexpr StringLimit HistoryText{TextLimits::kNoteBytes, "history text"};
} // namespace Limits

// Executive → server: take this waiting customer now (Connect selected). When two executives
// claim the same customer, exactly one gets SessionStarted; the other gets ErrorReply {BadState}.
struct ClaimCustomer {
    quint32 requestId = 0;
    QString customerKey;
    template <typename V> bool visit(V &v) { return v(requestId) && v(customerKey, Limits::ClientMessageId); }
    friend bool operator==(const ClaimCustomer &, const ClaimCustomer &) = default;
};

// Executive → server: restart the session customer's internet service, or Wi-Fi (which asks the
// customer for a new Wi-Fi password). service: 1 internet, 2 Wi-Fi (as in ServiceResult).
struct RestartForCustomer {
    quint32 requestId = 0;
    quint32 sessionId = 0;
    quint8 service = 1;
    template <typename V> bool visit(V &v) { return v(requestId) && v(sessionId) && v(service); }
    bool valid() const { return service == 1 || service == 2; }
    friend bool operator==(const RestartForCustomer &, const RestartForCustomer &) = default;
};

enum class NoticeOutcome : quint8 { Done = 0, Failed = 1, InProgress = 2, PasswordAsked = 3 };

// Server → both sides of a session: what happened to the customer's service during it.
struct ServiceNotice {
    quint32 sessionId = 0;
    quint8 service = 1;
    quint8 outcome = quint8(NoticeOutcome::Done);
    QString detail;
    template <typename V> bool visit(V &v)
    {
        return v(sessionId) && v(service) && v(outcome) && v(detail, Limits::Detail);
    }
    bool valid() const { return (service == 1 || service == 2) && outcome <= quint8(NoticeOutcome::PasswordAsked); }
    friend bool operator==(const ServiceNotice &, const ServiceNotice &) = default;
};

// Server → customer: the executive restarts the Wi-Fi; the app asks for a new Wi-Fi password
// (sent as ChangeWifiPassword).
struct WifiPasswordWanted {
    quint32 sessionId = 0;
    template <typename V> bool visit(V &v) { return v(sessionId); }
    friend bool operator==(const WifiPasswordWanted &, const WifiPasswordWanted &) = default;
};

// Executive → server: the history of the customer in one of their sessions (sessionId), or of
// a customer waiting in a line they serve (sessionId 0 and the customerKey of WaitingList), one
// page at a time: before 0 asks for the newest page, and the `older` of a History for the page
// before it.
struct RequestHistory {
    quint32 requestId = 0;
    quint32 sessionId = 0;
    QString customerKey;
    quint64 before = 0;
    template <typename V> bool visit(V &v)
    {
        return v(requestId) && v(sessionId) && v(customerKey, Limits::ClientMessageId) && v(before);
    }
    friend bool operator==(const RequestHistory &, const RequestHistory &) = default;
};

// One entry of a customer's history: a request of theirs, or a note about them.
struct HistoryEntry {
    qint64 atMs = 0;
    QString action; // key: "restart-internet", "note", "queue-accept", …
    QString detail;
    QString result;
    template <typename V> bool visit(V &v)
    {
        return v(atMs) && v(action, Limits::Action) && v(detail, Limits::HistoryText) && v(result, Limits::HistoryText);
    }
    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

// A page of history holds at most this many entries, and as many as fit in this many bytes: 200
// notes of 1 KiB would not fit in one frame.
inline constexpr int kMaxHistoryEntries = 200;
inline constexpr int kHistoryPageBytes = Limits::kMaxListBytes;
namespace Limits
{
inline constexpr RecordListLimit HistoryEntries{kMaxHistoryEntries, kHistoryPageBytes, "history entries"};
} // namespace Limits

// Server → executive: one page of a customer's history, the newest entries not yet sent, oldest
// first (in the log's order). older is 0 when nothing older is left; otherwise RequestHistory
// with before = older brings the page before this one.
struct History {
    quint32 requestId = 0;
    QString customerName;
    QList<HistoryEntry> entries;
    quint64 older = 0;
    template <typename V> bool visit(V &v)
    {
        return v(requestId) && v(customerName, Limits::Name) && v(entries, Limits::HistoryEntries) && v(older);
    }
    friend bool operator==(const History &, const History &) = default;
};

// Executive → server: a note in the history of the current session's customer.
struct AddNote {
    quint32 requestId = 0;
    quint32 sessionId = 0;
    QString text;
    template <typename V> bool visit(V &v) { return v(requestId) && v(sessionId) && v(text, Limits::Note); }
    friend bool operator==(const AddNote &, const AddNote &) = default;
};

// Server → executive: the note is stored.
struct NoteAdded {
    quint32 requestId = 0;
    qint64 atMs = 0;
    template <typename V> bool visit(V &v) { return v(requestId) && v(atMs); }
    friend bool operator==(const NoteAdded &, const NoteAdded &) = default;
};

} // namespace Turno::Protocol
