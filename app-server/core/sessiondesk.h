// The server's side of "contact an executive": customers join a line, executives are offered
// them and accept or reject, and accepted customers chat with their executive. Every message is
// committed before it is acknowledged; every queue event goes to the log and the request log.
#pragma once

#include "customerqueue.h"
#include "protocol/messages.h"
#include "storage/store.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Turno::Server
{

class Participant;
class ContactCenter;

class SessionDesk : public QObject
{
    Q_OBJECT
public:
    SessionDesk(ContactCenter &center, Storage::Store &store, CustomerQueue::Settings settings,
                QObject *parent = nullptr);
    ~SessionDesk() override;

    // Loads the handling-time samples the wait estimate needs (they survive restarts).
    void restoreStatistics();

    void executiveOnline(Participant *peer);
    void executiveOffline(Participant *peer);
    // The same executive logged in again from another place: presence, the ringing offer and the
    // sessions go on, and the new connection is told all of them.
    void executiveReplaced(Participant *peer);
    // A customer is gone for good (logged out, or the grace period after a drop is over): their
    // place or their session ends, and the desk forgets them.
    void customerGone(const QString &rut);
    // A customer came back after a drop: their place is pushed again, or their session restarted
    // on their side with the messages after lastMessageId that were addressed to them, and then
    // live ones, with neither a gap nor a repeat.
    void customerResumed(Participant *peer, quint64 lastMessageId);
    // What the customer did last in self-service ("restart-internet:ok"), shown with offers.
    void setLastAction(const QString &rut, const QString &action) { m_lastAction.insert(rut, action); }

    void join(Participant *peer, const Protocol::JoinQueue &m);
    void leave(Participant *peer, const Protocol::LeaveQueue &m);
    void answer(Participant *peer, const Protocol::AnswerOffer &m);
    void end(Participant *peer, const Protocol::EndSession &m);
    void chat(Participant *peer, const Protocol::ChatSend &m);
    void setPresence(Participant *peer, const Protocol::SetPresence &m);
    // Only the executive of a session may read its customer's history or add notes to it.
    void history(Participant *peer, const Protocol::RequestHistory &m);
    // The page of history rows (newest last, one more than a page holds) makes: the newest that
    // fit kMaxHistoryEntries and kHistoryPageBytes, and the cursor to the rest.
    static Protocol::History historyPage(quint32 requestId, const QString &customerName,
                                         const QList<Storage::RequestLogEntry> &rows);
    void addNote(Participant *peer, const Protocol::AddNote &m);
    void claim(Participant *peer, const Protocol::ClaimCustomer &m);
    // The executive restarts the customer's internet or Wi-Fi; results go to both sides.
    void restartFor(Participant *peer, const Protocol::RestartForCustomer &m);
    // A customer's Wi-Fi change finished: their executive, if in a session, is told.
    void wifiChanged(const QString &rut, bool ok, const QString &detail);
    // A customer logged in, or their connection dropped: their executives' contact lists change.
    void customerOnline(Participant *peer);
    void customerOffline(const QString &rut);

    // Hold and switch, transfer, conference (sessionteam.cpp).
    void hold(Participant *peer, const Protocol::HoldSession &m);
    void transfer(Participant *peer, const Protocol::TransferSession &m);
    void inviteExecutive(Participant *peer, const Protocol::InviteExecutive &m);
    void answerInvitation(Participant *peer, const Protocol::AnswerInvitation &m);
    // Contacts and :details (sessionteam.cpp).
    void addContact(Participant *peer, const Protocol::AddContact &m);
    void removeContact(Participant *peer, const Protocol::RemoveContact &m);
    void inviteContact(Participant *peer, const Protocol::InviteContact &m);
    void details(Participant *peer, const Protocol::RequestDetails &m);

    // The customers the desk still holds anything for (name, account id, last action, a missed
    // notice, a pushed place): those online, away within their grace period, or the contacts of an
    // executive online. One who is gone for good is forgotten (tests and soaks check this).
    QStringList customersKept() const;

    int waitingCount() const { return m_queue.waitingCount(); }
    int sessionCount() const { return int(m_sessions.size()); }

    CustomerQueue &queue() { return m_queue; }
    // Interval of the place-in-line refresh pushed even when nothing changed.
    void setRefreshIntervalMs(int ms) { m_refresh.setInterval(ms); }

private:
    struct PendingOffer {
        quint32 id = 0;
        QString rut;
    };
    // A party being sent the conversation so far (sessionchat.cpp): live messages for them wait
    // here until the replay is out, and then go only if the replay did not hold them.
    struct ChatReplay {
        quint64 generation = 0; // a later replay for the same party supersedes this one
        QList<Protocol::ChatMessage> held;
    };
    struct Session {
        quint32 id = 0;
        QString rut;
        QString username;
        QString customerName;
        QString executiveName;
        QString service;
        qint64 startedAtMs = 0;
        QFuture<Storage::Result<qint64>> conversation;
        Protocol::SessionEndReason endReason = Protocol::SessionEndReason::PeerGone;
        bool held = false;
        QStringList guests;                 // executives invited into it (conference)
        QHash<QString, ChatReplay> replays; // by party address, while a replay is under way
        // By party address: the newest id a replay read from storage and sent. A message at or
        // below it went out in that replay, even when its own relay comes only after the read.
        QHash<QString, quint64> replayedUpTo;
    };
    // An invitation waiting for its answer: a colleague into a session, or a contact to one.
    struct PendingInvitation {
        quint32 id = 0;
        Protocol::InvitationKind kind = Protocol::InvitationKind::Conference;
        quint32 requestId = 0; // the inviter's request
        QString from;          // inviter's username
        QString to;            // invitee's address: executiveAddress (conference) or customerAddress (contact)
        quint32 sessionId = 0; // conference
        QString service;       // contact
        QTimer *expiry = nullptr;
    };

    // An executive's presence: Available, Away (with a reason), Busy in a session, or After-call
    // work for the wrap-up time after each session. Offers go only to Available executives.
    struct ExecutivePresence {
        Protocol::Presence presence = Protocol::Presence::Available;
        QString reason;
        int missedInARow = 0;
        QTimer *wrapUp = nullptr;
    };
    void changePresence(const QString &username, Protocol::Presence presence, const QString &reason = QString());
    // Ends a customer's session (its executive wraps up afterwards) or their wait.
    void endFor(const QString &rut);
    void onLineChanged(const QString &service);
    // Pushes the places and queue panels of the lines changed since the last push.
    void pushDirtyLines();
    void pushStatus(const QString &rut, bool force);
    // Sends an executive the customers waiting in the lines they serve.
    void pushWaitingList(const QString &username);
    // The offer message for a ringing offer (sent when it starts, and again to a new connection).
    Protocol::Offer offerOf(const PendingOffer &pending) const;
    void onOffered(const QString &username, const QString &rut);
    void onOfferEnded(const QString &username, const QString &rut, Routing::EventType why);
    void onConnected(const QString &username, const QString &rut);
    void onSessionEnded(const QString &username, const QString &rut, qint64 handlingMs);
    void onCustomerLeft(const QString &rut, bool wasOffered);
    // The session if peer is its customer or its executive; with guests, also if peer was invited
    // into it.
    Session *sessionOf(Participant *peer, quint32 sessionId, bool guests = false);
    // Sends every participant but `except` (a username or a RUT) a message of the session.
    template <typename M> void tellSession(const Session &session, const M &message, const QString &except = QString());
    void setHeld(Session &session, bool held);
    // Puts the executive's active session (not on hold) on hold, except keep.
    void holdOthers(const QString &username, quint32 keep);
    // Chat (sessionchat.cpp). Sends a party (an address) a session's conversation after the
    // message id `after`: for a customer the messages written to them, for an executive all of
    // them. Until it is out, live messages for that party are held; then those the replay did not
    // contain follow, in order, and the party is live again.
    void replayChat(Session &session, const QString &party, quint64 after);
    void finishReplay(quint32 sessionId, const QString &party, quint64 after, quint64 generation,
                      const Storage::Result<QList<Storage::ChatRecord>> &read);
    // Sends a message to every party of the session but `except` (the sender's address). A
    // redelivery (a resent message already stored) goes only to apps that show each id once.
    void relayChat(const Session &session, const Protocol::ChatMessage &message, const QString &except,
                   bool redelivery);
    void deliverChat(const QString &party, const Protocol::ChatMessage &message, bool redelivery);
    Participant *peerAt(const QString &address) const;
    QString nameAt(const QString &address) const;
    // Runs work once the conversation's id is known. Every wait chains after the previous one, so
    // the waits keep their order, and conversation becomes the new end of the chain.
    void afterConversation(QFuture<Storage::Result<qint64>> &conversation,
                           std::function<void(const Storage::Result<qint64> &)> work);
    void pushParticipants(const Session &session);
    // An executive's last session (own or as a guest) ended: after-call work, or available.
    void sessionsDone(const QString &username);
    // Before a session of theirs ends: keeps a freed executive from being offered the next
    // customer while they wrap up (after their last session).
    void beforeSessionEnds(const QString &username);
    void leaveConference(Session &session, const QString &username, Protocol::SessionEndReason reason);
    void finishInvitation(quint32 id, Protocol::InvitationOutcome outcome);
    // Every invitation from or to party (an address, as in PendingInvitation::to).
    void cancelInvitationsOf(const QString &party);
    void pushContacts(const QString &username);
    void contactChanged(const QString &rut);
    bool isInvited(const QString &rut) const;
    void schedulePushColleagues();
    void pushColleagues();
    // A party's address, typed so that a username never passes for a RUT (usernames may be digits
    // and dashes): chat records' sender and recipient, an invitation's invitee.
    // "customer:<RUT>", "executive:<username>".
    static QString customerAddress(const QString &rut) { return QStringLiteral("customer:") + rut; }
    static QString executiveAddress(const QString &username) { return QStringLiteral("executive:") + username; }
    // The RUT or username in an address (neither contains a colon).
    static QString addressee(const QString &address) { return address.mid(address.indexOf(QLatin1Char(':')) + 1); }
    QString customerName(const QString &rut) const;
    QString executiveName(const QString &username) const;
    void refuse(Participant *peer, Protocol::ErrorCode code, const QString &why, quint32 requestId = 0);

    ContactCenter &m_center;
    Storage::Store &m_store;
    CustomerQueue m_queue;
    QHash<QString, PendingOffer> m_offers;        // by executive username: the offer ringing for them
    QHash<quint32, Session> m_sessions;           // by session id
    QHash<QString, quint32> m_sessionOfCustomer;  // rut → session id
    QHash<QString, Protocol::QueueStatus> m_sent; // last status pushed to each waiting customer
    QHash<QString, QString> m_lastAction;         // rut → last self-service action
    QHash<QString, QString> m_names;              // rut or username → name, for log lines after a drop
    QHash<QString, ExecutivePresence> m_presence; // by username, while online
    QHash<QString, qint64> m_accountIds;          // "customer:<rut>" / "executive:<username>" → id
    // Tells a customer something now, or when they come back if their connection is down.
    template <typename M> void tellCustomer(const QString &rut, const M &message);
    // The last ending notice (SessionEnded, QueueLeft) a customer missed while away.
    QHash<QString, std::function<void(Participant *)>> m_missedNotice;
    QHash<QString, QFuture<Storage::Result<qint64>>> m_carried; // rut → conversation going with a transfer
    QHash<quint32, PendingInvitation> m_invitations;
    QHash<QString, QList<Storage::Customer>> m_contacts; // username → their contacts (id, rut, name)
    QHash<QString, QSet<QString>> m_watchers;            // rut → executives with them as a contact
    bool m_colleaguesDue = false;
    quint32 m_nextInvitationId = 0;
    QTimer m_refresh;
    QTimer m_linePush;
    QSet<QString> m_dirtyLines;    // services whose line changed since the last push
    QSet<QString> m_dirtyOwnLines; // executives whose own line changed
    quint32 m_nextOfferId = 0;
    quint32 m_nextSessionId = 0;
    quint64 m_nextReplay = 0;
};

} // namespace Turno::Server
