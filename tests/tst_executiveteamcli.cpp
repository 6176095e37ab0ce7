// turno-executive --cli with several sessions and the team, across real processes: a turno-server with
// the demo accounts, Juan Perez's terminal fed through a pipe, María Soto and the customers driven by
// their session controllers. :queue, :connect (next and by name), :sessions, :switch, :hold and
// :transfer; :colleagues, :invite, an invitation :decline'd and :accept'ed; :details, :contacts and
// :contact add / invite / remove.
#include "executivecli.h"
#include "serverprocess.h"
#include "session/customersession.h"
#include "session/executivesession.h"

#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace Turno;
using Protocol::Presence;

namespace
{

bool logIn(CustomerSession &customer, const QString &server, const QString &rut, const QString &password)
{
    QSignalSpy loggedIn(&customer, &CustomerSession::loggedInAs);
    return customer.logIn(server, rut, password) && loggedIn.wait(10'000);
}

const QString JorgeRut = QStringLiteral("12.345.678-5");
const QString ClaudioRut = QStringLiteral("10.111.222-5");

} // namespace

class TestExecutiveTeamCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void holdSwitchAndTransfer();
    void conferenceInviteDeclineAccept();
    void detailsAndContacts();

private:
    // A server, Juan's terminal logged in (away when asked), and María logged in and away.
    bool setUp(bool juanAway);
    bool printed(const QString &text) const { return m_juan->printed(text); }
    // What it printed lately (a failure's message shows the end of the dialog).
    QString output() const { return m_juan->output().right(700); }

    std::unique_ptr<Test::ServerProcess> m_server;
    std::unique_ptr<Test::ExecutiveCli> m_juan;
    std::unique_ptr<ExecutiveSession> m_maria;
};

void TestExecutiveTeamCli::init()
{
    qRegisterMetaType<Turno::InvitationInfo>();
}

void TestExecutiveTeamCli::cleanup()
{
    m_juan.reset();
    m_maria.reset();
    m_server.reset();
}

