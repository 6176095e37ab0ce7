#include "clientsignuppage.h"

#include "domain/rut.h"
#include "domain/textlimits.h"
#include "session/customersession.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Turno
{

ClientSignUpPage::ClientSignUpPage(QWidget *parent)
    : FormPage(tr("Create your account"),
               tr("Enter your RUT and your full name, and choose a password of at least %1 characters.")
                   .arg(TextLimits::kPasswordMinChars),
               QStringLiteral("signUpError"), QString(), parent)
{
    m_rut = addField(tr("&RUT:"), QStringLiteral("signUpRutEdit"), QStringLiteral("signUpRutError"), &m_rutError);
    m_rut->setPlaceholderText(QStringLiteral("12.345.678-5"));
    m_rut->setMaxLength(TextLimits::kRutBytes);
    m_name =
        addField(tr("&Full name:"), QStringLiteral("signUpNameEdit"), QStringLiteral("signUpNameError"), &m_nameError);
    m_name->setMaxLength(TextLimits::kNameChars + 20);
    m_password = addField(tr("&Password:"), QStringLiteral("signUpPasswordEdit"), QStringLiteral("signUpPasswordError"),
                          &m_passwordError);
    m_repeated = addField(tr("R&epeat password:"), QStringLiteral("signUpRepeatEdit"),
                          QStringLiteral("signUpRepeatError"), &m_repeatError);
    for (QLineEdit *secret : {m_password, m_repeated}) {
        secret->setEchoMode(QLineEdit::Password);
        secret->setMaxLength(TextLimits::kPasswordBytes);
    }
    addButton(tr("&Create account"), QStringLiteral("createAccountButton"), true);
    QPushButton *back = addButton(tr("&Back to log in"), QStringLiteral("backToLogInButton"), false);
    connect(back, &QPushButton::clicked, this, &ClientSignUpPage::backRequested);
    connect(m_rut, &QLineEdit::editingFinished, this, [this] {
        if (const auto parsed = Rut::parse(m_rut->text()))
            m_rut->setText(parsed->formatted());
    });
}

QString ClientSignUpPage::rut() const
{
    return m_rut->text();
}

QString ClientSignUpPage::fullName() const
{
    return m_name->text();
}

QString ClientSignUpPage::password() const
{
    return m_password->text();
}

QString ClientSignUpPage::repeatedPassword() const
{
    return m_repeated->text();
}

void ClientSignUpPage::clear()
{
    for (QLineEdit *edit : {m_rut, m_name, m_password, m_repeated})
        edit->clear();
    for (QLabel *label : {m_rutError, m_nameError, m_passwordError, m_repeatError})
        label->hide();
    hideBanner();
}

void ClientSignUpPage::showError(const QString &message)
{
    FormPage::showError(message);
    m_password->clear();
    m_repeated->clear();
}

void ClientSignUpPage::focusFirstField()
{
    m_rut->setFocus();
}

void ClientSignUpPage::submit()
{
    hideBanner();
    const bool rutOk = Rut::isValid(m_rut->text());
    showFieldError(m_rutError, rutOk ? QString() : tr("Invalid RUT. Enter it as 12.345.678-5."));
    const auto nameProblem = AccountRules::checkName(m_name->text());
    showFieldError(m_nameError, CustomerSession::nameProblemMessage(nameProblem));
    // A broken rule is shown under the password; a mismatch under its repetition.
    const auto passwordProblem = AccountRules::checkPassword(m_password->text(), m_repeated->text());
    const bool mismatch = passwordProblem == AccountRules::PasswordProblem::Mismatch;
    showFieldError(m_passwordError, mismatch ? QString() : CustomerSession::passwordProblemMessage(passwordProblem));
    showFieldError(m_repeatError, mismatch ? CustomerSession::passwordProblemMessage(passwordProblem) : QString());
    if (!rutOk) {
        m_rut->setFocus();
    } else if (nameProblem != AccountRules::NameProblem::None) {
        m_name->setFocus();
    } else if (passwordProblem != AccountRules::PasswordProblem::None) {
        m_repeated->clear();
        (mismatch ? m_repeated : m_password)->setFocus();
    } else {
        Q_EMIT signUpRequested();
    }
}

} // namespace Turno
