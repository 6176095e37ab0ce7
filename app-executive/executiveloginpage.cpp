#include "executiveloginpage.h"

#include "session/clientsession.h"

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

ExecutiveLoginPage::ExecutiveLoginPage(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Executive desk"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Hi! Welcome. Enter your username and password to start attending customers."));
    intro->setWordWrap(true);

    m_server = new QLineEdit;
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(QStringLiteral("127.0.0.1:5680"));
    m_serverError = errorLabel(QStringLiteral("serverError"));
    m_username = new QLineEdit;
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_usernameError = errorLabel(QStringLiteral("usernameError"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordError = errorLabel(QStringLiteral("passwordError"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Server:"), fieldWithError(m_server, m_serverError));
    form->addRow(tr("&Username:"), fieldWithError(m_username, m_usernameError));
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
    m_busyBar->hide();
    m_busyText = new QLabel;
    m_busyText->setObjectName(QStringLiteral("busyText"));
    m_busyText->setWordWrap(true);
    m_busyText->hide();

    m_logIn = new QPushButton(tr("&Log in"));
    m_logIn->setObjectName(QStringLiteral("logInButton"));
    m_logIn->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_logIn);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(4);
    column->addLayout(form);
    column->addWidget(m_error);
    column->addWidget(m_busyText);
    column->addWidget(m_busyBar);
    column->addLayout(buttons);
    auto *panel = new QWidget;
    panel->setLayout(column);
    panel->setMaximumWidth(560);
    panel->setMinimumWidth(380);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch();
    outer->addWidget(panel, 1, Qt::AlignVCenter);
    outer->addStretch();

    for (QLineEdit *edit : {m_server, m_username, m_password})
        connect(edit, &QLineEdit::returnPressed, this, &ExecutiveLoginPage::submit);
    connect(m_logIn, &QPushButton::clicked, this, &ExecutiveLoginPage::submit);
    connect(m_server, &QLineEdit::textEdited, m_serverError, &QLabel::hide);
    connect(m_username, &QLineEdit::textEdited, m_usernameError, &QLabel::hide);
    connect(m_password, &QLineEdit::textEdited, m_passwordError, &QLabel::hide);
}

QString ExecutiveLoginPage::server() const
{
    return m_server->text().trimmed().isEmpty() ? m_server->placeholderText() : m_server->text().trimmed();
}

void ExecutiveLoginPage::setServer(const QString &server)
{
    m_server->setText(server);
}

QString ExecutiveLoginPage::username() const
{
    return m_username->text().trimmed();
}

QString ExecutiveLoginPage::password() const
{
    return m_password->text();
}

void ExecutiveLoginPage::clearPassword()
{
    m_password->clear();
}

void ExecutiveLoginPage::setBusy(bool busy, const QString &status)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_server, m_username, m_password, m_logIn})
        widget->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    m_busyText->setVisible(busy && !status.isEmpty());
    m_busyText->setText(status);
    if (busy)
        m_error->hide();
}

void ExecutiveLoginPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ExecutiveLoginPage::focusFirstField()
{
    if (m_username->text().trimmed().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void ExecutiveLoginPage::showFieldError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void ExecutiveLoginPage::submit()
{
    if (!m_logIn->isEnabled())
        return;
    m_error->hide();
    QString host;
    quint16 port = 0;
    QString serverError;
    const bool serverOk = parseServerAddress(server(), &host, &port, &serverError);
    showFieldError(m_serverError, serverOk ? QString() : serverError);
    const bool usernameOk = !username().isEmpty();
    showFieldError(m_usernameError, usernameOk ? QString() : tr("Enter your username."));
    const bool passwordOk = !m_password->text().isEmpty();
    showFieldError(m_passwordError, passwordOk ? QString() : tr("Enter your password."));
    if (!serverOk)
        m_server->setFocus();
    else if (!usernameOk)
        m_username->setFocus();
    else if (!passwordOk)
        m_password->setFocus();
    else
        Q_EMIT logInRequested();
}

} // namespace Turno
