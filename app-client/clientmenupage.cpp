#include "clientmenupage.h"

#include "clienticons.h"

#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace Turno
{

namespace
{

const QString WorkingStyle = QStringLiteral("QLabel { padding: 8px; }");
const QString NoticeStyle =
    QStringLiteral("QLabel { color: #0d3c61; background: #e8f1fb; border: 1px solid #a9c8ec; border-radius: 6px;"
                   " padding: 8px; }");
const QString SuccessStyle =
    QStringLiteral("QLabel { color: #1b5e20; background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 6px;"
                   " padding: 8px; }");
const QString FailureStyle =
    QStringLiteral("QLabel { color: #8c1d18; background: #fdecea; border: 1px solid #f2b8b5; border-radius: 6px;"
                   " padding: 8px; }");

} // namespace

ClientMenuPage::ClientMenuPage(QWidget *parent) : QWidget(parent)
{
    m_greeting = new QLabel;
    m_greeting->setObjectName(QStringLiteral("greeting"));
    m_greeting->setWordWrap(true);
    QFont greetingFont = m_greeting->font();
    greetingFont.setPointSizeF(greetingFont.pointSizeF() * 1.5);
    greetingFont.setBold(true);
    m_greeting->setFont(greetingFont);

    m_choices = new QVBoxLayout;
    m_choices->setSpacing(10);
    m_restart = addChoice(1, tr("&Restart internet service"));
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_wifi = addChoice(2, tr("Change &Wi-Fi password"));
    m_wifi->setObjectName(QStringLiteral("wifiButton"));
    m_executive = addChoice(3, tr("&Contact an executive"));
    m_executive->setObjectName(QStringLiteral("executiveButton"));
    m_exit = addChoice(4, tr("E&xit"));
    m_exit->setObjectName(QStringLiteral("exitButton"));

    m_account = new QToolButton;
    m_account->setObjectName(QStringLiteral("accountButton"));
    m_account->setText(tr("&Account"));
    m_account->setPopupMode(QToolButton::InstantPopup);
    m_account->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *accountMenu = new QMenu(m_account);
    QAction *changePassword = accountMenu->addAction(tr("Change &password…"));
    changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    QAction *changeName = accountMenu->addAction(tr("Change your &name…"));
    changeName->setObjectName(QStringLiteral("changeNameAction"));
    m_account->setMenu(accountMenu);
    connect(changePassword, &QAction::triggered, this, &ClientMenuPage::changePasswordRequested);
    connect(changeName, &QAction::triggered, this, &ClientMenuPage::changeNameRequested);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("restartProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *column = new QVBoxLayout;
    column->setSpacing(14);
    auto *header = new QHBoxLayout;
    header->addWidget(m_greeting, 1);
    header->addWidget(m_account, 0, Qt::AlignTop);
    column->addLayout(header);
    column->addLayout(m_choices);
    column->addWidget(m_status);
    column->addWidget(m_progress);
    column->addStretch();
    auto *panel = new QWidget;
    panel->setLayout(column);
    panel->setMaximumWidth(620);
    panel->setMinimumWidth(380);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch();
    outer->addWidget(panel, 1);
    outer->addStretch();

    connect(m_restart, &QPushButton::clicked, this, &ClientMenuPage::restartRequested);
    connect(m_wifi, &QPushButton::clicked, this, &ClientMenuPage::wifiRequested);
    connect(m_executive, &QPushButton::clicked, this, &ClientMenuPage::executiveRequested);
    connect(m_exit, &QPushButton::clicked, this, &ClientMenuPage::exitRequested);
}

QPushButton *ClientMenuPage::addChoice(int key, const QString &text)
{
    const QChar digit = QChar(u'0' + key);
    auto *button = new QPushButton(text);
    button->setIcon(
        ClientIcons::keyBadge(digit, palette().color(QPalette::Highlight), palette().color(QPalette::HighlightedText)));
    button->setIconSize(QSize(28, 28));
    button->setMinimumHeight(52);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    button->setFont(font);
    button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 6px 14px; }"));
    button->setAutoDefault(false);
    const QKeySequence mnemonic = QKeySequence::mnemonic(text);
    button->setToolTip(tr("Press %1 or %2").arg(QString(digit), mnemonic.toString(QKeySequence::NativeText)));
    // The digit works anywhere on this page, like answering the menu in the terminal.
    auto *shortcut = new QShortcut(QKeySequence(Qt::Key_0 + key), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled())
            button->animateClick();
    });
    m_choices->addWidget(button);
    return button;
}

void ClientMenuPage::setFirstName(const QString &firstName)
{
    m_greeting->setText(tr("Hi %1, how can we help you?").arg(firstName));
}

void ClientMenuPage::showRestarting()
{
    showWorking(tr("We are restarting your service…"));
}

void ClientMenuPage::showWorking(const QString &message)
{
    // Disabling the focused button would hand the focus to the next one (Exit): keep it on the page.
    if (m_restart->hasFocus() || m_wifi->hasFocus() || m_executive->hasFocus())
        setFocus();
    m_restart->setEnabled(false);
    m_wifi->setEnabled(false);
    m_executive->setEnabled(false);
    m_account->setEnabled(false);
    m_status->setStyleSheet(WorkingStyle);
    m_status->setText(message);
    m_status->show();
    m_progress->show();
}

void ClientMenuPage::showOutcome(bool ok, const QString &message)
{
    m_restart->setEnabled(true);
    m_wifi->setEnabled(true);
    m_executive->setEnabled(true);
    m_account->setEnabled(true);
    if (hasFocus())
        m_restart->setFocus();
    m_progress->hide();
    m_status->setStyleSheet(ok ? SuccessStyle : FailureStyle);
    m_status->setText(message);
    m_status->show();
}

void ClientMenuPage::showNotice(const QString &message)
{
    reset();
    m_status->setStyleSheet(NoticeStyle);
    m_status->setText(message);
    m_status->show();
}

void ClientMenuPage::focusFirstChoice()
{
    m_restart->setFocus();
}

void ClientMenuPage::reset()
{
    m_restart->setEnabled(true);
    m_wifi->setEnabled(true);
    m_executive->setEnabled(true);
    m_account->setEnabled(true);
    m_progress->hide();
    m_status->hide();
    m_status->clear();
}

} // namespace Turno
