// The new customer's form: RUT, full name and a password typed twice, checked next to each field
// before anything is sent; the session's answer (sign-up closed, RUT taken…) shows above the button.
#pragma once

#include "formpage.h"

namespace Turno
{

class ClientSignUpPage : public FormPage
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

    // The session's answer; the passwords are typed again.
    void showError(const QString &message);
    void focusFirstField();

Q_SIGNALS:
    // The fields passed the local checks; the window starts the sign-up.
    void signUpRequested();
    void backRequested();

private:
    void submit() override;

    QLineEdit *m_rut = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeated = nullptr;
    QLabel *m_rutError = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_passwordError = nullptr;
    QLabel *m_repeatError = nullptr;
};

} // namespace Turno
