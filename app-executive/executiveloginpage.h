// The executive's log-in form: server, username and password; local checks are shown next to each
// field and the session's errors above the button.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Turno
{

class ExecutiveLoginPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExecutiveLoginPage(QWidget *parent = nullptr);

    QString server() const;
    void setServer(const QString &server);
    QString username() const;
    QString password() const;
    void clearPassword();

    // While busy the fields and the button are disabled and status says what is happening.
    void setBusy(bool busy, const QString &status = QString());
    // An error from the session (wrong username or password, server unreachable…).
    void showError(const QString &message);
    void focusFirstField();

Q_SIGNALS:
    // The fields passed the local checks; the window starts the log-in.
    void logInRequested();

private:
    void submit();
    static void showFieldError(QLabel *label, const QString &message);

    QLineEdit *m_server = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_serverError = nullptr;
    QLabel *m_usernameError = nullptr;
    QLabel *m_passwordError = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyText = nullptr;
    QPushButton *m_logIn = nullptr;
};

} // namespace Turno
