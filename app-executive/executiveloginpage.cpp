#include "executiveloginpage.h"

#include <QLineEdit>

namespace Turno
{

ExecutiveLoginPage::ExecutiveLoginPage(QWidget *parent)
    : LoginPage(tr("Executive desk"), tr("Hi! Welcome. Enter your username and password to start attending customers."),
                tr("&Username:"), QStringLiteral("usernameEdit"), QStringLiteral("usernameError"),
                ErrorLine::HidesOnEdit, parent)
{
}

QString ExecutiveLoginPage::username() const
{
    return identityField()->text().trimmed();
}

QString ExecutiveLoginPage::identityProblem() const
{
    return username().isEmpty() ? tr("Enter your username.") : QString();
}

} // namespace Turno
