#include "clientsignuppage.h"

#include "centeredform.h"
#include "domain/rut.h"
#include "session/customersession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Turno
{

namespace
{

const QString ErrorStyle = QStringLiteral("color: #b3261e;");
const QString BannerStyle =
    QStringLiteral("QLabel { color: #8c1d18; background: #fdecea; border: 1px solid #f2b8b5; border-radius: 6px;"
                   " padding: 8px; }");

QWidget *fieldWithError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

QLabel *errorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setStyleSheet(ErrorStyle);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QLineEdit *lineEdit(const QString &objectName, bool secret)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(TextLimits::kPasswordBytes);
    }
    return edit;
}

void showFieldError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace

ClientSignUpPage::ClientSignUpPage(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Create your account"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Enter your RUT and your full name, and choose a password of at least %1 characters.")
                                 .arg(TextLimits::kPasswordMinChars));
    intro->setWordWrap(true);

    m_rut = lineEdit(QStringLiteral("signUpRutEdit"), false);
    m_rut->setPlaceholderText(QStringLiteral("12.345.678-5"));
    m_rut->setMaxLength(TextLimits::kRutBytes);
    m_name = lineEdit(QStringLiteral("signUpNameEdit"), false);
    m_name->setMaxLength(TextLimits::kNameChars + 20);
    m_password = lineEdit(QStringLiteral("signUpPasswordEdit"), true);
    m_repeated = lineEdit(QStringLiteral("signUpRepeatEdit"), true);
    m_rutError = errorLabel(QStringLiteral("signUpRutError"));
    m_nameError = errorLabel(QStringLiteral("signUpNameError"));
    m_passwordError = errorLabel(QStringLiteral("signUpPasswordError"));
    m_repeatError = errorLabel(QStringLiteral("signUpRepeatError"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&RUT:"), fieldWithError(m_rut, m_rutError));
    form->addRow(tr("&Full name:"), fieldWithError(m_name, m_nameError));
    form->addRow(tr("&Password:"), fieldWithError(m_password, m_passwordError));
    form->addRow(tr("R&epeat password:"), fieldWithError(m_repeated, m_repeatError));

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("signUpError"));
    m_error->setStyleSheet(BannerStyle);
    m_error->setWordWrap(true);
    m_error->hide();
    m_busyBar = new QProgressBar;
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();
    m_busyText = new QLabel;
    m_busyText->setWordWrap(true);
    m_busyText->hide();

    m_create = new QPushButton(tr("&Create account"));
    m_create->setObjectName(QStringLiteral("createAccountButton"));
    m_create->setDefault(true);
    m_back = new QPushButton(tr("&Back to log in"));
    m_back->setObjectName(QStringLiteral("backToLogInButton"));
    m_back->setFlat(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_create);

    layOutCenteredForm(this, {title, intro, form, m_error, m_busyText, m_busyBar, buttons});

    for (QLineEdit *edit : {m_rut, m_name, m_password, m_repeated})
        connect(edit, &QLineEdit::returnPressed, this, &ClientSignUpPage::submit);
    connect(m_create, &QPushButton::clicked, this, &ClientSignUpPage::submit);
    connect(m_back, &QPushButton::clicked, this, &ClientSignUpPage::backRequested);
    connect(m_rut, &QLineEdit::editingFinished, this, [this] {
        if (const auto parsed = Rut::parse(m_rut->text()))
            m_rut->setText(parsed->formatted());
    });
    connect(m_rut, &QLineEdit::textEdited, m_rutError, &QLabel::hide);
    connect(m_name, &QLineEdit::textEdited, m_nameError, &QLabel::hide);
    connect(m_password, &QLineEdit::textEdited, m_passwordError, &QLabel::hide);
    connect(m_repeated, &QLineEdit::textEdited, m_repeatError, &QLabel::hide);
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
    for (QLabel *label : {m_rutError, m_nameError, m_passwordError, m_repeatError, m_error})
        label->hide();
}

void ClientSignUpPage::setBusy(bool busy, const QString &status)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_rut, m_name, m_password, m_repeated, m_create, m_back})
        widget->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    m_busyText->setVisible(busy && !status.isEmpty());
    m_busyText->setText(status);
    if (busy)
        m_error->hide();
}

void ClientSignUpPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_password->clear();
    m_repeated->clear();
}

void ClientSignUpPage::focusFirstField()
{
    m_rut->setFocus();
}

void ClientSignUpPage::submit()
{
    if (!m_create->isEnabled())
        return;
    m_error->hide();
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
