// Invitations waiting for their answer: a colleague into a session (conference), or a contact into
// a new one, each with its time limit. Each ends accepted, declined, timed out or cancelled; the
// inviter and the invitee both hear how, and the request log keeps it. What accepting does is the
// desk's.
#pragma once

#include "protocol/messages.h"

#include <QHash>
#include <QObject>
#include <functional>

class QTimer;

namespace Turno::Server
{

class ContactCenter;

class InvitationBook : public QObject
{
    Q_OBJECT
public:
    struct Pending {
        quint32 id = 0;
        Protocol::InvitationKind kind = Protocol::InvitationKind::Conference;
        quint32 requestId = 0; // the inviter's request
        QString from;          // inviter's username
        QString to;            // invitee's address (PartyAddress): an executive (conference) or a customer (contact)
        quint32 sessionId = 0; // conference
        QString service;       // contact
    };
    // The name to show for a party's address.
    using NameOf = std::function<QString(const QString &address)>;
    // A customer's invitation ended: they may be free again.
    using CustomerFreed = std::function<void(const QString &rut)>;

    InvitationBook(ContactCenter &center, NameOf nameOf, CustomerFreed customerFreed, QObject *parent = nullptr);
    ~InvitationBook() override;

    // Opens invitation (its id is given here) and starts its time limit; returns the id. The
    // caller sends the invitee the Invitation.
    quint32 open(Pending invitation);
    // The open invitation with this id, if any.
    const Pending *find(quint32 id) const;
    void finish(quint32 id, Protocol::InvitationOutcome outcome);
    // Cancels every invitation from or to party (an address).
    void cancelOf(const QString &party);
    // Cancels the conference invitations into a session that ended.
    void cancelIntoSession(quint32 sessionId);
    // Whether party (an address) has an invitation to answer.
    bool isInvited(const QString &party) const;

private:
    struct Open {
        Pending invitation;
        QTimer *expiry = nullptr;
    };

    ContactCenter &m_center;
    NameOf m_nameOf;
    CustomerFreed m_customerFreed;
    QHash<quint32, Open> m_open;
    quint32 m_nextId = 0;
};

} // namespace Turno::Server
