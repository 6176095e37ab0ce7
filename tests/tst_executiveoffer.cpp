// The executive's window answering customers, against a real turno-server with the demo accounts and
// a customer driven by its CustomerSession: the ringing offer (name, last action, service, countdown,
// shortcuts), accepting and rejecting with buttons, keys and :commands, the conversation (times,
// "sending…" until delivered, the input keeping focus) and the end of a session, by either side.
// Run with --screenshots DIR (tools/screenshots), it saves the log-in, the offer and the session in
// English and Spanish instead.
#include "conversationpanel.h"
#include "executivewindow.h"
#include "offerpanel.h"
#include "screenshotrun.h"
#include "serverprocess.h"
#include "session/customersession.h"
#include "util/translation.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace Turno;

namespace
{

const QString JorgeRut = QStringLiteral("12.345.678-5");
const QString JorgePassword = QStringLiteral("jorge1234");

template <typename T> T *child(QWidget &window, const char *name)
{
    T *found = window.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QString text(QWidget &window, const char *label)
{
    return child<QLabel>(window, label)->text();
}

QString transcript(QWidget &window)
{
    return child<QTextBrowser>(window, "transcript")->toPlainText();
}

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Types a line into the conversation input and presses Enter, as the executive does.
void typeLine(ExecutiveWindow &window, const QString &line)
{
    auto *input = child<QLineEdit>(window, "messageInput");
    // QTest types ASCII only; accented text is put in as an input method would.
    const bool ascii = std::all_of(line.cbegin(), line.cend(), [](QChar c) { return c.unicode() < 128; });
    if (ascii)
        QTest::keyClicks(input, line);
    else
        input->insert(line);
    QTest::keyClick(input, Qt::Key_Return);
}

OfferInfo sampleOffer(int ringSeconds)
{
    OfferInfo offer;
    offer.id = 7;
    offer.customerName = QStringLiteral("Jorge Sandoval");
    offer.lastAction = ExecutiveTexts::describeAction(QStringLiteral("restart-internet:ok"));
    offer.service = ExecutiveTexts::describeService(QStringLiteral("internet"));
    offer.ringSeconds = ringSeconds;
    offer.ringsUntil = QDateTime::currentDateTime().addSecs(ringSeconds);
    return offer;
}

} // namespace

class TestExecutiveOffer : public QObject
{
    Q_OBJECT
public:
    // Not a test: saves this window's pictures for docs/screenshots into folder (--screenshots, see
    // screenshotrun.h); sets up and cleans up on its own.
    void takeScreenshots(const QString &folder);

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void offerShowsTheCustomerAndCountsDown();
    void countdownReachesZero();
    void acceptChatAndEnd();
    void keysAnswerTheOffer_data();
    void keysAnswerTheOffer();
    void commandsInTheInput();
    void customerEndsTheSession();
    void spanishOffer();
    void clockText_data();
    void clockText();

private:
    // A fresh server, Juan Perez logged in to a shown window, and Jorge logged in as a customer.
    // needActive: false only for screenshots, where a bare X server has no window manager to activate it.
    bool setUp(bool needActive = true);
    // Jorge asks for an executive; true once the window rings.
    bool ring();
    bool waitForSession();
    ConversationPanel *pane() { return m_window->findChild<ConversationPanel *>(); }

    std::unique_ptr<Test::ServerProcess> m_server;
    std::unique_ptr<ExecutiveWindow> m_window;
    std::unique_ptr<CustomerSession> m_jorge;
};

void TestExecutiveOffer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TurnoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_executiveoffer"));
    qRegisterMetaType<Turno::OfferInfo>();
}

void TestExecutiveOffer::init()
{
    removeTranslators();
}

void TestExecutiveOffer::cleanup()
{
    m_jorge.reset();
    m_window.reset();
    m_server.reset();
    removeTranslators();
}

