// The executive's window with several sessions, against a real turno-server with the demo accounts:
// the queue panel (Connect next, Connect selected, History of someone waiting), the session tabs
// (hold, switch, unread messages), the history side panel (entries with their times, Add note), the
// colleague chooser (transfer, conference), a colleague's invitation (Join / Decline) and the
// contacts panel. Customers and the colleague María Soto are driven by their session controllers.
// Run with --screenshots DIR (tools/screenshots), it saves the desk idle with a line, in a session
// with its history, and with two sessions, in English and Spanish, instead.
#include "admin/demoaccounts.h"
#include "colleaguedialog.h"
#include "contactspanel.h"
#include "conversationpanel.h"
#include "executivemainpage.h"
#include "executivewindow.h"
#include "historypanel.h"
#include "invitationpanel.h"
#include "screenshotrun.h"
#include "serverprocess.h"
#include "session/customersession.h"
#include "sessionswitcher.h"
#include "util/translation.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace Turno;
using Protocol::Presence;

namespace
{

QList<Admin::DemoAccount> accounts(const QString &kind)
{
    QList<Admin::DemoAccount> list;
    for (const Admin::DemoAccount &account : Admin::demoAccounts()) {
        if (account.kind == kind)
            list.append(account);
    }
    return list;
}

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestExecutiveDesk : public QObject
{
    Q_OBJECT
public:
    // Not a test: saves this window's pictures for docs/screenshots into folder (--screenshots, see
    // screenshotrun.h); sets up and cleans up on its own.
    void takeScreenshots(const QString &folder);

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void queuePanelConnectsNextAndSelected();
    void sessionTabsHoldAndSwitch();
    void historyPanelShowsAndAddsNotes();
    void transferWithTheChooser();
    void conferenceInvitationsBothWays();
    void contactsPanel();

private:
    // A fresh server (extra arguments added), Juan Perez logged in to a shown window and set away
    // (so nobody rings: he takes customers from the line), and María Soto logged in, away too.
    bool setUp(const QStringList &serverArguments = {}, bool needActive = true);
    // Demo customer number index, logged in (and kept until cleanup()).
    CustomerSession *customer(int index);
    bool waitForSessions(int count);
    // The customer asks for an executive; true once Juan's line shows them (so the order is known).
    bool joinLine(CustomerSession *customer, const char *service);
    template <typename T> T *child(const char *name) { return m_window->findChild<T *>(QLatin1String(name)); }
    QString text(const char *label) { return child<QLabel>(label)->text(); }
    QString transcript() { return child<QTextBrowser>("transcript")->toPlainText(); }
    QString historyText() { return child<QTextBrowser>("historyView")->toPlainText(); }
    ExecutiveSession *juan() { return m_window->session(); }
    ExecutiveMainPage *desk() { return m_window->findChild<ExecutiveMainPage *>(); }
    SessionSwitcher *tabs() { return m_window->findChild<SessionSwitcher *>(); }
    QTreeWidget *waitingList() { return child<QTreeWidget>("waitingList"); }
    void click(const char *button) { QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton); }
    void typeLine(const QString &line);

    std::unique_ptr<Test::ServerProcess> m_server;
    std::unique_ptr<ExecutiveWindow> m_window;
    std::unique_ptr<ExecutiveSession> m_maria;
    std::map<int, std::unique_ptr<CustomerSession>> m_customers;
};

void TestExecutiveDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TurnoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_executivedesk"));
    qRegisterMetaType<Turno::InvitationInfo>();
    removeTranslators();
}

void TestExecutiveDesk::cleanup()
{
    m_customers.clear();
    m_maria.reset();
    m_window.reset();
    m_server.reset();
}

