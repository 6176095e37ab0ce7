#include "invitationpanel.h"

#include "deskstyle.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Turno
{

namespace
{
constexpr int TickMs = 200;
constexpr int RingEverySeconds = 5;
} // namespace

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

    m_ticker.setInterval(TickMs);
    connect(&m_ticker, &QTimer::timeout, this, &InvitationPanel::tick);
    hide();
}

void InvitationPanel::showInvitation(const InvitationInfo &invitation)
{
    m_invitation = invitation;
    m_answering = false;
    m_headline->setText(tr("%1 invites you into the session with %2 (%3).")
                            .arg(invitation.fromName, invitation.customerName, invitation.service));
    m_ringSeconds = qMax(1, secondsLeft());
    m_progress->setRange(0, m_ringSeconds * 1000);
    m_join->setEnabled(true);
    m_decline->setEnabled(true);
    m_lastRingAt = secondsLeft();
    show();
    tick();
    m_ticker.start();
    ring();
}

void InvitationPanel::dismiss()
{
    m_ticker.stop();
    hide();
}

void InvitationPanel::setAnswering()
{
    m_answering = true;
    m_join->setEnabled(false);
    m_decline->setEnabled(false);
    tick();
}

int InvitationPanel::secondsLeft() const
{
    const qint64 ms = QDateTime::currentDateTime().msecsTo(m_invitation.ringsUntil);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void InvitationPanel::tick()
{
    const qint64 ms = qMax<qint64>(0, QDateTime::currentDateTime().msecsTo(m_invitation.ringsUntil));
    m_progress->setValue(int(qMin<qint64>(ms, m_progress->maximum())));
    const int left = secondsLeft();
    if (m_answering)
        m_countdown->setText(tr("Answering…"));
    else if (left > 0)
        m_countdown->setText(tr("%1 s left to answer").arg(left));
    else
        m_countdown->setText(tr("Time is up."));
    if (!m_answering && left > 0 && left <= m_lastRingAt - RingEverySeconds) {
        m_lastRingAt = left;
        ring();
    }
}

void InvitationPanel::ring()
{
    QApplication::beep();
    QApplication::alert(window(), 0);
}

} // namespace Turno
