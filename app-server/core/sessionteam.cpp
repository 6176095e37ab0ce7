// SessionDesk, continued: what an executive does with a session besides chatting — hold and
// switch, transfer to a colleague, conference — and inviting a contact, and :details.
#include "sessiondesk.h"

#include "contactcenter.h"
#include "participant.h"
#include "serverlog.h"
#include "util/futures.h"

#include <QDateTime>

namespace Turno::Server
{

using namespace Protocol;

template <typename M> void SessionDesk::tellSession(const Session &session, const M &message, const QString &except)
{
    if (session.rut != except) {
        if (Participant *customer = m_center.customerPeer(session.rut))
            customer->send(message);
    }
    if (session.username != except) {
        if (Participant *executive = m_center.executivePeer(session.username))
            executive->send(message);
    }
    const QStringList guests = session.guests; // a copy: the session must not be read after a send
    for (const QString &guest : guests) {
        if (guest == except)
            continue;
        if (Participant *executive = m_center.executivePeer(guest))
            executive->send(message);
    }
}

// --- Hold and switch ------------------------------------------------------------------------------

void SessionDesk::setHeld(Session &session, bool held)
{
    if (session.held == held)
        return;
    session.held = held;
    tellSession(session, SessionHeld{session.id, held});
    ServerLog::event(held
                         ? tr("Executive %1 put client %2 on hold.").arg(session.executiveName, session.customerName)
                         : tr("Executive %1 is back with client %2.").arg(session.executiveName, session.customerName));
    m_center.logRequest(QStringLiteral("customer"), session.rut,
                        held ? QStringLiteral("hold") : QStringLiteral("unhold"), session.username,
                        QStringLiteral("ok"));
}

void SessionDesk::holdOthers(const QString &username, quint32 keep)
{
    // By id, looked up each time: putting a session on hold sends to its parties.
    for (quint32 id : m_sessions.keys()) {
        const auto session = m_sessions.find(id);
        if (session != m_sessions.end() && session->id != keep && !session->held && session->username == username)
            setHeld(*session, true);
    }
}

void SessionDesk::hold(Participant *peer, const HoldSession &m)
{
    Session *session = sessionOf(peer, m.sessionId);
    if (!session) {
        refuse(peer, ErrorCode::NotAllowed, QStringLiteral("not a session of yours"), m.requestId);
        return;
    }
    if (m.hold) {
        if (session->held)
            peer->send(SessionHeld{session->id, true}); // already: the executive's view may be stale
        setHeld(*session, true);
        return;
    }
    // Switching: the session they go back to is the only active one.
    const quint32 id = session->id;
    holdOthers(peer->executive()->username, id);
    Session &back = m_sessions[id];
    if (!back.held)
        peer->send(SessionHeld{id, false});
    setHeld(back, false);
}

// --- Transfer -------------------------------------------------------------------------------------

void SessionDesk::transfer(Participant *peer, const TransferSession &m)
{
    Session *session = sessionOf(peer, m.sessionId);
    if (!session) {
        refuse(peer, ErrorCode::NotAllowed, QStringLiteral("not a session of yours"), m.requestId);
        return;
    }
    const QString from = session->username;
    if (m.toUsername == from) {
        refuse(peer, ErrorCode::Invalid, QStringLiteral("that is your own session"), m.requestId);
        return;
    }
    if (!m_center.executivePeer(m.toUsername)) {
        refuse(peer, ErrorCode::BadState, QStringLiteral("that executive is not online"), m.requestId);
        return;
    }
    const QString rut = session->rut;
    const quint32 id = session->id;
    // Colleagues in a conference leave it: the customer goes on alone to the new executive.
    for (const QString &guest : QStringList(session->guests))
        leaveConference(m_sessions[id], guest, SessionEndReason::Transferred);
    const Session ended = m_sessions.take(id);
    m_sessionOfCustomer.remove(rut);
    m_carried.insert(rut, m_relay.close(id));
    m_presence.beforeSessionEnds(from);
    if (!m_queue.transfer(rut, m.toUsername)) {
        // Cannot happen after the checks above; if it does, the customer is not left in limbo.
        m_carried.remove(rut);
        m_queue.leave(rut);
        refuse(peer, ErrorCode::Internal, QStringLiteral("the transfer failed"), m.requestId);
        return;
    }
    const QString toName = executiveName(m.toUsername);
    peer->send(SessionEnded{id, quint8(SessionEndReason::Transferred)});
    tellCustomer(rut, Transferred{id, toName});
    m_presence.sessionsDone(from);
    pushStatus(rut, true);
    ServerLog::event(
        tr("Executive %1 transferred client %2 to executive %3.").arg(ended.executiveName, ended.customerName, toName));
    m_center.logRequest(QStringLiteral("customer"), rut, QStringLiteral("transfer"),
                        QStringLiteral("%1 → %2").arg(ended.executiveName, toName), QStringLiteral("ok"));
    m_contacts.changed(rut);
}

// --- Conference -----------------------------------------------------------------------------------

void SessionDesk::inviteExecutive(Participant *peer, const InviteExecutive &m)
{
    Session *session = sessionOf(peer, m.sessionId);
    if (!session) {
        refuse(peer, ErrorCode::NotAllowed, QStringLiteral("not a session of yours"), m.requestId);
        return;
    }
    Participant *invitee = m_center.executivePeer(m.username);
    if (!invitee) {
        refuse(peer, ErrorCode::BadState, QStringLiteral("that executive is not online"), m.requestId);
        return;
    }
    if (m.username == session->username || session->guests.contains(m.username)) {
        refuse(peer, ErrorCode::Invalid, QStringLiteral("already in this session"), m.requestId);
        return;
    }
    if (session->guests.size() + 2 >= Limits::Names.maxItems) {
        refuse(peer, ErrorCode::BadState, QStringLiteral("this conference is full"), m.requestId);
        return;
    }
    if (m_invitations.isInvited(executiveAddress(m.username))) {
        refuse(peer, ErrorCode::BadState, QStringLiteral("that executive is answering another invitation"),
               m.requestId);
        return;
    }
    if (!m_queue.canTakeSession(m.username)) {
        refuse(peer, ErrorCode::BadState, QStringLiteral("that executive cannot take another session now"),
               m.requestId);
        return;
    }
    InvitationBook::Pending invitation;
    invitation.kind = InvitationKind::Conference;
    invitation.requestId = m.requestId;
    invitation.from = session->username;
    invitation.to = executiveAddress(m.username);
    invitation.sessionId = session->id;
    invitation.service = session->service;
    const quint32 id = m_invitations.open(invitation);
    invitee->send(Invitation{id, quint8(InvitationKind::Conference), session->executiveName, session->customerName,
                             session->service, quint32((m_center.config().invitationTimeoutMs + 999) / 1000)});
    ServerLog::event(tr("Executive %1 invited executive %2 into the session with client %3.")
                         .arg(session->executiveName, executiveName(m.username), session->customerName));
    m_center.logRequest(QStringLiteral("executive"), session->username, QStringLiteral("conference-invite"), m.username,
                        QStringLiteral("ok"));
}

void SessionDesk::answerInvitation(Participant *peer, const AnswerInvitation &m)
{
    const InvitationBook::Pending *open = m_invitations.find(m.invitationId);
    // Typed: an executive whose username reads like a customer's RUT is still not that customer.
    const QString who = peer->isCustomer() ? peer->customer()->rut : peer->executive()->username;
    const QString address = peer->isCustomer() ? customerAddress(who) : executiveAddress(who);
    if (!open || open->to != address) {
        refuse(peer, ErrorCode::BadState, QStringLiteral("that invitation is no longer open"));
        return;
    }
    if (!m.accept) {
        m_invitations.finish(m.invitationId, InvitationOutcome::Declined);
        return;
    }
    const InvitationBook::Pending invitation = *open;
    if (invitation.kind == InvitationKind::Conference) {
        const auto session = m_sessions.find(invitation.sessionId);
        if (session == m_sessions.end() || !m_queue.canTakeSession(who)) {
            m_invitations.finish(invitation.id, InvitationOutcome::Cancelled);
            return;
        }
        m_invitations.finish(invitation.id, InvitationOutcome::Accepted);
        Session &joined = *session;
        holdOthers(who, joined.id);
        m_queue.addGuestSession(who);
        joined.guests.append(who);
        m_relay.addParty(joined.id, executiveAddress(who));
        m_presence.change(who, Presence::Busy);
        peer->send(SessionStarted{joined.id, joined.customerName, joined.service, joined.startedAtMs});
        if (joined.held)
            peer->send(SessionHeld{joined.id, true});
        m_relay.replay(joined.id, executiveAddress(who), 0);
        pushParticipants(joined);
        ServerLog::event(tr("Executive %1 joined the session of client %2 with executive %3.")
                             .arg(executiveName(who), joined.customerName, joined.executiveName));
        m_center.logRequest(QStringLiteral("customer"), joined.rut, QStringLiteral("conference-join"), who,
                            QStringLiteral("ok"));
        return;
    }
    // A contact said yes: a session starts at once, without a wait.
    if (!m_center.executivePeer(invitation.from) || !m_queue.startDirect(invitation.from, who, invitation.service)) {
        m_invitations.finish(invitation.id, InvitationOutcome::Cancelled);
        return;
    }
    m_invitations.finish(invitation.id, InvitationOutcome::Accepted);
}

void SessionDesk::leaveConference(Session &session, const QString &username, SessionEndReason reason)
{
    if (!session.guests.removeOne(username))
        return;
    m_relay.removeParty(session.id, executiveAddress(username));
    if (Participant *executive = m_center.executivePeer(username))
        executive->send(SessionEnded{
            session.id,
            quint8(reason == SessionEndReason::PeerGone ? SessionEndReason::PeerGone : SessionEndReason::ByExecutive)});
    if (reason != SessionEndReason::PeerGone) {
        m_presence.beforeSessionEnds(username);
        m_queue.removeGuestSession(username);
        m_presence.sessionsDone(username);
    }
    pushParticipants(session);
    ServerLog::event(
        tr("Executive %1 left the session of client %2.").arg(executiveName(username), session.customerName));
    m_center.logRequest(QStringLiteral("customer"), session.rut, QStringLiteral("conference-leave"), username,
                        QStringLiteral("ok"));
}

void SessionDesk::pushParticipants(const Session &session)
{
    Participants participants;
    participants.sessionId = session.id;
    participants.names << session.customerName << session.executiveName;
    for (const QString &guest : session.guests)
        participants.names << executiveName(guest);
    tellSession(session, participants);
}

// --- Contacts -------------------------------------------------------------------------------------

void SessionDesk::customerOnline(Participant *peer)
{
    const Storage::Customer &customer = *peer->customer();
    m_names.insert(customerAddress(customer.rut), customer.fullName);
    m_accountIds.insert(customerAddress(customer.rut), customer.id);
    m_contacts.changed(customer.rut);
}

void SessionDesk::customerOffline(const QString &rut)
{
    // A dropped customer cannot answer an invitation (they have one at most).
    m_invitations.cancelOf(customerAddress(rut));
    m_contacts.changed(rut);
}

void SessionDesk::addContact(Participant *peer, const AddContact &m)
{
    const Session *session = sessionOf(peer, m.sessionId, true);
    if (!session) {
        refuse(peer, ErrorCode::NotAllowed, QStringLiteral("not a session of yours"), m.requestId);
        return;
    }
    Storage::Customer contact;
    contact.id = m_accountIds.value(customerAddress(session->rut));
    contact.rut = session->rut;
    contact.fullName = session->customerName;
    m_contacts.add(peer, m.requestId, contact);
}

void SessionDesk::removeContact(Participant *peer, const RemoveContact &m)
{
    m_contacts.remove(peer, m.requestId, m.contactKey);
}

void SessionDesk::inviteContact(Participant *peer, const InviteContact &m)
{
    const QString username = peer->executive()->username;
    const std::optional<Storage::Customer> contact = m_contacts.find(username, m.contactKey);
    if (!contact) {
        refuse(peer, ErrorCode::NotAllowed, QStringLiteral("not in your contacts"), m.requestId);
        return;
    }
    if (!m_queue.hasService(m.service)) {
        refuse(peer, ErrorCode::Invalid, QStringLiteral("unknown service"), m.requestId);
        return;
    }
    const QString rut = contact->rut;
    Participant *customer = m_center.customerPeer(rut);
    if (!customer || m_queue.isWaiting(rut) || m_queue.inSession(rut) ||
        m_invitations.isInvited(customerAddress(rut))) {
        refuse(peer, ErrorCode::BadState, QStringLiteral("that customer is not free now"), m.requestId);
        return;
    }
    if (!m_queue.canTakeSession(username)) {
        refuse(peer, ErrorCode::LimitReached,
               QStringLiteral("session limit reached (%1 at once); end one first").arg(m_queue.sessionLimit()),
               m.requestId);
        return;
    }
    InvitationBook::Pending invitation;
    invitation.kind = InvitationKind::Contact;
    invitation.requestId = m.requestId;
    invitation.from = username;
    invitation.to = customerAddress(rut);
    invitation.service = m.service;
    const quint32 id = m_invitations.open(invitation);
    customer->send(Invitation{id, quint8(InvitationKind::Contact), executiveName(username), contact->fullName,
                              m.service, quint32((m_center.config().invitationTimeoutMs + 999) / 1000)});
    ServerLog::event(
        tr("Executive %1 invited client %2 to a session.").arg(executiveName(username), contact->fullName));
    m_contacts.changed(rut);
}

// --- :details -------------------------------------------------------------------------------------

void SessionDesk::details(Participant *peer, const RequestDetails &m)
{
    Details details;
    details.requestId = m.requestId;
    const QHash<QString, Participant *> customers = m_center.customerPeers();
    details.total = quint32(customers.size());
    for (auto it = customers.cbegin(); it != customers.cend(); ++it) {
        const QString &rut = it.key();
        CustomerActivity activity = CustomerActivity::Idle;
        if (m_queue.inSession(rut))
            activity = CustomerActivity::InSession;
        else if (m_queue.isWaiting(rut))
            activity = CustomerActivity::Waiting;
        details.customers.append({it.value()->displayName(), m_lastAction.value(rut), quint8(activity)});
    }
    std::sort(
        details.customers.begin(), details.customers.end(),
        [](const ConnectedCustomer &a, const ConnectedCustomer &b) { return a.name.localeAwareCompare(b.name) < 0; });
    if (details.customers.size() > kMaxListed)
        details.customers.resize(kMaxListed);
    peer->send(details);
}

} // namespace Turno::Server
