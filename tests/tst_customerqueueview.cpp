// The customer's window on the way to an executive, against a real turno-server with the demo
// accounts and an ExecutiveSession playing the executive: the place in line and its estimate,
// leaving the line, the conversation (Sending… → Delivered), its end, and the reconnecting banner.
// Run with --screenshots DIR (tools/screenshots), it saves pictures of the line and the chat instead.
#include "admin/demoaccounts.h"
#include "chatpage.h"
#include "clientwindow.h"
#include "queuepage.h"
#include "screenshotrun.h"
#include "serverprocess.h"
#include "session/executivesession.h"
#include "topicdialog.h"
#include "util/translation.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>
#include <memory>

using namespace Turno;

namespace
{

template <typename T> T *child(QWidget &window, const char *name)
{
    return window.findChild<T *>(QLatin1String(name));
}

Admin::DemoAccount demoAccount(const QString &kind, int index)
{
    QList<Admin::DemoAccount> list;
    for (const Admin::DemoAccount &account : Admin::demoAccounts()) {
        if (account.kind == kind)
            list.append(account);
    }
    return list.value(index);
}

QString timeOf(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm"));
}

// The texts of the message bubbles on the chat page, in order.
QStringList messageTexts(QWidget &window)
{
    QStringList texts;
    for (QLabel *label : window.findChildren<QLabel *>(QStringLiteral("messageText")))
        texts.append(label->text());
    return texts;
}

} // namespace

class TestCustomerQueueView : public QObject
{
    Q_OBJECT
public:
    // Not a test: saves this window's pictures for docs/screenshots into dir (--screenshots, see
    // screenshotrun.h); sets up and cleans up on its own.
    void takeScreenshots(const QString &dir);

private Q_SLOTS:
    void initTestCase();
    void queueShowsPlaceAndLeaves();
    void secondCustomerMovesUp();
    void conversationWithExecutive();
    void reconnectingKeepsTheConversation();

private:
    // A window logged in as the index-th demo customer.
    std::unique_ptr<ClientWindow> loggedInWindow(const Test::ServerProcess &server, int index);
    // Presses "Contact an executive" and picks Internet in the topic dialog.
    bool joinLine(ClientWindow &window);
    std::unique_ptr<ExecutiveSession> executive(const Test::ServerProcess &server);
};

void TestCustomerQueueView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TurnoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_customerqueueview"));
}

