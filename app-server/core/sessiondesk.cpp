#include "sessiondesk.h"

#include "backend/providerbackend.h"
#include "contactcenter.h"
#include "participant.h"
#include "routing/clock.h"
#include "serverlog.h"
#include "util/futures.h"

#include <QDateTime>

namespace Turno::Server
{

using namespace Protocol;

namespace
{
const QString kHandlingTimesKey = QStringLiteral("queue.handling-times-ms");
constexpr int kRefreshMs = 15'000;
constexpr int kLinePushMs = 50;
} // namespace

SessionDesk::SessionDesk(ContactCenter &center, Storage::Store &store, CustomerQueue::Settings settings,
                         QObject *parent)
    : QObject(parent), m_center(center), m_store(store),
      m_queue(Routing::SteadyClock::instance(), std::move(settings), this),
      m_presence(
          center, m_queue, [this](const QString &username) { return executiveName(username); }, this),
      m_relay(
          center, store, [this](const QString &address) { return nameAt(address); }, this),
      m_contacts(
          center, store,
          [this](const QString &rut) {
              return !m_queue.isWaiting(rut) && !m_queue.inSession(rut) &&
                     !m_invitations.isInvited(customerAddress(rut));
          },
          this),
      m_invitations(
          center, [this](const QString &address) { return nameAt(address); },
          [this](const QString &rut) { m_contacts.changed(rut); }, this),
      m_history(store, this)
{
    connect(&m_queue, &CustomerQueue::lineChanged, this, &SessionDesk::onLineChanged);
    connect(&m_queue, &CustomerQueue::offered, this, &SessionDesk::onOffered);
    connect(&m_queue, &CustomerQueue::offerEnded, this, &SessionDesk::onOfferEnded);
    connect(&m_queue, &CustomerQueue::connected, this, &SessionDesk::onConnected);
    connect(&m_queue, &CustomerQueue::sessionEnded, this, &SessionDesk::onSessionEnded);
    connect(&m_queue, &CustomerQueue::customerLeft, this, &SessionDesk::onCustomerLeft);
    connect(&m_queue, &CustomerQueue::ownLineChanged, this, [this](const QString &username) {
        m_dirtyOwnLines.insert(username);
        if (!m_linePush.isActive())
            m_linePush.start();
    });
    // Line changes come in bursts (a join, an offer, an answer): places and queue panels are
    // pushed once per burst, a moment later, instead of once per change.
    m_linePush.setSingleShot(true);
    m_linePush.setInterval(kLinePushMs);
    connect(&m_linePush, &QTimer::timeout, this, &SessionDesk::pushDirtyLines);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        for (const QString &service : m_queue.services()) {
            for (const QString &rut : m_queue.waiting(service))
                pushStatus(rut, true);
        }
        for (const QString &username : m_queue.executives().keys())
            pushWaitingList(username);
    });
    m_refresh.start();
}

SessionDesk::~SessionDesk() = default;

void SessionDesk::restoreStatistics()
{
    Util::whenFinished(m_store.stateValue(kHandlingTimesKey), this,
                       [this](const Storage::Result<std::optional<QString>> &r) {
                           if (r.ok() && r.value)
                               m_queue.estimator().restore(*r.value);
                       });
}

QString SessionDesk::customerName(const QString &rut) const
{
    return m_names.value(customerAddress(rut), rut);
}

QString SessionDesk::executiveName(const QString &username) const
{
    return m_names.value(executiveAddress(username), username);
}

void SessionDesk::refuse(Participant *peer, ErrorCode code, const QString &why, quint32 requestId)
{
    peer->send(ErrorReply{requestId, quint16(code), why});
}

