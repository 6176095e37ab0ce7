#include "invitationbook.h"

#include "contactcenter.h"
#include "participant.h"
#include "partyaddress.h"

#include <QTimer>

namespace Turno::Server
{

using namespace Protocol;

InvitationBook::InvitationBook(ContactCenter &center, NameOf nameOf, CustomerFreed customerFreed, QObject *parent)
    : QObject(parent), m_center(center), m_nameOf(std::move(nameOf)), m_customerFreed(std::move(customerFreed))
{
}

InvitationBook::~InvitationBook() = default;

quint32 InvitationBook::open(Pending invitation)
{
    invitation.id = ++m_nextId;
    auto *expiry = new QTimer(this);
    expiry->setSingleShot(true);
    connect(expiry, &QTimer::timeout, this, [this, id = invitation.id] { finish(id, InvitationOutcome::TimedOut); });
    expiry->start(m_center.config().invitationTimeoutMs);
    m_open.insert(invitation.id, Open{invitation, expiry});
    return invitation.id;
}

const InvitationBook::Pending *InvitationBook::find(quint32 id) const
{
    const auto it = m_open.constFind(id);
    return it == m_open.cend() ? nullptr : &it->invitation;
}

void InvitationBook::finish(quint32 id, InvitationOutcome outcome)
{
    const auto it = m_open.find(id);
    if (it == m_open.end())
        return;
    const Open ended = m_open.take(id);
    ended.expiry->deleteLater();
    const Pending &invitation = ended.invitation;
    const bool toCustomer = invitation.kind == InvitationKind::Contact;
    const QString to = PartyAddress::addressee(invitation.to);
    const QString inviterName = m_nameOf(PartyAddress::executive(invitation.from));
    if (Participant *inviter = m_center.executivePeer(invitation.from))
        inviter->send(InvitationEnded{invitation.requestId, id, quint8(outcome), m_nameOf(invitation.to)});
    Participant *invitee = toCustomer ? m_center.customerPeer(to) : m_center.executivePeer(to);
    if (invitee)
        invitee->send(InvitationEnded{0, id, quint8(outcome), inviterName});
    static const char *results[] = {"accepted", "declined", "timed out", "cancelled"};
    m_center.logRequest(toCustomer ? QStringLiteral("customer") : QStringLiteral("executive"), to,
                        toCustomer ? QStringLiteral("contact-invitation") : QStringLiteral("conference-invitation"),
                        invitation.from, QLatin1String(results[int(outcome)]));
    if (toCustomer)
        m_customerFreed(to);
}

void InvitationBook::cancelOf(const QString &party)
{
    QList<quint32> ids;
    for (const Open &open : std::as_const(m_open)) {
        if (PartyAddress::executive(open.invitation.from) == party || open.invitation.to == party)
            ids.append(open.invitation.id);
    }
    for (quint32 id : std::as_const(ids))
        finish(id, InvitationOutcome::Cancelled);
}

void InvitationBook::cancelIntoSession(quint32 sessionId)
{
    QList<quint32> ids;
    for (const Open &open : std::as_const(m_open)) {
        if (open.invitation.kind == InvitationKind::Conference && open.invitation.sessionId == sessionId)
            ids.append(open.invitation.id);
    }
    for (quint32 id : std::as_const(ids))
        finish(id, InvitationOutcome::Cancelled);
}

bool InvitationBook::isInvited(const QString &party) const
{
    for (const Open &open : m_open) {
        if (open.invitation.to == party)
            return true;
    }
    return false;
}

} // namespace Turno::Server
