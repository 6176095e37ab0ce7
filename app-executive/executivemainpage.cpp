#include "executivemainpage.h"

#include "conversationpanel.h"
#include "customercounttext.h"
#include "executivecommands.h"
#include "offerpanel.h"
#include "session/executivesession.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QTimer>
#include <QHBoxLayout>
#include <QStackedLayout>
#include <QTreeWidget>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace Turno
{

namespace
{

// A calm, centered note for a pane that has nothing to show yet.
QGroupBox *paneWithNote(const QString &title, const QString &headline, const QString &note, const QString &objectName)
{
    auto *pane = new QGroupBox(title);
    pane->setObjectName(objectName);
    auto *heading = new QLabel(headline);
    heading->setAlignment(Qt::AlignCenter);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    auto *detail = new QLabel(note);
    detail->setAlignment(Qt::AlignCenter);
    detail->setWordWrap(true);
    QPalette quiet = detail->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    detail->setPalette(quiet);
    heading->setPalette(quiet);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(18, 18, 18, 18);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(detail);
    layout->addStretch();
    return pane;
}

} // namespace

ExecutiveMainPage::ExecutiveMainPage(QWidget *parent) : QWidget(parent)
{
    m_greeting = new QLabel;
    m_greeting->setObjectName(QStringLiteral("greeting"));
    m_greeting->setWordWrap(true);
    QFont greetingFont = m_greeting->font();
    greetingFont.setPointSizeF(greetingFont.pointSizeF() * 1.4);
    greetingFont.setBold(true);
    m_greeting->setFont(greetingFont);

    m_role = new QLabel;
    m_role->setObjectName(QStringLiteral("roleValue"));
    m_services = new QLabel;
    m_services->setObjectName(QStringLiteral("servicesValue"));
    m_services->setWordWrap(true);
    auto *profile = new QFormLayout;
    profile->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    profile->addRow(tr("Role:"), m_role);
    profile->addRow(tr("Services:"), m_services);
    m_presence = new QLabel;
    m_presence->setObjectName(QStringLiteral("presenceValue"));
    m_presence->setWordWrap(true);
    m_ready = new QPushButton(tr("Ready &now"));
    m_ready->setObjectName(QStringLiteral("readyButton"));
    m_ready->setToolTip(tr("Become available for customers again (or type :ready)."));
    m_ready->setVisible(false);
    auto *presenceRow = new QHBoxLayout;
    presenceRow->addWidget(m_presence, 1);
    presenceRow->addWidget(m_ready);
    profile->addRow(tr("Presence:"), presenceRow);
    m_presenceTick = new QTimer(this);
    m_presenceTick->setInterval(1000);
    connect(m_presenceTick, &QTimer::timeout, this, &ExecutiveMainPage::showPresence);
    connect(m_ready, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->setAvailable();
    });

    m_queuePane =
        paneWithNote(tr("Waiting customers"), tr("No customers waiting"),
                     tr("Customers who ask to talk to an executive appear here."), QStringLiteral("queuePane"));
    // The note stays for an empty line; the list replaces it while customers wait.
    auto *noteHolder = new QWidget;
    noteHolder->setLayout(m_queuePane->layout());
    m_waitingList = new QTreeWidget;
    m_waitingList->setObjectName(QStringLiteral("waitingList"));
    m_waitingList->setHeaderLabels({tr("Customer"), tr("Service"), tr("Waiting"), tr("Last action")});
    m_waitingList->setRootIsDecorated(false);
    m_waitingList->setAlternatingRowColors(true);
    m_waitingList->setAccessibleName(tr("Waiting customers, oldest first"));
    m_connectSelected = new QPushButton(tr("&Connect selected"));
    m_connectSelected->setObjectName(QStringLiteral("connectSelectedButton"));
    m_connectSelected->setToolTip(tr("Take the selected customer now (also a double-click on the row)."));
    connect(m_connectSelected, &QPushButton::clicked, this, &ExecutiveMainPage::connectSelected);
    connect(m_waitingList, &QTreeWidget::itemDoubleClicked, this, &ExecutiveMainPage::connectSelected);
    auto *listHolder = new QWidget;
    auto *listLayout = new QVBoxLayout(listHolder);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_waitingList, 1);
    listLayout->addWidget(m_connectSelected, 0, Qt::AlignRight);
    m_queueStack = new QStackedLayout(m_queuePane);
    m_queueStack->addWidget(noteHolder);
    m_queueStack->addWidget(listHolder);
    m_conversationPane = new ConversationPanel;
    connect(m_conversationPane, &ConversationPanel::lineEntered, this, &ExecutiveMainPage::runLine);
    connect(m_conversationPane, &ConversationPanel::acceptRequested, this, &ExecutiveMainPage::acceptOffer);
    connect(m_conversationPane, &ConversationPanel::rejectRequested, this, &ExecutiveMainPage::rejectOffer);
    connect(m_conversationPane, &ConversationPanel::endRequested, this, &ExecutiveMainPage::endSession);
    auto *panes = new QSplitter(Qt::Horizontal);
    panes->setChildrenCollapsible(false);
    panes->addWidget(m_queuePane);
    panes->addWidget(m_conversationPane);
    panes->setStretchFactor(0, 1);
    panes->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 18);
    layout->setSpacing(12);
    layout->addWidget(m_greeting);
    layout->addLayout(profile);
    layout->addWidget(panes, 1);
}

