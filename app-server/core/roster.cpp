#include "roster.h"

#include "contactcenter.h"
#include "monotonicclock.h"
#include "participant.h"
#include "serverlog.h"
#include "sessiondesk.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTimer>

namespace Turno::Server
{

using namespace Protocol;

namespace
{

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

// Another place took the account over: the participant is told why, then closed.
void forceOut(Participant *participant, ForcedLogoutReason why, const QString &logReason)
{
    participant->send(ForcedLogout{quint8(why)});
    participant->close(logReason);
}

QStringList sortedNames(const QHash<QString, Participant *> &participants)
{
    QStringList names;
    names.reserve(participants.size());
    for (Participant *participant : participants)
        names.append(participant->displayName());
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace

Roster::Roster(ContactCenter &center, SessionDesk &desk, QObject *parent)
    : QObject(parent), m_center(center), m_desk(desk)
{
}

QStringList Roster::customerNames() const
{
    return sortedNames(m_customers);
}

QStringList Roster::executiveNames() const
{
    return sortedNames(m_executives);
}

void Roster::loggedIn(Participant *participant)
{
    if (participant->isCustomer()) {
        const QString rut = participant->customer()->rut;
        Participant *previous = m_customers.take(rut);
        // The same customer from another place: the new connection takes the session over.
        if (previous)
            forceOut(previous, ForcedLogoutReason::LoggedInElsewhere,
                     QStringLiteral("the same customer logged in from another place"));
        m_customers.insert(rut, participant);
        ServerLog::event(tr("Client %1 connected.").arg(participant->displayName()));
        m_desk.customerOnline(participant);
        issueResumeToken(participant, monotonicNowMs());
        if (m_away.contains(rut)) {
            // Logged in again within the grace period: the place or conversation is still theirs.
            endAway(rut);
            m_desk.customerResumed(participant, 0);
        } else if (previous) {
            m_desk.customerResumed(participant, 0);
        }
        broadcastCustomerCount();
    } else if (participant->isExecutive()) {
        const QString username = participant->executive()->username;
        Participant *previous = m_executives.take(username);
        if (previous)
            forceOut(previous, ForcedLogoutReason::LoggedInElsewhere,
                     QStringLiteral("the same executive logged in from another place"));
        m_executives.insert(username, participant);
        ServerLog::event(tr("Executive %1 connected.").arg(participant->displayName()));
        participant->send(ConnectedCustomers{quint32(m_customers.size())});
        if (previous)
            m_desk.executiveReplaced(participant); // presence, offers and sessions carry over
        else
            m_desk.executiveOnline(participant);
    } else {
        return;
    }
    Q_EMIT changed();
}

void Roster::gone(Participant *participant, bool loggedOut)
{
    if (participant->customer() && m_customers.value(participant->customer()->rut) == participant) {
        const Storage::Customer customer = *participant->customer();
        m_customers.remove(customer.rut);
        ServerLog::event(tr("Client %1 disconnected.").arg(participant->displayName()));
        customerDropped(customer, loggedOut);
        m_desk.customerOffline(customer.rut);
        m_center.logRequest(QStringLiteral("customer"), customer.rut, QStringLiteral("logout"), QString(),
                            QStringLiteral("ok"));
        broadcastCustomerCount();
        Q_EMIT changed();
    } else if (participant->executive() && m_executives.value(participant->executive()->username) == participant) {
        m_executives.remove(participant->executive()->username);
        m_desk.executiveOffline(participant);
        ServerLog::event(tr("Executive %1 disconnected.").arg(participant->displayName()));
        m_center.logRequest(QStringLiteral("executive"), participant->executive()->username, QStringLiteral("logout"),
                            QString(), QStringLiteral("ok"));
        Q_EMIT changed();
    }
}

void Roster::broadcastCustomerCount()
{
    const ConnectedCustomers message{quint32(m_customers.size())};
    // A snapshot: the loop must not depend on the container staying as it is while it sends.
    const QList<Participant *> executives = m_executives.values();
    for (Participant *executive : executives)
        executive->send(message);
}

void Roster::issueResumeToken(Participant *participant, qint64 chainStartMs)
{
    const QString rut = participant->customer()->rut;
    m_tokenOwner.remove(m_tokenOf.value(rut));
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QString token = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
    const QByteArray hash = tokenHash(token);
    m_tokenOf.insert(rut, hash);
    m_tokenOwner.insert(hash, {rut, chainStartMs});
    participant->send(ResumeToken{token, quint32(m_center.config().resumeGraceMs / 1000)});
}

void Roster::passwordChanged(Participant *participant)
{
    const QString rut = participant->customer()->rut;
    // A connection that dropped and could still resume belongs to someone who may not know the new
    // password: it may not come back.
    if (m_away.contains(rut))
        endAway(rut);
    if (Participant *other = m_customers.value(rut); other && other != participant) {
        m_customers.remove(rut);
        forceOut(other, ForcedLogoutReason::PasswordChanged, QStringLiteral("the account's password changed"));
    }
    issueResumeToken(participant, monotonicNowMs());
}

void Roster::endAway(const QString &rut)
{
    m_away.take(rut).expiry->deleteLater();
}

void Roster::customerDropped(const Storage::Customer &customer, bool loggedOut)
{
    if (loggedOut) {
        releaseCustomer(customer.rut);
        return;
    }
    // The connection dropped: keep the place or the conversation for the grace period.
    auto *expiry = new QTimer(this);
    expiry->setSingleShot(true);
    connect(expiry, &QTimer::timeout, this, [this, customer] {
        if (!m_away.contains(customer.rut))
            return;
        endAway(customer.rut);
        ServerLog::event(tr("Client %1 did not come back in time; their place was released.").arg(customer.fullName));
        m_center.logRequest(QStringLiteral("customer"), customer.rut, QStringLiteral("resume-expired"), QString(),
                            QStringLiteral("released"));
        releaseCustomer(customer.rut);
    });
    expiry->start(m_center.config().resumeGraceMs);
    m_away.insert(customer.rut, {customer, expiry});
}

void Roster::releaseCustomer(const QString &rut)
{
    m_tokenOwner.remove(m_tokenOf.take(rut));
    m_desk.customerGone(rut);
}

std::optional<Roster::ResumeGrant> Roster::claimResume(const QString &token, const QString &from)
{
    const auto owner = m_tokenOwner.constFind(tokenHash(token));
    const TokenInfo info = owner != m_tokenOwner.cend() ? *owner : TokenInfo{};
    const QString rut = info.rut;
    if (!rut.isEmpty() && monotonicNowMs() - info.chainStartMs > m_center.config().tokenLifetimeMs) {
        // The chain of resumes is over: the customer logs in again (and, within the grace
        // period, still finds their place).
        m_tokenOwner.remove(m_tokenOf.take(rut));
        qCInfo(lcNet).noquote() << "resume refused for a connection from" << from << "(token past its lifetime)";
        return std::nullopt;
    }
    if (!rut.isEmpty() && m_away.contains(rut)) {
        const Storage::Customer customer = m_away.value(rut).customer;
        endAway(rut);
        return ResumeGrant{customer, info.chainStartMs};
    }
    if (Participant *current = rut.isEmpty() ? nullptr : m_customers.value(rut)) {
        // The old connection is half-open (the app saw it die first): the new one replaces it.
        const Storage::Customer customer = *current->customer();
        m_customers.remove(rut);
        forceOut(current, ForcedLogoutReason::LoggedInElsewhere,
                 QStringLiteral("replaced by the customer's resumed connection"));
        return ResumeGrant{customer, info.chainStartMs};
    }
    qCWarning(lcNet).noquote() << "resume refused for a connection from" << from << "(unknown or expired token)";
    return std::nullopt;
}

void Roster::resumed(Participant *participant, const ResumeGrant &grant, quint64 lastMessageId)
{
    const QString rut = grant.customer.rut;
    m_customers.insert(rut, participant);
    ServerLog::event(tr("Client %1 reconnected.").arg(grant.customer.fullName));
    m_center.logRequest(QStringLiteral("customer"), rut, QStringLiteral("resume"), QString(), QStringLiteral("ok"));
    // Every resume rotates the token: the one just used stops working.
    issueResumeToken(participant, grant.chainStartMs);
    broadcastCustomerCount();
    m_desk.customerOnline(participant);
    m_desk.customerResumed(participant, lastMessageId);
    Q_EMIT changed();
}

} // namespace Turno::Server
