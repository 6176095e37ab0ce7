// The customer's log-in page: server, RUT and password (LoginPage), with a mark once the RUT is
// valid (nothing is sent for an invalid one) and a way to create an account.
#pragma once

#include "loginpage.h"

class QAction;

namespace Turno
{

class ClientLoginPage : public LoginPage
{
    Q_OBJECT
public:
    explicit ClientLoginPage(QWidget *parent = nullptr);

    QString rut() const;

Q_SIGNALS:
    // "Create an account" was pressed.
    void signUpRequested();

protected:
    QString identityProblem() const override;

private:
    void updateRutValidity();

    QAction *m_rutValid = nullptr;
};

} // namespace Turno
