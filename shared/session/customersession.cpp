#include "customersession.h"

#include "domain/rut.h"

namespace Turno
{

using namespace Protocol;

CustomerSession::CustomerSession(QObject *parent) : ClientSession(parent)
{
    m_invitationExpiry.setSingleShot(true);
    connect(&m_invitationExpiry, &QTimer::timeout, this, [this] {
        if (hasInvitation())
            closeInvitation(tr("The invitation from %1 expired.").arg(m_invitation.fromName));
    });
}

QString CustomerSession::firstName() const
{
    return m_fullName.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

void CustomerSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool CustomerSession::logIn(const QString &server, const QString &rut, const QString &password)
{
    const auto parsed = Rut::parse(rut);
    if (!parsed) {
        Q_EMIT loginFailed(tr("Invalid RUT. Enter it as 12.345.678-5, 12345678-5 or 123456785."));
        return false;
    }
    if (password.isEmpty()) {
        Q_EMIT loginFailed(tr("Enter your password."));
        return false;
    }
    // No account has a password longer than the wire carries: it cannot be right.
    if (TextLimits::utf8Size(password) > TextLimits::kPasswordBytes) {
        Q_EMIT loginFailed(wrongCredentialsMessage());
        return false;
    }
    m_rut = parsed->normalized();
    m_password = password;
    m_signingUp = false;
    setState(State::LoggingIn);
    if (!openLink(server)) {
        m_password.clear();
        setState(State::LoggedOut);
        return false;
    }
    return true;
}

bool CustomerSession::signUp(const QString &server, const QString &rut, const QString &fullName,
                             const QString &password, const QString &repeated)
{
    const auto parsed = Rut::parse(rut);
    if (!parsed) {
        Q_EMIT loginFailed(tr("Invalid RUT. Enter it as 12.345.678-5, 12345678-5 or 123456785."));
        return false;
    }
    if (const auto problem = AccountRules::checkName(fullName); problem != AccountRules::NameProblem::None) {
        Q_EMIT loginFailed(nameProblemMessage(problem));
        return false;
    }
    if (const auto problem = AccountRules::checkPassword(password, repeated);
        problem != AccountRules::PasswordProblem::None) {
        Q_EMIT loginFailed(passwordProblemMessage(problem));
        return false;
    }
    m_rut = parsed->normalized();
    m_signUpName = AccountRules::normalizedName(fullName);
    m_password = password;
    m_signingUp = true;
    setState(State::LoggingIn);
    if (!openLink(server)) {
        m_password.clear();
        m_signingUp = false;
        setState(State::LoggedOut);
        return false;
    }
    return true;
}

void CustomerSession::sendCredentials(quint32 requestId)
{
    if (isReconnecting())
        send(Resume{requestId, m_resumeToken, m_inbox.newest()});
    else if (m_signingUp)
        send(SignUp{requestId, m_rut, m_signUpName, m_password});
    else
        send(CustomerLogin{requestId, m_rut, m_password});
}

void CustomerSession::handle(const SignUpResult &m)
{
    if (!m_signingUp || !isLoginAnswer(m.requestId))
        return;
    m_password.clear();
    switch (SignUpStatus(m.status)) {
    case SignUpStatus::Created:
        acceptLogin(LoginResult{m.requestId, quint8(LoginStatus::Ok), quint8(Role::Customer), m.fullName, {}, 0});
        return;
    case SignUpStatus::Closed:
        dropLink(tr("This server does not accept new accounts. Please call us to open one."));
        return;
    case SignUpStatus::AlreadyExists:
        dropLink(tr("An account with this RUT already exists. Log in with its password instead."));
        return;
    case SignUpStatus::Invalid:
        dropLink(tr("The server did not accept these account details."));
        return;
    case SignUpStatus::Throttled: {
        const int minutes = int(qMax<quint32>(1, (m.retryAfterSeconds + 59) / 60));
        dropLink(tr("Too many accounts were created from your network. Try again in %n minutes.", nullptr, minutes));
        return;
    }
    case SignUpStatus::Busy:
        dropLink(tr("The server is busy. Please try again in a moment."));
        return;
    case SignUpStatus::Unavailable:
        break;
    }
    dropLink(tr("The server cannot create your account right now. Please try again later."));
}

void CustomerSession::loggedIn(const LoginResult &result)
{
    m_password.clear();
    m_fullName = result.fullName;
    setState(State::Menu);
    Q_EMIT loggedInAs(m_fullName);
}

QString CustomerSession::wrongCredentialsMessage() const
{
    return tr("Wrong RUT or password.");
}

void CustomerSession::linkClosed()
{
    m_password.clear();
    m_restartRequest = 0;
    m_wifiRequest = 0;
    m_accountRequest = 0;
    m_queueRequest = 0;
    m_sessionId = 0;
    m_executiveName.clear();
    teamSessionOver();
    m_outbox.clear();
    m_resumeToken.clear();
    m_inbox.clear();
    setResumeWindowMs(0);
    setState(State::LoggedOut);
    if (hasInvitation())
        closeInvitation(QString());
}

void CustomerSession::requestFailed(quint32 requestId)
{
    State waitingIn = State::Menu;
    if (requestId == m_restartRequest) {
        m_restartRequest = 0;
        waitingIn = State::Restarting;
    } else if (requestId == m_wifiRequest) {
        m_wifiRequest = 0; // from the menu, or asked for in a conversation (which goes on)
        waitingIn = State::ChangingWifi;
    } else if (requestId == m_accountRequest) {
        m_accountRequest = 0;
        waitingIn = State::UpdatingAccount;
    } else if (requestId == m_queueRequest && m_state == State::Waiting) {
        m_queueRequest = 0;
        waitingIn = State::Waiting;
    } else {
        return;
    }
    // Only the state that waited for this answer is left: an accepted invitation may have begun a
    // conversation meanwhile.
    if (m_state == waitingIn)
        setState(State::Menu);
}

void CustomerSession::restartInternet()
{
    if (m_state != State::Menu)
        return;
    m_restartRequest = nextRequestId();
    send(RestartInternet{m_restartRequest});
    setState(State::Restarting);
    Q_EMIT restartStarted();
}

void CustomerSession::handle(const ServiceResult &m)
{
    if (m.requestId == m_restartRequest && Service(m.service) == Service::Internet)
        restartFinishedWith(m);
    else if (m.requestId == m_wifiRequest && Service(m.service) == Service::Wifi)
        wifiFinishedWith(m);
}

void CustomerSession::restartFinishedWith(const ServiceResult &m)
{
    m_restartRequest = 0;
    if (m_state == State::Restarting) // not if an invitation began a conversation meanwhile
        setState(State::Menu);
    switch (ServiceOutcome(m.outcome)) {
    case ServiceOutcome::Done:
        Q_EMIT restartFinished(true,
                               tr("Your internet service has been restarted. It may take a minute to come back."));
        return;
    case ServiceOutcome::Busy:
        Q_EMIT restartFinished(false,
                               tr("A restart of your service is already under way. Please wait for it to finish."));
        return;
    case ServiceOutcome::Failed:
        Q_EMIT restartFinished(false, m.detail.isEmpty()
                                          ? tr("We could not restart your service. Please try again later.")
                                          : tr("We could not restart your service: %1").arg(m.detail));
        return;
    }
}

bool CustomerSession::changeWifiPassword(const QString &password, const QString &repeated)
{
    // From the menu, or in a conversation when the executive restarts the Wi-Fi (the conversation
    // stays the state; the pending request marks the change).
    const bool inSession = m_state == State::InSession;
    if ((m_state != State::Menu && !inSession) || m_wifiRequest != 0)
        return false;
    if (const auto problem = WifiPassword::check(password, repeated); problem != WifiPassword::Problem::None) {
        Q_EMIT wifiPasswordRejected(wifiProblemMessage(problem));
        return false;
    }
    m_wifiRequest = nextRequestId();
    send(ChangeWifiPassword{m_wifiRequest, password});
    if (!inSession)
        setState(State::ChangingWifi);
    Q_EMIT wifiChangeStarted();
    return true;
}

void CustomerSession::wifiFinishedWith(const ServiceResult &m)
{
    m_wifiRequest = 0;
    if (m_state == State::ChangingWifi)
        setState(State::Menu);
    switch (ServiceOutcome(m.outcome)) {
    case ServiceOutcome::Done:
        Q_EMIT wifiChangeFinished(true, tr("Your password has been updated."));
        return;
    case ServiceOutcome::Busy:
        Q_EMIT wifiChangeFinished(false, tr("A change of your Wi-Fi password is already under way. Please wait for "
                                            "it to finish."));
        return;
    case ServiceOutcome::Failed:
        Q_EMIT wifiChangeFinished(false, m.detail.isEmpty()
                                             ? tr("We could not update your Wi-Fi password. Please try again later.")
                                             : tr("We could not update your Wi-Fi password: %1").arg(m.detail));
        return;
    }
}

bool CustomerSession::changePassword(const QString &oldPassword, const QString &newPassword, const QString &repeated)
{
    if (m_state != State::Menu)
        return false;
    if (oldPassword.isEmpty()) {
        Q_EMIT accountChangeRejected(tr("Enter your current password."));
        return false;
    }
    if (TextLimits::utf8Size(oldPassword) > TextLimits::kPasswordBytes) {
        Q_EMIT accountChangeRejected(tr("Your current password is not correct. Nothing was changed."));
        return false;
    }
    if (const auto problem = AccountRules::checkPassword(newPassword, repeated);
        problem != AccountRules::PasswordProblem::None) {
        Q_EMIT accountChangeRejected(passwordProblemMessage(problem));
        return false;
    }
    m_accountRequest = nextRequestId();
    send(ChangePassword{m_accountRequest, oldPassword, newPassword});
    setState(State::UpdatingAccount);
    Q_EMIT accountChangeStarted();
    return true;
}

bool CustomerSession::changeDisplayName(const QString &fullName)
{
    if (m_state != State::Menu)
        return false;
    if (const auto problem = AccountRules::checkName(fullName); problem != AccountRules::NameProblem::None) {
        Q_EMIT accountChangeRejected(nameProblemMessage(problem));
        return false;
    }
    m_accountRequest = nextRequestId();
    send(ChangeDisplayName{m_accountRequest, AccountRules::normalizedName(fullName)});
    setState(State::UpdatingAccount);
    Q_EMIT accountChangeStarted();
    return true;
}

void CustomerSession::handle(const AccountResult &m)
{
    if (m.requestId != m_accountRequest)
        return;
    m_accountRequest = 0;
    if (m_state == State::UpdatingAccount)
        setState(State::Menu);
    const bool ok = AccountStatus(m.status) == AccountStatus::Done;
    if (ok && AccountChange(m.change) == AccountChange::DisplayName && !m.fullName.isEmpty()) {
        m_fullName = m.fullName;
        Q_EMIT fullNameChanged(m_fullName);
    }
    Q_EMIT accountChangeFinished(ok, accountOutcomeMessage(m));
}

QString CustomerSession::accountOutcomeMessage(const AccountResult &m) const
{
    const bool password = AccountChange(m.change) == AccountChange::Password;
    switch (AccountStatus(m.status)) {
    case AccountStatus::Done:
        return password ? tr("Your account password has been changed. Use the new one from your next log-in on.")
                        : tr("Done. We will call you %1 from now on.").arg(m_fullName);
    case AccountStatus::WrongPassword:
        return tr("Your current password is not correct. Nothing was changed.");
    case AccountStatus::Invalid:
        return password ? tr("The server did not accept the new password.")
                        : tr("The server did not accept that name.");
    case AccountStatus::Throttled:
        return tr("Too many wrong attempts. Please try again in a few minutes.");
    case AccountStatus::Busy:
        return tr("The server is busy. Please try again in a moment.");
    case AccountStatus::Unavailable:
        break;
    }
    return password ? tr("We could not change your password right now. Please try again later.")
                    : tr("We could not change your name right now. Please try again later.");
}

QString CustomerSession::wifiProblemMessage(WifiPassword::Problem problem)
{
    switch (problem) {
    case WifiPassword::Problem::None:
        break;
    case WifiPassword::Problem::TooShort:
        return tr("The Wi-Fi password is too short: it needs at least %1 characters.").arg(WifiPassword::kMinLength);
    case WifiPassword::Problem::TooLong:
        return tr("The Wi-Fi password is too long: it can have at most %1 characters.").arg(WifiPassword::kMaxLength);
    case WifiPassword::Problem::NotPrintableAscii:
        return tr("The Wi-Fi password can only contain letters without accents (no ñ), digits, spaces and symbols "
                  "such as ! ? # - _.");
    case WifiPassword::Problem::Mismatch:
        return tr("The two passwords do not match.");
    }
    return {};
}

QString CustomerSession::passwordProblemMessage(AccountRules::PasswordProblem problem)
{
    switch (problem) {
    case AccountRules::PasswordProblem::None:
        break;
    case AccountRules::PasswordProblem::TooShort:
        return tr("The password must have at least %1 characters.").arg(TextLimits::kPasswordMinChars);
    case AccountRules::PasswordProblem::TooLong:
        return tr("The password must have at most %1 characters.").arg(TextLimits::kPasswordMaxChars);
    case AccountRules::PasswordProblem::Mismatch:
        return tr("The two passwords do not match.");
    }
    return {};
}

QString CustomerSession::nameProblemMessage(AccountRules::NameProblem problem)
{
    switch (problem) {
    case AccountRules::NameProblem::None:
        break;
    case AccountRules::NameProblem::Empty:
        return tr("Enter your full name.");
    case AccountRules::NameProblem::TooLong:
        return tr("The name must have at most %1 characters.").arg(TextLimits::kNameChars);
    case AccountRules::NameProblem::TooManyBytes:
        return tr("The name is too long: at most %1 bytes in UTF-8, and characters of some scripts take 3 or 4 "
                  "bytes each.")
            .arg(TextLimits::kNameBytes);
    case AccountRules::NameProblem::ControlCharacter:
        return tr("The name contains a character that cannot be used.");
    }
    return {};
}

qint64 QueueInfo::remainingLowSeconds(const QDateTime &now) const
{
    return qMax<qint64>(0, lowSeconds - receivedAt.secsTo(now));
}

qint64 QueueInfo::remainingHighSeconds(const QDateTime &now) const
{
    return qMax<qint64>(0, highSeconds - receivedAt.secsTo(now));
}

QString CustomerSession::describePlace(const QueueInfo &info)
{
    if (info.ahead == 0)
        return tr("You are next in line.");
    if (info.ahead == 1)
        return tr("1 customer ahead of you.");
    return tr("%n customers ahead of you.", nullptr, info.ahead);
}

QString CustomerSession::describeWait(const QueueInfo &info, const QDateTime &now)
{
    if (!info.estimateKnown)
        return tr("Estimated wait: unknown.");
    const qint64 low = (info.remainingLowSeconds(now) + 59) / 60;
    const qint64 high = qMax<qint64>(1, (info.remainingHighSeconds(now) + 59) / 60);
    if (high <= 1)
        return tr("Estimated wait: less than a minute.");
    if (low == high || low == 0)
        return tr("Estimated wait: up to %n minutes.", nullptr, int(high)); // high is 2 or more here
    return tr("Estimated wait: %1 to %2 minutes.").arg(low).arg(high);
}

bool CustomerSession::contactExecutive(const QString &service)
{
    if (m_state != State::Menu || (hasInvitation() && m_invitation.accepted))
        return false;
    // Joining the line answers an open invitation: no.
    if (hasInvitation() && !m_invitation.answered)
        answerInvitation(false);
    m_queueRequest = nextRequestId();
    m_queue = QueueInfo();
    send(JoinQueue{m_queueRequest, service});
    setState(State::Waiting);
    return true;
}

bool CustomerSession::leaveQueue()
{
    if (m_state != State::Waiting)
        return false;
    send(LeaveQueue{nextRequestId()});
    return true;
}

QString CustomerSession::sendMessage(const QString &text)
{
    if (m_state != State::InSession || text.trimmed().isEmpty())
        return QString();
    if (const QString problem = chatTextProblem(text); !problem.isEmpty()) {
        Q_EMIT requestRefused(problem);
        return QString();
    }
    const QString id = m_outbox.add(m_sessionId, text);
    if (!chatHeld())
        send(ChatSend{m_sessionId, id, text});
    Q_EMIT messageSending(id, text);
    return id;
}

bool CustomerSession::endSession()
{
    if (m_state != State::InSession)
        return false;
    send(EndSession{m_sessionId});
    return true;
}

void CustomerSession::handle(const QueueStatus &m)
{
    if (m_state != State::Waiting)
        return;
    m_queue.ahead = int(m.ahead);
    m_queue.agents = int(m.agents);
    m_queue.estimateKnown = m.estimateKnown;
    m_queue.lowSeconds = m.lowSeconds;
    m_queue.highSeconds = m.highSeconds;
    m_queue.receivedAt = QDateTime::currentDateTime();
    Q_EMIT queueChanged(m_queue);
}

void CustomerSession::handle(const QueueLeft &m)
{
    if (m_state != State::Waiting)
        return;
    teamSessionOver(); // a transferred customer who left the line
    setState(State::Menu);
    Q_EMIT queueLeft(QueueLeftReason(m.reason) == QueueLeftReason::Unavailable
                         ? tr("No executive attends that service. Please choose another.")
                         : tr("You left the queue."));
}

void CustomerSession::handle(const SessionStarted &m)
{
    // After a reconnection the server announces the conversation under way again.
    const bool resumed = m_state == State::InSession && m.sessionId == m_sessionId;
    m_sessionId = m.sessionId;
    m_executiveName = m.peerName;
    m_sessionStartedAt = localTime(m.startedAtMs);
    teamSessionStarted(resumed);
    setState(State::InSession);
    Q_EMIT sessionStarted(m.peerName);
}

void CustomerSession::handle(const SessionEnded &m)
{
    if (m.sessionId != m_sessionId)
        return;
    const QString name = m_executiveName;
    m_sessionId = 0;
    m_executiveName.clear();
    teamSessionOver();
    setState(State::Menu);
    switch (SessionEndReason(m.reason)) {
    case SessionEndReason::ByCustomer:
        Q_EMIT sessionEnded(tr("You ended the conversation with %1.").arg(name));
        return;
    case SessionEndReason::ByExecutive:
        Q_EMIT sessionEnded(tr("%1 ended the conversation.").arg(name));
        return;
    case SessionEndReason::PeerGone:
        Q_EMIT sessionEnded(tr("%1 is no longer connected; the conversation ended.").arg(name));
        return;
    case SessionEndReason::Transferred: // customers are sent Transferred instead
        Q_EMIT sessionEnded(tr("%1 ended the conversation.").arg(name));
        return;
    }
}

void CustomerSession::handle(const ChatAck &m)
{
    if (m_outbox.acknowledge(m.clientMessageId)) {
        Q_EMIT messageDelivered(m.clientMessageId, localTime(m.atMs));
        chatAcknowledged(m_outbox.pending().isEmpty());
    }
}

void CustomerSession::sendFirstPendingChat()
{
    if (m_outbox.pending().isEmpty())
        return;
    const ChatOutbox::Pending &first = m_outbox.pending().first();
    if (!m_carriedMessages.contains(first.clientMessageId))
        send(ChatSend{first.sessionId, first.clientMessageId, first.text});
    else if (m_state == State::InSession && m_continuesTransfer)
        send(ChatSend{m_sessionId, first.clientMessageId, first.text});
    // else: still being transferred; it goes to the next executive with the others
}

void CustomerSession::handle(const ServiceNotice &m)
{
    if (m.sessionId != m_sessionId || Service(m.service) != Service::Internet)
        return; // Wi-Fi results come to the customer as their own ServiceResult
    switch (NoticeOutcome(m.outcome)) {
    case NoticeOutcome::InProgress:
        Q_EMIT sessionNotice(tr("%1 is restarting your internet service…").arg(m_executiveName));
        return;
    case NoticeOutcome::Done:
        Q_EMIT sessionNotice(
            tr("%1 restarted your internet service. It may take a minute to come back.").arg(m_executiveName));
        return;
    case NoticeOutcome::Failed:
        Q_EMIT sessionNotice(m.detail.isEmpty() ? tr("The restart of your internet service failed.")
                                                : tr("The restart of your internet service failed: %1").arg(m.detail));
        return;
    case NoticeOutcome::PasswordAsked:
        return;
    }
}

void CustomerSession::handle(const WifiPasswordWanted &m)
{
    if (m.sessionId == m_sessionId)
        Q_EMIT wifiPasswordRequested();
}

void CustomerSession::handle(const ResumeToken &m)
{
    m_resumeToken = m.token;
    // Clamped first, then multiplied in 64 bits: a day in milliseconds fits an int, 2^32 s does not.
    const qint64 graceMs = qint64(qMin(m.graceSeconds, Limits::MaxResumeGraceSeconds)) * 1000;
    setResumeWindowMs(int(graceMs));
}

void CustomerSession::linkResumed()
{
    // Messages not acknowledged before the drop go again; the server keeps each only once.
    for (const ChatOutbox::Pending &pending : m_outbox.pending()) {
        if (!m_carriedMessages.contains(pending.clientMessageId))
            send(ChatSend{pending.sessionId, pending.clientMessageId, pending.text});
        else if (m_state == State::InSession && m_continuesTransfer)
            send(ChatSend{m_sessionId, pending.clientMessageId, pending.text});
        // else: still being transferred; they go to the next executive
    }
}

void CustomerSession::handle(const ChatMessage &m)
{
    // A resume replays what came after the newest message shown, and a message whose sender
    // resent it may come once more: each server id is shown once.
    if (!m_inbox.admit(m.messageId))
        return;
    Q_EMIT messageReceived(m.fromName, m.text, localTime(m.atMs));
}

} // namespace Turno
