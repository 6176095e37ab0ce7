// The executive's side of a session, without any widget: log in with username and password, learn
// the profile the server assigns, and follow how many customers are connected.
#pragma once

#include "chatinbox.h"
#include "chatoutbox.h"
#include "clientsession.h"
#include "executivetexts.h"

#include <QDateTime>
#include <QHash>

namespace Turno
{

// A customer waiting in a line this executive serves.
struct WaitingEntry {
    QString key; // for claimCustomer()
    QString customerName;
    QString service;    // translated
    QString lastAction; // translated
    QDateTime waitingSince;
};

// One line of a customer's history, ready to show.
struct HistoryItem {
    QDateTime at;
    QString description; // translated sentence
};

// A customer offered to this executive, ringing until ringsUntil.
struct OfferInfo {
    quint32 id = 0;
    QString customerName;
    QString lastAction; // translated, ready to show; empty when the customer did nothing yet
    QString service;    // translated service name
    int ringSeconds = 0;
    QDateTime ringsUntil;
};

// One line of a session's conversation.
struct ChatLine {
    QDateTime at;
    QString fromName;
    QString text;
    QString clientMessageId; // own messages: the outbox id
    bool own = false;
    bool delivered = false;
};

// One of this executive's sessions: their own, or one they joined as a guest (conference).
struct SessionInfo {
    quint32 id = 0;
    QString customerName;
    QString service; // translated
    QDateTime startedAt;
    bool held = false;
    bool guest = false;
    QStringList participants; // customer first, when a conference
    QList<ChatLine> transcript;
    int unread = 0;
    // Server ids of the messages in the transcript: a conversation replayed again (a take-over, a
    // transfer) or a message delivered once more adds nothing.
    ChatInbox inbox;
};

// Another executive online, for transfer and conference.
struct ColleagueInfo {
    QString username;
    QString fullName;
    Protocol::Presence presence = Protocol::Presence::Available;
    int sessions = 0;
};

struct ContactInfo {
    QString key;
    QString name;
    bool online = false;
    bool free = false;
};

// An invitation into a colleague's session (conference), ringing until ringsUntil.
struct InvitationInfo {
    quint32 id = 0;
    QString fromName;
    QString customerName;
    QString service; // translated
    QDateTime ringsUntil;
};

// One connected customer, for :details.
struct CustomerDetail {
    QString name;
    QString lastAction; // translated
    QString activity;   // translated: idle, waiting, in a session
};

class ExecutiveSession : public ClientSession
{
    Q_OBJECT
public:
    explicit ExecutiveSession(QObject *parent = nullptr);

    bool logIn(const QString &server, const QString &username, const QString &password);

    QString fullName() const { return m_fullName; }
    QString firstName() const;
    bool isSupervisor() const { return m_supervisor; }
    QStringList services() const { return m_services; }
    int connectedCustomers() const { return m_connectedCustomers; }

    // The offer ringing now, if any; answering it (accept or reject) sends the answer at once.
    std::optional<OfferInfo> currentOffer() const { return m_offer; }
    // Presence: Available, Away (with a reason), Busy in a session, After-call work.
    Protocol::Presence presence() const { return m_presence; }
    QString presenceReason() const { return m_presenceReason; }
    // "Ready now" (also from Away); refused by the server while in a session.
    void setAvailable();
    void setAway(const QString &reason);

