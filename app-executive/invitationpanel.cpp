#include "invitationpanel.h"

#include "deskstyle.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Turno
{

// The offer's keys with Shift: an invitation may ring while an offer does, and each keeps its own.
QKeySequence InvitationPanel::joinKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
}

QKeySequence InvitationPanel::declineKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace);
}

InvitationPanel::InvitationPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("invitationPanel"));
    setFrameShape(QFrame::StyledPanel);

    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("invitationHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    scaleFont(m_headline, 1.1, true);
    m_countdown = new QLabel;
    m_countdown->setObjectName(QStringLiteral("invitationCountdown"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("invitationProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);

    m_join = new QPushButton(tr("&Join"));
    m_join->setObjectName(QStringLiteral("joinInvitationButton"));
    m_join->setAutoDefault(false);
    scaleFont(m_join, 1.0, true);
    m_decline = new QPushButton(tr("&Decline"));
    m_decline->setObjectName(QStringLiteral("declineInvitationButton"));
    m_decline->setAutoDefault(false);
    for (QPushButton *button : {m_join, m_decline})
        button->setMinimumWidth(qMax(110, button->sizeHint().width()));
    m_join->setToolTip(tr("Join the session (%1).").arg(keyText(joinKey())));
    m_decline->setToolTip(tr("Decline the invitation (%1).").arg(keyText(declineKey())));
    connect(m_join, &QPushButton::clicked, this, &InvitationPanel::joinRequested);
    connect(m_decline, &QPushButton::clicked, this, &InvitationPanel::declineRequested);
    auto *joinShortcut = new QShortcut(joinKey(), this);
    connect(joinShortcut, &QShortcut::activated, m_join, &QPushButton::click);
    auto *enterShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter), this);
    connect(enterShortcut, &QShortcut::activated, m_join, &QPushButton::click);
    auto *declineShortcut = new QShortcut(declineKey(), this);
    connect(declineShortcut, &QShortcut::activated, m_decline, &QPushButton::click);

    m_keys = new QLabel(tr("Press %1 to join, %2 to decline.").arg(keyText(joinKey()), keyText(declineKey())));
    m_keys->setObjectName(QStringLiteral("invitationKeys"));
    m_keys->setWordWrap(true);
    makeQuiet(m_keys);

    auto *countdownRow = new QHBoxLayout;
    countdownRow->addWidget(m_countdown);
    countdownRow->addWidget(m_progress, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_join);
    buttons->addWidget(m_decline);
    buttons->addWidget(m_keys, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(m_headline);
    layout->addLayout(countdownRow);
    layout->addLayout(buttons);
    setRingingLook(this);

    m_ring = new RingCountdown(this);
    connect(m_ring, &RingCountdown::ticked, this, &InvitationPanel::showCountdown);
    hide();
}

void InvitationPanel::showInvitation(const InvitationInfo &invitation)
{
    m_invitation = invitation;
    m_headline->setText(tr("%1 invites you into the session with %2 (%3).")
                            .arg(invitation.fromName, invitation.customerName, invitation.service));
    const qint64 ringMs = QDateTime::currentDateTime().msecsTo(invitation.ringsUntil);
    m_progress->setRange(0, qMax(1, int((ringMs + 999) / 1000)) * 1000);
    m_join->setEnabled(true);
    m_decline->setEnabled(true);
    show();
    m_ring->start(m_invitation.ringsUntil);
}

void InvitationPanel::dismiss()
{
    m_ring->stop();
    hide();
}

void InvitationPanel::setAnswering()
{
    m_ring->setAnswering();
    m_join->setEnabled(false);
    m_decline->setEnabled(false);
    showCountdown();
}

void InvitationPanel::showCountdown()
{
    m_progress->setValue(int(qMin<qint64>(m_ring->msLeft(), m_progress->maximum())));
    const int left = m_ring->secondsLeft();
    if (m_ring->isAnswering())
        m_countdown->setText(tr("Answering…"));
    else if (left > 0)
        m_countdown->setText(tr("%1 s left to answer").arg(left));
    else
        m_countdown->setText(tr("Time is up."));
}

} // namespace Turno