std::unique_ptr<ClientWindow> TestCustomerQueueView::loggedInWindow(const Test::ServerProcess &server, int index)
{
    const Admin::DemoAccount account = demoAccount(QStringLiteral("customer"), index);
    auto window = std::make_unique<ClientWindow>(server.address());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QSignalSpy loggedIn(window->session(), &CustomerSession::loggedInAs);
    QTest::keyClicks(child<QLineEdit>(*window, "rutEdit"), account.id);
    QTest::keyClicks(child<QLineEdit>(*window, "passwordEdit"), account.password);
    QTest::mouseClick(child<QPushButton>(*window, "logInButton"), Qt::LeftButton);
    if (!loggedIn.wait(10'000))
        return nullptr;
    return window;
}

bool TestCustomerQueueView::joinLine(ClientWindow &window)
{
    auto *button = child<QPushButton>(window, "executiveButton");
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = window.findChild<TopicDialog *>();
    if (!dialog || !dialog->isVisible())
        return false;
    QTest::mouseClick(child<QPushButton>(*dialog, "internetTopicButton"), Qt::LeftButton);
    return window.session()->state() == CustomerSession::State::Waiting && window.findChild<QueuePage *>()->isVisible();
}

std::unique_ptr<ExecutiveSession> TestCustomerQueueView::executive(const Test::ServerProcess &server)
{
    const Admin::DemoAccount account = demoAccount(QStringLiteral("executive"), 0);
    auto session = std::make_unique<ExecutiveSession>();
    QSignalSpy loggedIn(session.get(), &ExecutiveSession::loggedInAs);
    if (!session->logIn(server.address(), account.id, account.password) || !loggedIn.wait(10'000))
        return nullptr;
    // Accepts at once, as the customer waits.
    ExecutiveSession *executive = session.get();
    connect(executive, &ExecutiveSession::offerReceived, executive, [executive] { executive->acceptOffer(); });
    return session;
}

void TestCustomerQueueView::queueShowsPlaceAndLeaves()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    auto window = loggedInWindow(server, 0);
    QVERIFY(window);
    QVERIFY(child<QPushButton>(*window, "executiveButton")->isEnabled());
    QVERIFY(joinLine(*window));

    // Nobody ahead, no executive online: the place, and an honest "unknown".
    QTRY_COMPARE(child<QLabel>(*window, "queuePlace")->text(), QStringLiteral("You are next in line."));
    QCOMPARE(child<QLabel>(*window, "queueWait")->text(), QStringLiteral("Estimated wait: unknown."));

    // Esc leaves the line and returns to the menu with the reason.
    QSignalSpy left(window->session(), &CustomerSession::queueLeft);
    window->activateWindow(); // back from the topic dialog
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *queuePage = window->findChild<QueuePage *>();
    QTRY_VERIFY(queuePage->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(left.wait(10'000));
    QTRY_VERIFY(child<QLabel>(*window, "greeting")->isVisible());
    QCOMPARE(child<QLabel>(*window, "statusText")->text(), QStringLiteral("You left the queue."));
    QCOMPARE(window->session()->state(), CustomerSession::State::Menu);
    QVERIFY(child<QPushButton>(*window, "executiveButton")->isEnabled());
}

void TestCustomerQueueView::secondCustomerMovesUp()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    auto first = loggedInWindow(server, 0);
    auto second = loggedInWindow(server, 1);
    QVERIFY(first && second);
    QVERIFY(joinLine(*first));
    QTRY_COMPARE(child<QLabel>(*first, "queuePlace")->text(), QStringLiteral("You are next in line."));
    QVERIFY(joinLine(*second));
    QueueInfo oneAhead;
    oneAhead.ahead = 1;
    QTRY_COMPARE(child<QLabel>(*second, "queuePlace")->text(), CustomerSession::describePlace(oneAhead));

    QTest::mouseClick(child<QPushButton>(*first, "leaveQueueButton"), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(*second, "queuePlace")->text(), QStringLiteral("You are next in line."));
    QTRY_VERIFY(child<QLabel>(*first, "greeting")->isVisible());
    // Nothing internal reaches the customer.
    QVERIFY(!child<QLabel>(*second, "queuePlace")->text().contains(QLatin1String("reject")));
}

void TestCustomerQueueView::conversationWithExecutive()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    auto juan = executive(server);
    QVERIFY(juan);
    QSignalSpy juanStarted(juan.get(), &ExecutiveSession::sessionStarted);
    QSignalSpy juanReceived(juan.get(), &ExecutiveSession::messageReceived);
    auto window = loggedInWindow(server, 0);
    QVERIFY(window);
    QVERIFY(joinLine(*window));

    // Accepted: the window becomes the conversation, with the executive's name and the time.
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<ChatPage *>()->isVisible(), 10'000);
    QCOMPARE(child<QLabel>(*window, "chatTitle")->text(), QStringLiteral("You are talking with Juan Perez."));
    QVERIFY(child<QLabel>(*window, "chatElapsed")->text().startsWith(QLatin1String("Conversation time: 00:0")));
    QTRY_COMPARE(juanStarted.size(), 1);

    // A message from the executive, with its time.
    QSignalSpy received(window->session(), &CustomerSession::messageReceived);
    QVERIFY(!juan->sendMessage(QStringLiteral("Hola Jorge, ¿en qué te ayudo?")).isEmpty());
    QVERIFY(received.wait(10'000));
    QCOMPARE(messageTexts(*window), QStringList{QStringLiteral("Hola Jorge, ¿en qué te ayudo?")});
    const QDateTime at = received.first().at(2).toDateTime();
    QCOMPARE(child<QLabel>(*window, "messageHeader")->text(), QStringLiteral("Juan Perez · %1").arg(timeOf(at)));

    // Enter sends; the input keeps the focus; Sending… until the server has stored it.
    window->activateWindow(); // back from the topic dialog
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *input = child<QLineEdit>(*window, "chatInput");
    QTRY_COMPARE(QApplication::focusWidget(), input);
    QSignalSpy delivered(window->session(), &CustomerSession::messageDelivered);
    QTest::keyClicks(input, QStringLiteral("My internet is down."));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(input->text(), QString());
    QCOMPARE(QApplication::focusWidget(), input);
    auto *status = child<QLabel>(*window, "messageStatus");
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("Sending…"));
    QVERIFY(delivered.wait(10'000));
    const QDateTime deliveredAt = delivered.first().at(1).toDateTime();
    QCOMPARE(status->text(), QStringLiteral("Delivered %1 ✓").arg(timeOf(deliveredAt)));
    QTRY_COMPARE(juanReceived.size(), 1);
    QCOMPARE(juanReceived.first().at(1).toString(), QStringLiteral("My internet is down."));
    QCOMPARE(messageTexts(*window).size(), 2);

    // The executive ends it: back to the menu with the reason.
    QSignalSpy ended(window->session(), &CustomerSession::sessionEnded);
    QVERIFY(juan->endSession());
    QVERIFY(ended.wait(10'000));
    QTRY_VERIFY(child<QLabel>(*window, "greeting")->isVisible());
    QCOMPARE(child<QLabel>(*window, "statusText")->text(), QStringLiteral("Juan Perez ended the conversation."));
}

void TestCustomerQueueView::reconnectingKeepsTheConversation()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    auto juan = executive(server);
    QVERIFY(juan);
    auto window = loggedInWindow(server, 0);
    QVERIFY(window);
    QVERIFY(joinLine(*window));
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<ChatPage *>()->isVisible(), 10'000);
    QSignalSpy received(window->session(), &CustomerSession::messageReceived);
    juan->sendMessage(QStringLiteral("Hola Jorge."));
    QVERIFY(received.wait(10'000));

    QSignalSpy reconnecting(window->session(), &ClientSession::reconnecting);
    QSignalSpy reconnected(window->session(), &ClientSession::reconnected);
    window->session()->simulateConnectionLoss();
    QTRY_COMPARE(reconnecting.size(), 1);
    auto *banner = child<QLabel>(*window, "reconnectBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QLatin1String("Connection lost. Reconnecting in ")), qPrintable(banner->text()));
    // The conversation stays in sight, but nothing can be typed meanwhile.
    QVERIFY(window->findChild<ChatPage *>()->isVisible());
    QCOMPARE(messageTexts(*window), QStringList{QStringLiteral("Hola Jorge.")});
    QVERIFY(!child<QLineEdit>(*window, "chatInput")->isEnabled());

    QVERIFY(reconnected.wait(20'000));
    QVERIFY(!banner->isVisible());
    QVERIFY(child<QLineEdit>(*window, "chatInput")->isEnabled());
    QVERIFY(window->findChild<ChatPage *>()->isVisible());
    // Announced again by the server, the same conversation keeps what it showed.
    QTRY_COMPARE(window->session()->state(), CustomerSession::State::InSession);
    QCOMPARE(messageTexts(*window), QStringList{QStringLiteral("Hola Jorge.")});
    QSignalSpy delivered(window->session(), &CustomerSession::messageDelivered);
    QVERIFY(!window->session()->sendMessage(QStringLiteral("Sigo aquí.")).isEmpty());
    QVERIFY(delivered.wait(10'000));
}

void TestCustomerQueueView::takeScreenshots(const QString &dir)
{
    initTestCase();
    if (QTest::currentTestFailed())
        return;
    const QString lang = qEnvironmentVariable("TURNO_SCREENSHOT_LANG", QStringLiteral("en"));
    installTranslator(*qApp, lang);
    const bool spanish = lang.startsWith(QLatin1String("es"));
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    auto window = loggedInWindow(server, 0);
    QVERIFY(window);
    QVERIFY(joinLine(*window));
    QTRY_VERIFY(window->session()->queueInfo().receivedAt.isValid());
    // A busier line than the test server has: two ahead and an estimate from past sessions.
    QueueInfo busy;
    busy.ahead = 2;
    busy.agents = 2;
    busy.estimateKnown = true;
    busy.lowSeconds = 150;
    busy.highSeconds = 270;
    busy.receivedAt = QDateTime::currentDateTime();
    window->findChild<QueuePage *>()->setInfo(busy);
    QVERIFY(window->grab().save(QStringLiteral("%1/client-queue-%2.png").arg(dir, lang)));
    QTest::mouseClick(child<QPushButton>(*window, "leaveQueueButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(*window, "greeting")->isVisible());

    auto juan = executive(server);
    QVERIFY(juan);
    QVERIFY(joinLine(*window));
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<ChatPage *>()->isVisible(), 10'000);
    const QStringList executiveLines =
        spanish ? QStringList{QStringLiteral("Hola Jorge, soy Juan. ¿En qué te puedo ayudar?"),
                              QStringLiteral("Veo cortes en tu zona desde las 13:40. Reinicié tu conexión desde aquí; "
                                             "¿puedes revisar si ya navegas?")}
                : QStringList{QStringLiteral("Hi Jorge, this is Juan. How can I help you?"),
                              QStringLiteral("I see outages in your area since 13:40. I restarted your connection from "
                                             "here; can you check whether it works now?")};
    const QStringList customerLines =
        spanish ? QStringList{QStringLiteral("Hola, mi internet se corta cada pocos minutos desde ayer."),
                              QStringLiteral("Sí, ahora funciona. ¡Gracias!")}
                : QStringList{QStringLiteral("Hi, my internet keeps dropping every few minutes since yesterday."),
                              QStringLiteral("Yes, it works now. Thank you!")};
    QSignalSpy received(window->session(), &CustomerSession::messageReceived);
    QSignalSpy delivered(window->session(), &CustomerSession::messageDelivered);
    auto *input = child<QLineEdit>(*window, "chatInput");
    for (int i = 0; i < 2; ++i) {
        juan->sendMessage(executiveLines.at(i));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), i + 1, 10'000);
        input->insert(customerLines.at(i)); // keyClicks takes only ASCII
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), i + 1, 10'000);
    }
    input->insert(spanish ? QStringLiteral("¿Hay algo más") : QStringLiteral("Is there anything"));
    QVERIFY(window->grab().save(QStringLiteral("%1/client-chat-%2.png").arg(dir, lang)));
    // The banner over the same conversation.
    QSignalSpy reconnected(window->session(), &ClientSession::reconnected);
    window->session()->simulateConnectionLoss();
    QVERIFY(window->grab().save(QStringLiteral("%1/client-chat-reconnecting-%2.png").arg(dir, lang)));
    QVERIFY(reconnected.wait(20'000));
}

TURNO_TEST_MAIN_WITH_SCREENSHOTS(TestCustomerQueueView)
#include "tst_customerqueueview.moc"