QString ExecutiveMainPage::serviceName(const QString &service)
{
    if (service.compare(QLatin1String("internet"), Qt::CaseInsensitive) == 0)
        return tr("Internet");
    if (service.compare(QLatin1String("wifi"), Qt::CaseInsensitive) == 0)
        return tr("Wi-Fi");
    return service;
}

void ExecutiveMainPage::setProfile(const QString &firstName, bool supervisor, const QStringList &services)
{
    m_firstName = firstName;
    m_role->setText(supervisor ? tr("Supervisor") : tr("Executive"));
    QStringList names;
    for (const QString &service : services)
        names.append(serviceName(service));
    m_services->setText(names.isEmpty() ? tr("None assigned") : names.join(QStringLiteral(", ")));
    updateGreeting();
}

void ExecutiveMainPage::setConnectedCustomers(int count)
{
    m_count = count;
    updateGreeting();
}

void ExecutiveMainPage::updateGreeting()
{
    m_greeting->setText(CustomerCountText::greeting(m_firstName, m_count));
}

void ExecutiveMainPage::connectSelected()
{
    const QTreeWidgetItem *item = m_waitingList->currentItem();
    if (!m_session || !item)
        return;
    if (m_session->currentSession() != 0) {
        m_conversationPane->showNotice(ExecutiveCommands::alreadyInSession(m_session->customerName()));
        return;
    }
    m_session->claimCustomer(item->data(0, Qt::UserRole).toString());
}