void SessionDesk::executiveOnline(Participant *peer)
{
    const Storage::Executive &executive = *peer->executive();
    m_names.insert(executiveAddress(executive.username), executive.fullName);
    m_accountIds.insert(executiveAddress(executive.username), executive.id);
    m_presence.online(executive.username);
    m_queue.executiveOnline(executive.username, executive.services);
    peer->send(PresenceChanged{quint8(Presence::Available), QString(), 0});
    pushWaitingList(executive.username);
    m_presence.scheduleColleagues();
    m_contacts.executiveOnline(executive.username, executive.id, [this](const Storage::Customer &contact) {
        m_names.insert(customerAddress(contact.rut), contact.fullName);
        m_accountIds.insert(customerAddress(contact.rut), contact.id);
    });
}

void SessionDesk::executiveOffline(Participant *peer)
{
    const QString username = peer->executive()->username;
    // By id, looked up each time: leaving a conference sends, and may end sessions.
    for (quint32 id : m_sessions.keys()) {
        const auto session = m_sessions.find(id);
        if (session == m_sessions.end())
            continue;
        if (session->username == username)
            session->endReason = SessionEndReason::PeerGone;
        else if (session->guests.contains(username))
            leaveConference(*session, username, SessionEndReason::PeerGone);
    }
    m_invitations.cancelOf(executiveAddress(username));
    m_contacts.executiveOffline(username);
    // Forget the presence first: the sessions ending below must not start an after-call work.
    m_presence.offline(username);
    m_queue.executiveOffline(username);
    m_offers.remove(username);
    m_presence.scheduleColleagues();
    ServerLog::event(tr("Executive %1 is now offline.").arg(executiveName(username)));
    m_center.logRequest(QStringLiteral("executive"), username, QStringLiteral("presence"), QString(),
                        QStringLiteral("offline"));
}

void SessionDesk::executiveReplaced(Participant *peer)
{
    const QString username = peer->executive()->username;
    if (!m_presence.isOnline(username)) {
        executiveOnline(peer);
        return;
    }
    // The new app knows nothing yet: tell it everything the old one had, as it stands.
    peer->send(m_presence.current(username));
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
    m_presence.scheduleColleagues();
}

void SessionDesk::setPresence(Participant *peer, const SetPresence &m)
{
    m_presence.set(peer, m);
}

void SessionDesk::claim(Participant *peer, const ClaimCustomer &m)
{
    const QString username = peer->executive()->username;
    QString rut;
    for (const QString &candidate : m_queue.waitingIn(m_queue.executives().value(username))) {
        if (QString::number(m_queue.sequenceOf(candidate)) == m.customerKey) {
            rut = candidate;
            break;
        }
    }
    if (rut.isEmpty()) {
        for (const QString &own : m_queue.ownLine(username)) {
            if (QString::number(m_queue.sequenceOf(own)) == m.customerKey)
                rut = own;
        }
    }
    if (m_queue.sessionsOf(username) >= m_queue.sessionLimit()) {
        refuse(peer, ErrorCode::LimitReached,
               QStringLiteral("session limit reached (%1 at once); end one first").arg(m_queue.sessionLimit()),
               m.requestId);
        return;
    }
    // The routing engine runs one claim at a time: the first takes the customer, any later one
    // finds them gone (or ringing for someone else) and is refused. Nothing is half-assigned.
    if (rut.isEmpty() || !m_queue.claim(username, rut)) {
        refuse(peer, ErrorCode::BadState, QStringLiteral("that customer is no longer waiting"), m.requestId);
        return;
    }
}

void SessionDesk::endFor(const QString &rut)
{
    // The executive of a session wraps up before the next offer: mark them unavailable before
    // the session ends, or the routing would hand them the next customer at once.
    if (const auto it = m_sessionOfCustomer.constFind(rut); it != m_sessionOfCustomer.cend())
        m_presence.beforeSessionEnds(m_sessions.value(*it).username);
    m_queue.leave(rut);
}

