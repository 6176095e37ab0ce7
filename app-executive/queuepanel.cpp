#include "queuepanel.h"

#include "deskstyle.h"
#include "session/executivesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedLayout>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Turno
{

QKeySequence QueuePanel::connectNextKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
}

QKeySequence QueuePanel::historyKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y);
}

QueuePanel::QueuePanel(QWidget *parent) : QGroupBox(tr("Waiting customers"), parent)
{
    setObjectName(QStringLiteral("queuePane"));
    // A calm note for an empty line; the list replaces it while customers wait.
    auto *heading = new QLabel(tr("No customers waiting"));
    heading->setAlignment(Qt::AlignCenter);
    heading->setWordWrap(true);
    scaleFont(heading, 1.15);
    auto *detail = new QLabel(tr("Customers who ask to talk to an executive appear here."));
    detail->setAlignment(Qt::AlignCenter);
    detail->setWordWrap(true);
    makeQuiet(heading);
    makeQuiet(detail);
    auto *note = new QWidget;
    auto *noteLayout = new QVBoxLayout(note);
    noteLayout->setContentsMargins(8, 8, 8, 8);
    noteLayout->addStretch();
    noteLayout->addWidget(heading);
    noteLayout->addWidget(detail);
    noteLayout->addStretch();

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("waitingList"));
    m_list->setHeaderLabels({tr("Customer"), tr("Service"), tr("Waiting"), tr("Last action")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Waiting customers, oldest first"));
    m_list->header()->setStretchLastSection(true);
    m_list->setTextElideMode(Qt::ElideRight); // the whole last action is in the row's tooltip
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!selectedKey().isEmpty())
            Q_EMIT connectRequested(selectedKey());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &QueuePanel::updateButtons);

    m_stack = new QStackedLayout;
    auto *listHolder = new QWidget;
    auto *listLayout = new QVBoxLayout(listHolder);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list);
    m_stack->addWidget(note);
    m_stack->addWidget(listHolder);

    m_connectNext = new QPushButton(tr("Connect ne&xt"));
    m_connectNext->setObjectName(QStringLiteral("connectNextButton"));
    m_connectNext->setToolTip(
        tr("Take the customer who has waited longest (%1, or type :connect).").arg(keyText(connectNextKey())));
    m_connectSelected = new QPushButton(tr("&Connect selected"));
    m_connectSelected->setObjectName(QStringLiteral("connectSelectedButton"));
    m_connectSelected->setToolTip(tr("Take the selected customer now (also a double-click on the row)."));
    m_history = new QPushButton(tr("&History"));
    m_history->setObjectName(QStringLiteral("waitingHistoryButton"));
    m_history->setToolTip(
        tr("Show the selected customer's history beside the conversation (%1).").arg(keyText(historyKey())));
    for (QPushButton *button : {m_connectNext, m_connectSelected, m_history})
        button->setAutoDefault(false);
    connect(m_connectNext, &QPushButton::clicked, this, &QueuePanel::connectNextRequested);
    connect(m_connectSelected, &QPushButton::clicked, this, [this] {
        if (!selectedKey().isEmpty())
            Q_EMIT connectRequested(selectedKey());
    });
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (!selectedKey().isEmpty())
            Q_EMIT historyRequested(selectedKey());
    });
    auto *nextShortcut = new QShortcut(connectNextKey(), this);
    connect(nextShortcut, &QShortcut::activated, m_connectNext, [this] {
        if (m_connectNext->isEnabled())
            m_connectNext->click();
    });
    auto *historyShortcut = new QShortcut(historyKey(), this);
    connect(historyShortcut, &QShortcut::activated, m_history, [this] {
        if (m_history->isEnabled())
            m_history->click();
    });

    // The oldest customer on one row; what acts on the chosen one on the next.
    scaleFont(m_connectNext, 1.0, true);
    auto *nextRow = new QHBoxLayout;
    nextRow->addWidget(m_connectNext);
    nextRow->addStretch();
    auto *selectedRow = new QHBoxLayout;
    selectedRow->setSpacing(6);
    selectedRow->addWidget(m_connectSelected);
    selectedRow->addWidget(m_history);
    selectedRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(m_stack, 1);
    layout->addLayout(nextRow);
    layout->addLayout(selectedRow);
    updateButtons();
}

void QueuePanel::attach(ExecutiveSession *session)
{
    m_session = session;
    connect(session, &ExecutiveSession::waitingChanged, this, &QueuePanel::refresh);
    auto *tick = new QTimer(this); // the waiting times keep counting between pushes
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, &QueuePanel::refresh);
    tick->start();
}

QString QueuePanel::selectedKey() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && m_stack->currentIndex() == 1 ? item->data(0, Qt::UserRole).toString() : QString();
}

void QueuePanel::updateButtons()
{
    const bool anyone = m_session && !m_session->waitingCustomers().isEmpty();
    m_connectNext->setEnabled(anyone);
    m_connectSelected->setEnabled(anyone && m_list->currentItem());
    m_history->setEnabled(anyone && m_list->currentItem());
}

void QueuePanel::refresh()
{
    const QList<WaitingEntry> waiting = m_session ? m_session->waitingCustomers() : QList<WaitingEntry>();
    if (waiting.isEmpty()) {
        m_list->clear();
        m_stack->setCurrentIndex(0);
        setTitle(tr("Waiting customers"));
        updateButtons();
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    // Rebuilt every second: keep the selection by the wait's key.
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const WaitingEntry &entry : waiting) {
        const qint64 seconds = qMax<qint64>(0, entry.waitingSince.secsTo(now));
        const QString waited = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
        auto *item = new QTreeWidgetItem({entry.customerName, entry.service, waited, entry.lastAction});
        item->setData(0, Qt::UserRole, entry.key);
        item->setToolTip(0, entry.customerName);
        item->setToolTip(3, entry.lastAction);
        m_list->addTopLevelItem(item);
        if (entry.key == selected)
            m_list->setCurrentItem(item);
    }
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    m_stack->setCurrentIndex(1);
    const int total = m_session->waitingTotal();
    setTitle(total > waiting.size() ? tr("Waiting customers (%1, the oldest %2 shown)").arg(total).arg(waiting.size())
                                    : tr("Waiting customers (%1)").arg(waiting.size()));
    updateButtons();
}

} // namespace Turno
