#include "executivesession.h"

namespace Turno {

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
    m_awaitingCount = false;
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

} // namespace Turno
