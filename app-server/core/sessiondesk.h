// The server's side of "contact an executive": customers join a line, executives are offered
// them and accept or reject, and accepted customers chat with their executive. Every message is
// committed before it is acknowledged; every queue event goes to the log and the request log.
#pragma once

#include "customerqueue.h"
#include "protocol/messages.h"
#include "storage/store.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace Turno::Server {

class ClientPeer;
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

    void executiveOnline(ClientPeer *peer);
    void executiveOffline(ClientPeer *peer);
    // A customer is gone for good (logged out, or the grace period after a drop is over): their
    // place or their session ends.
    void customerGone(const QString &rut);
    // A customer came back after a drop: their place is pushed again, or their session restarted
    // on their side with the messages after lastMessageId that were addressed to them.
    void customerResumed(ClientPeer *peer, quint64 lastMessageId);
    // What the customer did last in self-service ("restart-internet:ok"), shown with offers.
    void setLastAction(const QString &rut, const QString &action) { m_lastAction.insert(rut, action); }

    void join(ClientPeer *peer, const Protocol::JoinQueue &m);
    void leave(ClientPeer *peer, const Protocol::LeaveQueue &m);
    void answer(ClientPeer *peer, const Protocol::AnswerOffer &m);
    void end(ClientPeer *peer, const Protocol::EndSession &m);
    void chat(ClientPeer *peer, const Protocol::ChatSend &m);
    void setPresence(ClientPeer *peer, const Protocol::SetPresence &m);
    // Only the executive of a session may read its customer's history or add notes to it.
    void history(ClientPeer *peer, const Protocol::RequestHistory &m);
    void addNote(ClientPeer *peer, const Protocol::AddNote &m);
    void claim(ClientPeer *peer, const Protocol::ClaimCustomer &m);
    // The executive restarts the customer's internet or Wi-Fi; results go to both sides.
    void restartFor(ClientPeer *peer, const Protocol::RestartForCustomer &m);
    // A customer's Wi-Fi change finished: their executive, if in a session, is told.
    void wifiChanged(const QString &rut, bool ok, const QString &detail);

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
        QFuture<Storage::Result<qint64>> conversation;
        Protocol::SessionEndReason endReason = Protocol::SessionEndReason::PeerGone;
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
    void pushStatus(const QString &rut, bool force);
    // Sends an executive the customers waiting in the lines they serve.
    void pushWaitingList(const QString &username);
    void onOffered(const QString &username, const QString &rut);
    void onOfferEnded(const QString &username, const QString &rut, Routing::EventType why);
    void onConnected(const QString &username, const QString &rut);
    void onSessionEnded(const QString &username, const QString &rut, qint64 handlingMs);
    void onCustomerLeft(const QString &rut, bool wasOffered);
    Session *sessionOf(ClientPeer *peer, quint32 sessionId);
    QString customerName(const QString &rut) const;
    QString executiveName(const QString &username) const;
    void refuse(ClientPeer *peer, Protocol::ErrorCode code, const QString &why, quint32 requestId = 0);

    ContactCenter &m_center;
    Storage::Store &m_store;
    CustomerQueue m_queue;
    QHash<QString, PendingOffer> m_offers;         // by executive username: the offer ringing for them
    QHash<quint32, Session> m_sessions;            // by session id
    QHash<QString, quint32> m_sessionOfCustomer;   // rut → session id
    QHash<QString, Protocol::QueueStatus> m_sent;  // last status pushed to each waiting customer
    QHash<QString, QString> m_lastAction;          // rut → last self-service action
    QHash<QString, QString> m_names;               // rut or username → name, for log lines after a drop
    QHash<QString, ExecutivePresence> m_presence; // by username, while online
    QHash<QString, qint64> m_accountIds;           // "customer:<rut>" / "executive:<username>" → id
    // Tells a customer something now, or when they come back if their connection is down.
    template <typename M> void tellCustomer(const QString &rut, const M &message);
    // The last ending notice (SessionEnded, QueueLeft) a customer missed while away.
    QHash<QString, std::function<void(ClientPeer *)>> m_missedNotice;
    QTimer m_refresh;
    quint32 m_nextOfferId = 0;
    quint32 m_nextSessionId = 0;
};

} // namespace Turno::Server
