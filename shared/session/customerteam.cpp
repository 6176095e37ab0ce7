// CustomerSession, continued: what an executive does with the conversation besides chatting, as
// the customer sees it — hold, transfer to a colleague, a conference — and invitations from an
// executive who has the customer as a contact.
#include "customersession.h"

namespace Turno
{

using namespace Protocol;

namespace
{

// The server's own word on an invitation comes at its ring time; this much later the app stops
// waiting for it (it may have been lost with a dropped connection).
constexpr int kInvitationSlackMs = 5'000;
constexpr quint32 kMaxRingSeconds = 3'600;

} // namespace

QStringList CustomerSession::participants() const
{
    if (m_state != State::InSession)
        return {};
    if (!m_participants.isEmpty())
        return m_participants;
    return {m_fullName, m_executiveName};
}

void CustomerSession::teamSessionStarted(bool resumed)
{
    if (resumed) {
        // SessionHeld and Participants follow at once when they apply; what the app showed before
        // the drop is compared with them once they have come (frames that arrive together are
        // handled before this timer runs).
        m_settling = true;
        m_settledHeld = false;
        m_settledParticipants.clear();
        QTimer::singleShot(0, this, &CustomerSession::settleAfterResume);
        return;
    }
    m_settling = false;
    m_held = false;
    m_participants.clear();
    m_continuesTransfer = m_state == State::Waiting && !m_transferTo.isEmpty();
    m_transferTo.clear();
    if (m_continuesTransfer) {
        // What had not reached the previous executive goes to this one.
        for (const ChatOutbox::Pending &pending : m_outbox.pending()) {
            if (m_carriedMessages.contains(pending.clientMessageId))
                send(ChatSend{m_sessionId, pending.clientMessageId, pending.text});
        }
    } else {
        m_carriedMessages.clear();
    }
    if (hasInvitation() && m_invitation.accepted)
        closeInvitation(QString()); // the conversation it offered has begun
}

void CustomerSession::teamSessionOver()
{
    m_settling = false;
    m_held = false;
    m_participants.clear();
    m_transferTo.clear();
    m_continuesTransfer = false;
    m_carriedMessages.clear();
}

void CustomerSession::settleAfterResume()
{
    if (!m_settling)
        return;
    m_settling = false;
    setHeld(m_settledHeld, true);
    setParticipants(m_settledParticipants, true);
}

void CustomerSession::setHeld(bool held, bool announce)
{
    if (m_held == held)
        return;
    m_held = held;
    QString message;
    if (announce) {
        message =
            held ? tr("%1 put you on hold. Please wait; you keep your place in this conversation.").arg(m_executiveName)
                 : tr("%1 is back.").arg(m_executiveName);
    }
    Q_EMIT heldChanged(held, message);
}

void CustomerSession::handle(const SessionHeld &m)
{
    if (m_state != State::InSession || m.sessionId != m_sessionId)
        return;
    if (m_settling) {
        m_settledHeld = m.held;
        return;
    }
    setHeld(m.held, true);
}

void CustomerSession::setParticipants(const QStringList &names, bool announce)
{
    // Executives only: the customer is first in every list.
    const QStringList before = participants().mid(1);
    const QStringList after = names.size() > 1 ? names.mid(1) : QStringList{m_executiveName};
    m_participants = names.size() > 1 ? names : QStringList();
    if (before == after)
        return;
    QStringList sentences;
    for (const QString &name : after) {
        if (!before.contains(name))
            sentences.append(tr("%1 joined the conversation.").arg(name));
    }
    for (const QString &name : before) {
        if (!after.contains(name))
            sentences.append(tr("%1 left the conversation.").arg(name));
    }
    Q_EMIT participantsChanged(participants(), announce ? sentences.join(QLatin1Char(' ')) : QString());
}

void CustomerSession::handle(const Participants &m)
{
    if (m_state != State::InSession || m.sessionId != m_sessionId)
        return;
    if (m_settling) {
        m_settledParticipants = m.names;
        return;
    }
    setParticipants(m.names, true);
}

void CustomerSession::handle(const Transferred &m)
{
    if (m_state != State::InSession || m.sessionId != m_sessionId)
        return;
    const QString from = m_executiveName;
    m_settling = false;
    if (m_held) {
        m_held = false;
        Q_EMIT heldChanged(false, QString()); // the transfer notice says what happens now
    }
    m_participants.clear();
    m_carriedMessages.clear();
    for (const ChatOutbox::Pending &pending : m_outbox.pending())
        m_carriedMessages.append(pending.clientMessageId);
    m_sessionId = 0;
    m_transferTo = m.toName;
    m_continuesTransfer = false;
    m_queue = QueueInfo(); // the place in the new executive's line follows
    m_queueRequest = 0;
    setState(State::Waiting);
    Q_EMIT transferred(
        m.toName,
        tr("%1 is transferring you to %2. Please wait here; %2 will see this conversation.").arg(from, m.toName));
}

QString CustomerSession::invitationMessage(const QString &fromName, const QString &service) const
{
    if (service == QLatin1String("internet"))
        return tr("%1 invites you to a conversation about your internet service.").arg(fromName);
    if (service == QLatin1String("wifi"))
        return tr("%1 invites you to a conversation about your Wi-Fi network.").arg(fromName);
    return tr("%1 invites you to a conversation.").arg(fromName);
}

int CustomerSession::invitationSecondsLeft() const
{
    if (!hasInvitation())
        return 0;
    return int((m_invitation.ringsOut.remainingTime() + 999) / 1000);
}

void CustomerSession::handle(const Invitation &m)
{
    if (InvitationKind(m.kind) != InvitationKind::Contact)
        return; // conferences are between executives
    if (m_state == State::LoggedOut || m_state == State::LoggingIn)
        return;
    if (m_state == State::Waiting || m_state == State::InSession) {
        // Sent as the customer joined the line: they are not free any more.
        send(AnswerInvitation{m.invitationId, false});
        return;
    }
    if (hasInvitation())
        closeInvitation(QString());
    const qint64 ringMs = qint64(qMin(m.ringSeconds, kMaxRingSeconds)) * 1000;
    m_invitation = OpenInvitation{m.invitationId, m.fromName, QDeadlineTimer(ringMs), false, false};
    m_invitationExpiry.start(int(ringMs) + kInvitationSlackMs);
    Q_EMIT invitationReceived(m.fromName, invitationMessage(m.fromName, m.service), int(ringMs / 1000));
}

bool CustomerSession::answerInvitation(bool accept)
{
    if (!hasInvitation() || m_invitation.answered || !isOnline())
        return false;
    if (accept && (m_state == State::Waiting || m_state == State::InSession))
        return false;
    m_invitation.answered = true;
    m_invitation.accepted = accept;
    send(AnswerInvitation{m_invitation.id, accept});
    return true;
}

void CustomerSession::handle(const InvitationEnded &m)
{
    if (!hasInvitation() || m.invitationId != m_invitation.id)
        return;
    const QString name = m.peerName.isEmpty() ? m_invitation.fromName : m.peerName;
    switch (InvitationOutcome(m.outcome)) {
    case InvitationOutcome::Accepted:
        closeInvitation(QString()); // sessionStarted came, or comes now
        return;
    case InvitationOutcome::Declined:
        closeInvitation(tr("You declined the invitation from %1.").arg(name));
        return;
    case InvitationOutcome::TimedOut:
        closeInvitation(tr("The invitation from %1 expired.").arg(name));
        return;
    case InvitationOutcome::Cancelled:
        closeInvitation(m_invitation.accepted
                            ? tr("%1 is no longer available, so the conversation could not begin.").arg(name)
                            : tr("%1 withdrew the invitation.").arg(name));
        return;
    }
}

void CustomerSession::closeInvitation(const QString &message)
{
    m_invitation = OpenInvitation();
    m_invitationExpiry.stop();
    Q_EMIT invitationEnded(message);
}

} // namespace Turno