bool TestExecutiveTeamCli::setUp(bool juanAway)
{
    m_server = std::make_unique<Test::ServerProcess>();
    if (!m_server->start({QStringLiteral("--demo")})) {
        qWarning("%s", qPrintable(m_server->error()));
        return false;
    }
    m_maria = std::make_unique<ExecutiveSession>();
    QSignalSpy mariaIn(m_maria.get(), &ExecutiveSession::loggedInAs);
    if (!m_maria->logIn(m_server->address(), QStringLiteral("msoto"), QStringLiteral("maria1234")) ||
        !mariaIn.wait(10'000))
        return false;
    m_maria->setAway(QStringLiteral("training"));
    if (!QTest::qWaitFor([this] { return m_maria->presence() == Presence::Away; }, 10'000))
        return false;
    m_juan = std::make_unique<Test::ExecutiveCli>();
    if (!m_juan->start(m_server->address()))
        return false;
    m_juan->type(juanAway ? "jperez\njuan1234\n:away back office\n" : "jperez\njuan1234\n");
    return QTest::qWaitFor(
               [this, juanAway] {
                   return printed(QStringLiteral("Hi Juan, right now there are:")) &&
                          (!juanAway || printed(QStringLiteral("You are away (back office)")));
               },
               10'000) &&
           QTest::qWaitFor([this] { return m_maria->colleagues().size() == 1; }, 10'000);
}

void TestExecutiveTeamCli::holdSwitchAndTransfer()
{
    QVERIFY(setUp(true));
    CustomerSession jorge, claudio;
    QVERIFY(logIn(jorge, m_server->address(), JorgeRut, QStringLiteral("jorge1234")));
    QVERIFY(logIn(claudio, m_server->address(), ClaudioRut, QStringLiteral("claudio1234")));
    QVERIFY(jorge.contactExecutive(QStringLiteral("internet")));
    QTRY_COMPARE_WITH_TIMEOUT(m_maria->waitingTotal(), 1, 10'000); // Jorge first
    QVERIFY(claudio.contactExecutive(QStringLiteral("internet")));
    // María serves the same lines: once she sees both waiting, so does Juan.
    QTRY_COMPARE_WITH_TIMEOUT(m_maria->waitingTotal(), 2, 10'000);

    m_juan->type(":queue\n");
    QTRY_VERIFY2_WITH_TIMEOUT(
        printed(QStringLiteral("Waiting in your lines, oldest first:\n  1. Jorge Sandoval (Internet), "
                               "waiting 0:0")),
        qPrintable(output()), 10'000);
    QVERIFY(printed(QStringLiteral("  2. Claudio García (Internet), waiting 0:0")));

    // :connect takes the oldest; :connect with a name takes that one, and the first goes on hold.
    m_juan->type(":connect\n:connect claudio\n:sessions\n");
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Assistant: You are now talking with Claudio García.")),
                              qPrintable(output()), 10'000);
    QVERIFY(printed(QStringLiteral("Assistant: You are now talking with Jorge Sandoval.")));
    QVERIFY(printed(QStringLiteral("Assistant: Your other sessions wait meanwhile: :sessions lists them, :switch goes "
                                   "to one.")));
    QTRY_VERIFY(jorge.isHeld());
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Your sessions:\n  1. Jorge Sandoval (Internet) — on hold\n"
                                                     "  2. Claudio García (Internet) — in front")),
                              qPrintable(output()), 10'000);

    // Jorge writes while on hold: Juan sees it, marked.
    jorge.sendMessage(QStringLiteral("¿Hola?"));
    QTRY_VERIFY2_WITH_TIMEOUT(m_juan->printed(QRegularExpression(
                                  QStringLiteral("\\nJorge Sandoval \\[\\d\\d:\\d\\d\\] \\(on hold\\): ¿Hola\\?\\n"))),
                              qPrintable(output()), 10'000);

    // :switch goes to the other session; :hold and :switch take it off and back.
    m_juan->type(":switch\n");
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Assistant: You are now with Jorge Sandoval.")),
                              qPrintable(output()), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!jorge.isHeld() && claudio.isHeld(), 10'000);
    m_juan->type(":hold\n");
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Assistant: Jorge Sandoval is on hold; they are told you will be "
                                                     "back. Type :switch to go back to them.")),
                              qPrintable(output()), 10'000);
    QTRY_VERIFY(jorge.isHeld());
    m_juan->type(":hold\n:switch\n");
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Assistant: You are back with Jorge Sandoval.")),
                              qPrintable(output()), 10'000);
    QVERIFY(printed(QStringLiteral("Assistant: Jorge Sandoval is already on hold. Type :switch to go back to them.")));
    QTRY_VERIFY(!jorge.isHeld());
    m_juan->type(":switch Pedro\n");
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Assistant: You have no session with “Pedro”. Type :sessions to "
                                                     "see them.")),
                              qPrintable(output()), 10'000);

    // :transfer to María: Jorge waits first in her line; Claudio is in front, on hold.
    QSignalSpy transferred(&jorge, &CustomerSession::transferred);
    m_juan->type(":transfer Nadie\n:transfer maria\n");
    QVERIFY(transferred.wait(10'000));
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Assistant: You transferred Jorge Sandoval to María Soto.\n"
                                                     "Assistant: Claudio García is in front now, on hold; type :switch "
                                                     "to take them back.")),
                              qPrintable(output()), 10'000);
    QVERIFY(printed(QStringLiteral("Assistant: No colleague online matches “Nadie”. Type :colleagues to see who is "
                                   "online.")));
    QSignalSpy claudioEnded(&claudio, &CustomerSession::sessionEnded);
    m_juan->type(":end\n:hold\n");
    QVERIFY(claudioEnded.wait(10'000));
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Assistant: :hold works in a session, and you are not attending a "
                                                     "customer right now.")),
                              qPrintable(output()), 10'000);
    m_juan->endInput();
    QCOMPARE(m_juan->waitForExit(), 0);
}

void TestExecutiveTeamCli::conferenceInviteDeclineAccept()
{
    QVERIFY(setUp(false));
    CustomerSession jorge, claudio;
    QVERIFY(logIn(jorge, m_server->address(), JorgeRut, QStringLiteral("jorge1234")));
    QVERIFY(logIn(claudio, m_server->address(), ClaudioRut, QStringLiteral("claudio1234")));
    QVERIFY(jorge.contactExecutive(QStringLiteral("internet")));
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("The customer Jorge Sandoval wants to connect")),
                              qPrintable(output()), 10'000);
    m_juan->type(":connect\n:colleagues\n");
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Colleagues online:\n  1. María Soto (msoto) — Away")),
                              qPrintable(output()), 10'000);

    // :invite: María joins, and leaves; Juan hears both.
    QSignalSpy mariaInvited(m_maria.get(), &ExecutiveSession::invitationReceived);
    m_juan->type(":invite María\n");
    QVERIFY(mariaInvited.wait(10'000));
    QVERIFY(printed(QStringLiteral("Assistant: You invited María Soto into the session with Jorge Sandoval; waiting "
                                   "for their answer.")));
    QVERIFY(m_maria->answerInvitation(true));
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Assistant: María Soto joined the session.")),
                              qPrintable(output()), 10'000);
    QVERIFY(m_maria->endSession());
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Assistant: María Soto left the session.")), qPrintable(output()),
                              10'000);
    m_maria->setAway(QStringLiteral("training"));
    QTRY_COMPARE_WITH_TIMEOUT(m_maria->presence(), Presence::Away, 10'000);

    // María takes Claudio and invites Juan: declined, then accepted.
    QVERIFY(claudio.contactExecutive(QStringLiteral("internet")));
    QTRY_COMPARE_WITH_TIMEOUT(m_maria->waitingTotal(), 1, 10'000);
    QVERIFY(m_maria->claimNext());
    QTRY_COMPARE_WITH_TIMEOUT(m_maria->sessions().size(), 1, 10'000);
    QVERIFY(m_maria->inviteToConference(QStringLiteral("jperez")));
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_juan->printed(QRegularExpression(
            QStringLiteral("Assistant: María Soto invites you into the session with Claudio García \\(Internet\\)\\. "
                           "Type :accept to join or :decline; it rings for \\d+ s\\."))),
        qPrintable(output()), 10'000);
    QSignalSpy mariaHears(m_maria.get(), &ExecutiveSession::invitationEnded);
    m_juan->type(":decline\n");
    QVERIFY(mariaHears.wait(10'000));
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Assistant: You declined the invitation from María Soto.")),
                              qPrintable(output()), 10'000);
    m_juan->type(":accept\n");
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Assistant: Nobody has invited you into a session right now.")),
                              qPrintable(output()), 10'000);
    QVERIFY(m_maria->inviteToConference(QStringLiteral("jperez")));
    QTRY_COMPARE_WITH_TIMEOUT(m_juan->count(QRegularExpression(QStringLiteral("invites you into the session"))), 2,
                              10'000);
    m_juan->type(":accept\n:transfer María\n");
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Assistant: You joined the conversation with Claudio García as a "
                                                     "guest.")),
                              qPrintable(output()), 10'000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        printed(QStringLiteral("Assistant: Only the executive whose session it is can transfer it; "
                               "you are a guest in it.")),
        qPrintable(output()), 10'000);
    QTRY_VERIFY(jorge.isHeld());

    // A guest's :end leaves the conference; Jorge is in front again, on hold.
    m_juan->type(":end\n");
    QTRY_VERIFY2_WITH_TIMEOUT(
        printed(QStringLiteral("Assistant: You left the session with Claudio García.\nAssistant: "
                               "Jorge Sandoval is in front now, on hold; type :switch to take them "
                               "back.")),
        qPrintable(output()), 10'000);
    QCOMPARE(claudio.state(), CustomerSession::State::InSession);
    m_juan->endInput();
    QCOMPARE(m_juan->waitForExit(), 0);
}

void TestExecutiveTeamCli::detailsAndContacts()
{
    QVERIFY(setUp(false));
    CustomerSession jorge, claudio;
    QVERIFY(logIn(jorge, m_server->address(), JorgeRut, QStringLiteral("jorge1234")));
    QVERIFY(logIn(claudio, m_server->address(), ClaudioRut, QStringLiteral("claudio1234")));
    QSignalSpy restarted(&jorge, &CustomerSession::restartFinished);
    jorge.restartInternet();
    QVERIFY(restarted.wait(10'000));

    // :details: who is connected and what each one did last.
    m_juan->type(":details\n:contacts\n:contact\n");
    QTRY_VERIFY2_WITH_TIMEOUT(
        printed(QStringLiteral("Customers connected, and what each one did last:\n"
                               "  Claudio García (connected) — Nothing in self-service yet\n"
                               "  Jorge Sandoval (connected) — Restarted the internet service\n")),
        qPrintable(output()), 10'000);
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("You have no contacts yet. In a session, :contact add adds the "
                                                     "customer.")),
                              qPrintable(output()), 10'000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        printed(QStringLiteral("Assistant: :contact needs one more word. Use one of: :contact add, "
                               ":contact invite <name> [internet|wifi], :contact remove <name>")),
        qPrintable(output()), 10'000);

    // :contact add in a session.
    QVERIFY(jorge.contactExecutive(QStringLiteral("internet")));
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("The customer Jorge Sandoval wants to connect")),
                              qPrintable(output()), 10'000);
    m_juan->type(":connect\n:contact add\n:contacts\n");
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Assistant: Jorge Sandoval is in your contacts now.\n")),
                              qPrintable(output()), 10'000);
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Your contacts:\n  1. Jorge Sandoval — online, busy")),
                              qPrintable(output()), 10'000);

    // After the session he is free: :contact invite about Wi-Fi, accepted.
    QSignalSpy ended(&jorge, &CustomerSession::sessionEnded);
    m_juan->type(":end\n");
    QVERIFY(ended.wait(10'000));
    const QString free = QStringLiteral("  1. Jorge Sandoval — free");
    for (int attempt = 0; attempt < 50 && !printed(free); ++attempt) {
        const int before = m_juan->count(QRegularExpression(QStringLiteral("Your contacts:")));
        m_juan->type(":contacts\n");
        QTRY_COMPARE_WITH_TIMEOUT(m_juan->count(QRegularExpression(QStringLiteral("Your contacts:"))), before + 1,
                                  10'000);
    }
    QVERIFY2(printed(free), qPrintable(output()));
    QSignalSpy invited(&jorge, &CustomerSession::invitationReceived);
    m_juan->type(":contact invite Pedro\n:contact invite jorge wifi\n");
    QVERIFY(invited.wait(10'000));
    QVERIFY(printed(QStringLiteral("Assistant: None of your contacts matches “Pedro”. Type :contacts to see them.")));
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Assistant: You invited Jorge Sandoval to a session about Wi-Fi; "
                                                     "waiting for their answer.")),
                              qPrintable(output()), 10'000);
    QVERIFY(jorge.answerInvitation(true));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_juan->count(QRegularExpression(QStringLiteral("You are now talking with Jorge Sandoval"))), 2, 10'000);

    // :contact remove.
    m_juan->type(":contact remove Jorge Sandoval\n:contacts\n");
    QTRY_VERIFY2_WITH_TIMEOUT(printed(QStringLiteral("Assistant: Jorge Sandoval is no longer in your contacts.")),
                              qPrintable(output()), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_juan->count(QRegularExpression(QStringLiteral("You have no contacts yet"))), 2, 10'000);
    m_juan->endInput();
    QCOMPARE(m_juan->waitForExit(), 0);
}

QTEST_MAIN(TestExecutiveTeamCli)
#include "tst_executiveteamcli.moc"
