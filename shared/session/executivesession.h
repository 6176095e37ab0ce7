// The executive's side of a session, without any widget: log in with username and password, learn
// the profile the server assigns, and follow how many customers are connected.
#pragma once

#include "chatoutbox.h"
#include "clientsession.h"

#include <QDateTime>

namespace Turno {

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
    static QString describePresence(Protocol::Presence presence);
    // A whole sentence for the executive about their presence ("You are available for customers.").
    static QString presenceSentence(Protocol::Presence presence, const QString &reason, int seconds);

    // Customers waiting in the lines this executive serves, oldest first; total may be larger.
    QList<WaitingEntry> waitingCustomers() const { return m_waiting; }
    int waitingTotal() const { return m_waitingTotal; }
    // The history of the customer in the current session (historyReceived), and notes in it
    // (noteAdded). False without a session, or for an empty note.
    bool requestHistory();
    // Restart the session customer's internet service, or their Wi-Fi (the customer is asked for
    // the new password); progress and results come as sessionNotice.
    bool restartInternet();
    bool restartWifi();
    bool addNote(const QString &text);
    static QString describeHistory(const Protocol::HistoryEntry &entry);
    // Connect selected: takes a waiting customer now (while away or wrapping up). A customer
    // someone else took first is refused (requestRefused).
    bool claimCustomer(const QString &key);
    bool acceptOffer();
    bool rejectOffer();

    // The session in progress (0 when none), and its customer.
    quint32 currentSession() const { return m_sessionId; }
    QString customerName() const { return m_customerName; }
    // Sends a chat message; returns its client id (empty when there is no session or no text).
    QString sendMessage(const QString &text);
    bool endSession();

    // Turns a self-service action key from the server ("restart-internet:ok") into a sentence.
    static QString describeAction(const QString &key);
    static QString describeService(const QString &service);

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

Q_SIGNALS:
    // Logged in; the profile and connectedCustomers() are known.
    void loggedInAs(const QString &fullName);
    // The number of connected customers changed after the log-in.
    void connectedCustomersChanged(int count);
    void offerReceived(const Turno::OfferInfo &offer);
    void historyReceived(const QString &customerName, const QList<Turno::HistoryItem> &items);
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

protected:
    void sendCredentials(quint32 requestId) override;
    void loggedIn(const Protocol::LoginResult &result) override;
    QString wrongCredentialsMessage() const override;
    void linkClosed() override;

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
    quint32 m_sessionId = 0;
    QString m_customerName;
    ChatOutbox m_outbox;
};

} // namespace Turno
