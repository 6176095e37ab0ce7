// Who is online: the one participant of each customer and executive account, the resume tokens of
// customers, and the grace period that keeps a dropped customer's place or conversation. Speaks to
// participants only (core/participant.h), so every kind of connection logs in the same way.
#pragma once

#include "storage/store.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

class QTimer;

namespace Turno::Server
{

class ContactCenter;
class Participant;
class SessionDesk;

class Roster : public QObject
{
    Q_OBJECT
public:
    Roster(ContactCenter &center, SessionDesk &desk, QObject *parent = nullptr);

    // A participant logged in as a customer or an executive. Another participant of the same
    // account is told ForcedLogout and closed: the newest one takes over.
    void loggedIn(Participant *participant);
    // The participant is gone: it said goodbye (loggedOut) or its connection dropped. A dropped
    // customer keeps their place or conversation for the grace period. Safe for a participant
    // that never logged in, or was already replaced.
    void gone(Participant *participant, bool loggedOut);

    // What a valid resume token gives back: the customer, and when the log-in that started this
    // chain of resumes happened (monotonic ms).
    struct ResumeGrant {
        Storage::Customer customer;
        qint64 chainStartMs = 0;
    };
    // Takes the customer a resume token belongs to, if it is valid and the customer is away or
    // half-open (that connection is then closed); nullopt (logged, with from) otherwise.
    std::optional<ResumeGrant> claimResume(const QString &token, const QString &from);
    // participant now is grant's customer: it is online again, with a new token, and its place is
    // pushed or its session replayed after lastMessageId.
    void resumed(Participant *participant, const ResumeGrant &grant, quint64 lastMessageId);
    // The customer's password changed on participant: every resume token of the account stops
    // working (participant gets a new one), and any other participant of the account is closed.
    void passwordChanged(Participant *participant);

    Participant *customer(const QString &rut) const { return m_customers.value(rut); }
    Participant *executive(const QString &username) const { return m_executives.value(username); }
    // Copies: a send while going through them (which may end a participant) changes nothing here.
    QHash<QString, Participant *> customers() const { return m_customers; }
    QHash<QString, Participant *> executives() const { return m_executives; }
    int customerCount() const { return int(m_customers.size()); }
    int executiveCount() const { return int(m_executives.size()); }
    // Display names, sorted (the admin's window).
    QStringList customerNames() const;
    QStringList executiveNames() const;

Q_SIGNALS:
    // The lists of who is online changed.
    void changed();

private:
    void broadcastCustomerCount();
    // A new token for participant's customer; the previous one stops working at once.
    void issueResumeToken(Participant *participant, qint64 chainStartMs);
    void customerDropped(const Storage::Customer &customer, bool loggedOut);
    void releaseCustomer(const QString &rut);
    void endAway(const QString &rut);

    ContactCenter &m_center;
    SessionDesk &m_desk;
    QHash<QString, Participant *> m_customers;  // by normalized RUT
    QHash<QString, Participant *> m_executives; // by username
    // Customers whose connection dropped keep their place or conversation for a grace period.
    struct Away {
        Storage::Customer customer;
        QTimer *expiry = nullptr;
    };
    QHash<QString, Away> m_away; // by RUT
    struct TokenInfo {
        QString rut;
        qint64 chainStartMs = 0;
    };
    // Tokens are kept only as their SHA-256 (memory only, never logged).
    QHash<QByteArray, TokenInfo> m_tokenOwner; // hash of a resume token → its customer
    QHash<QString, QByteArray> m_tokenOf;      // RUT → hash of its current resume token
};

} // namespace Turno::Server
