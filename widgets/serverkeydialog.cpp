#include "serverkeydialog.h"

#include "session/clientsession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Turno
{

ServerKeyDialog::ServerKeyDialog(const ServerKey &key, QWidget *parent) : QDialog(parent)
{
    const bool changed = key.changed();
    setObjectName(changed ? QStringLiteral("serverKeyChangedDialog") : QStringLiteral("serverKeyDialog"));
    setWindowTitle(changed ? tr("The server's key has changed") : tr("Check the server's key"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel;
    const QStyle::StandardPixmap pixmap = changed ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxQuestion;
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *text = new QLabel(changed ? key.changedText() : key.firstUseText());
    text->setObjectName(QStringLiteral("keyText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setMinimumWidth(520);
    top->addWidget(text, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox;
    m_trust =
        buttons->addButton(changed ? tr("Trust the new key") : tr("Trust this server"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setDefault(true); // Enter never trusts a key by accident
    cancel->setAutoDefault(true);
    m_trust->setAutoDefault(false);
    if (changed) {
        m_confirm = new QCheckBox(tr("I have confirmed the new key with the server's administrator"));
        m_confirm->setObjectName(QStringLiteral("confirmNewKey"));
        layout->addWidget(m_confirm);
        m_trust->setEnabled(false);
        connect(m_confirm, &QCheckBox::toggled, m_trust, &QPushButton::setEnabled);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    cancel->setFocus();
}

void ServerKeyDialog::watch(ClientSession &session, QWidget *window)
{
    auto ask = [&session, window](const ServerKey &key) {
        // Opened from the event loop (the session emits outside any socket callback); the answer
        // goes to the session when the dialog closes.
        auto *dialog = new ServerKeyDialog(key, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<ClientSession> target(&session);
        QObject::connect(dialog, &QDialog::finished, window, [target](int result) {
            if (!target)
                return;
            if (result == QDialog::Accepted)
                target->trustServerKey();
            else
                target->distrustServerKey();
        });
        dialog->open();
    };
    if (session.transportPolicy().plaintext)
        window->setWindowTitle(tr("%1 — NOT ENCRYPTED (--plaintext)").arg(window->windowTitle()));
    QObject::connect(&session, &ClientSession::serverKeyUnknown, window, ask);
    QObject::connect(&session, &ClientSession::serverKeyChanged, window, [ask, &session](const ServerKey &key) {
        // In the middle of a session (a resume) the session has already given up; only a log-in
        // can accept the new key.
        if (session.pendingServerKey())
            ask(key);
    });
}

} // namespace Turno