    // Customers waiting in the lines this executive serves, oldest first; total may be larger.
    QList<WaitingEntry> waitingCustomers() const { return m_waiting; }
    int waitingTotal() const { return m_waitingTotal; }
    // The history of the customer in the current session (historyReceived), and notes in it
    // (noteAdded). False without a session, or for an empty note or one over the note limit
    // (ExecutiveTexts::noteProblem() says what to tell the executive).
    bool requestHistory();
    // The history of a customer waiting in a line this executive serves (key from waitingCustomers()).
    bool requestHistoryOf(const QString &waitingKey);
    // The history comes a page at a time, newest first: historyReceived brings the newest page,
    // and while hasOlderHistory(), requestOlderHistory() asks for the page before the oldest one
    // received (olderHistoryReceived). False when nothing older is left.
    bool hasOlderHistory() const { return m_history.older != 0; }
    bool requestOlderHistory();
    // Restart the session customer's internet service, or their Wi-Fi (the customer is asked for
    // the new password); progress and results come as sessionNotice.
    bool restartInternet();
    bool restartWifi();
    bool addNote(const QString &text);
    // Connect selected: takes a waiting customer now; the current session, if any, goes on hold.
    // A customer someone else took first, or one over the session limit, is refused
    // (requestRefused).
    bool claimCustomer(const QString &key);
    // Connect next: the customer who has waited longest. False when nobody waits.
    bool claimNext();
    bool acceptOffer();
    bool rejectOffer();

    // The session in front of the executive (0 when none), and its customer. With several
    // sessions, the others are on hold (or, as a guest, in the background).
    quint32 currentSession() const { return m_sessionId; }
    QString customerName() const;
    const QList<SessionInfo> &sessions() const { return m_sessions; }
    const SessionInfo *session(quint32 id) const;
    // Sends a chat message in the current session; returns its client id (empty when there is no
    // session or no text).
    QString sendMessage(const QString &text);
    // Ends the current session (a guest leaves the conference instead).
    bool endSession();

    // Hold and switch: puts the current session on hold, or brings another one to the front
    // (the server holds the one there). False without such a session.
    bool holdSession();
    bool switchTo(quint32 sessionId);
    // Hands the current session's customer to a colleague (see colleagues()).
    bool transferTo(const QString &username);
    // Invites a colleague into the current session; they accept or decline (invitationEnded).
    bool inviteToConference(const QString &username);
    // Colleagues online (not this executive), by name.
    QList<ColleagueInfo> colleagues() const { return m_colleagues; }
    // Finds a colleague by username or (a unique start of) their name; empty if none or ambiguous.
    QString findColleague(const QString &text) const;
    // An invitation into a colleague's session.
    std::optional<InvitationInfo> currentInvitation() const { return m_invitation; }
    bool answerInvitation(bool accept);

    // Contacts: customers this executive added from a session.
    QList<ContactInfo> contacts() const { return m_contacts; }
    bool addContact();
    bool removeContact(const QString &key);
    // Invites a free contact to a session about service ("internet" or "wifi").
    bool inviteContact(const QString &key, const QString &service);
    // Finds a contact by (a unique start of) their name; empty if none or ambiguous.
    QString findContact(const QString &text) const;

    // :details — the connected customers and their last action (detailsReceived).
    bool requestDetails();

