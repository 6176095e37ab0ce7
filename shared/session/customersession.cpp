#include "customersession.h"

#include "domain/rut.h"

namespace Turno {

using namespace Protocol;

CustomerSession::CustomerSession(QObject *parent) : ClientSession(parent) {}

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
    m_rut = parsed->normalized();
    m_password = password;
    setState(State::LoggingIn);
    if (!openLink(server)) {
        m_password.clear();
        setState(State::LoggedOut);
        return false;
    }
    return true;
}

void CustomerSession::sendCredentials(quint32 requestId)
{
    send(CustomerLogin{requestId, m_rut, m_password});
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
    setState(State::LoggedOut);
}

void CustomerSession::requestFailed(quint32 requestId)
{
    if (requestId != m_restartRequest)
        return;
    m_restartRequest = 0;
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
    if (m.requestId != m_restartRequest || Service(m.service) != Service::Internet)
        return;
    m_restartRequest = 0;
    setState(State::Menu);
    switch (ServiceOutcome(m.outcome)) {
    case ServiceOutcome::Done:
        Q_EMIT restartFinished(true, tr("Your internet service has been restarted. It may take a minute to come back."));
        return;
    case ServiceOutcome::Busy:
        Q_EMIT restartFinished(false, tr("A restart of your service is already under way. Please wait for it to finish."));
        return;
    case ServiceOutcome::Failed:
        Q_EMIT restartFinished(false, m.detail.isEmpty()
                                          ? tr("We could not restart your service. Please try again later.")
                                          : tr("We could not restart your service: %1").arg(m.detail));
        return;
    }
}

} // namespace Turno
