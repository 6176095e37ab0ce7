// turno-executive --cli across real processes: a turno-server with the demo accounts, the executive's
// terminal fed line by line through a pipe, and customers driven by their CustomerSession. The
// executive hears the offer, accepts (:connect) or rejects (:reject) it, chats both ways, ends the
// session (:end); a script's lines after :connect wait for its answer, and at the end of input the
// last message is still seen delivered before the executive leaves.
#include "executivecli.h"
#include "serverprocess.h"
#include "session/customersession.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace Turno;

namespace
{

bool logIn(CustomerSession &customer, const QString &server, const QString &rut, const QString &password)
{
    QSignalSpy loggedIn(&customer, &CustomerSession::loggedInAs);
    return customer.logIn(server, rut, password) && loggedIn.wait(10'000);
}

} // namespace

class TestExecutiveCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptChatAndEnd();
    void rejectAndUnanswered();
};

void TestExecutiveCli::acceptChatAndEnd()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    Test::ExecutiveCli juan;
    QVERIFY(juan.start(server.address()));
    juan.type("jperez\njuan1234\n");
    QTRY_VERIFY2_WITH_TIMEOUT(juan.printed(QStringLiteral("Hi Juan, right now there are:")), qPrintable(juan.output()),
                              10'000);

    CustomerSession jorge;
    QVERIFY(logIn(jorge, server.address(), QStringLiteral("12.345.678-5"), QStringLiteral("jorge1234")));
    QSignalSpy restarted(&jorge, &CustomerSession::restartFinished);
    jorge.restartInternet();
    QVERIFY(restarted.wait(10'000));
    QVERIFY(jorge.contactExecutive(QStringLiteral("internet")));
    QTRY_VERIFY2_WITH_TIMEOUT(
        juan.printed(QStringLiteral("Assistant: The customer Jorge Sandoval wants to connect (last action: Restarted "
                                    "the internet service). Type :connect to accept or :reject to decline; it rings "
                                    "for 20 s.")),
        qPrintable(juan.output()), 10'000);

    QSignalSpy started(&jorge, &CustomerSession::sessionStarted);
    juan.type(":connect\n");
    QVERIFY(started.wait(10'000));
    QCOMPARE(started.first().first().toString(), QStringLiteral("Juan Perez"));
    QTRY_VERIFY2_WITH_TIMEOUT(juan.printed(QStringLiteral("Assistant: You are now talking with Jorge Sandoval.")),
                              qPrintable(juan.output()), 10'000);

    // One message each way: the customer's shows with name and time; the executive's is delivered.
    jorge.sendMessage(QStringLiteral("Hola, sigo sin internet."));
    QTRY_VERIFY2_WITH_TIMEOUT(juan.printed(QRegularExpression(QStringLiteral(
                                  "\\nJorge Sandoval \\[\\d\\d:\\d\\d\\]: Hola, sigo sin internet\\.\\n"))),
                              qPrintable(juan.output()), 10'000);
    QSignalSpy received(&jorge, &CustomerSession::messageReceived);
    juan.type("Reiniciemos tu módem, Jorge.\n");
    QVERIFY(received.wait(10'000));
    QCOMPARE(received.first().at(0).toString(), QStringLiteral("Juan Perez"));
    QCOMPARE(received.first().at(1).toString(), QStringLiteral("Reiniciemos tu módem, Jorge."));
    const QRegularExpression delivered(QStringLiteral("\\(delivered \\d\\d:\\d\\d\\)"));
    QTRY_VERIFY2_WITH_TIMEOUT(juan.printed(delivered), qPrintable(juan.output()), 10'000);

    QSignalSpy ended(&jorge, &CustomerSession::sessionEnded);
    juan.type(":end\n");
    QVERIFY(ended.wait(10'000));
    QTRY_VERIFY2_WITH_TIMEOUT(juan.printed(QStringLiteral("Assistant: You ended the session with Jorge Sandoval.")),
                              qPrintable(juan.output()), 10'000);
    juan.type(":end\n");
    QTRY_VERIFY2_WITH_TIMEOUT(
        juan.printed(QStringLiteral("You are not attending a customer, so there is no session to end.")),
        qPrintable(juan.output()), 10'000);

    // A second customer; the script's last line is a message, then its input ends: the message is
    // delivered before the executive logs out.
    CustomerSession claudio;
    QVERIFY(logIn(claudio, server.address(), QStringLiteral("10.111.222-5"), QStringLiteral("claudio1234")));
    QVERIFY(claudio.contactExecutive(QStringLiteral("internet")));
    QTRY_VERIFY2_WITH_TIMEOUT(
        juan.printed(QStringLiteral("The customer Claudio García wants to connect (last action: Nothing in "
                                    "self-service yet).")),
        qPrintable(juan.output()), 10'000);
    // Written at once, as a script would: the message waits until :connect has its answer.
    QSignalSpy claudioStarted(&claudio, &CustomerSession::sessionStarted);
    QSignalSpy claudioReceived(&claudio, &CustomerSession::messageReceived);
    juan.type(":connect\nChao, Claudio.\n");
    juan.endInput();
    QCOMPARE(juan.waitForExit(), 0);
    QVERIFY(claudioStarted.count() == 1 || claudioStarted.wait(10'000));
    QVERIFY2(claudioReceived.count() == 1 || claudioReceived.wait(10'000), qPrintable(juan.output().right(500)));
    QCOMPARE(claudioReceived.first().at(1).toString(), QStringLiteral("Chao, Claudio."));
    QCOMPARE(juan.count(delivered), 2);
    QVERIFY2(juan.output().indexOf(QLatin1String("Juan: Chao, Claudio.")) < juan.output().lastIndexOf(delivered),
             qPrintable(juan.output()));
    QVERIFY(!juan.output().contains(QLatin1String("juan1234")));
}

void TestExecutiveCli::rejectAndUnanswered()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("--ring-timeout"), QStringLiteral("3")}),
             qPrintable(server.error()));
    Test::ExecutiveCli juan;
    QVERIFY(juan.start(server.address()));
    juan.type("jperez\njuan1234\n:connect\n:reject\n");
    QTRY_VERIFY2_WITH_TIMEOUT(juan.printed(QStringLiteral("Assistant: No customer is ringing right now, so there is "
                                                          "nothing to reject.")),
                              qPrintable(juan.output()), 10'000);
    QVERIFY(juan.printed(QStringLiteral("Juan: :connect\nAssistant: No customer is waiting to connect.")));

    CustomerSession jorge;
    QVERIFY(logIn(jorge, server.address(), QStringLiteral("12.345.678-5"), QStringLiteral("jorge1234")));
    QVERIFY(jorge.contactExecutive(QStringLiteral("internet")));
    QTRY_VERIFY2_WITH_TIMEOUT(
        juan.printed(QStringLiteral("Type :connect to accept or :reject to decline; it rings for 3 s.")),
        qPrintable(juan.output()), 10'000);
    juan.type(":reject\n");
    QTRY_VERIFY2_WITH_TIMEOUT(
        juan.printed(QStringLiteral("Assistant: You rejected Jorge Sandoval; the next executive is offered them.")),
        qPrintable(juan.output()), 10'000);
    // Offered again, and left ringing: it goes on without an answer.
    QTRY_VERIFY2_WITH_TIMEOUT(
        juan.printed(QStringLiteral("Assistant: The offer of Jorge Sandoval was not answered in time")),
        qPrintable(juan.output()), 10'000);
    QSignalSpy left(&jorge, &CustomerSession::queueLeft);
    QVERIFY(jorge.leaveQueue());
    QVERIFY(left.wait(10'000));
    juan.endInput();
    QCOMPARE(juan.waitForExit(), 0);
}

QTEST_MAIN(TestExecutiveCli)
#include "tst_executivecli.moc"