void ExecutiveMainPage::refreshWaiting()
{
    const QList<WaitingEntry> waiting = m_session ? m_session->waitingCustomers() : QList<WaitingEntry>();
    if (waiting.isEmpty()) {
        m_queueStack->setCurrentIndex(0);
        m_queuePane->setTitle(tr("Waiting customers"));
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    // Rebuilt every second: keep the selection by the wait's key.
    const QString selectedKey =
        m_waitingList->currentItem() ? m_waitingList->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_waitingList->clear();
    for (const WaitingEntry &entry : waiting) {
        const qint64 seconds = qMax<qint64>(0, entry.waitingSince.secsTo(now));
        const QString waited = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
        auto *item = new QTreeWidgetItem({entry.customerName, entry.service, waited, entry.lastAction});
        item->setData(0, Qt::UserRole, entry.key);
        m_waitingList->addTopLevelItem(item);
        if (entry.key == selectedKey)
            m_waitingList->setCurrentItem(item);
    }
    m_waitingList->resizeColumnToContents(0);
    m_queueStack->setCurrentIndex(1);
    m_queuePane->setTitle(m_session->waitingTotal() > waiting.size()
                              ? tr("Waiting customers (%1, the oldest %2 shown)").arg(m_session->waitingTotal()).arg(waiting.size())
                              : tr("Waiting customers (%1)").arg(waiting.size()));
}

void ExecutiveMainPage::showPresence()
{
    const Protocol::Presence presence = m_presenceState;
    const int secondsLeft = m_wrapUpEnds.isValid()
                                ? int(qMax<qint64>(0, (QDateTime::currentDateTime().msecsTo(m_wrapUpEnds) + 999) / 1000))
                                : 0;
    m_presence->setText(ExecutiveSession::presenceSentence(presence, m_presenceReason, secondsLeft));
    const bool canBeReady = presence == Protocol::Presence::Away || presence == Protocol::Presence::AfterCallWork;
    m_ready->setVisible(canBeReady);
    if (presence != Protocol::Presence::AfterCallWork)
        m_presenceTick->stop();
}

void ExecutiveMainPage::attach(ExecutiveSession *session)
{
    m_session = session;
    connect(session, &ExecutiveSession::presenceChanged, this,
            [this](Protocol::Presence presence, const QString &reason, int seconds) {
                m_presenceState = presence;
                m_presenceReason = reason;
                m_wrapUpEnds = presence == Protocol::Presence::AfterCallWork
                                   ? QDateTime::currentDateTime().addSecs(seconds)
                                   : QDateTime();
                if (presence == Protocol::Presence::AfterCallWork)
                    m_presenceTick->start();
                showPresence();
            });
    connect(session, &ExecutiveSession::waitingChanged, this, &ExecutiveMainPage::refreshWaiting);
    connect(session, &ExecutiveSession::historyReceived, this,
            [this](const QString &customerName, const QList<HistoryItem> &items) {
                QStringList lines{tr("History of %1:").arg(customerName)};
                for (const HistoryItem &item : items)
                    lines.append(tr("%1  %2", "a history line: date and time, then what happened")
                                     .arg(QLocale().toString(item.at, QLocale::ShortFormat), item.description));
                if (items.isEmpty())
                    lines.append(tr("Nothing yet."));
                m_conversationPane->showNotice(lines.join(QLatin1Char('\n')));
            });
    connect(session, &ExecutiveSession::sessionNotice, this,
            [this](const QString &message) { m_conversationPane->showNotice(message); });
    connect(session, &ExecutiveSession::noteAdded, this,
            [this] { m_conversationPane->showNotice(tr("The note was added to the history.")); });
    auto *waitingTick = new QTimer(this); // the waiting times keep counting between pushes
    waitingTick->setInterval(1000);
    connect(waitingTick, &QTimer::timeout, this, &ExecutiveMainPage::refreshWaiting);
    waitingTick->start();
    connect(session, &ExecutiveSession::awayForMissedOffers, this,
            [this](const QString &message) { m_conversationPane->showNotice(message); });
    ConversationPanel *pane = m_conversationPane;
    connect(session, &ExecutiveSession::offerReceived, pane, &ConversationPanel::showOffer);
    connect(session, &ExecutiveSession::offerEnded, pane,
            [pane](quint32, const QString &message) { pane->endOffer(message); });
    connect(session, &ExecutiveSession::sessionStarted, pane,
            [pane](quint32, const QString &customerName, const QString &service) {
                pane->startSession(customerName, service);
            });
    connect(session, &ExecutiveSession::sessionEnded, pane,
            [pane](quint32, const QString &message) { pane->endSession(message); });
    connect(session, &ExecutiveSession::messageReceived, pane, &ConversationPanel::addIncoming);
    connect(session, &ExecutiveSession::messageSending, pane, &ConversationPanel::addOwn);
    connect(session, &ExecutiveSession::messageDelivered, pane, &ConversationPanel::markDelivered);
}

void ExecutiveMainPage::resetConversation()
{
    m_conversationPane->reset();
}

void ExecutiveMainPage::runLine(const QString &line)
{
    if (!m_session || line.trimmed().isEmpty())
        return;
    const ParsedCommand parsed = ExecutiveCommands::parse(line);
    if (parsed.status == ParsedCommand::Status::NotACommand && m_session->currentSession() != 0) {
        m_conversationPane->showNotice(QString());
        m_session->sendMessage(line);
        return;
    }
    if (const QString problem = ExecutiveCommands::problem(parsed); !problem.isEmpty()) {
        m_conversationPane->showNotice(problem);
        return;
    }
    m_conversationPane->showNotice(QString());
    switch (parsed.command->id) {
    case ExecutiveCommandId::Status:
        m_conversationPane->showNotice(CustomerCountText::connected(m_session->connectedCustomers()));
        break;
    case ExecutiveCommandId::Help: {
        QStringList lines{tr("Commands:")};
        for (const QString &line : ExecutiveCommands::helpLines())
            lines.append(line.trimmed()); // the terminal's indentation, which a label does not need
        m_conversationPane->showNotice(lines.join(QLatin1Char('\n')));
        break;
    }
    case ExecutiveCommandId::Connect:
        acceptOffer();
        break;
    case ExecutiveCommandId::Reject:
        rejectOffer();
        break;
    case ExecutiveCommandId::End:
        endSession();
        break;
    case ExecutiveCommandId::Ready:
        m_session->setAvailable();
        break;
    case ExecutiveCommandId::Away:
        m_session->setAway(parsed.argument);
        break;
    case ExecutiveCommandId::Quit:
        Q_EMIT quitRequested();
        break;
    case ExecutiveCommandId::History:
        if (!m_session->requestHistory())
            m_conversationPane->showNotice(ExecutiveCommands::noSessionNow());
        break;
    case ExecutiveCommandId::Info:
        if (!m_session->addNote(parsed.argument))
            m_conversationPane->showNotice(ExecutiveCommands::noSessionNow());
        break;
    case ExecutiveCommandId::RestartInternet:
        if (!m_session->restartInternet())
            m_conversationPane->showNotice(ExecutiveCommands::noSessionNow());
        break;
    case ExecutiveCommandId::RestartWifi:
        if (!m_session->restartWifi())
            m_conversationPane->showNotice(ExecutiveCommands::noSessionNow());
        break;
    case ExecutiveCommandId::Details:
        // Marked unavailable in the table, so problem() answered above.
        break;
    }
}

void ExecutiveMainPage::acceptOffer()
{
    if (m_session->currentSession() != 0) {
        m_conversationPane->showNotice(ExecutiveCommands::alreadyInSession(m_session->customerName()));
        return;
    }
    if (!m_session->acceptOffer()) {
        m_conversationPane->showNotice(ExecutiveCommands::nothingToConnect());
        return;
    }
    m_conversationPane->offerPanel()->setAnswering();
}

void ExecutiveMainPage::rejectOffer()
{
    if (!m_session->rejectOffer()) {
        m_conversationPane->showNotice(ExecutiveCommands::nothingToReject());
        return;
    }
    m_conversationPane->offerPanel()->setAnswering();
}

void ExecutiveMainPage::endSession()
{
    if (!m_session->endSession())
        m_conversationPane->showNotice(ExecutiveCommands::noSessionToEnd());
}

} // namespace Turno
