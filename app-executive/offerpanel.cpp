#include "offerpanel.h"

#include "deskstyle.h"

#include <QFormLayout>
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
const QKeySequence AcceptKey(Qt::CTRL | Qt::Key_Return);
const QKeySequence AcceptKeypadKey(Qt::CTRL | Qt::Key_Enter);
const QKeySequence RejectKey(Qt::CTRL | Qt::Key_Backspace);
} // namespace

OfferPanel::OfferPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("offerPanel"));
    setFrameShape(QFrame::StyledPanel);

    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("offerHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText); // the customer's name is theirs to choose
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.3);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);

    m_lastAction = new QLabel;
    m_lastAction->setObjectName(QStringLiteral("offerLastAction"));
    m_lastAction->setWordWrap(true);
    m_lastAction->setTextFormat(Qt::PlainText);
    m_service = new QLabel;
    m_service->setObjectName(QStringLiteral("offerService"));
    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->addRow(tr("Last action:"), m_lastAction);
    facts->addRow(tr("Service:"), m_service);

    m_countdown = new QLabel;
    m_countdown->setObjectName(QStringLiteral("offerCountdown"));
    QFont countdownFont = m_countdown->font();
    countdownFont.setBold(true);
    m_countdown->setFont(countdownFont);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("offerProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);

    m_accept = new QPushButton(tr("&Accept"));
    m_accept->setObjectName(QStringLiteral("acceptOfferButton"));
    m_accept->setDefault(false);
    m_accept->setAutoDefault(false); // Enter in the command input must never accept by accident
    m_reject = new QPushButton(tr("&Reject"));
    m_reject->setObjectName(QStringLiteral("rejectOfferButton"));
    m_reject->setAutoDefault(false);
    QFont acceptFont = m_accept->font();
    acceptFont.setBold(true);
    m_accept->setFont(acceptFont);
    for (QPushButton *button : {m_accept, m_reject})
        button->setMinimumSize(button->sizeHint().expandedTo(QSize(130, 34)));
    connect(m_accept, &QPushButton::clicked, this, &OfferPanel::acceptRequested);
    connect(m_reject, &QPushButton::clicked, this, &OfferPanel::rejectRequested);
    // Window-wide while the panel is visible; hidden, it takes no keys.
    for (const QKeySequence &key : {AcceptKey, AcceptKeypadKey}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, m_accept, &QPushButton::click);
    }
    auto *rejectShortcut = new QShortcut(RejectKey, this);
    connect(rejectShortcut, &QShortcut::activated, m_reject, &QPushButton::click);

    m_keys = new QLabel;
    m_keys->setObjectName(QStringLiteral("offerKeys"));
    m_keys->setWordWrap(true);
    makeQuiet(m_keys);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addStretch();
    layout->addWidget(m_headline);
    layout->addLayout(facts);
    layout->addWidget(m_countdown);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addWidget(m_keys);
    layout->addStretch();

    setRingingLook(this);

    m_ring = new RingCountdown(this);
    connect(m_ring, &RingCountdown::ticked, this, &OfferPanel::showCountdown);
    updateKeysHint();
}

void OfferPanel::showOffer(const OfferInfo &offer)
{
    m_offer = offer;
    m_headline->setText(tr("%1 wants to talk with you").arg(offer.customerName));
    m_lastAction->setText(offer.lastAction);
    m_service->setText(offer.service);
    m_progress->setRange(0, qMax(1, offer.ringSeconds) * 1000);
    m_accept->setEnabled(true);
    m_reject->setEnabled(true);
    m_ring->start(m_offer.ringsUntil);
}

void OfferPanel::stop()
{
    m_ring->stop();
}

void OfferPanel::setAnswering()
{
    m_ring->setAnswering();
    m_accept->setEnabled(false);
    m_reject->setEnabled(false);
    showCountdown();
}

void OfferPanel::showCountdown()
{
    m_progress->setValue(int(qMin<qint64>(m_ring->msLeft(), m_progress->maximum())));
    const int left = m_ring->secondsLeft();
    if (m_ring->isAnswering())
        m_countdown->setText(tr("Answering…"));
    else if (left > 0)
        m_countdown->setText(tr("%1 s left to answer").arg(left));
    else
        m_countdown->setText(tr("Time is up; the offer goes to the next executive."));
}

void OfferPanel::updateKeysHint()
{
    m_keys->setText(tr("Press %1 or %2 to accept, %3 or %4 to reject.")
                        .arg(keyText(AcceptKey), keyText(QKeySequence::mnemonic(m_accept->text())), keyText(RejectKey),
                             keyText(QKeySequence::mnemonic(m_reject->text()))));
    m_accept->setToolTip(keyText(AcceptKey));
    m_reject->setToolTip(keyText(RejectKey));
}

} // namespace Turno
