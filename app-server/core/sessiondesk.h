// The server's side of "contact an executive": customers join a line, executives are offered
// them and accept or reject, and accepted customers chat with their executive. Every message is
// committed before it is acknowledged; every queue event goes to the log and the request log.
#pragma once

#include "chatrelay.h"
#include "contactbook.h"
#include "customerhistory.h"
#include "customerqueue.h"
#include "invitationbook.h"
#include "partyaddress.h"
#include "presenceboard.h"
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
    struct Session {
        quint32 id = 0;
        QString rut;
        QString username;
        QString customerName;
        QString executiveName;
        QString service;
        qint64 startedAtMs = 0;
        Protocol::SessionEndReason endReason = Protocol::SessionEndReason::PeerGone;
        bool held = false;
        QStringList guests; // executives invited into it (conference)
    };

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
    // The name of a party (an address), for the chat relay's replays.
    QString nameAt(const QString &address) const;
    // Ends a conversation in storage once every write into it is done.
    void endConversation(ChatRelay::Conversation conversation);
    void pushParticipants(const Session &session);
    void leaveConference(Session &session, const QString &username, Protocol::SessionEndReason reason);
    // Parties' addresses (partyaddress.h).
    static QString customerAddress(const QString &rut) { return PartyAddress::customer(rut); }
    static QString executiveAddress(const QString &username) { return PartyAddress::executive(username); }
    static QString addressee(const QString &address) { return PartyAddress::addressee(address); }
    QString customerName(const QString &rut) const;
    QString executiveName(const QString &username) const;
    void refuse(Participant *peer, Protocol::ErrorCode code, const QString &why, quint32 requestId = 0);

    ContactCenter &m_center;
    Storage::Store &m_store;
    CustomerQueue m_queue;
    PresenceBoard m_presence;
    ChatRelay m_relay;
    ContactBook m_contacts;
    InvitationBook m_invitations;
    CustomerHistory m_history;
    QHash<QString, PendingOffer> m_offers;        // by executive username: the offer ringing for them
    QHash<quint32, Session> m_sessions;           // by session id
    QHash<QString, quint32> m_sessionOfCustomer;  // rut → session id
    QHash<QString, Protocol::QueueStatus> m_sent; // last status pushed to each waiting customer
    QHash<QString, QString> m_lastAction;         // rut → last self-service action
    QHash<QString, QString> m_names;              // rut or username → name, for log lines after a drop
    QHash<QString, qint64> m_accountIds;          // "customer:<rut>" / "executive:<username>" → id
    // Tells a customer something now, or when they come back if their connection is down.
    template <typename M> void tellCustomer(const QString &rut, const M &message);
    // The last ending notice (SessionEnded, QueueLeft) a customer missed while away.
    QHash<QString, std::function<void(Participant *)>> m_missedNotice;
    QHash<QString, ChatRelay::Conversation> m_carried; // rut → conversation going with a transfer
    QTimer m_refresh;
    QTimer m_linePush;
    QSet<QString> m_dirtyLines;    // services whose line changed since the last push
    QSet<QString> m_dirtyOwnLines; // executives whose own line changed
    quint32 m_nextOfferId = 0;
    quint32 m_nextSessionId = 0;
};

} // namespace Turno::Server
