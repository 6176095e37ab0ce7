// SessionDesk, continued: executives' presence — Available, Away, Busy in sessions, After-call
// work — and the colleague lists that show it.
#include "sessiondesk.h"

#include "contactcenter.h"
#include "participant.h"
#include "serverlog.h"

namespace Turno::Server
{

using namespace Protocol;

namespace
{
// Presence changes come in bursts; each colleague-list push costs executives × executives.
constexpr int kColleaguesPushMs = 200;
} // namespace

void SessionDesk::executiveReplaced(Participant *peer)
{
    const QString username = peer->executive()->username;
    if (!m_presence.contains(username)) {
        executiveOnline(peer);
        return;
    }
    // The new app knows nothing yet: tell it everything the old one had, as it stands.
    const ExecutivePresence &presence = m_presence[username];
    const quint32 wrapUpSeconds =
        presence.wrapUp ? quint32((qMax(0, presence.wrapUp->remainingTime()) + 999) / 1000) : 0;
    peer->send(PresenceChanged{quint8(presence.presence), presence.reason, wrapUpSeconds});
    pushWaitingList(username);
    // By id, looked up each time: what is sent below must not run over a changing table.
    for (quint32 id : m_sessions.keys()) {
        const auto found = m_sessions.find(id);
        if (found == m_sessions.end())
            continue;
        Session &session = *found;
        if (session.username != username && !session.guests.contains(username))
            continue;
        peer->send(SessionStarted{session.id, session.customerName, session.service, session.startedAtMs});
        if (session.held)
            peer->send(SessionHeld{session.id, true});
        if (!session.guests.isEmpty())
            pushParticipants(session);
        m_relay.replay(session.id, executiveAddress(username), 0);
    }
    if (const auto offer = m_offers.constFind(username); offer != m_offers.cend())
        peer->send(offerOf(*offer));
    m_contacts.push(username);
    schedulePushColleagues();
}

void SessionDesk::changePresence(const QString &username, Presence presence, const QString &reason)
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
        connect(it->wrapUp, &QTimer::timeout, this,
                [this, username] { changePresence(username, Presence::Available); });
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
        text = tr("Executive %1 is now available.").arg(executiveName(username));
        break;
    case Presence::Away:
        text = reason.isEmpty() ? tr("Executive %1 is now away.").arg(executiveName(username))
                                : tr("Executive %1 is now away (%2).").arg(executiveName(username), reason);
        break;
    case Presence::Busy:
        text = tr("Executive %1 is now busy in a session.").arg(executiveName(username));
        break;
    case Presence::AfterCallWork:
        text = tr("Executive %1 is now in after-call work.").arg(executiveName(username));
        break;
    }
    ServerLog::event(text);
    schedulePushColleagues();
    static const char *names[] = {"available", "away", "busy", "after-call-work"};
    m_center.logRequest(QStringLiteral("executive"), username, QStringLiteral("presence"), reason,
                        QLatin1String(names[int(presence)]));
}

void SessionDesk::setPresence(Participant *peer, const SetPresence &m)
{
    const QString username = peer->executive()->username;
    const auto it = m_presence.constFind(username);
    if (it == m_presence.cend())
        return;
    if (Presence(m.presence) == Presence::Available) {
        if (it->presence == Presence::Busy) {
            refuse(peer, ErrorCode::BadState, QStringLiteral("in a session"), m.requestId);
            return;
        }
        m_presence[username].missedInARow = 0;
        changePresence(username, Presence::Available);
        return;
    }
    changePresence(username, Presence::Away, m.reason.trimmed());
}

void SessionDesk::beforeSessionEnds(const QString &username)
{
    // The executive of a session wraps up before the next offer: mark them unavailable before
    // their last session ends, or the routing would hand them the next customer at once.
    if (m_queue.sessionsOf(username) == 1 && m_presence.value(username).presence == Presence::Busy &&
        m_center.config().wrapUpMs > 0)
        m_queue.setExecutiveAvailable(username, false);
}

void SessionDesk::sessionsDone(const QString &username)
{
    if (m_queue.sessionsOf(username) > 0)
        return;
    if (m_presence.contains(username) && m_presence.value(username).presence == Presence::Busy)
        changePresence(username, m_center.config().wrapUpMs > 0 ? Presence::AfterCallWork : Presence::Available);
    else
        schedulePushColleagues(); // their session count changed
}

void SessionDesk::schedulePushColleagues()
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

void SessionDesk::pushColleagues()
{
    Colleagues list;
    for (auto it = m_presence.cbegin(); it != m_presence.cend() && list.colleagues.size() < kMaxListed; ++it) {
        list.colleagues.append(
            {it.key(), executiveName(it.key()), quint8(it->presence), quint8(qMin(255, m_queue.sessionsOf(it.key())))});
    }
    std::sort(list.colleagues.begin(), list.colleagues.end(),
              [](const Colleague &a, const Colleague &b) { return a.fullName.localeAwareCompare(b.fullName) < 0; });
    const QList<Participant *> executives = m_center.executivePeers().values(); // a snapshot, as it sends
    for (Participant *executive : executives)
        executive->send(list);
}

} // namespace Turno::Server
