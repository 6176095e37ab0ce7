// The log-in page of both apps: server, who you are (the customer's RUT, the executive's
// username) and password, each checked next to its field before anything is sent. The apps'
// pages say what "who" is, how it is checked, and add what else they offer.
#pragma once

#include "formpage.h"

namespace Turno
{

class LoginPage : public FormPage
{
    Q_OBJECT
public:
    QString server() const;
    void setServer(const QString &server);
    QString password() const;
    void clearPassword();
    // The first field still to fill in: who, unless it is filled and valid, then the password.
    void focusFirstField();

Q_SIGNALS:
    // The fields passed the local checks; the window starts the log-in.
    void logInRequested();

protected:
    // identityLabel names the field of who logs in ("&RUT:"); identityName and identityErrorName
    // are the object names of that field and of its error line.
    LoginPage(const QString &title, const QString &intro, const QString &identityLabel, const QString &identityName,
              const QString &identityErrorName, ErrorLine identityErrorLine, QWidget *parent = nullptr);

    QLineEdit *identityField() const { return m_identity; }
    QLabel *identityError() const { return m_identityError; }
    // What is wrong with the identity as typed, ready to show; empty when it may be sent.
    virtual QString identityProblem() const = 0;

private:
    void submit() override;

    QLineEdit *m_server = nullptr;
    QLineEdit *m_identity = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_serverError = nullptr;
    QLabel *m_identityError = nullptr;
    QLabel *m_passwordError = nullptr;
};

} // namespace Turno
