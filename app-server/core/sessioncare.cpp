// SessionDesk, continued: what an executive does for the customer in front of them — restart
// their internet or Wi-Fi, hear how a Wi-Fi change ended, and who may read their history or add
// a note to it (CustomerHistory reads and writes it).
#include "sessiondesk.h"

#include "backend/providerbackend.h"
#include "contactcenter.h"
#include "participant.h"
#include "serverlog.h"
#include "util/futures.h"

#include <QDateTime>

namespace Turno::Server
{

using namespace Protocol;

void SessionDesk::restartFor(Participant *peer, const RestartForCustomer &m)
{
    Session *session = sessionOf(peer, m.sessionId);
    if (!session || !peer->isExecutive()) {
        refuse(peer, ErrorCode::NotAllowed, QStringLiteral("not a session of yours"), m.requestId);
        return;
    }
    const quint32 sessionId = session->id;
    const QString rut = session->rut;
    const QString username = session->username;
    auto tellBoth = [this, rut, username](const ServiceNotice &notice) {
        if (Participant *customer = m_center.customerPeer(rut))
            customer->send(notice);
        if (Participant *executive = m_center.executivePeer(username))
            executive->send(notice);
    };
    if (m.service == quint8(Service::Wifi)) {
        // The new key is the customer's to choose: their app asks for it in the conversation.
        tellCustomer(rut, WifiPasswordWanted{sessionId});
        peer->send(ServiceNotice{sessionId, quint8(Service::Wifi), quint8(NoticeOutcome::PasswordAsked), QString()});
        m_center.logRequest(QStringLiteral("customer"), rut, QStringLiteral("wifi-password-asked"), username,
                            QStringLiteral("ok"));
        return;
    }
    Storage::Customer customer;
    customer.rut = rut;
    customer.fullName = session->customerName;
    // Either this restart starts now or one is already under way: both sides see it in progress,
    // and this one's result (if it started) when the provider answers.
    m_center.runInternetRestart(customer, [tellBoth, sessionId](const BackendResult &r) {
        tellBoth(ServiceNotice{sessionId, quint8(Service::Internet),
                               quint8(r.ok ? NoticeOutcome::Done : NoticeOutcome::Failed), r.detail});
    });
    tellBoth(ServiceNotice{sessionId, quint8(Service::Internet), quint8(NoticeOutcome::InProgress), QString()});
}

void SessionDesk::wifiChanged(const QString &rut, bool ok, const QString &detail)
{
    const auto it = m_sessionOfCustomer.constFind(rut);
    if (it == m_sessionOfCustomer.cend())
        return;
    const Session &session = m_sessions[*it];
    if (Participant *executive = m_center.executivePeer(session.username)) {
        executive->send(ServiceNotice{session.id, quint8(Service::Wifi),
                                      quint8(ok ? NoticeOutcome::Done : NoticeOutcome::Failed), detail});
    }
}

void SessionDesk::history(Participant *peer, const RequestHistory &m)
{
    // Only a customer in one of the executive's sessions, or waiting in a line they serve (or in
    // their own line).
    QString rut;
    if (m.sessionId != 0) {
        if (const Session *session = sessionOf(peer, m.sessionId, true))
            rut = session->rut;
    } else if (!m.customerKey.isEmpty()) {
        const QString username = peer->executive()->username;
        QStringList candidates = m_queue.ownLine(username);
        candidates += m_queue.waitingIn(m_queue.executives().value(username));
        for (const QString &candidate : std::as_const(candidates)) {
            if (QString::number(m_queue.sequenceOf(candidate)) == m.customerKey) {
                rut = candidate;
                break;
            }
        }
    }
    if (rut.isEmpty()) {
        refuse(peer, ErrorCode::NotAllowed, QStringLiteral("not a customer of yours"), m.requestId);
        return;
    }
    m_history.sendPage(peer, m.requestId, rut, customerName(rut), m.before);
}

void SessionDesk::addNote(Participant *peer, const AddNote &m)
{
    const Session *session = sessionOf(peer, m.sessionId, true);
    if (!session || !peer->isExecutive()) {
        refuse(peer, ErrorCode::NotAllowed, QStringLiteral("not a session of yours"), m.requestId);
        return;
    }
    if (m.text.trimmed().isEmpty()) {
        refuse(peer, ErrorCode::Invalid, QStringLiteral("empty note"), m.requestId);
        return;
    }
    m_history.addNote(peer, m.requestId, session->rut, executiveName(peer->executive()->username), m.text.trimmed());
}

} // namespace Turno::Server
