#include "queuepage.h"

#include <QKeySequence>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Turno
{

QueuePage::QueuePage(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("You are in line for an executive."));
    title->setObjectName(QStringLiteral("queueTitle"));
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_place = new QLabel;
    m_place->setObjectName(QStringLiteral("queuePlace"));
    m_place->setWordWrap(true);
    QFont placeFont = m_place->font();
    placeFont.setPointSizeF(placeFont.pointSizeF() * 1.3);
    m_place->setFont(placeFont);

    m_wait = new QLabel;
    m_wait->setObjectName(QStringLiteral("queueWait"));
    m_wait->setWordWrap(true);

    auto *progress = new QProgressBar;
    progress->setRange(0, 0);
    progress->setTextVisible(false);
    progress->setMaximumHeight(8);

    auto *note = new QLabel(tr("Keep this window open. An executive will talk with you here as soon as one is free."));
    note->setObjectName(QStringLiteral("queueNote"));
    note->setWordWrap(true);

    m_leave = new QPushButton(tr("&Leave the queue"));
    m_leave->setObjectName(QStringLiteral("leaveQueueButton"));
    m_leave->setToolTip(tr("Press Esc to leave the queue."));
    m_leave->setMinimumHeight(40);
    m_leave->setAutoDefault(false);
    connect(m_leave, &QPushButton::clicked, this, &QueuePage::leaveRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_leave->isEnabled()) // not while reconnecting: the page is disabled then
            m_leave->animateClick();
    });

    auto *column = new QVBoxLayout;
    column->setSpacing(14);
    column->addWidget(title);
    column->addWidget(m_place);
    column->addWidget(m_wait);
    column->addWidget(progress);
    column->addWidget(note);
    column->addSpacing(8);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_leave);
    column->addLayout(buttons);
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

    // Between the server's updates the estimate counts down with the clock.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &QueuePage::render);
}

void QueuePage::start()
{
    m_info = QueueInfo();
    m_known = false;
    m_leave->setEnabled(true);
    render();
    m_tick.start();
}

void QueuePage::setInfo(const QueueInfo &info)
{
    m_info = info;
    m_known = true;
    render();
    if (!m_tick.isActive())
        m_tick.start();
}

void QueuePage::stop()
{
    m_tick.stop();
}

void QueuePage::focusLeaveButton()
{
    m_leave->setFocus();
}

void QueuePage::render()
{
    m_place->setText(m_known ? CustomerSession::describePlace(m_info) : tr("Finding your place in line…"));
    m_wait->setText(CustomerSession::describeWait(m_info, QDateTime::currentDateTime()));
}

} // namespace Turno
