#include "clientloginpage.h"

#include "centeredform.h"
#include "clienticons.h"
#include "domain/rut.h"
#include "domain/textlimits.h"
#include "session/clientsession.h"

#include <QAction>
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

// A field with its own error line under it, so the message sits next to what it is about.
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

} // namespace

ClientLoginPage::ClientLoginPage(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Customer support"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Hi! Welcome. Enter your RUT and password to continue."));
    intro->setWordWrap(true);

    m_server = new QLineEdit;
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(QStringLiteral("127.0.0.1:5680"));
    m_serverError = errorLabel(QStringLiteral("serverError"));

    m_rut = new QLineEdit;
    m_rut->setObjectName(QStringLiteral("rutEdit"));
    m_rut->setPlaceholderText(QStringLiteral("12.345.678-5"));
    m_rut->setMaxLength(TextLimits::kRutBytes);
    m_rutValid = m_rut->addAction(ClientIcons::validMark(), QLineEdit::TrailingPosition);
    m_rutValid->setToolTip(tr("Valid RUT"));
    m_rutValid->setVisible(false);
    m_rutError = errorLabel(QStringLiteral("rutError"));

    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordError = errorLabel(QStringLiteral("passwordError"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Server:"), fieldWithError(m_server, m_serverError));
    form->addRow(tr("&RUT:"), fieldWithError(m_rut, m_rutError));
    form->addRow(tr("&Password:"), fieldWithError(m_password, m_passwordError));

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(BannerStyle);
    m_error->setWordWrap(true);
    m_error->hide();

    m_busyBar = new QProgressBar;
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyText = new QLabel;
    m_busyText->setObjectName(QStringLiteral("busyText"));
    m_busyText->setWordWrap(true);
    m_busyBar->hide();
    m_busyText->hide();

    m_logIn = new QPushButton(tr("&Log in"));
    m_logIn->setObjectName(QStringLiteral("logInButton"));
    m_logIn->setDefault(true);
    m_signUp = new QPushButton(tr("New customer? &Create an account"));
    m_signUp->setObjectName(QStringLiteral("signUpButton"));
    m_signUp->setFlat(true);
    m_signUp->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signUp);
    buttons->addStretch();
    buttons->addWidget(m_logIn);

    layOutCenteredForm(this, {title, intro, form, m_error, m_busyText, m_busyBar, buttons});

    for (QLineEdit *edit : {m_server, m_rut, m_password})
        connect(edit, &QLineEdit::returnPressed, this, &ClientLoginPage::submit);
    connect(m_logIn, &QPushButton::clicked, this, &ClientLoginPage::submit);
    connect(m_signUp, &QPushButton::clicked, this, &ClientLoginPage::signUpRequested);
    connect(m_rut, &QLineEdit::textChanged, this, &ClientLoginPage::updateRutValidity);
    connect(m_rut, &QLineEdit::editingFinished, this, [this] {
        if (const auto parsed = Rut::parse(m_rut->text()))
            m_rut->setText(parsed->formatted());
    });
    connect(m_password, &QLineEdit::textEdited, m_passwordError, &QLabel::hide);
    connect(m_server, &QLineEdit::textEdited, m_serverError, &QLabel::hide);
}

QString ClientLoginPage::server() const
{
    return m_server->text().trimmed().isEmpty() ? m_server->placeholderText() : m_server->text().trimmed();
}

void ClientLoginPage::setServer(const QString &server)
{
    m_server->setText(server);
}

QString ClientLoginPage::rut() const
{
    return m_rut->text();
}

QString ClientLoginPage::password() const
{
    return m_password->text();
}

void ClientLoginPage::clearPassword()
{
    m_password->clear();
}

void ClientLoginPage::setBusy(bool busy, const QString &status)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_server, m_rut, m_password, m_logIn, m_signUp})
        widget->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    m_busyText->setVisible(busy && !status.isEmpty());
    m_busyText->setText(status);
    if (busy)
        m_error->hide();
}

void ClientLoginPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ClientLoginPage::focusFirstField()
{
    if (m_rut->text().isEmpty() || !Rut::isValid(m_rut->text()))
        m_rut->setFocus();
    else
        m_password->setFocus();
}

void ClientLoginPage::showFieldError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void ClientLoginPage::updateRutValidity()
{
    const bool valid = Rut::isValid(m_rut->text());
    m_rutValid->setVisible(valid);
    // Say "valid" as soon as it is; "invalid" only waits for the next attempt to log in.
    if (valid || m_rut->text().isEmpty())
        m_rutError->hide();
}

void ClientLoginPage::submit()
{
    if (!m_logIn->isEnabled())
        return;
    m_error->hide();
    QString host;
    quint16 port = 0;
    QString serverError;
    const bool serverOk = parseServerAddress(server(), &host, &port, &serverError);
    showFieldError(m_serverError, serverOk ? QString() : serverError);
    const bool rutOk = Rut::isValid(m_rut->text());
    showFieldError(m_rutError, rutOk ? QString() : tr("Invalid RUT. Enter it as 12.345.678-5."));
    const bool passwordOk = !m_password->text().isEmpty();
    showFieldError(m_passwordError, passwordOk ? QString() : tr("Enter your password."));
    if (!serverOk)
        m_server->setFocus();
    else if (!rutOk)
        m_rut->setFocus();
    else if (!passwordOk)
        m_password->setFocus();
    else
        Q_EMIT logInRequested();
}

} // namespace Turno
