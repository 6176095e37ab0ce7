// The customer's side of a session, without any widget: log in with RUT and password, use
// self-service, log out. The window and the terminal mode are thin views over it.
#pragma once

#include "clientsession.h"

namespace Turno {

class CustomerSession : public ClientSession
{
    Q_OBJECT
public:
    enum class State { LoggedOut, LoggingIn, Menu, Restarting };
    Q_ENUM(State)

    explicit CustomerSession(QObject *parent = nullptr);

    State state() const { return m_state; }
    QString fullName() const { return m_fullName; }
    // "Jorge" for "Jorge Sandoval", for greetings.
    QString firstName() const;

    // Checks the RUT first: an invalid one fails at once ("Invalid RUT") and nothing is sent.
    // Returns whether a log-in attempt started; the outcome comes as loggedIn or loginFailed.
    bool logIn(const QString &server, const QString &rut, const QString &password);
    // Asks the provider to restart the customer's internet service (progress: restartStarted,
    // then restartFinished).
    void restartInternet();

    using ClientSession::handle;
    void handle(const Protocol::ServiceResult &m) override;

Q_SIGNALS:
    void stateChanged(Turno::CustomerSession::State state);
    void loggedInAs(const QString &fullName);
    void restartStarted();
    // message is translated and ready to show.
    void restartFinished(bool ok, const QString &message);

protected:
    void sendCredentials(quint32 requestId) override;
    void loggedIn(const Protocol::LoginResult &result) override;
    QString wrongCredentialsMessage() const override;
    void linkClosed() override;
    void requestFailed(quint32 requestId) override;

private:
    void setState(State state);

    State m_state = State::LoggedOut;
    QString m_rut;
    QString m_password; // kept only until the server has answered the log-in
    QString m_fullName;
    quint32 m_restartRequest = 0;
};

} // namespace Turno
