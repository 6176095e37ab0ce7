#include "accountdialog.h"

#include "session/customersession.h"

#include <QLineEdit>

namespace Turno
{

namespace
{

QString titleOf(AccountDialog::Change change)
{
    return change == AccountDialog::Change::Password ? AccountDialog::tr("Change your password")
                                                     : AccountDialog::tr("Change your name");
}

QString introOf(AccountDialog::Change change)
{
    return change == AccountDialog::Change::Password
               ? AccountDialog::tr("Enter your current password, then the new one twice. It needs at least %1 "
                                   "characters.")
                     .arg(TextLimits::kPasswordMinChars)
               : AccountDialog::tr("This is the name we greet you with and that our executives see.");
}

} // namespace

AccountDialog::AccountDialog(Change change, CustomerSession &session, QWidget *parent)
    : RequestDialog(titleOf(change), introOf(change), tr("&Save"), parent), m_change(change), m_session(session)
{
    if (change == Change::Password) {
        setObjectName(QStringLiteral("changePasswordDialog"));
        m_current = addField(tr("C&urrent password:"), QStringLiteral("currentPasswordEdit"), true);
        m_password = addField(tr("&New password:"), QStringLiteral("newPasswordEdit"), true);
        m_repeated = addField(tr("R&epeat password:"), QStringLiteral("repeatPasswordEdit"), true);
        for (QLineEdit *edit : {m_current, m_password, m_repeated})
            edit->setMaxLength(TextLimits::kPasswordBytes);
        m_current->setFocus();
    } else {
        setObjectName(QStringLiteral("changeNameDialog"));
        m_name = addField(tr("&Full name:"), QStringLiteral("fullNameEdit"), false);
        m_name->setMaxLength(TextLimits::kNameChars + 20); // room for spaces that are simplified away
        m_name->setText(session.fullName());
        m_name->selectAll();
        m_name->setFocus();
    }

    connect(&m_session, &CustomerSession::accountChangeRejected, this, [this](const QString &message) {
        QLineEdit *field = m_name;
        if (m_change == Change::Password) {
            field = m_current->text().isEmpty() ? m_current
                    : AccountRules::checkPassword(m_password->text()) == AccountRules::PasswordProblem::None
                        ? m_repeated
                        : m_password;
            m_repeated->clear();
        }
        showProblem(message, field);
    });
    connect(&m_session, &CustomerSession::accountChangeStarted, this, [this] {
        showWorking(m_change == Change::Password ? tr("We are changing your password…")
                                                 : tr("We are changing your name…"));
    });
    connect(&m_session, &CustomerSession::accountChangeFinished, this, [this](bool ok, const QString &message) {
        for (QLineEdit *edit : {m_current, m_password, m_repeated}) {
            if (edit)
                edit->clear();
        }
        showResult(ok, message);
    });
    connect(&m_session, &ClientSession::requestRefused, this,
            [this](const QString &message) { showResult(false, message); });
}

void AccountDialog::submit()
{
    if (m_change == Change::Password)
        m_session.changePassword(m_current->text(), m_password->text(), m_repeated->text());
    else
        m_session.changeDisplayName(m_name->text());
}

} // namespace Turno
