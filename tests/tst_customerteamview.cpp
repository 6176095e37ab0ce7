// The customer's window when the executive puts them on hold, brings a colleague in, transfers
// them, and when an executive invites them (accept with Enter, decline with Esc, expiry), against
// a scripted server. Run with --screenshots DIR (tools/screenshots), it saves the chat on hold and
// the invitation instead.
#include "chatpage.h"
#include "clientwindow.h"
#include "fakecustomerserver.h"
#include "invitationdialog.h"
#include "screenshotrun.h"
#include "util/translation.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>
#include <memory>

using namespace Turno;
using namespace Turno::Protocol;
using Turno::Test::FakeCustomerServer;

namespace
{

const QString Juan = QStringLiteral("Juan Perez");
const QString Maria = QStringLiteral("María Soto");
const QString Jorge = QStringLiteral("Jorge Sandoval");

template <typename T> T *child(QWidget &window, const char *name)
{
    return window.findChild<T *>(QLatin1String(name));
}

QStringList texts(QWidget &window, const QString &objectName)
{
    QStringList result;
    for (QLabel *label : window.findChildren<QLabel *>(objectName))
        result.append(label->text());
    return result;
}

QStringList messageTexts(QWidget &window)
{
    return texts(window, QStringLiteral("messageText"));
}

QStringList notices(QWidget &window)
{
    return texts(window, QStringLiteral("serviceNotice"));
}

InvitationDialog *openInvitation(ClientWindow &window)
{
    for (InvitationDialog *dialog : window.findChildren<InvitationDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

// The server's part when the customer accepts: the conversation, then the end of the invitation.
void answerAsServer(FakeCustomerServer &server, quint16 kind, const QByteArray &payload)
{
    if (kind != quint16(Kind::AnswerInvitation))
        return;
    AnswerInvitation answer;
    QString error;
    decodePayload(payload, answer, &error);
    if (answer.accept)
        server.send(SessionStarted{5, Juan, QStringLiteral("internet"), QDateTime::currentMSecsSinceEpoch()});
    server.send(InvitationEnded{0, answer.invitationId,
                                quint8(answer.accept ? InvitationOutcome::Accepted : InvitationOutcome::Declined),
                                Juan});
}

} // namespace

class TestCustomerTeamView : public QObject
{
    Q_OBJECT
public:
    // Not a test: saves this window's pictures for docs/screenshots into dir (--screenshots, see
    // screenshotrun.h); sets up and cleans up on its own.
    void takeScreenshots(const QString &dir);

private Q_SLOTS:
    void initTestCase();
    void holdShowsBannerAndNotices();
    void conferenceAndTransferKeepTheConversation();
    void invitationAcceptedWithEnter();
    void invitationDeclinedWithEscape();
    void invitationExpires();

private:
    std::unique_ptr<ClientWindow> loggedInWindow(FakeCustomerServer &server);
    // Logged in, talking with Juan Perez (session 1).
    std::unique_ptr<ClientWindow> chattingWindow(FakeCustomerServer &server);
};

void TestCustomerTeamView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TurnoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_customerteamview"));
}

std::unique_ptr<ClientWindow> TestCustomerTeamView::loggedInWindow(FakeCustomerServer &server)
{
    auto window = std::make_unique<ClientWindow>(server.address());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QSignalSpy loggedIn(window->session(), &CustomerSession::loggedInAs);
    QTest::keyClicks(child<QLineEdit>(*window, "rutEdit"), QStringLiteral("12.345.678-5"));
    QTest::keyClicks(child<QLineEdit>(*window, "passwordEdit"), QStringLiteral("secret-password"));
    QTest::mouseClick(child<QPushButton>(*window, "logInButton"), Qt::LeftButton);
    if (!loggedIn.wait(10'000) || !server.hasClient())
        return nullptr;
    return window;
}

std::unique_ptr<ClientWindow> TestCustomerTeamView::chattingWindow(FakeCustomerServer &server)
{
    auto window = loggedInWindow(server);
    if (!window)
        return nullptr;
    QSignalSpy started(window->session(), &CustomerSession::sessionStarted);
    server.send(SessionStarted{1, Juan, QStringLiteral("internet"), QDateTime::currentMSecsSinceEpoch()});
    if (!started.wait(10'000) || !window->findChild<ChatPage *>()->isVisible())
        return nullptr;
    return window;
}

void TestCustomerTeamView::holdShowsBannerAndNotices()
{
    FakeCustomerServer server;
    auto window = chattingWindow(server);
    QVERIFY(window);
    auto *banner = child<QLabel>(*window, "holdBanner");
    QVERIFY(banner && !banner->isVisible());

    server.send(SessionHeld{1, true});
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("On hold: Juan Perez will be back with you here. You can still write."));
    QCOMPARE(notices(*window),
             QStringList{QStringLiteral("Juan Perez put you on hold. Please wait; you keep your place in this "
                                        "conversation.")});
    // The customer can still write.
    auto *input = child<QLineEdit>(*window, "chatInput");
    QVERIFY(input->isEnabled());
    input->insert(QStringLiteral("I'll wait."));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(server.count<ChatSend>(), 1);
    QCOMPARE(messageTexts(*window), QStringList{QStringLiteral("I'll wait.")});

    server.send(SessionHeld{1, false});
    QTRY_VERIFY(!banner->isVisible());
    QCOMPARE(notices(*window).size(), 2);
    QCOMPARE(notices(*window).last(), QStringLiteral("Juan Perez is back."));
}

void TestCustomerTeamView::conferenceAndTransferKeepTheConversation()
{
    FakeCustomerServer server;
    auto window = chattingWindow(server);
    QVERIFY(window);
    auto *title = child<QLabel>(*window, "chatTitle");
    auto *others = child<QLabel>(*window, "chatParticipants");
    QVERIFY(!others->isVisible());

    // A colleague joins: the header says who is in it; her messages carry her name.
    server.send(Participants{1, {Jorge, Juan, Maria}});
    QTRY_VERIFY(others->isVisible());
    QCOMPARE(others->text(), QStringLiteral("Also in this conversation: María Soto"));
    QCOMPARE(notices(*window).last(), QStringLiteral("María Soto joined the conversation."));
    QSignalSpy received(window->session(), &CustomerSession::messageReceived);
    server.send(
        ChatMessage{1, 40, QDateTime::currentMSecsSinceEpoch(), Maria, QStringLiteral("Hola Jorge, soy María.")});
    QVERIFY(received.wait(10'000));
    const QString at = received.first().at(2).toDateTime().toLocalTime().toString(QStringLiteral("HH:mm"));
    QCOMPARE(texts(*window, QStringLiteral("messageHeader")).last(), QStringLiteral("María Soto · %1").arg(at));
    server.send(Participants{1, {Jorge, Juan}});
    QTRY_VERIFY(!others->isVisible());
    QCOMPARE(notices(*window).last(), QStringLiteral("María Soto left the conversation."));

    // Transferred: the conversation stays on screen, with the wait for the new executive.
    server.send(Transferred{1, Maria});
    QTRY_COMPARE(title->text(), QStringLiteral("Transferring you to María Soto…"));
    QVERIFY(window->findChild<ChatPage *>()->isVisible());
    QCOMPARE(messageTexts(*window), QStringList{QStringLiteral("Hola Jorge, soy María.")});
    QCOMPARE(notices(*window).last(), QStringLiteral("Juan Perez is transferring you to María Soto. Please wait here; "
                                                     "María Soto will see this conversation."));
    auto *input = child<QLineEdit>(*window, "chatInput");
    QVERIFY(!input->isEnabled());
    QCOMPARE(input->placeholderText(),
             QStringLiteral("You can write again as soon as María Soto takes your conversation."));
    QCOMPARE(child<QPushButton>(*window, "endConversationButton")->text(), QStringLiteral("&Leave the queue"));
    auto *elapsed = child<QLabel>(*window, "chatElapsed");
    QCOMPARE(elapsed->text(), QStringLiteral("Finding your place in line…"));
    server.send(QueueStatus{0, 1, false, 0, 0});
    QTRY_COMPARE(elapsed->text(), QStringLiteral("You are next in line. Estimated wait: unknown."));

    // She takes it: the same conversation goes on.
    server.send(SessionStarted{2, Maria, QStringLiteral("internet"), QDateTime::currentMSecsSinceEpoch()});
    QTRY_COMPARE(title->text(), QStringLiteral("You are talking with María Soto."));
    QVERIFY(input->isEnabled());
    QCOMPARE(messageTexts(*window), QStringList{QStringLiteral("Hola Jorge, soy María.")});
    QCOMPARE(notices(*window).last(), QStringLiteral("You are now talking with María Soto."));
    QCOMPARE(child<QPushButton>(*window, "endConversationButton")->text(), QStringLiteral("&End conversation"));
    QVERIFY(elapsed->text().startsWith(QLatin1String("Conversation time: ")));
    input->insert(QStringLiteral("Gracias."));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(server.count<ChatSend>(), 1);
    QCOMPARE(server.sent<ChatSend>().first().sessionId, 2u);
}

void TestCustomerTeamView::invitationAcceptedWithEnter()
{
    FakeCustomerServer server;
    server.script = [&server](quint16 kind, const QByteArray &payload) { answerAsServer(server, kind, payload); };
    auto window = loggedInWindow(server);
    QVERIFY(window);
    server.send(Invitation{21, quint8(InvitationKind::Contact), Juan, Jorge, QStringLiteral("wifi"), 20});
    QTRY_VERIFY(openInvitation(*window));
    InvitationDialog *dialog = openInvitation(*window);
    QCOMPARE(child<QLabel>(*dialog, "invitationText")->text(),
             QStringLiteral("Juan Perez invites you to a conversation about your Wi-Fi network."));
    QVERIFY(
        child<QLabel>(*dialog, "invitationCountdown")->text().startsWith(QLatin1String("This invitation expires in ")));
    // The menu behind it still works: it does not block the window.
    QVERIFY(!dialog->isModal());
    QVERIFY(child<QPushButton>(*window, "executiveButton")->isEnabled());

    // Enter accepts.
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), child<QPushButton>(*dialog, "acceptInvitationButton"));
    QPointer<InvitationDialog> watched = dialog;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(server.count<AnswerInvitation>(), 1);
    QCOMPARE(server.sent<AnswerInvitation>().first(), (AnswerInvitation{21, true}));
    QTRY_VERIFY(watched.isNull() || !watched->isVisible());
    QTRY_VERIFY(window->findChild<ChatPage *>()->isVisible());
    QCOMPARE(child<QLabel>(*window, "chatTitle")->text(), QStringLiteral("You are talking with Juan Perez."));
}

void TestCustomerTeamView::invitationDeclinedWithEscape()
{
    FakeCustomerServer server;
    server.script = [&server](quint16 kind, const QByteArray &payload) { answerAsServer(server, kind, payload); };
    auto window = loggedInWindow(server);
    QVERIFY(window);
    server.send(Invitation{22, quint8(InvitationKind::Contact), Juan, Jorge, QStringLiteral("internet"), 20});
    QTRY_VERIFY(openInvitation(*window));
    InvitationDialog *dialog = openInvitation(*window);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_COMPARE(server.count<AnswerInvitation>(), 1);
    QCOMPARE(server.sent<AnswerInvitation>().first(), (AnswerInvitation{22, false}));
    QTRY_VERIFY(!openInvitation(*window));
    QTRY_COMPARE(child<QLabel>(*window, "statusText")->text(),
                 QStringLiteral("You declined the invitation from Juan Perez."));
    QVERIFY(child<QLabel>(*window, "greeting")->isVisible());
}

void TestCustomerTeamView::invitationExpires()
{
    FakeCustomerServer server;
    auto window = loggedInWindow(server);
    QVERIFY(window);
    server.send(Invitation{23, quint8(InvitationKind::Contact), Juan, Jorge, QStringLiteral("internet"), 20});
    QTRY_VERIFY(openInvitation(*window));
    server.send(InvitationEnded{0, 23, quint8(InvitationOutcome::TimedOut), Juan});
    QTRY_VERIFY(!openInvitation(*window));
    QTRY_COMPARE(child<QLabel>(*window, "statusText")->text(),
                 QStringLiteral("The invitation from Juan Perez expired."));

    server.send(Invitation{24, quint8(InvitationKind::Contact), Juan, Jorge, QStringLiteral("internet"), 20});
    QTRY_VERIFY(openInvitation(*window));
    server.send(InvitationEnded{0, 24, quint8(InvitationOutcome::Cancelled), Juan});
    QTRY_VERIFY(!openInvitation(*window));
    QTRY_COMPARE(child<QLabel>(*window, "statusText")->text(), QStringLiteral("Juan Perez withdrew the invitation."));
    QCOMPARE(server.count<AnswerInvitation>(), 0);
}

void TestCustomerTeamView::takeScreenshots(const QString &dir)
{
    initTestCase();
    if (QTest::currentTestFailed())
        return;
    const QString lang = qEnvironmentVariable("TURNO_SCREENSHOT_LANG", QStringLiteral("en"));
    installTranslator(*qApp, lang);
    const bool spanish = lang.startsWith(QLatin1String("es"));

    // The chat on hold, after a few messages.
    FakeCustomerServer server;
    server.script = [&server](quint16 kind, const QByteArray &payload) {
        if (kind == quint16(Kind::ChatSend)) {
            ChatSend chat;
            QString error;
            decodePayload(payload, chat, &error);
            server.send(ChatAck{chat.clientMessageId, 2, QDateTime::currentMSecsSinceEpoch()});
        }
        answerAsServer(server, kind, payload);
    };
    auto window = chattingWindow(server);
    QVERIFY(window);
    QSignalSpy received(window->session(), &CustomerSession::messageReceived);
    QSignalSpy delivered(window->session(), &CustomerSession::messageDelivered);
    server.send(ChatMessage{1, 1, QDateTime::currentMSecsSinceEpoch(), Juan,
                            spanish ? QStringLiteral("Hola Jorge, soy Juan. ¿En qué te puedo ayudar?")
                                    : QStringLiteral("Hi Jorge, this is Juan. How can I help you?")});
    QVERIFY(received.wait(10'000));
    auto *input = child<QLineEdit>(*window, "chatInput");
    input->insert(spanish ? QStringLiteral("Mi Wi-Fi se corta cada pocos minutos.")
                          : QStringLiteral("My Wi-Fi keeps dropping every few minutes."));
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(delivered.wait(10'000));
    server.send(ChatMessage{1, 3, QDateTime::currentMSecsSinceEpoch(), Juan,
                            spanish ? QStringLiteral("Déjame revisar tu router con el equipo técnico.")
                                    : QStringLiteral("Let me check your router with the technical team.")});
    QVERIFY(received.wait(10'000));
    server.send(SessionHeld{1, true});
    QTRY_VERIFY(child<QLabel>(*window, "holdBanner")->isVisible());
    // The newest line (the notice) scrolled into sight before the picture.
    QTRY_COMPARE(notices(*window).size(), 1);
    QLabel *notice = window->findChildren<QLabel *>(QStringLiteral("serviceNotice")).last();
    QWidget *viewport = notice->parentWidget()->parentWidget();
    QTRY_VERIFY(viewport->rect().contains(QRect(notice->mapTo(viewport, QPoint(0, 0)), notice->size())));
    QVERIFY(window->grab().save(QStringLiteral("%1/client-chat-on-hold-%2.png").arg(dir, lang)));

    // The invitation over the menu of another customer's window.
    FakeCustomerServer other;
    auto menu = loggedInWindow(other);
    QVERIFY(menu);
    other.send(Invitation{31, quint8(InvitationKind::Contact), Juan, Jorge, QStringLiteral("internet"), 20});
    QTRY_VERIFY(openInvitation(*menu));
    InvitationDialog *dialog = openInvitation(*menu);
    dialog->adjustSize();
    // The offscreen platform has no window manager: draw the dialog over the window, with a plain
    // title bar and frame.
    QPixmap shot = menu->grab();
    const QPixmap over = dialog->grab();
    const int titleHeight = 28;
    const QRect frame((shot.width() - over.width()) / 2, (shot.height() - over.height() - titleHeight) / 2,
                      over.width(), over.height() + titleHeight);
    QPainter painter(&shot);
    painter.fillRect(frame.translated(4, 4), QColor(0, 0, 0, 40));
    painter.fillRect(QRect(frame.topLeft(), QSize(frame.width(), titleHeight)), QColor(0xdd, 0xdd, 0xdd));
    QFont bold = dialog->font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(QColor(0x30, 0x30, 0x30));
    painter.drawText(QRect(frame.topLeft(), QSize(frame.width(), titleHeight)), Qt::AlignCenter, dialog->windowTitle());
    painter.drawPixmap(frame.topLeft() + QPoint(0, titleHeight), over);
    painter.setPen(QColor(0x9a, 0x9a, 0x9a));
    painter.drawRect(frame.adjusted(-1, -1, 0, 0));
    painter.end();
    QVERIFY(shot.save(QStringLiteral("%1/client-invitation-%2.png").arg(dir, lang)));
}

TURNO_TEST_MAIN_WITH_SCREENSHOTS(TestCustomerTeamView)
#include "tst_customerteamview.moc"