void SessionDesk::customerGone(const QString &rut)
{
    m_invitations.cancelOf(customerAddress(rut));
    if (const auto it = m_sessionOfCustomer.constFind(rut); it != m_sessionOfCustomer.cend())
        m_sessions[*it].endReason = SessionEndReason::PeerGone;
    endFor(rut);
    // Ending their wait or session above still needed their name; now nothing does. A server meets
    // thousands of customers a day and must not keep every one it ever saw. The notice of that
    // ending had nobody to go to, and nobody will come back for it.
    m_missedNotice.remove(rut);
    m_lastAction.remove(rut);
    m_names.remove(customerAddress(rut));
    m_accountIds.remove(customerAddress(rut));
}

QStringList SessionDesk::customersKept() const
{
    QSet<QString> ruts;
    const QString prefix = customerAddress(QString());
    for (const QString &address : m_names.keys() + m_accountIds.keys()) {
        if (address.startsWith(prefix))
            ruts.insert(address.mid(prefix.size()));
    }
    for (const QString &rut : m_lastAction.keys() + m_missedNotice.keys() + m_sent.keys())
        ruts.insert(rut);
    QStringList list(ruts.cbegin(), ruts.cend());
    list.sort();
    return list;
}

template <typename M> void SessionDesk::tellCustomer(const QString &rut, const M &message)
{
    if (Participant *customer = m_center.customerPeer(rut))
        customer->send(message);
    else
        m_missedNotice.insert(rut, [message](Participant *peer) { peer->send(message); });
}

// sessionteam.cpp tells customers of a transfer.
template void SessionDesk::tellCustomer(const QString &, const Transferred &);
// sessioncare.cpp asks a customer for their new Wi-Fi password.
template void SessionDesk::tellCustomer(const QString &, const WifiPasswordWanted &);

void SessionDesk::customerResumed(Participant *peer, quint64 lastMessageId)
{
    const QString rut = peer->customer()->rut;
    if (const auto missed = m_missedNotice.take(rut))
        missed(peer);
    if (m_queue.isWaiting(rut)) {
        pushStatus(rut, true);
        return;
    }
    const auto it = m_sessionOfCustomer.constFind(rut);
    if (it == m_sessionOfCustomer.cend())
        return;
    const Session &session = m_sessions[*it];
    peer->send(SessionStarted{session.id, session.executiveName, session.service, session.startedAtMs});
    if (session.held)
        peer->send(SessionHeld{session.id, true});
    if (!session.guests.isEmpty())
        pushParticipants(session);
    // What was written to the customer while they were away, in order, then live.
    m_relay.replay(*it, customerAddress(rut), lastMessageId);
}

void SessionDesk::join(Participant *peer, const JoinQueue &m)
{
    const Storage::Customer &customer = *peer->customer();
    if (!m_queue.hasService(m.service)) {
        peer->send(QueueLeft{quint8(QueueLeftReason::Unavailable)});
        return;
    }
    m_names.insert(customerAddress(customer.rut), customer.fullName);
    m_accountIds.insert(customerAddress(customer.rut), customer.id);
    if (m_sessionOfCustomer.contains(customer.rut) || !m_queue.join(customer.rut, m.service)) {
        refuse(peer, ErrorCode::BadState, QStringLiteral("already waiting or in a session"), m.requestId);
        return;
    }
    ServerLog::event(tr("Client %1 is waiting for an executive (%2).").arg(customer.fullName, m.service));
    m_center.logRequest(QStringLiteral("customer"), customer.rut, QStringLiteral("queue-join"), m.service,
                        QStringLiteral("ok"));
    pushStatus(customer.rut, true);
    m_contacts.changed(customer.rut);
}

void SessionDesk::leave(Participant *peer, const LeaveQueue &m)
{
    const QString rut = peer->customer()->rut;
    if (!m_queue.isWaiting(rut)) {
        refuse(peer, ErrorCode::BadState, QStringLiteral("not waiting"), m.requestId);
        return;
    }
    m_queue.leave(rut);
}

