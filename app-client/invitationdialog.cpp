#include "invitationdialog.h"

#include "session/customersession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Turno
{

InvitationDialog::InvitationDialog(CustomerSession &session, const QString &fromName, const QString &message,
                                   QWidget *parent)
    : QDialog(parent), m_session(session), m_fromName(fromName)
{
    setWindowTitle(tr("Invitation from %1").arg(fromName));
    setModal(false);
    auto *text = new QLabel(message);
    text->setObjectName(QStringLiteral("invitationText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    QFont font = text->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    text->setFont(font);

    m_countdown = new QLabel;
    m_countdown->setObjectName(QStringLiteral("invitationCountdown"));
    m_countdown->setWordWrap(true);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("invitationStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    auto *hint = new QLabel(tr("Press Enter to accept or Esc to decline."));
    hint->setObjectName(QStringLiteral("invitationHint"));
    hint->setWordWrap(true);
    QPalette quiet = hint->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    hint->setPalette(quiet);

    auto *buttons = new QDialogButtonBox;
    m_accept = buttons->addButton(tr("&Accept"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptInvitationButton"));
    m_accept->setDefault(true);
    m_decline = buttons->addButton(tr("&Decline"), QDialogButtonBox::RejectRole);
    m_decline->setObjectName(QStringLiteral("declineInvitationButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InvitationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InvitationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(text);
    layout->addWidget(m_countdown);
    layout->addWidget(m_status);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    // Answering needs the connection: while it is down the buttons wait.
    connect(&m_session, &ClientSession::linkChanged, this, &InvitationDialog::updateButtons);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &InvitationDialog::render);
    m_tick.start();
    render();
    updateButtons();
    m_accept->setFocus();
}

void InvitationDialog::render()
{
    const int seconds = m_session.invitationSecondsLeft();
    if (seconds > 1)
        m_countdown->setText(tr("This invitation expires in %n seconds.", nullptr, seconds));
    else if (seconds == 1)
        m_countdown->setText(tr("This invitation expires in 1 second."));
    else
        m_countdown->setText(tr("This invitation is expiring."));
}

void InvitationDialog::updateButtons()
{
    const bool open = !m_accepted && m_session.isOnline();
    m_accept->setEnabled(open);
    m_decline->setEnabled(open);
}

void InvitationDialog::accept()
{
    if (m_accepted || m_finished || !m_session.answerInvitation(true))
        return;
    // The dialog stays until the conversation begins (or the invitation turns out to be over).
    m_accepted = true;
    m_tick.stop();
    m_countdown->hide();
    m_status->setText(tr("Connecting you with %1…").arg(m_fromName));
    m_status->show();
    updateButtons();
}

void InvitationDialog::reject()
{
    if (m_accepted && !m_finished)
        return; // the answer is on its way; finish() closes the dialog
    if (!m_finished)
        m_session.answerInvitation(false);
    m_finished = true;
    m_tick.stop();
    QDialog::reject();
}

void InvitationDialog::finish()
{
    m_finished = true;
    m_tick.stop();
    QDialog::reject();
}

} // namespace Turno
