// The executive's log-in page: server, username and password (LoginPage).
#pragma once

#include "loginpage.h"

namespace Turno
{

class ExecutiveLoginPage : public LoginPage
{
    Q_OBJECT
public:
    explicit ExecutiveLoginPage(QWidget *parent = nullptr);

    QString username() const;

protected:
    QString identityProblem() const override;
};

} // namespace Turno