void SessionDesk::answer(Participant *peer, const AnswerOffer &m)
{
    const QString username = peer->executive()->username;
    const auto offer = m_offers.constFind(username);
    if (offer == m_offers.cend() || offer->id != m.offerId) {
        // The offer timed out or the customer left a moment ago; OfferEnded already said so.
        refuse(peer, ErrorCode::BadState, QStringLiteral("that offer is no longer ringing"));
        return;
    }
    m_queue.answer(username, m.accept);
}

SessionDesk::Session *SessionDesk::sessionOf(Participant *peer, quint32 sessionId, bool guests)
{
    const auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end())
        return nullptr;
    if (peer->isCustomer() && it->rut == peer->customer()->rut)
        return &*it;
    if (peer->isExecutive() && it->username == peer->executive()->username)
        return &*it;
    if (guests && peer->isExecutive() && it->guests.contains(peer->executive()->username))
        return &*it;
    return nullptr;
}

void SessionDesk::end(Participant *peer, const EndSession &m)
{
    Session *session = sessionOf(peer, m.sessionId, true);
    if (!session) {
        refuse(peer, ErrorCode::NotAllowed, QStringLiteral("not a session of yours"));
        return;
    }
    if (peer->isExecutive() && session->username != peer->executive()->username) {
        // A guest leaves the conference; the session goes on.
        leaveConference(*session, peer->executive()->username, SessionEndReason::ByExecutive);
        return;
    }
    session->endReason = peer->isCustomer() ? SessionEndReason::ByCustomer : SessionEndReason::ByExecutive;
    endFor(session->rut);
}

void SessionDesk::onLineChanged(const QString &service)
{
    m_dirtyLines.insert(service);
    if (!m_linePush.isActive())
        m_linePush.start();
}

void SessionDesk::pushDirtyLines()
{
    QSet<QString> executives = std::exchange(m_dirtyOwnLines, {});
    for (const QString &username : std::as_const(executives)) {
        for (const QString &rut : m_queue.ownLine(username))
            pushStatus(rut, false);
    }
    for (const QString &service : std::exchange(m_dirtyLines, {})) {
        for (const QString &rut : m_queue.waiting(service))
            pushStatus(rut, false);
        for (auto it = m_queue.executives().cbegin(); it != m_queue.executives().cend(); ++it) {
            if (it.value().contains(service))
                executives.insert(it.key());
        }
    }
    for (const QString &username : std::as_const(executives))
        pushWaitingList(username);
}

void SessionDesk::pushWaitingList(const QString &username)
{
    Participant *executive = m_center.executivePeer(username);
    if (!executive)
        return;
    // Their own line (customers handed to them) first, then the lines they serve.
    const QStringList ruts = m_queue.ownLine(username) + m_queue.waitingIn(m_queue.executives().value(username));
    WaitingList list;
    list.total = quint32(ruts.size());
    for (const QString &rut : ruts) {
        if (list.customers.size() == kMaxWaitingListed)
            break;
        list.customers.append({QString::number(m_queue.sequenceOf(rut)), customerName(rut), m_queue.serviceOf(rut),
                               m_lastAction.value(rut), quint32(m_queue.waitedMs(rut) / 1000)});
    }
    executive->send(list);
}

void SessionDesk::pushStatus(const QString &rut, bool force)
{
    const auto ahead = m_queue.ahead(rut);
    Participant *peer = m_center.customerPeer(rut);
    if (!ahead || !peer)
        return;
    QueueStatus status;
    status.ahead = quint32(*ahead);
    status.agents = quint32(m_queue.agents(m_queue.serviceOf(rut)));
    if (const auto estimate = m_queue.estimate(rut)) {
        status.estimateKnown = true;
        status.lowSeconds = quint32(estimate->lowSeconds);
        status.highSeconds = quint32(estimate->highSeconds);
    }
    if (!force && m_sent.value(rut) == status && m_sent.contains(rut))
        return;
    m_sent.insert(rut, status);
    peer->send(status);
}

