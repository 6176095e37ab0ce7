// The customer's log-in form: server, RUT and password, with the local checks shown next to each
// field (nothing is sent for an invalid RUT) and the session's errors shown above the button.
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Turno
{

class ClientLoginPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClientLoginPage(QWidget *parent = nullptr);

    QString server() const;
    void setServer(const QString &server);
    QString rut() const;
    QString password() const;
    void clearPassword();

    // While busy the fields and the button are disabled and status says what is happening.
    void setBusy(bool busy, const QString &status = QString());
    // An error from the session (wrong RUT or password, server unreachable…).
    void showError(const QString &message);
    void focusFirstField();

Q_SIGNALS:
    // The fields passed the local checks; the window starts the log-in.
    void logInRequested();
    // "Create an account" was pressed.
    void signUpRequested();

private:
    void submit();
    void updateRutValidity();
    static void showFieldError(QLabel *label, const QString &message);

    QLineEdit *m_server = nullptr;
    QLineEdit *m_rut = nullptr;
    QLineEdit *m_password = nullptr;
    QAction *m_rutValid = nullptr;
    QLabel *m_serverError = nullptr;
    QLabel *m_rutError = nullptr;
    QLabel *m_passwordError = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyText = nullptr;
    QPushButton *m_logIn = nullptr;
    QPushButton *m_signUp = nullptr;
};

} // namespace Turno
