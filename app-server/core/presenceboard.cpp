#include "presenceboard.h"

#include "contactcenter.h"
#include "customerqueue.h"
#include "participant.h"
#include "serverlog.h"

#include <QTimer>
#include <algorithm>

namespace Turno::Server
{

using namespace Protocol;

namespace
{
// Presence changes come in bursts; each colleague-list push costs executives × executives.
constexpr int kColleaguesPushMs = 200;
} // namespace

PresenceBoard::PresenceBoard(ContactCenter &center, CustomerQueue &queue, NameOf nameOf, QObject *parent)
    : QObject(parent), m_center(center), m_queue(queue), m_nameOf(std::move(nameOf))
{
}

void PresenceBoard::online(const QString &username)
{
    m_presence.insert(username, State{});
}

void PresenceBoard::offline(const QString &username)
{
    if (QTimer *wrapUp = m_presence.take(username).wrapUp)
        wrapUp->deleteLater();
}

PresenceChanged PresenceBoard::current(const QString &username) const
{
    const State presence = m_presence.value(username);
    const quint32 wrapUpSeconds =
        presence.wrapUp ? quint32((qMax(0, presence.wrapUp->remainingTime()) + 999) / 1000) : 0;
    return PresenceChanged{quint8(presence.presence), presence.reason, wrapUpSeconds};
}

void PresenceBoard::offerAnswered(const QString &username)
{
    m_presence[username].missedInARow = 0;
}

void PresenceBoard::offerRangOut(const QString &username)
{
    ++m_presence[username].missedInARow;
}

void PresenceBoard::checkMissedOffers(const QString &username)
{
    if (m_presence.contains(username) && m_presence[username].missedInARow >= m_center.config().missedOffersLimit) {
        m_presence[username].missedInARow = 0;
        change(username, Presence::Away, QStringLiteral("missed-offers"));
    }
}

void PresenceBoard::change(const QString &username, Presence presence, const QString &reason)
{
    const auto it = m_presence.find(username);
    if (it == m_presence.end())
        return;
    if (it->wrapUp && presence != Presence::AfterCallWork) {
        it->wrapUp->deleteLater();
        it->wrapUp = nullptr;
    }
    if (it->presence == presence && it->reason == reason) {
        // Nothing changes, but whoever asked hears the current state (their view may be stale).
        if (Participant *executive = m_center.executivePeer(username))
            executive->send(PresenceChanged{quint8(presence), reason, 0});
        return;
    }
    it->presence = presence;
    it->reason = reason;
    quint32 seconds = 0;
    if (presence == Presence::AfterCallWork) {
        seconds = quint32((m_center.config().wrapUpMs + 999) / 1000);
        it->wrapUp = new QTimer(this);
        it->wrapUp->setSingleShot(true);
        connect(it->wrapUp, &QTimer::timeout, this, [this, username] { change(username, Presence::Available); });
        it->wrapUp->start(m_center.config().wrapUpMs);
    }
    // Offers only to Available executives; Busy comes and goes with the session itself.
    if (presence == Presence::Available)
        m_queue.setExecutiveAvailable(username, true);
    else if (presence != Presence::Busy)
        m_queue.setExecutiveAvailable(username, false);
    if (Participant *executive = m_center.executivePeer(username))
        executive->send(PresenceChanged{quint8(presence), reason, seconds});
    QString text;
    switch (presence) {
    case Presence::Available:
        text = tr("Executive %1 is now available.").arg(m_nameOf(username));
        break;
    case Presence::Away:
        text = reason.isEmpty() ? tr("Executive %1 is now away.").arg(m_nameOf(username))
                                : tr("Executive %1 is now away (%2).").arg(m_nameOf(username), reason);
        break;
    case Presence::Busy:
        text = tr("Executive %1 is now busy in a session.").arg(m_nameOf(username));
        break;
    case Presence::AfterCallWork:
        text = tr("Executive %1 is now in after-call work.").arg(m_nameOf(username));
        break;
    }
    ServerLog::event(text);
    scheduleColleagues();
    static const char *names[] = {"available", "away", "busy", "after-call-work"};
    m_center.logRequest(QStringLiteral("executive"), username, QStringLiteral("presence"), reason,
                        QLatin1String(names[int(presence)]));
}

void PresenceBoard::set(Participant *executive, const SetPresence &m)
{
    const QString username = executive->executive()->username;
    const auto it = m_presence.constFind(username);
    if (it == m_presence.cend())
        return;
    if (Presence(m.presence) == Presence::Available) {
        if (it->presence == Presence::Busy) {
            executive->send(ErrorReply{m.requestId, quint16(ErrorCode::BadState), QStringLiteral("in a session")});
            return;
        }
        m_presence[username].missedInARow = 0;
        change(username, Presence::Available);
        return;
    }
    change(username, Presence::Away, m.reason.trimmed());
}

void PresenceBoard::beforeSessionEnds(const QString &username)
{
    // The executive of a session wraps up before the next offer: mark them unavailable before
    // their last session ends, or the routing would hand them the next customer at once.
    if (m_queue.sessionsOf(username) == 1 && m_presence.value(username).presence == Presence::Busy &&
        m_center.config().wrapUpMs > 0)
        m_queue.setExecutiveAvailable(username, false);
}

void PresenceBoard::sessionsDone(const QString &username)
{
    if (m_queue.sessionsOf(username) > 0)
        return;
    if (m_presence.contains(username) && m_presence.value(username).presence == Presence::Busy)
        change(username, m_center.config().wrapUpMs > 0 ? Presence::AfterCallWork : Presence::Available);
    else
        scheduleColleagues(); // their session count changed
}

void PresenceBoard::scheduleColleagues()
{
    if (m_colleaguesDue)
        return;
    m_colleaguesDue = true;
    // Presence changes come in bursts; each push costs executives × executives.
    QTimer::singleShot(kColleaguesPushMs, this, [this] {
        m_colleaguesDue = false;
        pushColleagues();
    });
}

void PresenceBoard::pushColleagues()
{
    Colleagues list;
    for (auto it = m_presence.cbegin(); it != m_presence.cend() && list.colleagues.size() < kMaxListed; ++it) {
        list.colleagues.append(
            {it.key(), m_nameOf(it.key()), quint8(it->presence), quint8(qMin(255, m_queue.sessionsOf(it.key())))});
    }
    std::sort(list.colleagues.begin(), list.colleagues.end(),
              [](const Colleague &a, const Colleague &b) { return a.fullName.localeAwareCompare(b.fullName) < 0; });
    const QList<Participant *> executives = m_center.executivePeers().values(); // a snapshot, as it sends
    for (Participant *executive : executives)
        executive->send(list);
}

} // namespace Turno::Server