Offer SessionDesk::offerOf(const PendingOffer &pending) const
{
    Offer offer;
    offer.offerId = pending.id;
    offer.customerName = customerName(pending.rut);
    offer.lastAction = m_lastAction.value(pending.rut);
    offer.service = m_queue.serviceOf(pending.rut);
    offer.ringSeconds = quint32((m_center.config().ringTimeoutMs + 999) / 1000);
    return offer;
}

void SessionDesk::onOffered(const QString &username, const QString &rut)
{
    const quint32 id = ++m_nextOfferId;
    m_offers.insert(username, {id, rut});
    if (Participant *executive = m_center.executivePeer(username))
        executive->send(offerOf({id, rut}));
    ServerLog::event(tr("Client %1 offered to executive %2.").arg(customerName(rut), executiveName(username)));
    m_center.logRequest(QStringLiteral("customer"), rut, QStringLiteral("queue-offer"), username, QStringLiteral("ok"));
}

void SessionDesk::onOfferEnded(const QString &username, const QString &rut, Routing::EventType why)
{
    const auto offer = m_offers.constFind(username);
    if (offer == m_offers.cend() || offer->rut != rut)
        return;
    OfferEndReason reason = OfferEndReason::Withdrawn;
    QString result;
    switch (why) {
    case Routing::EventType::CallRejected:
        reason = OfferEndReason::Rejected;
        m_presence.offerAnswered(username); // a rejection is an answer
        result = QStringLiteral("rejected");
        ServerLog::event(tr("Executive %1 rejected client %2.").arg(executiveName(username), customerName(rut)));
        break;
    case Routing::EventType::CallIgnored:
        reason = OfferEndReason::TimedOut;
        m_presence.offerRangOut(username);
        result = QStringLiteral("timed out");
        ServerLog::event(
            tr("Executive %1 did not answer the offer of client %2.").arg(executiveName(username), customerName(rut)));
        break;
    case Routing::EventType::CallMissed:
        reason = OfferEndReason::CustomerLeft;
        result = QStringLiteral("customer left");
        break;
    default:
        result = QStringLiteral("withdrawn");
        break;
    }
    if (Participant *executive = m_center.executivePeer(username))
        executive->send(OfferEnded{offer->id, quint8(reason)});
    m_offers.remove(username);
    m_center.logRequest(QStringLiteral("customer"), rut, QStringLiteral("queue-offer-ended"), username, result);
    m_presence.checkMissedOffers(username);
}

void SessionDesk::onConnected(const QString &username, const QString &rut)
{
    m_offers.remove(username);
    m_presence.offerAnswered(username);
    m_presence.change(username, Presence::Busy);
    m_sent.remove(rut);
    Session session;
    session.id = ++m_nextSessionId;
    session.rut = rut;
    session.username = username;
    session.customerName = customerName(rut);
    session.executiveName = executiveName(username);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    session.startedAtMs = now;
    session.service = m_queue.serviceOf(rut);
    // A transferred customer's conversation goes on with the new executive.
    const bool carried = m_carried.contains(rut);
    m_relay.open(session.id,
                 carried ? m_carried.take(rut)
                         : m_store.startConversation(m_accountIds.value(customerAddress(rut)),
                                                     m_accountIds.value(executiveAddress(username)), now),
                 {customerAddress(rut), executiveAddress(username)});
    // Whatever else the executive was doing waits: their other session goes on hold.
    holdOthers(username, session.id);
    m_sessions.insert(session.id, session);
    m_sessionOfCustomer.insert(rut, session.id);
    const QString service = m_queue.serviceOf(rut);
    if (Participant *customer = m_center.customerPeer(rut))
        customer->send(SessionStarted{session.id, session.executiveName, service, now});
    if (Participant *executive = m_center.executivePeer(username))
        executive->send(SessionStarted{session.id, session.customerName, service, now});
    if (carried)
        m_relay.replay(session.id, executiveAddress(username), 0);
    ServerLog::event(tr("Client %1 redirected to executive %2.").arg(session.customerName, session.executiveName));
    // The history shows who attended the customer by name.
    m_center.logRequest(QStringLiteral("customer"), rut, QStringLiteral("queue-accept"), session.executiveName,
                        QStringLiteral("ok"));
    m_contacts.changed(rut);
}

