#include "executivemainpage.h"

#include "colleaguedialog.h"
#include "commandrunner.h"
#include "contactspanel.h"
#include "conversationpanel.h"
#include "customercounttext.h"
#include "deskstyle.h"
#include "detailsdialog.h"
#include "executivecommands.h"
#include "historypanel.h"
#include "invitationpanel.h"
#include "offerpanel.h"
#include "queuepanel.h"
#include "session/executivesession.h"
#include "sessionswitcher.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace Turno
{

ExecutiveMainPage::ExecutiveMainPage(QWidget *parent) : QWidget(parent)
{
    m_greeting = new QLabel;
    m_greeting->setObjectName(QStringLiteral("greeting"));
    m_greeting->setWordWrap(true);
    scaleFont(m_greeting, 1.4, true);

    // Who the executive is, in one quiet line; how they are (presence), in one line that stands out.
    m_role = new QLabel;
    m_role->setObjectName(QStringLiteral("roleValue"));
    m_services = new QLabel;
    m_services->setObjectName(QStringLiteral("servicesValue"));
    m_services->setWordWrap(true);
    auto *servicesLabel = new QLabel(tr("Services:"));
    for (QLabel *label : {m_role, servicesLabel, m_services})
        makeQuiet(label);
    auto *profile = new QHBoxLayout;
    profile->setSpacing(6);
    profile->addWidget(m_role);
    profile->addSpacing(12);
    profile->addWidget(servicesLabel);
    profile->addWidget(m_services, 1);

    m_presence = new QLabel;
    m_presence->setObjectName(QStringLiteral("presenceValue"));
    m_presence->setTextFormat(Qt::PlainText); // the away reason is the executive's own text
    scaleFont(m_presence, 1.05, true);
    m_ready = new QPushButton(tr("Ready &now"));
    m_ready->setObjectName(QStringLiteral("readyButton"));
    m_ready->setToolTip(tr("Become available for customers again (or type :ready)."));
    m_ready->setAutoDefault(false);
    m_ready->setVisible(false);
    auto *presenceRow = new QHBoxLayout;
    presenceRow->addWidget(m_presence);
    presenceRow->addWidget(m_ready);
    presenceRow->addStretch();
    m_presenceTick = new QTimer(this);
    m_presenceTick->setInterval(1000);
    connect(m_presenceTick, &QTimer::timeout, this, &ExecutiveMainPage::showPresence);
    connect(m_ready, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->setAvailable();
    });

    m_queuePane = new QueuePanel;
    m_contactsPane = new ContactsPanel;
    m_conversationPane = new ConversationPanel;
    m_historyPane = new HistoryPanel;
    auto *left = new QSplitter(Qt::Vertical);
    left->setChildrenCollapsible(false);
    left->addWidget(m_queuePane);
    left->addWidget(m_contactsPane);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    auto *panes = new QSplitter(Qt::Horizontal);
    panes->setObjectName(QStringLiteral("deskSplitter"));
    panes->setChildrenCollapsible(false);
    panes->addWidget(left);
    panes->addWidget(m_conversationPane);
    panes->addWidget(m_historyPane);
    panes->setStretchFactor(0, 3);
    panes->setStretchFactor(1, 5);
    panes->setStretchFactor(2, 3);
    panes->setSizes({350, 560, 330});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(m_greeting);
    layout->addLayout(profile);
    layout->addLayout(presenceRow);
    layout->addSpacing(4);
    layout->addWidget(panes, 1);

    ConversationPanel *pane = m_conversationPane;
    connect(pane, &ConversationPanel::lineEntered, this, &ExecutiveMainPage::runLine);
    connect(pane, &ConversationPanel::acceptRequested, this, [this] { runLine(QStringLiteral(":connect")); });
    connect(pane, &ConversationPanel::rejectRequested, this, [this] { runLine(QStringLiteral(":reject")); });
    connect(pane, &ConversationPanel::endRequested, this, [this] { runLine(QStringLiteral(":end")); });
    connect(pane, &ConversationPanel::holdRequested, this, &ExecutiveMainPage::holdOrResume);
    connect(pane, &ConversationPanel::transferRequested, this, [this] { chooseColleague(true); });
    connect(pane, &ConversationPanel::inviteRequested, this, [this] { chooseColleague(false); });
    connect(pane, &ConversationPanel::addContactRequested, this, &ExecutiveMainPage::addContact);
    connect(pane, &ConversationPanel::restartInternetRequested, this,
            [this] { runLine(QStringLiteral(":restart internet")); });
    connect(pane, &ConversationPanel::restartWifiRequested, this, [this] { runLine(QStringLiteral(":restart wifi")); });
    connect(m_queuePane, &QueuePanel::connectNextRequested, this, &ExecutiveMainPage::connectNext);
    connect(m_queuePane, &QueuePanel::connectRequested, this, [this](const QString &key) {
        if (m_session)
            m_session->claimCustomer(key); // the session in front, if any, goes on hold
    });
    connect(m_queuePane, &QueuePanel::historyRequested, this, &ExecutiveMainPage::showWaitingHistory);
    connect(m_contactsPane, &ContactsPanel::inviteRequested, this, &ExecutiveMainPage::inviteContact);
    connect(m_contactsPane, &ContactsPanel::removeRequested, this, &ExecutiveMainPage::removeContact);
    connect(m_historyPane, &HistoryPanel::noteEntered, this, [this](const QString &text) {
        if (!m_session)
            return;
        if (const QString problem = ExecutiveTexts::noteProblem(text); !problem.isEmpty())
            notice(problem);
        else if (!m_session->addNote(text))
            notice(ExecutiveCommands::noSessionNow());
    });
    connect(m_historyPane, &HistoryPanel::backRequested, this, [this] {
        m_historySession = 0; // shows the session in front again, and asks for its history
        syncSessions();
    });
    connect(m_historyPane, &HistoryPanel::olderRequested, this, [this] {
        if (m_session)
            m_session->requestOlderHistory();
    });
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
    m_contactsPane->setServices(services);
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

void ExecutiveMainPage::notice(const QString &text)
{
    m_conversationPane->showNotice(text);
}

void ExecutiveMainPage::showPresence()
{
    const Protocol::Presence presence = m_presenceState;
    const int secondsLeft =
        m_wrapUpEnds.isValid() ? int(qMax<qint64>(0, (QDateTime::currentDateTime().msecsTo(m_wrapUpEnds) + 999) / 1000))
                               : 0;
    m_presence->setText(ExecutiveTexts::presenceSentence(presence, m_presenceReason, secondsLeft));
    const bool canBeReady = presence == Protocol::Presence::Away || presence == Protocol::Presence::AfterCallWork;
    m_ready->setVisible(canBeReady);
    if (presence != Protocol::Presence::AfterCallWork)
        m_presenceTick->stop();
}

void ExecutiveMainPage::attach(ExecutiveSession *session)
{
    m_session = session;
    m_queuePane->attach(session);
    m_contactsPane->attach(session);
    ConversationPanel *pane = m_conversationPane;
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
    connect(session, &ExecutiveSession::awayForMissedOffers, this, &ExecutiveMainPage::notice);
    connect(session, &ExecutiveSession::sessionNotice, this, &ExecutiveMainPage::notice);
    connect(session, &ClientSession::requestRefused, this, &ExecutiveMainPage::notice);

    // The offer, and a colleague's invitation.
    connect(session, &ExecutiveSession::offerReceived, pane, &ConversationPanel::showOffer);
    connect(session, &ExecutiveSession::offerEnded, pane,
            [pane](quint32, const QString &message) { pane->endOffer(message); });
    InvitationPanel *invitation = pane->invitationPanel();
    connect(session, &ExecutiveSession::invitationReceived, invitation, &InvitationPanel::showInvitation);
    connect(session, &ExecutiveSession::invitationEnded, this, [this, invitation](quint32 id, const QString &message) {
        if (invitation->invitationId() == id)
            invitation->dismiss();
        if (!message.isEmpty())
            notice(message);
    });
    connect(invitation, &InvitationPanel::joinRequested, this, [this, invitation] {
        if (m_session->answerInvitation(true))
            invitation->setAnswering();
    });
    connect(invitation, &InvitationPanel::declineRequested, this, [this, invitation] {
        if (m_session->answerInvitation(false))
            invitation->setAnswering();
    });

    // The sessions: whatever changed, the view follows the controller's list.
    connect(session, &ExecutiveSession::currentSessionChanged, this, &ExecutiveMainPage::syncSessions);
    connect(session, &ExecutiveSession::sessionsChanged, this, &ExecutiveMainPage::syncSessions);
    connect(session, &ExecutiveSession::heldChanged, this, &ExecutiveMainPage::syncSessions);
    connect(session, &ExecutiveSession::messageReceived, this, &ExecutiveMainPage::syncSessions);
    connect(session, &ExecutiveSession::messageSending, this, &ExecutiveMainPage::syncSessions);
    connect(session, &ExecutiveSession::messageDelivered, this, &ExecutiveMainPage::syncSessions);
    connect(pane->switcher(), &SessionSwitcher::switchRequested, this, [this](quint32 id) {
        const SessionInfo *target = m_session->session(id);
        if (target && (id != m_session->currentSession() || target->held))
            m_session->switchTo(id);
    });
    connect(
        session, &ExecutiveSession::sessionStarted, this,
        [this, pane](quint32 id, const QString &customerName, const QString &service) {
            if (!m_session->session(id)) {
                // Told without the controller's list (a test driving the signal): show it alone.
                SessionInfo info;
                info.id = id;
                info.customerName = customerName;
                info.service = service;
                info.startedAt = QDateTime::currentDateTime();
                pane->showSession(info);
                return;
            }
            if (m_session->sessions().size() > 1)
                notice(
                    tr("You are now talking with %1; your other sessions wait in their tabs above.").arg(customerName));
        });
    connect(session, &ExecutiveSession::sessionEnded, this, [this, pane](quint32 id, const QString &message) {
        pane->forgetSession(id);
        syncSessions();
        notice(message);
    });
    connect(session, &ExecutiveSession::participantsChanged, this,
            [this, pane](quint32 id, const QStringList &, const QString &message) {
                pane->addEvent(id, message);
                syncSessions();
            });

    // The side panel's history, and notes.
    connect(session, &ExecutiveSession::historyReceived, m_historyPane, &HistoryPanel::showHistory);
    connect(session, &ExecutiveSession::olderHistoryReceived, m_historyPane, &HistoryPanel::showOlderHistory);
    connect(session, &ExecutiveSession::noteAdded, this, [this] {
        notice(tr("The note was added to the history."));
        m_historyPane->noteStored();
        if (m_historyPane->isAboutSession())
            m_session->requestHistory();
    });

    connect(session, &ExecutiveSession::contactsChanged, this, [this] {
        if (m_addingContact.isEmpty())
            return;
        for (const ContactInfo &contact : m_session->contacts()) {
            if (contact.name == m_addingContact) {
                notice(CommandRunner::addedContact(contact.name));
                m_addingContact.clear();
                return;
            }
        }
    });
    connect(session, &ExecutiveSession::detailsReceived, this,
            [this](const QList<CustomerDetail> &customers, int total) {
                if (m_detailsDialog)
                    m_detailsDialog->showDetails(customers, total);
            });
}

void ExecutiveMainPage::syncSessions()
{
    if (!m_session)
        return;
    ConversationPanel *pane = m_conversationPane;
    pane->showSessions(*m_session);
    const quint32 current = m_session->currentSession();
    const SessionInfo *info = m_session->session(current);
    if (info)
        pane->showSession(*info, m_session->currentOffer().has_value());
    else
        pane->showNoSession();
    if (current != m_historySession) {
        // Another session in front: its customer's data, and their history asked for at once.
        m_historySession = current;
        m_historyPane->showSession(info);
        if (info)
            m_session->requestHistory();
    } else if (info && m_historyPane->isAboutSession()) {
        m_historyPane->showSession(info); // who is in it, held or not
    }
}

void ExecutiveMainPage::resetConversation()
{
    m_conversationPane->reset();
    m_historyPane->clear();
    m_queuePane->refresh();
    m_contactsPane->refresh();
    m_historySession = 0;
    m_addingContact.clear();
    if (m_colleagueDialog)
        m_colleagueDialog->close();
    if (m_detailsDialog)
        m_detailsDialog->close();
}

void ExecutiveMainPage::showOutcome(const CommandOutcome &outcome)
{
    QStringList lines;
    for (const QString &line : outcome.listing)
        lines.append(line.trimmed()); // the terminal's indentation, which a label does not need
    if (!outcome.said.isEmpty())
        lines.append(outcome.said);
    notice(lines.join(QLatin1Char('\n')));
    if (outcome.answeredOffer)
        m_conversationPane->offerPanel()->setAnswering();
}

void ExecutiveMainPage::runLine(const QString &line)
{
    if (!m_session || line.trimmed().isEmpty())
        return;
    const ParsedCommand parsed = ExecutiveCommands::parse(line);
    if (parsed.status == ParsedCommand::Status::NotACommand && m_session->currentSession() != 0) {
        notice(QString());
        m_session->sendMessage(line);
        return;
    }
    if (const QString problem = ExecutiveCommands::problem(parsed); !problem.isEmpty()) {
        notice(problem);
        return;
    }
    notice(QString());
    switch (parsed.command->id) {
    case ExecutiveCommandId::Help: {
        QStringList lines{tr("Commands:")};
        for (const QString &helpLine : ExecutiveCommands::helpLines())
            lines.append(helpLine.trimmed());
        notice(lines.join(QLatin1Char('\n')));
        return;
    }
    case ExecutiveCommandId::Quit:
        Q_EMIT quitRequested();
        return;
    case ExecutiveCommandId::Details:
        showDetails();
        return;
    case ExecutiveCommandId::History:
        // The side panel shows it: the waiting customer named, or the session in front again.
        if (!parsed.argument.isEmpty()) {
            QString problem;
            const WaitingEntry entry = CommandRunner::waitingNamed(*m_session, parsed.argument, &problem);
            if (!entry.key.isEmpty())
                m_historyPane->showWaiting(entry);
        } else if (m_session->currentSession() != 0 && !m_historyPane->isAboutSession()) {
            m_historyPane->showSession(m_session->session(m_session->currentSession()));
        }
        break;
    case ExecutiveCommandId::ContactAdd:
        m_addingContact = m_session->customerName();
        break;
    default:
        break;
    }
    showOutcome(CommandRunner::run(*m_session, parsed));
}

ColleagueDialog *ExecutiveMainPage::colleagueDialog() const
{
    return m_colleagueDialog;
}

DetailsDialog *ExecutiveMainPage::detailsDialog() const
{
    return m_detailsDialog;
}

void ExecutiveMainPage::showDetails()
{
    if (!m_session)
        return;
    if (!m_detailsDialog) {
        m_detailsDialog = new DetailsDialog(m_session, this);
        m_detailsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_session->requestDetails();
    m_detailsDialog->show();
    m_detailsDialog->raise();
}

void ExecutiveMainPage::connectNext()
{
    runLine(QStringLiteral(":connect"));
}

void ExecutiveMainPage::showWaitingHistory(const QString &key)
{
    for (const WaitingEntry &entry : m_session->waitingCustomers()) {
        if (entry.key == key) {
            m_historyPane->showWaiting(entry);
            m_session->requestHistoryOf(key);
            return;
        }
    }
}

void ExecutiveMainPage::holdOrResume()
{
    const SessionInfo *current = m_session ? m_session->session(m_session->currentSession()) : nullptr;
    if (current && current->held)
        m_session->switchTo(current->id);
    else
        runLine(QStringLiteral(":hold"));
}

void ExecutiveMainPage::chooseColleague(bool transfer)
{
    const SessionInfo *current = m_session ? m_session->session(m_session->currentSession()) : nullptr;
    if (!current || current->guest)
        return; // the buttons are disabled then
    if (m_colleagueDialog)
        m_colleagueDialog->close();
    const auto purpose = transfer ? ColleagueDialog::Purpose::Transfer : ColleagueDialog::Purpose::Invite;
    m_colleagueDialog = new ColleagueDialog(m_session, purpose, this);
    m_colleagueDialog->setAttribute(Qt::WA_DeleteOnClose);
    const quint32 sessionId = current->id;
    ColleagueDialog *dialog = m_colleagueDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, transfer, sessionId] {
        const QString username = dialog->chosen();
        // The choice is for the session it was opened in; another may be in front by now.
        if (username.isEmpty() || m_session->currentSession() != sessionId)
            return;
        if (transfer) {
            m_session->transferTo(username);
            return;
        }
        for (const ColleagueInfo &colleague : m_session->colleagues()) {
            if (colleague.username == username && m_session->inviteToConference(username))
                notice(CommandRunner::invitedColleague(colleague.fullName, m_session->customerName()));
        }
    });
    connect(dialog, &QDialog::finished, m_conversationPane, &ConversationPanel::focusInput);
    dialog->open();
}

void ExecutiveMainPage::addContact()
{
    runLine(QStringLiteral(":contact add"));
}

void ExecutiveMainPage::inviteContact(const QString &key, const QString &service)
{
    for (const ContactInfo &contact : m_session->contacts()) {
        if (contact.key == key && m_session->inviteContact(key, service))
            notice(CommandRunner::invitedContact(contact.name, service));
    }
}

void ExecutiveMainPage::removeContact(const QString &key)
{
    for (const ContactInfo &contact : m_session->contacts()) {
        if (contact.key == key && m_session->removeContact(key)) {
            notice(CommandRunner::removedContact(contact.name));
            return;
        }
    }
}

} // namespace Turno