bool TestExecutiveOffer::setUp(bool needActive)
{
    m_server = std::make_unique<Test::ServerProcess>();
    if (!m_server->start({QStringLiteral("--demo")})) {
        qWarning("%s", qPrintable(m_server->error()));
        return false;
    }
    m_window = std::make_unique<ExecutiveWindow>(m_server->address());
    m_window->resize(1280, 760);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        qWarning("the window was not shown");
        return false;
    }
    if (needActive && !QTest::qWaitForWindowActive(m_window.get())) {
        qWarning("the window did not become active");
        return false;
    }
    QSignalSpy loggedIn(m_window->session(), &ExecutiveSession::loggedInAs);
    QTest::keyClicks(child<QLineEdit>(*m_window, "usernameEdit"), QStringLiteral("jperez"));
    QTest::keyClicks(child<QLineEdit>(*m_window, "passwordEdit"), QStringLiteral("juan1234"));
    QTest::keyClick(child<QLineEdit>(*m_window, "passwordEdit"), Qt::Key_Return);
    if (!loggedIn.wait(10'000)) {
        qWarning("Juan Perez did not log in");
        return false;
    }

    m_jorge = std::make_unique<CustomerSession>();
    QSignalSpy jorgeIn(m_jorge.get(), &CustomerSession::loggedInAs);
    if (!m_jorge->logIn(m_server->address(), JorgeRut, JorgePassword) || !jorgeIn.wait(10'000)) {
        qWarning("Jorge Sandoval did not log in");
        return false;
    }
    // Something to show as the last self-service action.
    QSignalSpy restarted(m_jorge.get(), &CustomerSession::restartFinished);
    m_jorge->restartInternet();
    return restarted.wait(10'000);
}

bool TestExecutiveOffer::ring()
{
    QSignalSpy offers(m_window->session(), &ExecutiveSession::offerReceived);
    return m_jorge->contactExecutive(QStringLiteral("internet")) && offers.wait(10'000) &&
           pane()->mode() == ConversationPanel::Mode::Ringing;
}

bool TestExecutiveOffer::waitForSession()
{
    QSignalSpy started(m_jorge.get(), &CustomerSession::sessionStarted);
    if (m_jorge->executiveName().isEmpty() && !started.wait(10'000))
        return false;
    return QTest::qWaitFor([this] { return pane()->mode() == ConversationPanel::Mode::Talking; }, 10'000);
}

void TestExecutiveOffer::offerShowsTheCustomerAndCountsDown()
{
    QVERIFY(setUp());
    QCOMPARE(pane()->mode(), ConversationPanel::Mode::Idle);
    QVERIFY(child<QWidget>(*m_window, "conversationIdle")->isVisible());
    QVERIFY(!child<OfferPanel>(*m_window, "offerPanel")->isVisible());

    QVERIFY(ring());
    auto *offer = child<OfferPanel>(*m_window, "offerPanel");
    QVERIFY(offer->isVisible());
    QVERIFY(offer->isRinging());
    QCOMPARE(text(*m_window, "offerHeadline"), QStringLiteral("Jorge Sandoval wants to talk with you"));
    QCOMPARE(text(*m_window, "offerLastAction"), QStringLiteral("Restarted the internet service"));
    QCOMPARE(text(*m_window, "offerService"), QStringLiteral("Internet"));
    const QString countdown = text(*m_window, "offerCountdown");
    QVERIFY2(QRegularExpression(QStringLiteral("^(20|19|18) s left to answer$")).match(countdown).hasMatch(),
             qPrintable(countdown));
    // The keys are shown, and the buttons carry Alt+A and Alt+R.
    QVERIFY2(text(*m_window, "offerKeys").contains(QLatin1String("Ctrl+Return")),
             qPrintable(text(*m_window, "offerKeys")));
    QVERIFY(text(*m_window, "offerKeys").contains(QLatin1String("Alt+A")));
    QVERIFY(text(*m_window, "offerKeys").contains(QLatin1String("Ctrl+Backspace")));
    QVERIFY(text(*m_window, "offerKeys").contains(QLatin1String("Alt+R")));
    QVERIFY(child<QPushButton>(*m_window, "acceptOfferButton")->isEnabled());
    QVERIFY(child<QPushButton>(*m_window, "rejectOfferButton")->isEnabled());
    // Live: the countdown goes down while it rings.
    QTRY_VERIFY_WITH_TIMEOUT(text(*m_window, "offerCountdown") != countdown, 5'000);

    // The customer leaves the line: the offer ends, and says why, in the pane and the status bar.
    QSignalSpy ended(m_window->session(), &ExecutiveSession::offerEnded);
    QVERIFY(m_jorge->leaveQueue());
    QVERIFY(ended.wait(10'000));
    QCOMPARE(pane()->mode(), ConversationPanel::Mode::Idle);
    QVERIFY(!offer->isVisible());
    QVERIFY(!offer->isRinging());
    QCOMPARE(text(*m_window, "conversationNotice"), QStringLiteral("Jorge Sandoval left the queue."));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Jorge Sandoval left the queue."));
}

void TestExecutiveOffer::countdownReachesZero()
{
    // Driven by the controller's signal alone: the panel follows ringsUntil to the end.
    ExecutiveWindow window;
    auto *panel = window.findChild<ConversationPanel *>();
    Q_EMIT window.session()->offerReceived(sampleOffer(1));
    QCOMPARE(panel->mode(), ConversationPanel::Mode::Ringing);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("offerCountdown"))->text(),
             QStringLiteral("1 s left to answer"));
    QTRY_COMPARE_WITH_TIMEOUT(window.findChild<QLabel *>(QStringLiteral("offerCountdown"))->text(),
                              QStringLiteral("Time is up; the offer goes to the next executive."), 5'000);
    Q_EMIT window.session()->offerEnded(7, QStringLiteral("The offer of Jorge Sandoval was not answered in time."));
    QCOMPARE(panel->mode(), ConversationPanel::Mode::Idle);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("conversationNotice"))->text(),
             QStringLiteral("The offer of Jorge Sandoval was not answered in time."));
}

void TestExecutiveOffer::acceptChatAndEnd()
{
    QVERIFY(setUp());
    QVERIFY(ring());
    QTest::mouseClick(child<QPushButton>(*m_window, "acceptOfferButton"), Qt::LeftButton);
    QVERIFY(waitForSession());
    QCOMPARE(m_jorge->executiveName(), QStringLiteral("Juan Perez"));
    QVERIFY(child<QWidget>(*m_window, "conversationSession")->isVisible());
    QCOMPARE(text(*m_window, "sessionCustomer"), QStringLiteral("Jorge Sandoval"));
    QCOMPARE(text(*m_window, "sessionService"), QStringLiteral("Service: Internet"));
    const QString elapsed = text(*m_window, "sessionElapsed");
    QVERIFY2(elapsed == QLatin1String("In session for 00:00") || elapsed == QLatin1String("In session for 00:01"),
             qPrintable(elapsed));
    auto *input = child<QLineEdit>(*m_window, "messageInput");
    QVERIFY(input->hasFocus());

    // The customer writes: the message shows with its sender and time.
    QVERIFY(!m_jorge->sendMessage(QStringLiteral("Hola, no tengo internet desde la mañana.")).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(transcript(*m_window).contains(QStringLiteral("Hola, no tengo internet desde la mañana.")),
                             10'000);
    QVERIFY2(
        QRegularExpression(QStringLiteral("Jorge Sandoval · \\d\\d:\\d\\d\\n")).match(transcript(*m_window)).hasMatch(),
        qPrintable(transcript(*m_window)));

    // The executive answers: "sending…" until the server has it, then its time.
    QSignalSpy jorgeReceived(m_jorge.get(), &CustomerSession::messageReceived);
    typeLine(*m_window, QStringLiteral("Hola Jorge, revisemos tu módem."));
    QVERIFY(transcript(*m_window).contains(QStringLiteral("You · sending…\nHola Jorge, revisemos tu módem.")));
    QVERIFY(input->text().isEmpty());
    QVERIFY(input->hasFocus());
    QVERIFY(jorgeReceived.wait(10'000));
    QCOMPARE(jorgeReceived.first().at(1).toString(), QStringLiteral("Hola Jorge, revisemos tu módem."));
    QTRY_VERIFY_WITH_TIMEOUT(!transcript(*m_window).contains(QStringLiteral("sending…")), 10'000);
    QVERIFY2(QRegularExpression(QStringLiteral("You · \\d\\d:\\d\\d\\nHola Jorge, revisemos tu módem."))
                 .match(transcript(*m_window))
                 .hasMatch(),
             qPrintable(transcript(*m_window)));

    // Typing goes on while a message arrives.
    QTest::keyClicks(input, QStringLiteral("Un mom"));
    m_jorge->sendMessage(QStringLiteral("Ok, espero."));
    QTRY_VERIFY_WITH_TIMEOUT(transcript(*m_window).contains(QLatin1String("Ok, espero.")), 10'000);
    QCOMPARE(input->text(), QStringLiteral("Un mom"));
    QVERIFY(input->hasFocus());
    input->clear();

    // The elapsed time is live.
    QTRY_VERIFY_WITH_TIMEOUT(text(*m_window, "sessionElapsed") != elapsed, 5'000);

    // End session: both sides hear it, the pane is calm again and keeps nothing.
    QSignalSpy jorgeEnded(m_jorge.get(), &CustomerSession::sessionEnded);
    QTest::mouseClick(child<QPushButton>(*m_window, "endSessionButton"), Qt::LeftButton);
    QVERIFY(jorgeEnded.wait(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(pane()->mode(), ConversationPanel::Mode::Idle, 10'000);
    QVERIFY(child<QWidget>(*m_window, "conversationIdle")->isVisible());
    QCOMPARE(text(*m_window, "conversationNotice"), QStringLiteral("You ended the session with Jorge Sandoval."));
    QVERIFY(transcript(*m_window).isEmpty());
}

void TestExecutiveOffer::keysAnswerTheOffer_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Ctrl+Return") << int(Qt::Key_Return) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+Enter (keypad)") << int(Qt::Key_Enter) << int(Qt::ControlModifier | Qt::KeypadModifier);
    QTest::newRow("Alt+A") << int(Qt::Key_A) << int(Qt::AltModifier);
}

void TestExecutiveOffer::keysAnswerTheOffer()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QVERIFY(setUp());
    QVERIFY(ring());
    // Pressed where the executive's focus is: the conversation input.
    auto *input = child<QLineEdit>(*m_window, "messageInput");
    QVERIFY(input->hasFocus());
    QTest::keyClick(input, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QVERIFY(waitForSession());
    QVERIFY(input->text().isEmpty());
    // Ctrl+Shift+E ends the session.
    QSignalSpy jorgeEnded(m_jorge.get(), &CustomerSession::sessionEnded);
    QTest::keyClick(input, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(jorgeEnded.wait(10'000));
}

void TestExecutiveOffer::commandsInTheInput()
{
    QVERIFY(setUp());
    auto *notice = child<QLabel>(*m_window, "conversationNotice");
    // Nothing rings yet.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->waitingCustomers().isEmpty(), 10'000);
    typeLine(*m_window, QStringLiteral(":connect"));
    QCOMPARE(notice->text(), QStringLiteral("No customer is waiting to connect."));
    typeLine(*m_window, QStringLiteral(":reject"));
    QCOMPARE(notice->text(), QStringLiteral("No customer is ringing right now, so there is nothing to reject."));
    typeLine(*m_window, QStringLiteral(":end"));
    QCOMPARE(notice->text(), QStringLiteral("You are not attending a customer, so there is no session to end."));
    typeLine(*m_window, QStringLiteral("hello?"));
    QVERIFY(notice->text().startsWith(QLatin1String("You are not attending a customer yet")));
    typeLine(*m_window, QStringLiteral(":status"));
    QCOMPARE(notice->text(), QStringLiteral("1 customer connected"));
    // :details opens the list of connected customers, with what each one did last.
    typeLine(*m_window, QStringLiteral(":details"));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->findChild<QTreeWidget *>(QStringLiteral("detailsList")) &&
            m_window->findChild<QTreeWidget *>(QStringLiteral("detailsList"))->topLevelItemCount() == 1,
        10'000);
    auto *details = m_window->findChild<QTreeWidget *>(QStringLiteral("detailsList"));
    QCOMPARE(details->topLevelItem(0)->text(0), QStringLiteral("Jorge Sandoval"));
    QCOMPARE(details->topLevelItem(0)->text(1), QStringLiteral("connected"));
    QCOMPARE(details->topLevelItem(0)->text(2), QStringLiteral("Restarted the internet service"));
    details->window()->close();
    m_window->activateWindow(); // the dialog had the keys
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    typeLine(*m_window, QStringLiteral(":hold"));
    QCOMPARE(notice->text(),
             QStringLiteral(":hold works in a session, and you are not attending a customer right now."));
    typeLine(*m_window, QStringLiteral(":swich"));
    QCOMPARE(notice->text(),
             QStringLiteral("There is no command :swich. Did you mean :switch? Type :help to see the commands."));
    typeLine(*m_window, QStringLiteral(":help"));
    QVERIFY(notice->text().contains(QStringLiteral(":connect [name or number] — ")));
    QVERIFY(notice->text().contains(QStringLiteral(":switch [name or number] — ")));
    QVERIFY(notice->text().contains(QStringLiteral(":contact invite <name> [internet|wifi] — ")));
    QVERIFY(notice->text().contains(QStringLiteral(":end — ")));

    // Ctrl+Backspace in the input rejects; the only executive is offered Jorge again.
    QVERIFY(ring());
    QSignalSpy offers(m_window->session(), &ExecutiveSession::offerReceived);
    QSignalSpy ended(m_window->session(), &ExecutiveSession::offerEnded);
    QTest::keyClick(child<QLineEdit>(*m_window, "messageInput"), Qt::Key_Backspace, Qt::ControlModifier);
    QVERIFY(ended.wait(10'000));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("You rejected Jorge Sandoval; the next executive is offered them."));
    // The new offer may come in the same read as the end of the last one.
    QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 1, 10'000);
    QCOMPARE(pane()->mode(), ConversationPanel::Mode::Ringing);
    typeLine(*m_window, QStringLiteral(":reject"));
    QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 2, 10'000);

    // :connect accepts; plain text is a message; :connect again finds nobody else waiting.
    typeLine(*m_window, QStringLiteral(":connect"));
    QVERIFY(waitForSession());
    QSignalSpy jorgeReceived(m_jorge.get(), &CustomerSession::messageReceived);
    typeLine(*m_window, QStringLiteral("Hola Jorge"));
    QVERIFY(jorgeReceived.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->waitingCustomers().isEmpty(), 10'000);
    typeLine(*m_window, QStringLiteral(":connect"));
    QCOMPARE(notice->text(), QStringLiteral("No customer is waiting to connect."));
    QSignalSpy jorgeEnded(m_jorge.get(), &CustomerSession::sessionEnded);
    typeLine(*m_window, QStringLiteral(":end"));
    QVERIFY(jorgeEnded.wait(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(pane()->mode(), ConversationPanel::Mode::Idle, 10'000);
}

void TestExecutiveOffer::customerEndsTheSession()
{
    QVERIFY(setUp());
    QVERIFY(ring());
    typeLine(*m_window, QStringLiteral(":connect"));
    QVERIFY(waitForSession());
    QSignalSpy ended(m_window->session(), &ExecutiveSession::sessionEnded);
    QVERIFY(m_jorge->endSession());
    QVERIFY(ended.wait(10'000));
    QCOMPARE(pane()->mode(), ConversationPanel::Mode::Idle);
    QCOMPARE(text(*m_window, "conversationNotice"), QStringLiteral("Jorge Sandoval ended the session."));
    // A lost connection also leaves nothing behind: the next log-in starts calm.
    typeLine(*m_window, QStringLiteral(":help"));
    m_server->kill();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(*m_window, "usernameEdit")->isVisible(), 10'000);
    QVERIFY(child<QLabel>(*m_window, "conversationNotice")->text().isEmpty());
}

void TestExecutiveOffer::spanishOffer()
{
    QVERIFY(installTranslator(*qApp, QStringLiteral("es")));
    ExecutiveWindow window;
    Q_EMIT window.session()->offerReceived(sampleOffer(20));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("offerHeadline"))->text(),
             QStringLiteral("Jorge Sandoval quiere hablar contigo"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("offerLastAction"))->text(),
             QStringLiteral("Reinició el servicio de internet"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("offerCountdown"))
                ->text()
                .endsWith(QLatin1String(" s para responder")));
    Q_EMIT window.session()->sessionStarted(3, QStringLiteral("Jorge Sandoval"), QStringLiteral("Internet"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("sessionElapsed"))->text(), QStringLiteral("En sesión: 00:00"));
}

void TestExecutiveOffer::clockText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("start") << qint64(0) << "00:00";
    QTest::newRow("59 s") << qint64(59) << "00:59";
    QTest::newRow("61 s") << qint64(61) << "01:01";
    QTest::newRow("an hour") << qint64(3600) << "60:00";
    QTest::newRow("past an hour") << qint64(3725) << "62:05";
    QTest::newRow("clock went back") << qint64(-3) << "00:00";
}

void TestExecutiveOffer::clockText()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(ConversationPanel::clockText(seconds), text);
}

void TestExecutiveOffer::takeScreenshots(const QString &folder)
{
    initTestCase();
    if (QTest::currentTestFailed())
        return;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
        removeTranslators();
        if (language != QLatin1String("en"))
            QVERIFY(installTranslator(*qApp, language));
        const bool es = language == QLatin1String("es");
        {
            // The log-in window as a new executive sees it, with the default server filled in.
            ExecutiveWindow login(QStringLiteral("127.0.0.1:5680"));
            login.resize(860, 560);
            login.show();
            QVERIFY(QTest::qWaitForWindowExposed(&login));
            QVERIFY(login.grab().save(QStringLiteral("%1/executive-login-%2.png").arg(folder, language)));
        }
        QVERIFY(setUp(false));
        QVERIFY(ring());
        QTRY_VERIFY(m_window->findChild<OfferPanel *>()->secondsLeft() < 20); // the countdown is live
        QVERIFY(m_window->grab().save(QStringLiteral("%1/executive-offer-%2.png").arg(folder, language)));

        typeLine(*m_window, QStringLiteral(":connect"));
        QVERIFY(waitForSession());
        QSignalSpy received(m_window->session(), &ExecutiveSession::messageReceived);
        QSignalSpy delivered(m_window->session(), &ExecutiveSession::messageDelivered);
        m_jorge->sendMessage(es ? QStringLiteral("Hola, reinicié el internet pero sigue muy lento en el segundo piso.")
                                : QStringLiteral("Hi, I restarted the internet but it is still very slow upstairs."));
        QVERIFY(received.wait(10'000));
        typeLine(*m_window, es ? QStringLiteral("Hola Jorge, soy Juan. Veo el reinicio de recién; revisemos tu Wi-Fi.")
                               : QStringLiteral("Hi Jorge, I'm Juan. I can see the restart; let's check your Wi-Fi."));
        QVERIFY(delivered.wait(10'000));
        m_jorge->sendMessage(es ? QStringLiteral("Dale, gracias.") : QStringLiteral("Sure, thanks."));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 10'000);
        typeLine(*m_window, es ? QStringLiteral("¿El router está en el primer piso?")
                               : QStringLiteral("Is the router on the ground floor?"));
        child<QLineEdit>(*m_window, "messageInput")
            ->insert(es ? QStringLiteral("Si es así, ") : QStringLiteral("If so, "));
        QVERIFY(m_window->grab().save(QStringLiteral("%1/executive-session-%2.png").arg(folder, language)));
        cleanup();
    }
}

TURNO_TEST_MAIN_WITH_SCREENSHOTS(TestExecutiveOffer)
#include "tst_executiveoffer.moc"