    using ClientSession::handle;
    void handle(const Protocol::ConnectedCustomers &m) override;
    void handle(const Protocol::Offer &m) override;
    void handle(const Protocol::OfferEnded &m) override;
    void handle(const Protocol::SessionStarted &m) override;
    void handle(const Protocol::SessionEnded &m) override;
    void handle(const Protocol::ChatAck &m) override;
    void handle(const Protocol::ChatMessage &m) override;
    void handle(const Protocol::WaitingList &m) override;
    void handle(const Protocol::PresenceChanged &m) override;
    void handle(const Protocol::History &m) override;
    void handle(const Protocol::NoteAdded &m) override;
    void handle(const Protocol::ServiceNotice &m) override;
    void handle(const Protocol::SessionHeld &m) override;
    void handle(const Protocol::Invitation &m) override;
    void handle(const Protocol::InvitationEnded &m) override;
    void handle(const Protocol::Participants &m) override;
    void handle(const Protocol::Colleagues &m) override;
    void handle(const Protocol::Contacts &m) override;
    void handle(const Protocol::Details &m) override;

Q_SIGNALS:
    // Logged in; the profile and connectedCustomers() are known.
    void loggedInAs(const QString &fullName);
    // The number of connected customers changed after the log-in.
    void connectedCustomersChanged(int count);
    void offerReceived(const Turno::OfferInfo &offer);
    // A page of a customer's history, oldest first: the newest page, or (olderHistoryReceived)
    // the page before the oldest received; hasOlder tells whether there are more before it.
    void historyReceived(const QString &customerName, const QList<Turno::HistoryItem> &items, bool hasOlder);
    void olderHistoryReceived(const QString &customerName, const QList<Turno::HistoryItem> &items, bool hasOlder);
    void noteAdded(const QDateTime &at);
    void sessionNotice(const QString &message);
    // Presence changed; reason is translated ("missed offers" …), seconds is the after-call
    // work left. When missed offers set the executive Away, message tells them so.
    void presenceChanged(Turno::Protocol::Presence presence, const QString &reason, int seconds);
    void awayForMissedOffers(const QString &message);
    // The queue panel's content changed (waitingCustomers(), waitingTotal()).
    void waitingChanged();
    // The offer stopped ringing without a session; message says why.
    void offerEnded(quint32 offerId, const QString &message);
    void sessionStarted(quint32 sessionId, const QString &customerName, const QString &service);
    void sessionEnded(quint32 sessionId, const QString &message);
    void messageReceived(const QString &fromName, const QString &text, const QDateTime &at);
    // A message of this executive: queued (sending), then committed by the server (delivered).
    void messageSending(const QString &clientMessageId, const QString &text);
    void messageDelivered(const QString &clientMessageId, const QDateTime &at);
    // Another session is in front now (0: none left); views show its transcript.
    void currentSessionChanged(quint32 sessionId);
    // A session started, ended, or was held or taken back (sessions()).
    void sessionsChanged();
    // A message in a session that is not in front (on hold, or a guest one).
    void backgroundMessage(quint32 sessionId, const QString &fromName, const QString &text);
    void heldChanged(quint32 sessionId, bool held);
    // Who is in a conference changed; message says who joined or left.
    void participantsChanged(quint32 sessionId, const QStringList &names, const QString &message);
    void colleaguesChanged();
    void contactsChanged();
    void invitationReceived(const Turno::InvitationInfo &invitation);
    // An invitation (to or from this executive) ended; message says how.
    void invitationEnded(quint32 invitationId, const QString &message);
    void detailsReceived(const QList<Turno::CustomerDetail> &customers, int total);

protected:
    void sendCredentials(quint32 requestId) override;
    void loggedIn(const Protocol::LoginResult &result) override;
    QString wrongCredentialsMessage() const override;
    void linkClosed() override;
    void sendFirstPendingChat() override;
    void requestFailed(quint32 requestId) override;
    bool refusalIsStale(quint32 requestId) const override;

private:
    QString m_username;
    QString m_password; // kept only until the server has answered the log-in
    QString m_fullName;
    QStringList m_services;
    bool m_supervisor = false;
    int m_connectedCustomers = 0;
    bool m_awaitingCount = false;
    std::optional<OfferInfo> m_offer;
    Protocol::Presence m_presence = Protocol::Presence::Available;
    QString m_presenceReason;
    QList<WaitingEntry> m_waiting;
    int m_waitingTotal = 0;
    SessionInfo *findSession(quint32 id);
    void setCurrent(quint32 id);
    quint32 m_sessionId = 0;
    QList<SessionInfo> m_sessions;
    // Requests about one session (history, notes, restarts) still unanswered: request → session.
    QHash<quint32, quint32> m_sessionRequests;
    // The history asked for last: whose (a session, or a waiting customer's key), the request of
    // its newest page and of the older page on its way, and where its older pages begin.
    struct HistoryCursor {
        quint32 sessionId = 0;
        QString customerKey;
        quint32 newestRequest = 0;
        quint32 olderRequest = 0;
        quint64 older = 0;
    };
    HistoryCursor m_history;
    ChatOutbox m_outbox;
    QList<ColleagueInfo> m_colleagues;
    QList<ContactInfo> m_contacts;
    std::optional<InvitationInfo> m_invitation;
    bool m_joiningConference = false;
    QHash<quint32, QString> m_transferringTo; // session → colleague's name
};

} // namespace Turno
