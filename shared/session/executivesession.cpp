#include "executivesession.h"

#include <algorithm>

namespace Turno
{

using namespace Protocol;

ExecutiveSession::ExecutiveSession(QObject *parent) : ClientSession(parent) {}

QString ExecutiveSession::firstName() const
{
    return m_fullName.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

bool ExecutiveSession::logIn(const QString &server, const QString &username, const QString &password)
{
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        Q_EMIT loginFailed(tr("Enter your username and password."));
        return false;
    }
    // No account has credentials longer than the wire carries: they cannot be right.
    if (TextLimits::utf8Size(username.trimmed()) > TextLimits::kUsernameBytes ||
        TextLimits::utf8Size(password) > TextLimits::kPasswordBytes) {
        Q_EMIT loginFailed(wrongCredentialsMessage());
        return false;
    }
    m_username = username.trimmed();
    m_password = password;
    if (!openLink(server)) {
        m_password.clear();
        return false;
    }
    return true;
}

void ExecutiveSession::sendCredentials(quint32 requestId)
{
    send(ExecutiveLogin{requestId, m_username, m_password});
}

void ExecutiveSession::loggedIn(const LoginResult &result)
{
    m_password.clear();
    m_fullName = result.fullName;
    m_services = result.services;
    m_supervisor = Role(result.role) == Role::Supervisor;
    // The server sends the customer count right after the log-in result; the log-in is complete
    // (and the greeting can be shown with the right number) once it is here.
    m_awaitingCount = true;
}

QString ExecutiveSession::wrongCredentialsMessage() const
{
    return tr("Wrong username or password.");
}

void ExecutiveSession::linkClosed()
{
    m_password.clear();
    m_sessionRequests.clear();
    m_history = {};
    m_awaitingCount = false;
    m_offer.reset();
    m_sessionId = 0;
    m_sessions.clear();
    m_outbox.clear();
    m_colleagues.clear();
    m_contacts.clear();
    m_invitation.reset();
    m_joiningConference = false;
    m_transferringTo.clear();
}

SessionInfo *ExecutiveSession::findSession(quint32 id)
{
    for (SessionInfo &info : m_sessions) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

const SessionInfo *ExecutiveSession::session(quint32 id) const
{
    return const_cast<ExecutiveSession *>(this)->findSession(id);
}

QString ExecutiveSession::customerName() const
{
    const SessionInfo *current = session(m_sessionId);
    return current ? current->customerName : QString();
}

void ExecutiveSession::setCurrent(quint32 id)
{
    if (SessionInfo *info = findSession(id))
        info->unread = 0;
    if (m_sessionId == id)
        return;
    m_sessionId = id;
    Q_EMIT currentSessionChanged(id);
}

void ExecutiveSession::handle(const ConnectedCustomers &m)
{
    m_connectedCustomers = int(m.count);
    if (m_awaitingCount) {
        m_awaitingCount = false;
        Q_EMIT loggedInAs(m_fullName);
        return;
    }
    Q_EMIT connectedCustomersChanged(m_connectedCustomers);
}

bool ExecutiveSession::acceptOffer()
{
    if (!m_offer)
        return false;
    send(AnswerOffer{m_offer->id, true});
    return true;
}

bool ExecutiveSession::rejectOffer()
{
    if (!m_offer)
        return false;
    send(AnswerOffer{m_offer->id, false});
    return true;
}

QString ExecutiveSession::sendMessage(const QString &text)
{
    SessionInfo *current = findSession(m_sessionId);
    if (!current || text.trimmed().isEmpty())
        return QString();
    if (const QString problem = chatTextProblem(text); !problem.isEmpty()) {
        Q_EMIT requestRefused(problem);
        return QString();
    }
    const QString id = m_outbox.add(m_sessionId, text);
    current->transcript.append({QDateTime::currentDateTime(), m_fullName, text, id, true, false});
    if (!chatHeld())
        send(ChatSend{m_sessionId, id, text});
    Q_EMIT messageSending(id, text);
    return id;
}

void ExecutiveSession::sendFirstPendingChat()
{
    // To the session it was written in (if that has ended since, the server refuses it).
    if (!m_outbox.pending().isEmpty()) {
        const ChatOutbox::Pending &first = m_outbox.pending().first();
        send(ChatSend{first.sessionId, first.clientMessageId, first.text});
    }
}

bool ExecutiveSession::endSession()
{
    if (m_sessionId == 0)
        return false;
    send(EndSession{m_sessionId});
    return true;
}

void ExecutiveSession::handle(const Offer &m)
{
    OfferInfo offer;
    offer.id = m.offerId;
    offer.customerName = m.customerName;
    offer.lastAction = ExecutiveTexts::describeAction(m.lastAction);
    offer.service = ExecutiveTexts::describeService(m.service);
    offer.ringSeconds = int(m.ringSeconds);
    offer.ringsUntil = QDateTime::currentDateTime().addSecs(m.ringSeconds);
    m_offer = offer;
    Q_EMIT offerReceived(offer);
}

void ExecutiveSession::handle(const OfferEnded &m)
{
    if (!m_offer || m_offer->id != m.offerId)
        return;
    const QString name = m_offer->customerName;
    m_offer.reset();
    QString message;
    switch (OfferEndReason(m.reason)) {
    case OfferEndReason::Rejected:
        message = tr("You rejected %1; the next executive is offered them.").arg(name);
        break;
    case OfferEndReason::TimedOut:
        message = tr("The offer of %1 was not answered in time and went to the next executive.").arg(name);
        break;
    case OfferEndReason::CustomerLeft:
        message = tr("%1 left the queue.").arg(name);
        break;
    case OfferEndReason::Withdrawn:
        message = tr("The offer of %1 was withdrawn.").arg(name);
        break;
    }
    Q_EMIT offerEnded(m.offerId, message);
}

void ExecutiveSession::handle(const SessionStarted &m)
{
    m_offer.reset();
    if (findSession(m.sessionId))
        return;
    SessionInfo info;
    info.id = m.sessionId;
    info.customerName = m.peerName;
    info.service = ExecutiveTexts::describeService(m.service);
    info.startedAt = localTime(m.startedAtMs);
    info.guest = std::exchange(m_joiningConference, false);
    m_sessions.append(info);
    // The newest session is in front; the server put the one there on hold.
    setCurrent(m.sessionId);
    Q_EMIT sessionStarted(m.sessionId, m.peerName, info.service);
    Q_EMIT sessionsChanged();
}

void ExecutiveSession::handle(const SessionEnded &m)
{
    const SessionInfo *ended = findSession(m.sessionId);
    if (!ended)
        return;
    const QString name = ended->customerName;
    const bool guest = ended->guest;
    m_sessions.removeIf([&m](const SessionInfo &info) { return info.id == m.sessionId; });
    QString message;
    switch (SessionEndReason(m.reason)) {
    case SessionEndReason::ByCustomer:
        message = tr("%1 ended the session.").arg(name);
        break;
    case SessionEndReason::ByExecutive:
        message =
            guest ? tr("You left the session with %1.").arg(name) : tr("You ended the session with %1.").arg(name);
        break;
    case SessionEndReason::PeerGone:
        message = tr("%1 disconnected; the session ended.").arg(name);
        break;
    case SessionEndReason::Transferred: {
        const QString to = m_transferringTo.take(m.sessionId);
        message = to.isEmpty() ? tr("You transferred %1.").arg(name) : tr("You transferred %1 to %2.").arg(name, to);
        break;
    }
    }
    if (m_sessionId == m.sessionId)
        setCurrent(m_sessions.isEmpty() ? 0 : m_sessions.constLast().id);
    Q_EMIT sessionEnded(m.sessionId, message);
    Q_EMIT sessionsChanged();
}

void ExecutiveSession::handle(const ChatAck &m)
{
    const auto pending = m_outbox.acknowledge(m.clientMessageId);
    if (!pending)
        return;
    chatAcknowledged(m_outbox.pending().isEmpty());
    if (SessionInfo *info = findSession(pending->sessionId)) {
        info->inbox.admit(m.messageId); // in the transcript already, as this executive's own
        for (ChatLine &line : info->transcript) {
            if (line.clientMessageId == m.clientMessageId)
                line.delivered = true;
        }
    }
    Q_EMIT messageDelivered(m.clientMessageId, localTime(m.atMs));
}

bool ExecutiveSession::claimCustomer(const QString &key)
{
    if (key.isEmpty())
        return false;
    send(ClaimCustomer{nextRequestId(), key});
    return true;
}

bool ExecutiveSession::claimNext()
{
    if (m_waiting.isEmpty())
        return false;
    return claimCustomer(m_waiting.constFirst().key);
}

bool ExecutiveSession::restartInternet()
{
    if (m_sessionId == 0)
        return false;
    send(RestartForCustomer{nextRequestId(), m_sessionId, quint8(Service::Internet)});
    return true;
}

bool ExecutiveSession::restartWifi()
{
    if (m_sessionId == 0)
        return false;
    send(RestartForCustomer{nextRequestId(), m_sessionId, quint8(Service::Wifi)});
    return true;
}

void ExecutiveSession::handle(const ServiceNotice &m)
{
    const SessionInfo *info = session(m.sessionId);
    if (!info)
        return;
    const QString name = info->customerName;
    const bool internet = Service(m.service) == Service::Internet;
    switch (NoticeOutcome(m.outcome)) {
    case NoticeOutcome::InProgress:
        Q_EMIT sessionNotice(tr("Restarting the internet service of %1…").arg(name));
        return;
    case NoticeOutcome::PasswordAsked:
        Q_EMIT sessionNotice(tr("%1 is asked for a new Wi-Fi password.").arg(name));
        return;
    case NoticeOutcome::Done:
        Q_EMIT sessionNotice(internet ? tr("The internet service of %1 was restarted.").arg(name)
                                      : tr("%1 changed the Wi-Fi password; the Wi-Fi was restarted.").arg(name));
        return;
    case NoticeOutcome::Failed:
        Q_EMIT sessionNotice(internet ? tr("The internet restart of %1 failed: %2").arg(name, m.detail)
                                      : tr("The Wi-Fi change of %1 failed: %2").arg(name, m.detail));
        return;
    }
}

bool ExecutiveSession::requestHistory()
{
    if (m_sessionId == 0)
        return false;
    const quint32 requestId = nextRequestId();
    m_sessionRequests.insert(requestId, m_sessionId);
    m_history = {m_sessionId, QString(), requestId, 0, 0};
    send(RequestHistory{requestId, m_sessionId, QString(), 0});
    return true;
}

bool ExecutiveSession::requestHistoryOf(const QString &waitingKey)
{
    if (waitingKey.isEmpty())
        return false;
    const quint32 requestId = nextRequestId();
    m_history = {0, waitingKey, requestId, 0, 0};
    send(RequestHistory{requestId, 0, waitingKey, 0});
    return true;
}

bool ExecutiveSession::requestOlderHistory()
{
    if (m_history.older == 0)
        return false;
    if (m_history.olderRequest != 0)
        return true; // on its way already
    const quint32 requestId = nextRequestId();
    if (m_history.sessionId != 0)
        m_sessionRequests.insert(requestId, m_history.sessionId);
    m_history.olderRequest = requestId;
    send(RequestHistory{requestId, m_history.sessionId, m_history.customerKey, m_history.older});
    return true;
}

bool ExecutiveSession::addNote(const QString &text)
{
    if (m_sessionId == 0 || text.trimmed().isEmpty() || !ExecutiveTexts::noteProblem(text).isEmpty())
        return false;
    send(AddNote{nextRequestId(), m_sessionId, text.trimmed()});
    return true;
}

void ExecutiveSession::requestFailed(quint32 requestId)
{
    m_sessionRequests.remove(requestId);
    if (requestId == m_history.olderRequest)
        m_history.olderRequest = 0;
}

bool ExecutiveSession::refusalIsStale(quint32 requestId) const
{
    const quint32 sessionId = m_sessionRequests.value(requestId);
    if (sessionId == 0)
        return false;
    return std::none_of(m_sessions.cbegin(), m_sessions.cend(),
                        [sessionId](const SessionInfo &s) { return s.id == sessionId; });
}

void ExecutiveSession::handle(const History &m)
{
    m_sessionRequests.remove(m.requestId);
    QList<HistoryItem> items;
    for (const HistoryEntry &entry : m.entries)
        items.append({localTime(entry.atMs), ExecutiveTexts::describeHistory(entry)});
    if (m.requestId != 0 && m.requestId == m_history.olderRequest) {
        m_history.olderRequest = 0;
        m_history.older = m.older;
        Q_EMIT olderHistoryReceived(m.customerName, items, m.older != 0);
        return;
    }
    // The newest page of the history asked for last moves the cursor; an answer to an earlier
    // request is shown as before, but older pages follow the last one asked for.
    if (m.requestId == m_history.newestRequest) {
        m_history.older = m.older;
        m_history.olderRequest = 0;
    }
    Q_EMIT historyReceived(m.customerName, items, m.older != 0);
}

void ExecutiveSession::handle(const NoteAdded &m)
{
    Q_EMIT noteAdded(localTime(m.atMs));
}

void ExecutiveSession::setAvailable()
{
    send(SetPresence{nextRequestId(), quint8(Presence::Available), QString()});
}

void ExecutiveSession::setAway(const QString &reason)
{
    send(SetPresence{nextRequestId(), quint8(Presence::Away), reason});
}

void ExecutiveSession::handle(const PresenceChanged &m)
{
    m_presence = Presence(m.presence);
    m_presenceReason = m.reason == QLatin1String("missed-offers") ? tr("missed offers") : m.reason;
    Q_EMIT presenceChanged(m_presence, m_presenceReason, int(m.seconds));
    if (m.reason == QLatin1String("missed-offers") && m_presence == Presence::Away) {
        Q_EMIT awayForMissedOffers(
            tr("You missed several offers in a row, so you were set to Away. Choose Available when you are ready."));
    }
}

void ExecutiveSession::handle(const WaitingList &m)
{
    const QDateTime now = QDateTime::currentDateTime();
    m_waiting.clear();
    for (const WaitingCustomer &customer : m.customers)
        m_waiting.append(
            {customer.customerKey, customer.customerName, ExecutiveTexts::describeService(customer.service),
             ExecutiveTexts::describeAction(customer.lastAction), now.addSecs(-qint64(customer.waitedSeconds))});
    m_waitingTotal = int(m.total);
    Q_EMIT waitingChanged();
}

void ExecutiveSession::handle(const ChatMessage &m)
{
    SessionInfo *info = findSession(m.sessionId);
    if (!info || !info->inbox.admit(m.messageId))
        return;
    const QDateTime at = localTime(m.atMs);
    info->transcript.append({at, m.fromName, m.text, QString(), false, true});
    if (m.sessionId == m_sessionId) {
        Q_EMIT messageReceived(m.fromName, m.text, at);
        return;
    }
    ++info->unread;
    Q_EMIT backgroundMessage(m.sessionId, m.fromName, m.text);
    Q_EMIT sessionsChanged();
}

} // namespace Turno