void SessionDesk::onSessionEnded(const QString &username, const QString &rut, qint64 handlingMs)
{
    const quint32 id = m_sessionOfCustomer.take(rut);
    if (id == 0)
        return;
    const Session session = m_sessions.take(id);
    const ChatRelay::Conversation conversation = m_relay.close(id);
    const SessionEnded ended{id, quint8(session.endReason)};
    tellCustomer(rut, ended);
    if (Participant *executive = m_center.executivePeer(username))
        executive->send(ended);
    // Colleagues in a conference leave with it; invitations into it are void.
    for (const QString &guest : session.guests) {
        if (Participant *executive = m_center.executivePeer(guest))
            executive->send(ended);
        m_presence.beforeSessionEnds(guest);
        m_queue.removeGuestSession(guest);
        m_presence.sessionsDone(guest);
    }
    m_invitations.cancelIntoSession(id);
    endConversation(conversation);
    m_store.setStateValue(kHandlingTimesKey, m_queue.estimator().serialize());
    m_presence.sessionsDone(username);
    ServerLog::event(
        tr("Session of client %1 with executive %2 ended.").arg(session.customerName, session.executiveName));
    m_center.logRequest(QStringLiteral("customer"), rut, QStringLiteral("session-end"), username,
                        QStringLiteral("%1 s").arg(handlingMs / 1000));
    m_contacts.changed(rut);
}

void SessionDesk::onCustomerLeft(const QString &rut, bool wasOffered)
{
    m_sent.remove(rut);
    // A transferred customer who stops waiting: their conversation ends here.
    if (m_carried.contains(rut))
        endConversation(m_carried.take(rut));
    ServerLog::event(tr("Client %1 left the queue.").arg(customerName(rut)));
    m_center.logRequest(QStringLiteral("customer"), rut, QStringLiteral("queue-leave"), QString(),
                        wasOffered ? QStringLiteral("missed") : QStringLiteral("ok"));
    tellCustomer(rut, QueueLeft{quint8(QueueLeftReason::Left)});
    m_contacts.changed(rut);
}

void SessionDesk::chat(Participant *peer, const ChatSend &m)
{
    Session *session = sessionOf(peer, m.sessionId, true);
    if (!session) {
        refuse(peer, ErrorCode::NotAllowed, QStringLiteral("not a session of yours"));
        return;
    }
    if (m.text.trimmed().isEmpty() || m.clientMessageId.isEmpty()) {
        refuse(peer, ErrorCode::Invalid, QStringLiteral("empty message or message id"));
        return;
    }
    // Who wrote it: the customer or an executive (the session's or a guest), to the other side.
    if (peer->isCustomer()) {
        m_relay.send(session->id, customerAddress(session->rut), executiveAddress(session->username),
                     session->customerName, m);
        return;
    }
    const QString username = peer->executive()->username;
    m_relay.send(session->id, executiveAddress(username), customerAddress(session->rut), executiveName(username), m);
}

void SessionDesk::endConversation(ChatRelay::Conversation conversation)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Util::whenFinished(conversation, this, [this, now](const Storage::Result<qint64> &r) {
        if (r.ok())
            m_store.endConversation(r.value, now);
    });
}

QString SessionDesk::nameAt(const QString &address) const
{
    const QString who = addressee(address);
    return PartyAddress::isCustomer(address) ? customerName(who) : executiveName(who);
}

} // namespace Turno::Server
