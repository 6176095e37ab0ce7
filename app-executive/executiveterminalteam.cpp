// ExecutiveTerminal, continued: what the terminal tells about several sessions (hold and switch),
// conferences, contacts and :details, as the session reports it.
#include "commandrunner.h"
#include "executiveterminal.h"

namespace Turno
{

namespace
{
QString timeText(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm"));
}
} // namespace

void ExecutiveTerminal::connectTeam()
{
    connect(&m_session, &ExecutiveSession::currentSessionChanged, this, [this](quint32 sessionId) {
        // A switch the executive asked for; a new or ended session is told by its own message.
        if (m_switching && sessionId != 0)
            tellFront(true);
    });
    connect(&m_session, &ExecutiveSession::heldChanged, this, &ExecutiveTerminal::onHeldChanged);
    connect(&m_session, &ExecutiveSession::backgroundMessage, this,
            [this](quint32 sessionId, const QString &fromName, const QString &text) {
                const SessionInfo *info = m_session.session(sessionId);
                const QString at = timeText(QDateTime::currentDateTime());
                if (info && info->held)
                    announce(tr("%1 [%2] (on hold): %3", "a message from a session on hold: sender, time, text")
                                 .arg(fromName, at, text));
                else
                    announce(tr("%1 [%2] (session with %3, in the background): %4",
                                "a message from a session not in front: sender, time, customer, text")
                                 .arg(fromName, at, info ? info->customerName : fromName, text));
            });
    connect(&m_session, &ExecutiveSession::participantsChanged, this,
            [this](quint32, const QStringList &, const QString &message) {
                if (!message.isEmpty())
                    announceSaid(message);
            });
    connect(&m_session, &ExecutiveSession::invitationReceived, this, [this](const InvitationInfo &invitation) {
        if (isInteractive())
            m_out << '\a'; // heard, not only read
        const qint64 seconds = qMax<qint64>(0, QDateTime::currentDateTime().secsTo(invitation.ringsUntil));
        announceSaid(tr("%1 invites you into the session with %2 (%3). Type :accept to join or :decline; it rings "
                        "for %4 s.")
                         .arg(invitation.fromName, invitation.customerName, invitation.service)
                         .arg(seconds));
    });
    connect(&m_session, &ExecutiveSession::invitationEnded, this, [this](quint32, const QString &message) {
        // An accepted invitation is answered by the session that starts (SessionStarted follows).
        if (message.isEmpty())
            return;
        announceSaid(message);
        answerArrived();
    });
    connect(&m_session, &ExecutiveSession::contactsChanged, this, [this] {
        for (const ContactInfo &contact : m_session.contacts()) {
            if (!m_addingContact.isEmpty() && contact.name == m_addingContact) {
                announceSaid(CommandRunner::addedContact(contact.name));
                m_addingContact.clear();
                break;
            }
        }
        answerArrived();
    });
    connect(&m_session, &ExecutiveSession::detailsReceived, this,
            [this](const QList<CustomerDetail> &customers, int total) {
                announce(CommandRunner::detailLines(customers, total).join(QLatin1Char('\n')));
                answerArrived();
            });
}

void ExecutiveTerminal::onHeldChanged(quint32 sessionId, bool held)
{
    const SessionInfo *info = m_session.session(sessionId);
    if (!info || sessionId != m_session.currentSession())
        return; // the one left behind by a switch: told with the one in front
    if (held) {
        m_frontTold = 0;
        announceSaid(tr("%1 is on hold; they are told you will be back. Type :switch to go back to them.")
                         .arg(info->customerName));
    } else if (m_frontTold == sessionId) {
        m_frontTold = 0;
    } else {
        announceSaid(tr("You are back with %1.").arg(info->customerName));
    }
    if (std::exchange(m_awaitingHeld, false))
        answerArrived();
}

void ExecutiveTerminal::tellFront(bool comingBack)
{
    const SessionInfo *info = m_session.session(m_session.currentSession());
    if (!info)
        return;
    m_frontTold = info->id;
    if (info->held && !comingBack)
        announceSaid(tr("%1 is in front now, on hold; type :switch to take them back.").arg(info->customerName));
    else
        announceSaid(tr("You are now with %1.").arg(info->customerName));
}

} // namespace Turno
