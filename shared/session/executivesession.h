// The executive's side of a session, without any widget: log in with username and password, learn
// the profile the server assigns, and follow how many customers are connected.
#pragma once

#include "clientsession.h"

namespace Turno {

class ExecutiveSession : public ClientSession
{
    Q_OBJECT
public:
    explicit ExecutiveSession(QObject *parent = nullptr);

    bool logIn(const QString &server, const QString &username, const QString &password);

    QString fullName() const { return m_fullName; }
    QString firstName() const;
    bool isSupervisor() const { return m_supervisor; }
    QStringList services() const { return m_services; }
    int connectedCustomers() const { return m_connectedCustomers; }

    using ClientSession::handle;
    void handle(const Protocol::ConnectedCustomers &m) override;

Q_SIGNALS:
    // Logged in; the profile and connectedCustomers() are known.
    void loggedInAs(const QString &fullName);
    // The number of connected customers changed after the log-in.
    void connectedCustomersChanged(int count);

protected:
    void sendCredentials(quint32 requestId) override;
    void loggedIn(const Protocol::LoginResult &result) override;
    QString wrongCredentialsMessage() const override;
    void linkClosed() override;

private:
    QString m_username;
    QString m_password; // kept only until the server has answered the log-in
    QString m_fullName;
    QStringList m_services;
    bool m_supervisor = false;
    int m_connectedCustomers = 0;
    bool m_awaitingCount = false;
};

} // namespace Turno
