#include "loginpage.h"

#include "session/clientsession.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Turno
{

LoginPage::LoginPage(const QString &title, const QString &intro, const QString &identityLabel,
                     const QString &identityName, const QString &identityErrorName, ErrorLine identityErrorLine,
                     QWidget *parent)
    : FormPage(title, intro, QStringLiteral("loginError"), QStringLiteral("busyText"), parent)
{
    m_server = addField(tr("&Server:"), QStringLiteral("serverEdit"), QStringLiteral("serverError"), &m_serverError);
    m_server->setPlaceholderText(QStringLiteral("127.0.0.1:5680"));
    m_identity = addField(identityLabel, identityName, identityErrorName, &m_identityError, identityErrorLine);
    m_password =
        addField(tr("&Password:"), QStringLiteral("passwordEdit"), QStringLiteral("passwordError"), &m_passwordError);
    m_password->setEchoMode(QLineEdit::Password);
    addButton(tr("&Log in"), QStringLiteral("logInButton"), true);
}

QString LoginPage::server() const
{
    return m_server->text().trimmed().isEmpty() ? m_server->placeholderText() : m_server->text().trimmed();
}

void LoginPage::setServer(const QString &server)
{
    m_server->setText(server);
}

QString LoginPage::password() const
{
    return m_password->text();
}

void LoginPage::clearPassword()
{
    m_password->clear();
}

void LoginPage::focusFirstField()
{
    if (!identityProblem().isEmpty())
        m_identity->setFocus();
    else
        m_password->setFocus();
}

void LoginPage::submit()
{
    hideBanner();
    QString host;
    quint16 port = 0;
    QString serverError;
    const bool serverOk = parseServerAddress(server(), &host, &port, &serverError);
    showFieldError(m_serverError, serverOk ? QString() : serverError);
    const QString identityError = identityProblem();
    showFieldError(m_identityError, identityError);
    const bool passwordOk = !m_password->text().isEmpty();
    showFieldError(m_passwordError, passwordOk ? QString() : tr("Enter your password."));
    if (!serverOk)
        m_server->setFocus();
    else if (!identityError.isEmpty())
        m_identity->setFocus();
    else if (!passwordOk)
        m_password->setFocus();
    else
        Q_EMIT logInRequested();
}

} // namespace Turno
