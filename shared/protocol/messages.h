// Every message of the Turno protocol: the one list of kinds (TURNO_MESSAGES) and one struct per
// message. The list drives the encoder, the decoder and dispatch (see codec.h); docs/protocol.md
// describes each message.
#pragma once

#include "domain/textlimits.h"
#include "wire.h"

#include <QString>
#include <QStringList>

namespace Turno::Protocol
{

inline constexpr quint32 kMagic = 0x54524E4F; // "TRNO"
inline constexpr quint16 kVersion = 2;
inline constexpr quint32 kDefaultMaxFrame = 64 * 1024;

enum class Direction { ToServer, ToClient };

// X(name, kind number, direction). Kind numbers are part of the wire format: never reuse one.
#define TURNO_MESSAGES(X)                                                                                              \
    X(Hello, 1, ToServer)                                                                                              \
    X(Welcome, 2, ToClient)                                                                                            \
    X(HandshakeRefused, 3, ToClient)                                                                                   \
    X(CustomerLogin, 10, ToServer)                                                                                     \
    X(ExecutiveLogin, 11, ToServer)                                                                                    \
    X(LoginResult, 12, ToClient)                                                                                       \
    X(Logout, 13, ToServer)                                                                                            \
    X(ResumeToken, 14, ToClient)                                                                                       \
    X(Resume, 15, ToServer)                                                                                            \
    X(ForcedLogout, 16, ToClient)                                                                                      \
    X(Ping, 17, ToClient)                                                                                              \
    X(Pong, 18, ToServer)                                                                                              \
    X(RestartInternet, 20, ToServer)                                                                                   \
    X(ServiceResult, 21, ToClient)                                                                                     \
    X(ChangeWifiPassword, 22, ToServer)                                                                                \
    X(ConnectedCustomers, 30, ToClient)                                                                                \
    X(SignUp, 40, ToServer)                                                                                            \
    X(SignUpResult, 41, ToClient)                                                                                      \
    X(ChangePassword, 42, ToServer)                                                                                    \
    X(ChangeDisplayName, 43, ToServer)                                                                                 \
    X(AccountResult, 44, ToClient)                                                                                     \
    X(JoinQueue, 50, ToServer)                                                                                         \
    X(LeaveQueue, 51, ToServer)                                                                                        \
    X(QueueStatus, 52, ToClient)                                                                                       \
    X(QueueLeft, 53, ToClient)                                                                                         \
    X(Offer, 60, ToClient)                                                                                             \
    X(AnswerOffer, 61, ToServer)                                                                                       \
    X(OfferEnded, 62, ToClient)                                                                                        \
    X(SessionStarted, 63, ToClient)                                                                                    \
    X(EndSession, 64, ToServer)                                                                                        \
    X(SessionEnded, 65, ToClient)                                                                                      \
    X(WaitingList, 66, ToClient)                                                                                       \
    X(SetPresence, 67, ToServer)                                                                                       \
    X(PresenceChanged, 68, ToClient)                                                                                   \
    X(ClaimCustomer, 69, ToServer)                                                                                     \
    X(RequestHistory, 73, ToServer)                                                                                    \
    X(History, 74, ToClient)                                                                                           \
    X(AddNote, 75, ToServer)                                                                                           \
    X(NoteAdded, 76, ToClient)                                                                                         \
    X(RestartForCustomer, 77, ToServer)                                                                                \
    X(ServiceNotice, 78, ToClient)                                                                                     \
    X(WifiPasswordWanted, 79, ToClient)                                                                                \
    X(ChatSend, 70, ToServer)                                                                                          \
    X(ChatAck, 71, ToClient)                                                                                           \
    X(ChatMessage, 72, ToClient)                                                                                       \
    X(HoldSession, 80, ToServer)                                                                                       \
    X(SessionHeld, 81, ToClient)                                                                                       \
    X(TransferSession, 82, ToServer)                                                                                   \
    X(Transferred, 83, ToClient)                                                                                       \
    X(InviteExecutive, 84, ToServer)                                                                                   \
    X(Invitation, 85, ToClient)                                                                                        \
    X(AnswerInvitation, 86, ToServer)                                                                                  \
    X(InvitationEnded, 87, ToClient)                                                                                   \
    X(Participants, 88, ToClient)                                                                                      \
    X(Colleagues, 89, ToClient)                                                                                        \
    X(Contacts, 31, ToClient)                                                                                          \
    X(AddContact, 32, ToServer)                                                                                        \
    X(RemoveContact, 33, ToServer)                                                                                     \
    X(InviteContact, 34, ToServer)                                                                                     \
    X(RequestDetails, 35, ToServer)                                                                                    \
    X(Details, 36, ToClient)                                                                                           \
    X(StatsRequest, 37, ToServer)                                                                                      \
    X(ServerStats, 38, ToClient)                                                                                       \
    X(ErrorReply, 90, ToClient)

enum class Kind : quint16 {
#define TURNO_KIND(name, number, direction) name = number,
    TURNO_MESSAGES(TURNO_KIND)
#undef TURNO_KIND
};

const char *kindName(quint16 kind);
bool isKnownKind(quint16 kind);
// Which way a known kind travels (ToServer for unknown kinds).
Direction directionOf(quint16 kind);

// Limits of every string on the wire, in UTF-8 bytes. Those of what people write or choose come
// from domain/textlimits.h, which the account rules and the apps use too. Ids, keys, credentials
// and the names of features and services are refused when over their limit; text is shortened.
namespace Limits
{
inline constexpr StringLimit Feature{32, "feature", Overflow::Refuse};
inline constexpr ListLimit Features{32, Feature};
inline constexpr StringLimit Software{64, "software"};
inline constexpr StringLimit Reason{512, "reason"};
inline constexpr StringLimit Rut{TextLimits::kRutBytes, "rut", Overflow::Refuse};
inline constexpr StringLimit Username{TextLimits::kUsernameBytes, "username", Overflow::Refuse};
inline constexpr StringLimit Password{TextLimits::kPasswordBytes, "password", Overflow::Refuse};
inline constexpr StringLimit Name{TextLimits::kNameBytes, "name"};
inline constexpr StringLimit Service{32, "service", Overflow::Refuse};
inline constexpr ListLimit Services{16, Service};
inline constexpr StringLimit Detail{1024, "detail"};
// What the records of one list may take together: the rest of any message fits in what the frame
// cap leaves (tst_protocol fills every message to its limits and checks it).
inline constexpr int kMaxListBytes = 48 * 1024;
static_assert(kMaxListBytes + 16 * 1024 <= int(kDefaultMaxFrame));
} // namespace Limits

// The Hello feature an app names when it answers Ping: the server pings only those that do, so
// an older app is never closed for silence it cannot help.
inline constexpr char kHeartbeatFeature[] = "heartbeat";

// The Hello feature of an app that shows each ChatMessage's messageId once, dropping one it has
// shown: only to such an app does the server deliver a message again (when its sender resends it
// after a lost ChatAck), so an older app never shows a message twice.
inline constexpr char kChatRedeliveryFeature[] = "chat-redelivery";

// The feature of a peer that reads Welcome.serverTimeMs: the app then shows the server's times
// (a session's start, a message's) on its own clock, even when that clock is off.
inline constexpr char kServerTimeFeature[] = "server-time";

// Every feature this build speaks, named in its Hello (the app) or Welcome (the server).
QStringList spokenFeatures();

// Each struct lists its fields once, in visit(): WireWriter and WireReader both walk it.
// (visit() is non-const so one function serves both; encoding never modifies the message.)

// Client → server, first frame on every connection. magic and version come first in every
// protocol version, so a server can always read them and name both versions on a mismatch.
struct Hello {
    quint32 magic = kMagic;
    quint16 version = kVersion;
    QStringList features;
    QString software;
    template <typename V> bool visit(V &v)
    {
        return v(magic) && v(version) && v(features, Limits::Features) && v(software, Limits::Software);
    }
    friend bool operator==(const Hello &, const Hello &) = default;
};

// serverTimeMs: the server's clock when it answered, in ms since the epoch (0 from a server that
// does not send it).
struct Welcome {
    quint16 version = kVersion;
    QStringList features;
    QString software;
    qint64 serverTimeMs = 0;
    template <typename V> bool visit(V &v)
    {
        return v(version) && v(features, Limits::Features) && v(software, Limits::Software) &&
               v.optional(kServerTimeFeature, serverTimeMs);
    }
    friend bool operator==(const Welcome &, const Welcome &) = default;
};

// Sent instead of Welcome when the server will not talk to this client; the server then closes.
struct HandshakeRefused {
    quint16 serverVersion = kVersion;
    QString reason;
    template <typename V> bool visit(V &v) { return v(serverVersion) && v(reason, Limits::Reason); }
    friend bool operator==(const HandshakeRefused &, const HandshakeRefused &) = default;
};

struct CustomerLogin {
    quint32 requestId = 0;
    QString rut;
    QString password;
    template <typename V> bool visit(V &v)
    {
        return v(requestId) && v(rut, Limits::Rut) && v(password, Limits::Password);
    }
    friend bool operator==(const CustomerLogin &, const CustomerLogin &) = default;
};

struct ExecutiveLogin {
    quint32 requestId = 0;
    QString username;
    QString password;
    template <typename V> bool visit(V &v)
    {
        return v(requestId) && v(username, Limits::Username) && v(password, Limits::Password);
    }
    friend bool operator==(const ExecutiveLogin &, const ExecutiveLogin &) = default;
};

// ResumeExpired answers a Resume whose token is unknown or whose grace period is over. Throttled:
// too many failures, or too many log-ins (retryAfterSeconds says when to try again); Busy: the
// server is checking too many passwords at once, try again shortly.
enum class LoginStatus : quint8 {
    Ok = 0,
    WrongCredentials = 1,
    Throttled = 2,
    Unavailable = 3,
    AlreadyLoggedIn = 4,
    ResumeExpired = 5,
    Busy = 6
};
enum class Role : quint8 { Customer = 0, Executive = 1, Supervisor = 2 };

struct LoginResult {
    quint32 requestId = 0;
    quint8 status = quint8(LoginStatus::Unavailable);
    quint8 role = quint8(Role::Customer);
    QString fullName;
    QStringList services; // for executives: the services they attend
    quint32 retryAfterSeconds = 0;
    template <typename V> bool visit(V &v)
    {
        return v(requestId) && v(status) && v(role) && v(fullName, Limits::Name) && v(services, Limits::Services) &&
               v(retryAfterSeconds);
    }
    bool valid() const { return status <= quint8(LoginStatus::Busy) && role <= quint8(Role::Supervisor); }
    friend bool operator==(const LoginResult &, const LoginResult &) = default;
};

struct Logout {
    template <typename V> bool visit(V &) { return true; }
    friend bool operator==(const Logout &, const Logout &) = default;
};

namespace Limits
{
inline constexpr StringLimit Token{128, "token", Overflow::Refuse};
// The longest resume grace a client honours (the server's --resume-grace goes up to a day too):
// graceSeconds comes from the server, and 2^32 - 1 seconds would overflow the milliseconds.
inline constexpr quint32 MaxResumeGraceSeconds = 24 * 60 * 60;
} // namespace Limits

// Server → customer after a log-in (and after each resume): the secret that lets this customer
// come back after a dropped connection without the password. Kept in memory only.
struct ResumeToken {
    QString token;
    quint32 graceSeconds = 0;
    template <typename V> bool visit(V &v) { return v(token, Limits::Token) && v(graceSeconds); }
    friend bool operator==(const ResumeToken &, const ResumeToken &) = default;
};

// Customer → server instead of a log-in, after a drop: picks up the place in line or the
// conversation. lastMessageId is the newest chat message this app has shown (0 for none): the
// server replays the messages after it, then goes live.
struct Resume {
    quint32 requestId = 0;
    QString token;
    quint64 lastMessageId = 0;
    template <typename V> bool visit(V &v) { return v(requestId) && v(token, Limits::Token) && v(lastMessageId); }
    friend bool operator==(const Resume &, const Resume &) = default;
};

// Server → app after a quiet while; the app answers Pong with the same nonce. A logged-in app
// that stays silent past the server's heartbeat timeout is closed.
struct Ping {
    quint32 nonce = 0;
    template <typename V> bool visit(V &v) { return v(nonce); }
    friend bool operator==(const Ping &, const Ping &) = default;
};

struct Pong {
    quint32 nonce = 0;
    template <typename V> bool visit(V &v) { return v(nonce); }
    friend bool operator==(const Pong &, const Pong &) = default;
};

enum class ForcedLogoutReason : quint8 { LoggedInElsewhere = 1, PasswordChanged = 2 };

// Server → app just before the server closes a logged-in connection that must not come back on
// its own: the same account logged in from another place (which now has the session), or the
// account's password changed. The app shows why and does not try to resume.
struct ForcedLogout {
    quint8 reason = quint8(ForcedLogoutReason::LoggedInElsewhere);
    template <typename V> bool visit(V &v) { return v(reason); }
    bool valid() const
    {
        return reason >= quint8(ForcedLogoutReason::LoggedInElsewhere) &&
               reason <= quint8(ForcedLogoutReason::PasswordChanged);
    }
    friend bool operator==(const ForcedLogout &, const ForcedLogout &) = default;
};

struct RestartInternet {
    quint32 requestId = 0;
    template <typename V> bool visit(V &v) { return v(requestId); }
    friend bool operator==(const RestartInternet &, const RestartInternet &) = default;
};

enum class Service : quint8 { Internet = 1, Wifi = 2 };
enum class ServiceOutcome : quint8 { Done = 0, Failed = 1, Busy = 2 };

// The result of a restart or a Wi-Fi change. detail is the provider's reason on failure.
struct ServiceResult {
    quint32 requestId = 0;
    quint8 service = quint8(Service::Internet);
    quint8 outcome = quint8(ServiceOutcome::Done);
    QString detail;
    template <typename V> bool visit(V &v)
    {
        return v(requestId) && v(service) && v(outcome) && v(detail, Limits::Detail);
    }
    bool valid() const
    {
        return service >= quint8(Service::Internet) && service <= quint8(Service::Wifi) &&
               outcome <= quint8(ServiceOutcome::Busy);
    }
    friend bool operator==(const ServiceResult &, const ServiceResult &) = default;
};

// A customer's new Wi-Fi key (WPA2 rules, see domain/wifipassword.h). The answer is a
// ServiceResult {service Wifi}; a key that breaks the rules gets ErrorReply {Invalid}.
struct ChangeWifiPassword {
    quint32 requestId = 0;
    QString password;
    template <typename V> bool visit(V &v) { return v(requestId) && v(password, Limits::Password); }
    friend bool operator==(const ChangeWifiPassword &, const ChangeWifiPassword &) = default;
};

// A new customer account, sent instead of CustomerLogin. When it is created, the connection is
// logged in as that customer (as after LoginResult {Ok}).
struct SignUp {
    quint32 requestId = 0;
    QString rut;
    QString fullName;
    QString password;
    template <typename V> bool visit(V &v)
    {
        return v(requestId) && v(rut, Limits::Rut) && v(fullName, Limits::Name) && v(password, Limits::Password);
    }
    friend bool operator==(const SignUp &, const SignUp &) = default;
};

// Throttled: too many sign-ups from this address; Busy: too many passwords being hashed at once.
// Both say in retryAfterSeconds when to try again.
enum class SignUpStatus : quint8 {
    Created = 0,
    Closed = 1,
    AlreadyExists = 2,
    Invalid = 3,
    Unavailable = 4,
    Throttled = 5,
    Busy = 6
};

struct SignUpResult {
    quint32 requestId = 0;
    quint8 status = quint8(SignUpStatus::Unavailable);
    QString fullName; // as stored (spaces simplified), when Created
    quint32 retryAfterSeconds = 0;
    template <typename V> bool visit(V &v)
    {
        return v(requestId) && v(status) && v(fullName, Limits::Name) && v(retryAfterSeconds);
    }
    bool valid() const { return status <= quint8(SignUpStatus::Busy); }
    friend bool operator==(const SignUpResult &, const SignUpResult &) = default;
};

// A logged-in customer's new password; the current one is required.
struct ChangePassword {
    quint32 requestId = 0;
    QString oldPassword;
    QString newPassword;
    template <typename V> bool visit(V &v)
    {
        return v(requestId) && v(oldPassword, Limits::Password) && v(newPassword, Limits::Password);
    }
    friend bool operator==(const ChangePassword &, const ChangePassword &) = default;
};

// A logged-in customer's new full name, the one greetings and the server log use.
struct ChangeDisplayName {
    quint32 requestId = 0;
    QString fullName;
    template <typename V> bool visit(V &v) { return v(requestId) && v(fullName, Limits::Name); }
    friend bool operator==(const ChangeDisplayName &, const ChangeDisplayName &) = default;
};

enum class AccountChange : quint8 { Password = 1, DisplayName = 2 };
// Busy: the server is hashing too many passwords at once; try again shortly.
enum class AccountStatus : quint8 {
    Done = 0,
    WrongPassword = 1,
    Invalid = 2,
    Unavailable = 3,
    Throttled = 4,
    Busy = 5
};

// The answer to ChangePassword or ChangeDisplayName.
struct AccountResult {
    quint32 requestId = 0;
    quint8 change = quint8(AccountChange::Password);
    quint8 status = quint8(AccountStatus::Unavailable);
    QString fullName; // the name now stored, after a display-name change
    template <typename V> bool visit(V &v)
    {
        return v(requestId) && v(change) && v(status) && v(fullName, Limits::Name);
    }
    bool valid() const
    {
        return change >= quint8(AccountChange::Password) && change <= quint8(AccountChange::DisplayName) &&
               status <= quint8(AccountStatus::Busy);
    }
    friend bool operator==(const AccountResult &, const AccountResult &) = default;
};

// Pushed to executives whenever the number of connected customers changes.
struct ConnectedCustomers {
    quint32 count = 0;
    template <typename V> bool visit(V &v) { return v(count); }
    friend bool operator==(const ConnectedCustomers &, const ConnectedCustomers &) = default;
};

// LimitReached: the executive already has as many sessions as the server allows at once.
// RateLimited: the app asked for this too often; it may ask again after retryAfterMs (a ChatSend
// refused so has requestId 0: every chat message sent until then was refused too, in order).
enum class ErrorCode : quint16 {
    NotAllowed = 1,
    BadState = 2,
    Internal = 3,
    Invalid = 4,
    LimitReached = 5,
    RateLimited = 6
};

// The answer to a request the server could not carry out.
struct ErrorReply {
    quint32 requestId = 0;
    quint16 code = quint16(ErrorCode::Internal);
    QString detail;
    quint32 retryAfterMs = 0; // when RateLimited
    template <typename V> bool visit(V &v)
    {
        return v(requestId) && v(code) && v(detail, Limits::Detail) && v(retryAfterMs);
    }
    friend bool operator==(const ErrorReply &, const ErrorReply &) = default;
};

} // namespace Turno::Protocol

// The line, offer and chat messages use the limits above.
#include "sessionmessages.h"
#include "teammessages.h"

namespace Turno::Protocol
{

#define TURNO_TRAITS(name, number, dir)                                                                                \
    template <> struct MessageTraits<name> {                                                                           \
        static constexpr Kind kind = Kind::name;                                                                       \
        static constexpr Direction direction = Direction::dir;                                                         \
        static constexpr const char *name_ = #name;                                                                    \
    };
template <typename M> struct MessageTraits;
TURNO_MESSAGES(TURNO_TRAITS)
#undef TURNO_TRAITS

template <typename M>
concept ToServerMessage = MessageTraits<M>::direction == Direction::ToServer;
template <typename M>
concept ToClientMessage = MessageTraits<M>::direction == Direction::ToClient;

} // namespace Turno::Protocol
