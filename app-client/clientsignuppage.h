// The new customer's form: RUT, full name and a password typed twice, checked next to each field
// before anything is sent; the session's answer (sign-up closed, RUT taken…) shows above the button.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Turno
{

class ClientSignUpPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClientSignUpPage(QWidget *parent = nullptr);

    QString rut() const;
    QString fullName() const;
    QString password() const;
    QString repeatedPassword() const;
    // Empties the form (after a sign-up, or when leaving the page).
    void clear();

    void setBusy(bool busy, const QString &status = QString());
    void showError(const QString &message);
    void focusFirstField();

Q_SIGNALS:
    // The fields passed the local checks; the window starts the sign-up.
    void signUpRequested();
    void backRequested();

private:
    void submit();

    QLineEdit *m_rut = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeated = nullptr;
    QLabel *m_rutError = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_passwordError = nullptr;
    QLabel *m_repeatError = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyText = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_back = nullptr;
};

} // namespace Turno