bool TestExecutiveDesk::setUp(const QStringList &serverArguments, bool needActive)
{
    m_server = std::make_unique<Test::ServerProcess>();
    if (!m_server->start(QStringList{QStringLiteral("--demo")} + serverArguments)) {
        qWarning("%s", qPrintable(m_server->error()));
        return false;
    }
    m_window = std::make_unique<ExecutiveWindow>(m_server->address());
    m_window->resize(1280, 760);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || (needActive && !QTest::qWaitForWindowActive(m_window.get()))) {
        qWarning("the window was not shown");
        return false;
    }
    QSignalSpy loggedIn(juan(), &ExecutiveSession::loggedInAs);
    QTest::keyClicks(child<QLineEdit>("usernameEdit"), QStringLiteral("jperez"));
    QTest::keyClicks(child<QLineEdit>("passwordEdit"), QStringLiteral("juan1234"));
    QTest::keyClick(child<QLineEdit>("passwordEdit"), Qt::Key_Return);
    if (!loggedIn.wait(10'000)) {
        qWarning("Juan Perez did not log in");
        return false;
    }
    juan()->setAway(QStringLiteral("back office"));
    m_maria = std::make_unique<ExecutiveSession>();
    QSignalSpy mariaIn(m_maria.get(), &ExecutiveSession::loggedInAs);
    if (!m_maria->logIn(m_server->address(), QStringLiteral("msoto"), QStringLiteral("maria1234")) ||
        !mariaIn.wait(10'000)) {
        qWarning("María Soto did not log in");
        return false;
    }
    m_maria->setAway(QStringLiteral("training"));
    return QTest::qWaitFor(
        [this] {
            return juan()->presence() == Presence::Away && m_maria->presence() == Presence::Away &&
                   juan()->colleagues().size() == 1;
        },
        10'000);
}

CustomerSession *TestExecutiveDesk::customer(int index)
{
    auto &slot = m_customers[index];
    if (!slot) {
        const Admin::DemoAccount account = accounts(QStringLiteral("customer")).at(index);
        slot = std::make_unique<CustomerSession>();
        QSignalSpy in(slot.get(), &CustomerSession::loggedInAs);
        if (!slot->logIn(m_server->address(), account.id, account.password) || !in.wait(10'000))
            qWarning("%s did not log in", qPrintable(account.fullName));
    }
    return slot.get();
}

bool TestExecutiveDesk::waitForSessions(int count)
{
    return QTest::qWaitFor([this, count] { return juan()->sessions().size() == count && tabs()->count() == count; },
                           10'000);
}

bool TestExecutiveDesk::joinLine(CustomerSession *customer, const char *service)
{
    const QString name = customer->fullName();
    return customer->contactExecutive(QLatin1String(service)) &&
           QTest::qWaitFor(
               [this, name] {
                   const QList<WaitingEntry> waiting = juan()->waitingCustomers();
                   return std::any_of(waiting.cbegin(), waiting.cend(),
                                      [&name](const WaitingEntry &entry) { return entry.customerName == name; });
               },
               10'000);
}

void TestExecutiveDesk::typeLine(const QString &line)
{
    auto *input = child<QLineEdit>("messageInput");
    input->setText(line);
    QTest::keyClick(input, Qt::Key_Return);
}

void TestExecutiveDesk::queuePanelConnectsNextAndSelected()
{
    QVERIFY(setUp());
    auto *next = child<QPushButton>("connectNextButton");
    auto *selected = child<QPushButton>("connectSelectedButton");
    QVERIFY(!next->isEnabled()); // nobody waits
    QVERIFY(!tabs()->isVisible());
    CustomerSession *jorge = customer(0);
    CustomerSession *claudio = customer(1);
    CustomerSession *camila = customer(2);
    for (CustomerSession *waiting : {jorge, claudio, camila})
        QVERIFY(joinLine(waiting, "internet"));
    QTRY_COMPARE_WITH_TIMEOUT(waitingList()->topLevelItemCount(), 3, 10'000);
    QVERIFY(next->isEnabled());
    QVERIFY(!selected->isEnabled()); // nobody chosen yet

    // Connect next: the oldest, Jorge.
    QSignalSpy jorgeStarted(jorge, &CustomerSession::sessionStarted);
    QTest::keyClick(child<QLineEdit>("messageInput"), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(jorgeStarted.wait(10'000),
             qPrintable(QStringLiteral("notice %1 | status %2 | active %3 | sessions %4 | waiting %5 | jorge %6")
                            .arg(text("conversationNotice"), m_window->statusBar()->currentMessage())
                            .arg(QApplication::activeWindow() == m_window.get())
                            .arg(juan()->sessions().size())
                            .arg(juan()->waitingCustomers().size())
                            .arg(int(jorge->state()))));
    QVERIFY(waitForSessions(1));
    QCOMPARE(text("sessionCustomer"), QStringLiteral("Jorge Sandoval"));
    QVERIFY(tabs()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(waitingList()->topLevelItemCount(), 2, 10'000);

    // Connect selected: Camila, the second in the list; Jorge goes on hold.
    QCOMPARE(waitingList()->topLevelItem(1)->text(0), QStringLiteral("Camila Rojas"));
    waitingList()->setCurrentItem(waitingList()->topLevelItem(1));
    QVERIFY(selected->isEnabled());
    QSignalSpy camilaStarted(camila, &CustomerSession::sessionStarted);
    selected->click();
    QVERIFY(camilaStarted.wait(10'000));
    QVERIFY(waitForSessions(2));
    QTRY_VERIFY_WITH_TIMEOUT(jorge->isHeld(), 10'000);
    QCOMPARE(text("sessionCustomer"), QStringLiteral("Camila Rojas"));
    QTRY_COMPARE_WITH_TIMEOUT(tabs()->tabText(0), QStringLiteral("Jorge Sandoval · on hold"), 10'000);
    QCOMPARE(tabs()->tabText(1), QStringLiteral("Camila Rojas"));
    QCOMPARE(tabs()->currentIndex(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(waitingList()->topLevelItemCount(), 1, 10'000);
    QCOMPARE(waitingList()->topLevelItem(0)->text(0), QStringLiteral("Claudio García"));

    // The session limit (2) refuses a third one, and says so.
    waitingList()->setCurrentItem(waitingList()->topLevelItem(0));
    QSignalSpy refused(juan(), &ClientSession::requestRefused);
    selected->click();
    QVERIFY(refused.wait(10'000));
    QCOMPARE(text("conversationNotice"), refused.first().first().toString());
    QCOMPARE(claudio->state(), CustomerSession::State::Waiting);
}

void TestExecutiveDesk::sessionTabsHoldAndSwitch()
{
    QVERIFY(setUp());
    CustomerSession *jorge = customer(0);
    CustomerSession *camila = customer(2);
    QVERIFY(joinLine(jorge, "internet"));
    QTRY_COMPARE_WITH_TIMEOUT(waitingList()->topLevelItemCount(), 1, 10'000);
    typeLine(QStringLiteral(":connect"));
    QVERIFY(waitForSessions(1));
    QSignalSpy jorgeHears(jorge, &CustomerSession::messageReceived);
    typeLine(QStringLiteral("Hola Jorge, un momento por favor."));
    QVERIFY(jorgeHears.wait(10'000));
    QVERIFY(joinLine(camila, "wifi"));
    QTRY_COMPARE_WITH_TIMEOUT(juan()->waitingCustomers().size(), 1, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(juan()->waitingCustomers().constFirst().customerName, QStringLiteral("Camila Rojas"),
                              10'000);
    click("connectNextButton");
    QVERIFY(waitForSessions(2));
    QTRY_VERIFY_WITH_TIMEOUT(jorge->isHeld(), 10'000);
    QVERIFY(!transcript().contains(QLatin1String("un momento"))); // Camila's transcript is empty
    QVERIFY2(text("conversationNotice").contains(QLatin1String("Camila Rojas")),
             qPrintable(text("conversationNotice")));

    // Jorge writes while on hold: his tab counts it and the status bar says who.
    jorge->sendMessage(QStringLiteral("¿Sigue ahí?"));
    QTRY_COMPARE_WITH_TIMEOUT(tabs()->tabText(0), QStringLiteral("Jorge Sandoval · on hold (1)"), 10'000);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Jorge Sandoval wrote in another session: ¿Sigue ahí?"));
    QVERIFY(tabs()->tabToolTip(0).contains(QLatin1String("1 unread message")));

    // A click on his tab brings him back with his whole conversation; Camila waits on hold.
    QTest::mouseClick(tabs(), Qt::LeftButton, {}, tabs()->tabRect(0).center());
    QTRY_COMPARE_WITH_TIMEOUT(text("sessionCustomer"), QStringLiteral("Jorge Sandoval"), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!jorge->isHeld() && camila->isHeld(), 10'000);
    QVERIFY(transcript().contains(QLatin1String("Hola Jorge, un momento por favor.")));
    QVERIFY(transcript().contains(QStringLiteral("¿Sigue ahí?")));
    QTRY_COMPARE_WITH_TIMEOUT(tabs()->tabText(0), QStringLiteral("Jorge Sandoval"), 10'000);
    QCOMPARE(tabs()->tabText(1), QStringLiteral("Camila Rojas · on hold"));
    QVERIFY(child<QLineEdit>("messageInput")->hasFocus());

    // Hold (Ctrl+Shift+H): the banner shows and the button offers Resume; pressing it takes him back.
    auto *hold = child<QPushButton>("holdButton");
    QTest::keyClick(child<QLineEdit>("messageInput"), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(jorge->isHeld(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("heldBanner")->isVisible(), 10'000);
    QCOMPARE(hold->text(), QStringLiteral("Res&ume"));
    hold->click();
    QTRY_VERIFY_WITH_TIMEOUT(!jorge->isHeld(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>("heldBanner")->isVisible(), 10'000);
    QCOMPARE(hold->text(), QStringLiteral("H&old"));

    // Ctrl+PgDown goes to the next session; :switch with a name, back.
    QTest::keyClick(child<QLineEdit>("messageInput"), Qt::Key_PageDown, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(text("sessionCustomer"), QStringLiteral("Camila Rojas"), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(jorge->isHeld() && !camila->isHeld(), 10'000);
    typeLine(QStringLiteral(":switch jorge"));
    QTRY_COMPARE_WITH_TIMEOUT(text("sessionCustomer"), QStringLiteral("Jorge Sandoval"), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!juan()->sessions().at(0).held && juan()->sessions().at(1).held, 10'000);
    typeLine(QStringLiteral(":switch Pedro"));
    QCOMPARE(text("conversationNotice"),
             QStringLiteral("You have no session with “Pedro”. Type :sessions to see them."));
    typeLine(QStringLiteral(":sessions"));
    QVERIFY2(text("conversationNotice").contains(QStringLiteral("2. Camila Rojas (Wi-Fi) — on hold")),
             qPrintable(text("conversationNotice")));

    // Ending the session in front brings the other one to the front, still on hold.
    QSignalSpy jorgeEnded(jorge, &CustomerSession::sessionEnded);
    click("endSessionButton");
    QVERIFY(jorgeEnded.wait(10'000));
    QVERIFY(waitForSessions(1));
    QCOMPARE(text("sessionCustomer"), QStringLiteral("Camila Rojas"));
    QCOMPARE(text("conversationNotice"), QStringLiteral("You ended the session with Jorge Sandoval."));
}

void TestExecutiveDesk::historyPanelShowsAndAddsNotes()
{
    QVERIFY(setUp());
    auto *history = desk()->historyPane();
    QVERIFY(child<QLabel>("historyEmpty")->isVisible());
    CustomerSession *jorge = customer(0);
    QSignalSpy restarted(jorge, &CustomerSession::restartFinished);
    jorge->restartInternet();
    QVERIFY(restarted.wait(10'000));
    QVERIFY(joinLine(jorge, "internet"));
    CustomerSession *claudio = customer(1);
    QVERIFY(joinLine(claudio, "wifi"));
    QTRY_COMPARE_WITH_TIMEOUT(waitingList()->topLevelItemCount(), 2, 10'000);

    // History of someone waiting: select Claudio and press History.
    waitingList()->setCurrentItem(waitingList()->topLevelItem(1));
    QSignalSpy histories(juan(), &ExecutiveSession::historyReceived);
    click("waitingHistoryButton");
    QVERIFY(histories.wait(10'000));
    QCOMPARE(text("historyCustomer"), QStringLiteral("Claudio García"));
    QVERIFY2(historyText().contains(QLatin1String("Asked for an executive (Wi-Fi).")), qPrintable(historyText()));
    QVERIFY(!child<QLineEdit>("noteInput")->isVisible()); // notes go into a session
    QVERIFY(!child<QPushButton>("historyBackButton")->isVisible());

    // A session comes to the front: its customer's data and history, asked for at once.
    typeLine(QStringLiteral(":connect"));
    QVERIFY(waitForSessions(1));
    QTRY_COMPARE_WITH_TIMEOUT(text("historyCustomer"), QStringLiteral("Jorge Sandoval"), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(history->entryCount() >= 3, 10'000);
    QVERIFY2(historyText().contains(QLatin1String("Restarted the internet service.")), qPrintable(historyText()));
    QVERIFY(text("historyFacts").contains(QLatin1String("Service: Internet")));
    // Each entry with its time (today's: HH:mm), newest first.
    QVERIFY2(QRegularExpression(QStringLiteral("^\\s*\\d\\d:\\d\\d\\n")).match(historyText()).hasMatch(),
             qPrintable(historyText()));
    const int before = history->entryCount();

    // Add note: the history is asked for again and shows it.
    QSignalSpy notes(juan(), &ExecutiveSession::noteAdded);
    QTest::keyClicks(child<QLineEdit>("noteInput"), QStringLiteral("Router in the basement; suggested a repeater"));
    click("addNoteButton");
    QVERIFY(notes.wait(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(history->entryCount(), before + 1, 10'000);
    QVERIFY(historyText().contains(QLatin1String("Note by Juan Perez: Router in the basement; suggested a repeater")));
    QVERIFY(child<QLineEdit>("noteInput")->text().isEmpty());
    QVERIFY(historyText().indexOf(QLatin1String("Router in the basement")) <
            historyText().indexOf(QLatin1String("Restarted the internet service."))); // newest first
    // :info still works, and lands in the panel too.
    typeLine(QStringLiteral(":info called back later"));
    QTRY_COMPARE_WITH_TIMEOUT(history->entryCount(), before + 2, 10'000);

    // Claudio's history again while in the session; "Back to the session" returns to Jorge's.
    waitingList()->setCurrentItem(waitingList()->topLevelItem(0));
    QTest::keyClick(child<QLineEdit>("messageInput"), Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(text("historyCustomer"), QStringLiteral("Claudio García"), 10'000);
    QVERIFY(child<QPushButton>("historyBackButton")->isVisible());
    click("historyBackButton");
    QTRY_COMPARE_WITH_TIMEOUT(text("historyCustomer"), QStringLiteral("Jorge Sandoval"), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(history->entryCount(), before + 2, 10'000);

    // Restart internet / Restart Wi-Fi: the result shows in both windows; the Wi-Fi asks the
    // customer for the new password.
    QSignalSpy jorgeNotices(jorge, &CustomerSession::sessionNotice);
    click("restartInternetButton");
    QTRY_VERIFY_WITH_TIMEOUT(
        text("conversationNotice").contains(QLatin1String("The internet service of Jorge Sandoval was restarted.")),
        10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!jorgeNotices.isEmpty(), 10'000);
    QTest::keyClick(child<QLineEdit>("messageInput"), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        text("conversationNotice").contains(QLatin1String("Jorge Sandoval is asked for a new Wi-Fi password.")),
        10'000);
}

void TestExecutiveDesk::transferWithTheChooser()
{
    QVERIFY(setUp());
    CustomerSession *jorge = customer(0);
    QVERIFY(joinLine(jorge, "internet"));
    QTRY_COMPARE_WITH_TIMEOUT(waitingList()->topLevelItemCount(), 1, 10'000);
    typeLine(QStringLiteral(":connect"));
    QVERIFY(waitForSessions(1));

    // Transfer… (Ctrl+Shift+T): a chooser of the colleagues online, with how they are.
    QTest::keyClick(child<QLineEdit>("messageInput"), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(desk()->colleagueDialog() && desk()->colleagueDialog()->isVisible(), 10'000);
    ColleagueDialog *chooser = desk()->colleagueDialog();
    QCOMPARE(chooser->purpose(), ColleagueDialog::Purpose::Transfer);
    auto *list = chooser->findChild<QListWidget *>(QStringLiteral("colleagueList"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("María Soto — Away"));
    QCOMPARE(chooser->chosen(), QStringLiteral("msoto")); // the only one is chosen already
    QSignalSpy transferred(jorge, &CustomerSession::transferred);
    chooser->accept();
    QVERIFY(transferred.wait(10'000));
    QCOMPARE(transferred.first().first().toString(), QStringLiteral("María Soto"));
    QVERIFY(waitForSessions(0));
    QTRY_COMPARE_WITH_TIMEOUT(text("conversationNotice"),
                              QStringLiteral("You transferred Jorge Sandoval to María Soto."), 10'000);
    QCOMPARE(desk()->conversationPane()->mode(), ConversationPanel::Mode::Idle);

    // :transfer with nobody to transfer, and to nobody known.
    typeLine(QStringLiteral(":transfer María"));
    QCOMPARE(text("conversationNotice"),
             QStringLiteral(":transfer works in a session, and you are not attending a customer right now."));
}

void TestExecutiveDesk::conferenceInvitationsBothWays()
{
    QVERIFY(setUp());
    CustomerSession *jorge = customer(0);
    QVERIFY(joinLine(jorge, "internet"));
    QTRY_COMPARE_WITH_TIMEOUT(waitingList()->topLevelItemCount(), 1, 10'000);
    typeLine(QStringLiteral(":connect"));
    QVERIFY(waitForSessions(1));

    // Juan invites María with the chooser; she joins, and the conversation says so.
    click("inviteButton");
    QTRY_VERIFY_WITH_TIMEOUT(desk()->colleagueDialog() && desk()->colleagueDialog()->isVisible(), 10'000);
    QSignalSpy mariaInvited(m_maria.get(), &ExecutiveSession::invitationReceived);
    desk()->colleagueDialog()->accept();
    QCOMPARE(text("conversationNotice"),
             QStringLiteral("You invited María Soto into the session with Jorge Sandoval; waiting for their answer."));
    QVERIFY(mariaInvited.wait(10'000));
    m_window->activateWindow(); // the chooser had the keys
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_maria->answerInvitation(true));
    QTRY_VERIFY2_WITH_TIMEOUT(transcript().contains(QStringLiteral("María Soto joined the session.")),
                              qPrintable(transcript() + QStringLiteral(" | ") + text("conversationNotice")), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("sessionParticipants")->isVisible(), 10'000);
    QCOMPARE(text("sessionParticipants"),
             QStringLiteral("In this conversation: Jorge Sandoval, Juan Perez, María Soto"));
    QTRY_COMPARE_WITH_TIMEOUT(m_maria->sessions().size(), 1, 10'000); // her own connection may lag behind Juan's
    QVERIFY(m_maria->endSession());
    QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(QStringLiteral("María Soto left the session.")), 10'000);
    m_maria->setAway(QStringLiteral("training")); // a guest who leaves is available again
    QTRY_COMPARE_WITH_TIMEOUT(m_maria->presence(), Presence::Away, 10'000);

    // María takes Claudio and invites Juan: the invitation rings above the conversation.
    CustomerSession *claudio = customer(1);
    QVERIFY(joinLine(claudio, "wifi"));
    QTRY_COMPARE_WITH_TIMEOUT(m_maria->waitingTotal(), 1, 10'000);
    QVERIFY(m_maria->claimNext());
    QTRY_COMPARE_WITH_TIMEOUT(m_maria->sessions().size(), 1, 10'000);
    auto *invitation = desk()->conversationPane()->invitationPanel();
    QVERIFY(!invitation->isVisible());
    QVERIFY(m_maria->inviteToConference(QStringLiteral("jperez")));
    QTRY_VERIFY_WITH_TIMEOUT(invitation->isVisible(), 10'000);
    QVERIFY(invitation->isRinging());
    QCOMPARE(text("invitationHeadline"),
             QStringLiteral("María Soto invites you into the session with Claudio García (Wi-Fi)."));
    QVERIFY2(text("invitationCountdown").endsWith(QLatin1String(" s left to answer")),
             qPrintable(text("invitationCountdown")));
    QVERIFY(child<QPushButton>("joinInvitationButton")->toolTip().contains(QLatin1String("Ctrl+Shift+Return")));
    // Declined: both hear it.
    QSignalSpy mariaHearsEnd(m_maria.get(), &ExecutiveSession::invitationEnded);
    click("declineInvitationButton");
    QVERIFY(mariaHearsEnd.wait(10'000));
    QCOMPARE(mariaHearsEnd.first().at(1).toString(), QStringLiteral("Juan Perez declined your invitation."));
    QTRY_VERIFY_WITH_TIMEOUT(!invitation->isVisible(), 10'000);
    QCOMPARE(text("conversationNotice"), QStringLiteral("You declined the invitation from María Soto."));
    // Asked again, and joined with the keys: a conference tab in front, Jorge on hold.
    QVERIFY(m_maria->inviteToConference(QStringLiteral("jperez")));
    QTRY_VERIFY_WITH_TIMEOUT(invitation->isVisible(), 10'000);
    QTest::keyClick(child<QLineEdit>("messageInput"), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(waitForSessions(2), qPrintable(text("conversationNotice") + QStringLiteral(" | ") +
                                            m_window->statusBar()->currentMessage() + QStringLiteral(" | ") +
                                            QString::number(juan()->sessions().size()) + text("invitationCountdown")));
    QTRY_COMPARE_WITH_TIMEOUT(text("sessionCustomer"), QStringLiteral("Claudio García"), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(tabs()->tabText(1).startsWith(QStringLiteral("Claudio García · conference")), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(jorge->isHeld(), 10'000);
    QVERIFY(!invitation->isVisible());
    // A guest talks and leaves; hold, transfer and invite are the owner's.
    QVERIFY(!child<QPushButton>("transferButton")->isEnabled());
    QVERIFY(!child<QPushButton>("holdButton")->isEnabled());
    QCOMPARE(child<QPushButton>("endSessionButton")->text(), QStringLiteral("&Leave session"));
    typeLine(QStringLiteral(":hold"));
    QCOMPARE(text("conversationNotice"),
             QStringLiteral("Only the executive whose session it is can put it on hold; you are a guest in it."));
}

void TestExecutiveDesk::contactsPanel()
{
    QVERIFY(setUp());
    auto *contacts = child<QTreeWidget>("contactsList");
    QVERIFY(!contacts->isVisible());
    QVERIFY(child<QLabel>("contactsEmpty")->isVisible());
    CustomerSession *jorge = customer(0);
    QVERIFY(joinLine(jorge, "internet"));
    QTRY_COMPARE_WITH_TIMEOUT(waitingList()->topLevelItemCount(), 1, 10'000);
    typeLine(QStringLiteral(":connect"));
    QVERIFY(waitForSessions(1));

    // Add to contacts (Ctrl+Shift+K): listed, online but busy while in the session.
    QTest::keyClick(child<QLineEdit>("messageInput"), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(contacts->topLevelItemCount(), 1, 10'000);
    QVERIFY(contacts->isVisible());
    QCOMPARE(contacts->topLevelItem(0)->text(0), QStringLiteral("Jorge Sandoval"));
    QCOMPARE(contacts->topLevelItem(0)->text(1), QStringLiteral("online, busy"));
    QCOMPARE(text("conversationNotice"), QStringLiteral("Jorge Sandoval is in your contacts now."));
    contacts->setCurrentItem(contacts->topLevelItem(0));
    QVERIFY(!child<QPushButton>("inviteContactButton")->isEnabled());

    // Once the session is over he is free: invited about Wi-Fi, he accepts and a session starts.
    QSignalSpy jorgeEnded(jorge, &CustomerSession::sessionEnded);
    typeLine(QStringLiteral(":end"));
    QVERIFY(jorgeEnded.wait(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(contacts->topLevelItem(0)->text(1), QStringLiteral("free"), 10'000);
    contacts->setCurrentItem(contacts->topLevelItem(0));
    QVERIFY(child<QPushButton>("inviteContactButton")->isEnabled());
    auto *service = child<QComboBox>("contactServiceChoice");
    service->setCurrentIndex(service->findData(QStringLiteral("wifi")));
    QSignalSpy invited(jorge, &CustomerSession::invitationReceived);
    click("inviteContactButton");
    QCOMPARE(text("conversationNotice"),
             QStringLiteral("You invited Jorge Sandoval to a session about Wi-Fi; waiting for their answer."));
    QVERIFY(invited.wait(10'000));
    QVERIFY(jorge->answerInvitation(true));
    QVERIFY(waitForSessions(1));
    QCOMPARE(text("sessionCustomer"), QStringLiteral("Jorge Sandoval"));
    QCOMPARE(text("sessionService"), QStringLiteral("Service: Wi-Fi"));

    // Remove: the list is empty again.
    contacts->setCurrentItem(contacts->topLevelItem(0));
    click("removeContactButton");
    QCOMPARE(text("conversationNotice"), QStringLiteral("Jorge Sandoval is no longer in your contacts."));
    QTRY_VERIFY_WITH_TIMEOUT(!contacts->isVisible(), 10'000);
    QCOMPARE(contacts->topLevelItemCount(), 0);
}

void TestExecutiveDesk::takeScreenshots(const QString &folder)
{
    initTestCase();
    if (QTest::currentTestFailed())
        return;
    const QString only = qEnvironmentVariable("TURNO_SCREENSHOT_LANG");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
        if (!only.isEmpty() && only != language)
            continue;
        removeTranslators();
        if (language != QLatin1String("en"))
            QVERIFY(installTranslator(*qApp, language));
        const bool es = language == QLatin1String("es");
        const auto say = [es](const char *english, const char *spanish) {
            return QString::fromUtf8(es ? spanish : english);
        };
        QVERIFY(setUp({}, false));

        // Earlier today: Jorge, now a contact, had a session.
        CustomerSession *jorge = customer(0);
        QSignalSpy restarted(jorge, &CustomerSession::restartFinished);
        jorge->restartInternet();
        QVERIFY(restarted.wait(10'000));
        QVERIFY(joinLine(jorge, "internet"));
        QTRY_COMPARE_WITH_TIMEOUT(waitingList()->topLevelItemCount(), 1, 10'000);
        typeLine(QStringLiteral(":connect"));
        QVERIFY(waitForSessions(1));
        typeLine(QStringLiteral(":contact add"));
        QTRY_COMPARE_WITH_TIMEOUT(juan()->contacts().size(), 1, 10'000);
        typeLine(QStringLiteral(":end"));
        QVERIFY(waitForSessions(0));
        juan()->setAway(say("back office", "trabajo administrativo")); // nobody rings: the line stays in view
        QTRY_COMPARE_WITH_TIMEOUT(juan()->presence(), Presence::Away, 10'000);

        // Idle, with a line: Camila's history beside it.
        CustomerSession *claudio = customer(1);
        CustomerSession *camila = customer(2);
        CustomerSession *luis = customer(3);
        QSignalSpy camilaChanged(camila, &CustomerSession::wifiChangeFinished);
        camila->changeWifiPassword(QStringLiteral("casa-rojas-2024"), QStringLiteral("casa-rojas-2024"));
        QVERIFY(camilaChanged.wait(10'000));
        QVERIFY(joinLine(claudio, "internet"));
        QVERIFY(joinLine(camila, "wifi"));
        QVERIFY(joinLine(luis, "internet"));
        QTRY_COMPARE_WITH_TIMEOUT(waitingList()->topLevelItemCount(), 3, 10'000);
        waitingList()->setCurrentItem(waitingList()->topLevelItem(1));
        QSignalSpy histories(juan(), &ExecutiveSession::historyReceived);
        click("waitingHistoryButton");
        QVERIFY(histories.wait(10'000));
        child<QLabel>("conversationNotice")->clear();
        child<QLabel>("conversationNotice")->hide();
        QVERIFY(m_window->grab().save(QStringLiteral("%1/executive-idle-queue-%2.png").arg(folder, language)));

        // In a session, with the customer's history and a note.
        click("connectNextButton");
        QVERIFY(waitForSessions(1));
        QTRY_VERIFY_WITH_TIMEOUT(desk()->historyPane()->entryCount() > 0, 10'000);
        QSignalSpy received(juan(), &ExecutiveSession::messageReceived);
        QSignalSpy delivered(juan(), &ExecutiveSession::messageDelivered);
        claudio->sendMessage(say("Hi, my internet drops every evening around eight.",
                                 "Hola, el internet se me corta todas las noches como a las ocho."));
        QVERIFY(received.wait(10'000));
        typeLine(say("Hi Claudio, I'm Juan. Let me look at your line.", "Hola Claudio, soy Juan. Reviso tu línea."));
        QVERIFY(delivered.wait(10'000));
        QSignalSpy notes(juan(), &ExecutiveSession::noteAdded);
        typeLine(say(":info drops every evening; line checked", ":info se corta todas las noches; línea revisada"));
        QVERIFY(notes.wait(10'000));
        QTRY_VERIFY_WITH_TIMEOUT(historyText().contains(say("line checked", "línea revisada")), 10'000);
        child<QLineEdit>("noteInput")->setText(say("Suggest a new router", "Sugerir cambio de router"));
        child<QLabel>("conversationNotice")->hide();
        QVERIFY(m_window->grab().save(QStringLiteral("%1/executive-session-history-%2.png").arg(folder, language)));
        child<QLineEdit>("noteInput")->clear();

        // Two sessions: Claudio on hold (and writing), Camila in front.
        click("connectNextButton");
        QVERIFY(waitForSessions(2));
        QTRY_VERIFY_WITH_TIMEOUT(claudio->isHeld(), 10'000);
        camila->sendMessage(say("Hello! I changed my Wi-Fi password and now the TV won't connect.",
                                "¡Hola! Cambié la clave del Wi-Fi y ahora la tele no se conecta."));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 10'000);
        typeLine(say("Hi Camila, the TV needs the new password too. Shall we set it together?",
                     "Hola Camila, la tele también necesita la clave nueva. ¿La configuramos juntos?"));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10'000);
        claudio->sendMessage(say("It just dropped again.", "Se acaba de cortar de nuevo."));
        QTRY_VERIFY_WITH_TIMEOUT(tabs()->tabText(0).contains(QLatin1String("(1)")), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(desk()->historyPane()->entryCount() > 0, 10'000);
        child<QLabel>("conversationNotice")->hide();
        QVERIFY(m_window->grab().save(QStringLiteral("%1/executive-two-sessions-%2.png").arg(folder, language)));
        cleanup();
    }
    removeTranslators();
}

TURNO_TEST_MAIN_WITH_SCREENSHOTS(TestExecutiveDesk)
#include "tst_executivedesk.moc"
