// ExecutiveSession, continued: several sessions at once (hold and switch), transfer, conference,
// contacts and :details.
#include "executivesession.h"

namespace Turno
{

using namespace Protocol;

// --- Hold and switch, transfer, conference -----------------------------------------------------

bool ExecutiveSession::holdSession()
{
    const SessionInfo *current = session(m_sessionId);
    if (!current || current->held || current->guest)
        return false;
    send(HoldSession{nextRequestId(), m_sessionId, true});
    return true;
}

bool ExecutiveSession::switchTo(quint32 sessionId)
{
    const SessionInfo *target = session(sessionId);
    if (!target)
        return false;
    // A guest's session is never on hold: it just comes to the front. The executive's own
    // session comes back from hold on the server, which holds the one in front.
    if (!target->guest)
        send(HoldSession{nextRequestId(), sessionId, false});
    setCurrent(sessionId);
    Q_EMIT sessionsChanged();
    return true;
}

void ExecutiveSession::handle(const SessionHeld &m)
{
    SessionInfo *info = findSession(m.sessionId);
    if (!info)
        return;
    info->held = m.held;
    if (!m.held)
        setCurrent(m.sessionId);
    Q_EMIT heldChanged(m.sessionId, m.held);
    Q_EMIT sessionsChanged();
}

bool ExecutiveSession::transferTo(const QString &username)
{
    const SessionInfo *current = session(m_sessionId);
    if (!current || current->guest || username.isEmpty() || username == m_username)
        return false;
    for (const ColleagueInfo &colleague : std::as_const(m_colleagues)) {
        if (colleague.username == username)
            m_transferringTo.insert(m_sessionId, colleague.fullName);
    }
    send(TransferSession{nextRequestId(), m_sessionId, username});
    return true;
}

bool ExecutiveSession::inviteToConference(const QString &username)
{
    const SessionInfo *current = session(m_sessionId);
    if (!current || current->guest || username.isEmpty() || username == m_username)
        return false;
    send(InviteExecutive{nextRequestId(), m_sessionId, username});
    return true;
}

QString ExecutiveSession::findColleague(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return QString();
    QStringList matches;
    for (const ColleagueInfo &colleague : m_colleagues) {
        if (colleague.username.compare(wanted, Qt::CaseInsensitive) == 0 ||
            colleague.fullName.compare(wanted, Qt::CaseInsensitive) == 0)
            return colleague.username;
        if (colleague.fullName.startsWith(wanted, Qt::CaseInsensitive) ||
            colleague.username.startsWith(wanted, Qt::CaseInsensitive))
            matches.append(colleague.username);
    }
    return matches.size() == 1 ? matches.constFirst() : QString();
}

void ExecutiveSession::handle(const Invitation &m)
{
    if (InvitationKind(m.kind) != InvitationKind::Conference)
        return;
    InvitationInfo invitation;
    invitation.id = m.invitationId;
    invitation.fromName = m.fromName;
    invitation.customerName = m.customerName;
    invitation.service = ExecutiveTexts::describeService(m.service);
    invitation.ringsUntil = QDateTime::currentDateTime().addSecs(m.ringSeconds);
    m_invitation = invitation;
    Q_EMIT invitationReceived(invitation);
}

bool ExecutiveSession::answerInvitation(bool accept)
{
    if (!m_invitation)
        return false;
    send(AnswerInvitation{m_invitation->id, accept});
    m_joiningConference = accept;
    return true;
}

void ExecutiveSession::handle(const InvitationEnded &m)
{
    const InvitationOutcome outcome = InvitationOutcome(m.outcome);
    QString message;
    if (m.requestId == 0) {
        // An invitation to this executive.
        if (!m_invitation || m_invitation->id != m.invitationId)
            return;
        m_invitation.reset();
        if (outcome != InvitationOutcome::Accepted)
            m_joiningConference = false;
        switch (outcome) {
        case InvitationOutcome::Accepted:
            break;
        case InvitationOutcome::Declined:
            message = tr("You declined the invitation from %1.").arg(m.peerName);
            break;
        case InvitationOutcome::TimedOut:
            message = tr("The invitation from %1 expired.").arg(m.peerName);
            break;
        case InvitationOutcome::Cancelled:
            message = tr("The invitation from %1 was withdrawn.").arg(m.peerName);
            break;
        }
    } else {
        switch (outcome) {
        case InvitationOutcome::Accepted:
            message = tr("%1 accepted your invitation.").arg(m.peerName);
            break;
        case InvitationOutcome::Declined:
            message = tr("%1 declined your invitation.").arg(m.peerName);
            break;
        case InvitationOutcome::TimedOut:
            message = tr("%1 did not answer your invitation in time.").arg(m.peerName);
            break;
        case InvitationOutcome::Cancelled:
            message = tr("Your invitation to %1 was cancelled.").arg(m.peerName);
            break;
        }
    }
    Q_EMIT invitationEnded(m.invitationId, message);
}

void ExecutiveSession::handle(const Participants &m)
{
    SessionInfo *info = findSession(m.sessionId);
    if (!info)
        return;
    QStringList joined;
    QStringList left;
    for (const QString &name : m.names) {
        if (!info->participants.contains(name) && !(info->participants.isEmpty() && m.names.indexOf(name) < 2))
            joined.append(name);
    }
    for (const QString &name : std::as_const(info->participants)) {
        if (!m.names.contains(name))
            left.append(name);
    }
    info->participants = m.names;
    QStringList parts;
    for (const QString &name : std::as_const(joined)) {
        if (name != m_fullName)
            parts.append(tr("%1 joined the session.").arg(name));
    }
    for (const QString &name : std::as_const(left))
        parts.append(tr("%1 left the session.").arg(name));
    Q_EMIT participantsChanged(m.sessionId, m.names, parts.join(QLatin1Char(' ')));
    Q_EMIT sessionsChanged();
}

void ExecutiveSession::handle(const Colleagues &m)
{
    m_colleagues.clear();
    for (const Colleague &colleague : m.colleagues) {
        if (colleague.username == m_username || colleague.presence > quint8(Presence::AfterCallWork))
            continue;
        m_colleagues.append(
            {colleague.username, colleague.fullName, Presence(colleague.presence), int(colleague.sessions)});
    }
    Q_EMIT colleaguesChanged();
}

// --- Contacts and details ----------------------------------------------------------------------

void ExecutiveSession::handle(const Contacts &m)
{
    m_contacts.clear();
    for (const Contact &contact : m.contacts)
        m_contacts.append({contact.contactKey, contact.name, contact.online, contact.free});
    Q_EMIT contactsChanged();
}

bool ExecutiveSession::addContact()
{
    if (!session(m_sessionId))
        return false;
    send(AddContact{nextRequestId(), m_sessionId});
    return true;
}

bool ExecutiveSession::removeContact(const QString &key)
{
    if (key.isEmpty())
        return false;
    send(RemoveContact{nextRequestId(), key});
    return true;
}

bool ExecutiveSession::inviteContact(const QString &key, const QString &service)
{
    if (key.isEmpty() || service.isEmpty())
        return false;
    send(InviteContact{nextRequestId(), key, service});
    return true;
}

QString ExecutiveSession::findContact(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return QString();
    QStringList matches;
    for (const ContactInfo &contact : m_contacts) {
        if (contact.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return contact.key;
        if (contact.name.startsWith(wanted, Qt::CaseInsensitive))
            matches.append(contact.key);
    }
    return matches.size() == 1 ? matches.constFirst() : QString();
}

bool ExecutiveSession::requestDetails()
{
    send(RequestDetails{nextRequestId()});
    return isOnline();
}

void ExecutiveSession::handle(const Details &m)
{
    QList<CustomerDetail> customers;
    for (const ConnectedCustomer &customer : m.customers) {
        QString activity;
        switch (CustomerActivity(customer.activity)) {
        case CustomerActivity::Idle:
            activity = tr("connected");
            break;
        case CustomerActivity::Waiting:
            activity = tr("waiting for an executive");
            break;
        case CustomerActivity::InSession:
            activity = tr("in a session");
            break;
        default:
            activity = QStringLiteral("?");
            break;
        }
        customers.append({customer.name, ExecutiveTexts::describeAction(customer.lastAction), activity});
    }
    Q_EMIT detailsReceived(customers, int(m.total));
}

} // namespace Turno
