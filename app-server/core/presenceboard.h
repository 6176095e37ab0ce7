// Each online executive's presence: Available, Away (with a reason), Busy in a session, or
// After-call work for the wrap-up time after their last session. Offers go only to the Available;
// every change is told to the executive, the log and, a moment later, the colleague lists.
#pragma once

#include "protocol/messages.h"

#include <QHash>
#include <QObject>
#include <functional>

class QTimer;

namespace Turno::Server
{

class ContactCenter;
class CustomerQueue;
class Participant;

class PresenceBoard : public QObject
{
    Q_OBJECT
public:
    using NameOf = std::function<QString(const QString &username)>;

    PresenceBoard(ContactCenter &center, CustomerQueue &queue, NameOf nameOf, QObject *parent = nullptr);

    // The executive logged in (Available) or left; a wrap-up under way is dropped with them.
    void online(const QString &username);
    void offline(const QString &username);
    bool isOnline(const QString &username) const { return m_presence.contains(username); }

    void change(const QString &username, Protocol::Presence presence, const QString &reason = QString());
    // What the executive asked for: Available (refused while Busy), or Away with a reason.
    void set(Participant *executive, const Protocol::SetPresence &m);
    // The presence as it stands, for a new connection of the same executive.
    Protocol::PresenceChanged current(const QString &username) const;

    // An offer was answered (accepted or rejected), or rang out; after missedOffersLimit offers
    // in a row rang out, checkMissedOffers() makes the executive Away ("missed-offers").
    void offerAnswered(const QString &username);
    void offerRangOut(const QString &username);
    void checkMissedOffers(const QString &username);

    // Before a session of theirs ends: keeps a freed executive from being offered the next
    // customer while they wrap up (after their last session).
    void beforeSessionEnds(const QString &username);
    // An executive's last session (own or as a guest) ended: after-call work, or available.
    void sessionsDone(const QString &username);
    // The colleague lists go out a moment later, once for a burst of changes.
    void scheduleColleagues();

private:
    struct State {
        Protocol::Presence presence = Protocol::Presence::Available;
        QString reason;
        int missedInARow = 0;
        QTimer *wrapUp = nullptr;
    };
    void pushColleagues();

    ContactCenter &m_center;
    CustomerQueue &m_queue;
    NameOf m_nameOf;
    QHash<QString, State> m_presence; // by username, while online
    bool m_colleaguesDue = false;
};

} // namespace Turno::Server
