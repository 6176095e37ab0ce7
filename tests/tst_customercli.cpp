// turno-client --cli on the way to an executive, against a real turno-server (--demo) with an
// ExecutiveSession in the test playing the executive: the place in line, "leave", the
// conversation line by line, ":end", and ending politely when the input runs out.
#include "admin/demoaccounts.h"
#include "serverprocess.h"
#include "session/executivesession.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace Turno;

namespace
{

Admin::DemoAccount demoAccount(const QString &kind, int index)
{
    QList<Admin::DemoAccount> list;
    for (const Admin::DemoAccount &account : Admin::demoAccounts()) {
        if (account.kind == kind)
            list.append(account);
    }
    return list.value(index);
}

// turno-client --cli with its output gathered as it comes.
class Client
{
public:
    explicit Client(const QString &server)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(Test::clientBinary(), {QStringLiteral("--cli"), QStringLiteral("--server"), server,
                                               QStringLiteral("--lang"), QStringLiteral("en")});
    }
    ~Client()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    bool started() { return m_process.waitForStarted(10'000); }
    void write(const QString &text) { m_process.write(text.toUtf8()); }
    void closeInput() { m_process.closeWriteChannel(); }
    // Waits on the process's output (not on a timer) until it contains text. The event loop runs
    // meanwhile, so the executive in this process keeps answering.
    bool waitFor(const QString &text, int timeoutMs = 15'000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!output().contains(text)) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
                return output().contains(text);
            QSignalSpy more(&m_process, &QProcess::readyRead);
            if (m_process.bytesAvailable() == 0)
                more.wait(int(qMax<qint64>(1, deadline.remainingTime())));
        }
        return true;
    }
    // The exit code once it has finished, -1 if it did not (or crashed).
    int waitForExit()
    {
        if (m_process.state() != QProcess::NotRunning) {
            QSignalSpy finished(&m_process, &QProcess::finished);
            if (!finished.wait(30'000))
                return -1;
        }
        output();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QString output()
    {
        m_output += QString::fromUtf8(m_process.readAll());
        return m_output;
    }

private:
    QProcess m_process;
    QString m_output;
};

QString logInLines()
{
    const Admin::DemoAccount jorge = demoAccount(QStringLiteral("customer"), 0);
    return QStringLiteral("%1\n%2\n").arg(jorge.id, jorge.password);
}

} // namespace

class TestCustomerCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void waitLeaveAndExit();
    void conversationLineByLine();
    void scriptAllAtOnce();
    void endOfInputEndsTheConversation();
    void executiveRestartsInternetAndWifi();

private:
    // The demo executive Juan Perez: accepts every offer and answers every message.
    std::unique_ptr<ExecutiveSession> executive(const Test::ServerProcess &server);
};

std::unique_ptr<ExecutiveSession> TestCustomerCli::executive(const Test::ServerProcess &server)
{
    const Admin::DemoAccount account = demoAccount(QStringLiteral("executive"), 0);
    auto session = std::make_unique<ExecutiveSession>();
    QSignalSpy loggedIn(session.get(), &ExecutiveSession::loggedInAs);
    if (!session->logIn(server.address(), account.id, account.password) || !loggedIn.wait(10'000))
        return nullptr;
    ExecutiveSession *juan = session.get();
    connect(juan, &ExecutiveSession::offerReceived, juan, [juan] { juan->acceptOffer(); });
    connect(juan, &ExecutiveSession::messageReceived, juan, [juan](const QString &, const QString &text) {
        juan->sendMessage(QStringLiteral("Got it: %1").arg(text));
    });
    return session;
}

void TestCustomerCli::waitLeaveAndExit()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    Client client(server.address());
    QVERIFY(client.started());
    client.write(logInLines() + QStringLiteral("3\n1\n"));
    QVERIFY2(client.waitFor(QStringLiteral(
                 "Assistant: You are in line for an executive. You are next in line. Estimated wait: unknown.\n")),
             qPrintable(client.output()));
    QVERIFY(client.output().contains(QLatin1String("(1) Internet\n(2) Wi-Fi\n")));
    client.write(QStringLiteral("leave\n"));
    QVERIFY2(client.waitFor(QStringLiteral("Assistant: You left the queue.\n")), qPrintable(client.output()));
    client.closeInput();
    QCOMPARE(client.waitForExit(), 0);
    QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] Client Jorge Sandoval disconnected.")));
}

void TestCustomerCli::conversationLineByLine()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    auto juan = executive(server);
    QVERIFY(juan);
    QSignalSpy juanReceived(juan.get(), &ExecutiveSession::messageReceived);
    Client client(server.address());
    QVERIFY(client.started());
    client.write(logInLines() + QStringLiteral("3\n1\n"));
    QVERIFY2(client.waitFor(QStringLiteral("Assistant: You are now talking with Juan Perez.\n")),
             qPrintable(client.output()));
    client.write(QStringLiteral("My internet is down.\n"));
    QVERIFY2(client.waitFor(QStringLiteral("]: Got it: My internet is down.\n")), qPrintable(client.output()));
    const QString out = client.output();
    QVERIFY2(QRegularExpression(QStringLiteral("\nJuan Perez \\[\\d\\d:\\d\\d\\]: Got it: My internet is down.\n"))
                 .match(out)
                 .hasMatch(),
             qPrintable(out));
    QCOMPARE(juanReceived.size(), 1);
    QCOMPARE(juanReceived.first().at(1).toString(), QStringLiteral("My internet is down."));

    QSignalSpy juanEnded(juan.get(), &ExecutiveSession::sessionEnded);
    client.write(QStringLiteral(":end\n"));
    QVERIFY2(client.waitFor(QStringLiteral("Assistant: You ended the conversation with Juan Perez.\n")),
             qPrintable(client.output()));
    QTRY_COMPARE(juanEnded.size(), 1);
    client.closeInput();
    QCOMPARE(client.waitForExit(), 0);
    QVERIFY(!client.output().contains(QLatin1String("could not")));
}

void TestCustomerCli::scriptAllAtOnce()
{
    // Every line comes at once: the lines for the executive wait until one has joined.
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    auto juan = executive(server);
    QVERIFY(juan);
    QSignalSpy juanReceived(juan.get(), &ExecutiveSession::messageReceived);
    QSignalSpy juanEnded(juan.get(), &ExecutiveSession::sessionEnded);
    Client client(server.address());
    QVERIFY(client.started());
    client.write(logInLines() + QStringLiteral("3\n1\nHello, my Wi-Fi is slow.\n:end\n4\n"));
    client.closeInput();
    QCOMPARE(client.waitForExit(), 0);
    const QString out = client.output();
    QVERIFY2(out.contains(QLatin1String("Assistant: You are now talking with Juan Perez.\n")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("]: Hello, my Wi-Fi is slow.\n")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Assistant: You ended the conversation with Juan Perez.\n")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Assistant: Thank you for contacting us. Goodbye!\n")), qPrintable(out));
    QTRY_COMPARE(juanReceived.size(), 1);
    QCOMPARE(juanReceived.first().at(1).toString(), QStringLiteral("Hello, my Wi-Fi is slow."));
    QTRY_COMPARE(juanEnded.size(), 1);
}

void TestCustomerCli::endOfInputEndsTheConversation()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    auto juan = executive(server);
    QVERIFY(juan);
    QSignalSpy juanReceived(juan.get(), &ExecutiveSession::messageReceived);
    QSignalSpy juanEnded(juan.get(), &ExecutiveSession::sessionEnded);
    Client client(server.address());
    QVERIFY(client.started());
    client.write(logInLines() + QStringLiteral("3\n2\n"));
    QVERIFY2(client.waitFor(QStringLiteral("Assistant: You are now talking with Juan Perez.\n")),
             qPrintable(client.output()));
    // The last message goes with the end of input: it is delivered before the conversation ends.
    client.write(QStringLiteral("Thanks, bye.\n"));
    client.closeInput();
    QCOMPARE(client.waitForExit(), 0);
    const QString out = client.output();
    QVERIFY2(out.contains(QLatin1String("Assistant: You ended the conversation with Juan Perez.\n")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("could not be delivered")), qPrintable(out));
    QTRY_COMPARE(juanReceived.size(), 1);
    QTRY_COMPARE(juanEnded.size(), 1);
}

void TestCustomerCli::executiveRestartsInternetAndWifi()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    auto juan = executive(server);
    QVERIFY(juan);
    Client client(server.address());
    QVERIFY(client.started());
    client.write(logInLines() + QStringLiteral("3\n1\n"));
    QVERIFY2(client.waitFor(QStringLiteral("Assistant: You are now talking with Juan Perez.\n")),
             qPrintable(client.output()));
    QTRY_VERIFY_WITH_TIMEOUT(juan->currentSession() != 0, 10'000);

    QVERIFY(juan->restartInternet());
    QVERIFY2(client.waitFor(QStringLiteral("Assistant: Juan Perez restarted your internet service.")),
             qPrintable(client.output()));

    QVERIFY(juan->restartWifi());
    QVERIFY2(client.waitFor(QStringLiteral("then repeat it on the next line:\n")), qPrintable(client.output()));
    // A mismatch is explained and asked again; then the change goes through, and no password is shown.
    client.write(QStringLiteral("clave-nueva-2026\notra-clave-2026\n"));
    QVERIFY2(client.waitFor(QStringLiteral("do not match")), qPrintable(client.output()));
    client.write(QStringLiteral("clave-nueva-2026\nclave-nueva-2026\n"));
    QVERIFY2(client.waitFor(QStringLiteral("Assistant: Your password has been updated.")), qPrintable(client.output()));
    QVERIFY2(client.output().contains(QLatin1String("Assistant: We are updating your password")),
             qPrintable(client.output()));
    QVERIFY(!client.output().contains(QLatin1String("clave-nueva-2026")));
    QCOMPARE(juan->currentSession() != 0, true); // still in the conversation
    client.write(QStringLiteral(":end\n"));
    QVERIFY2(client.waitFor(QStringLiteral("You ended the conversation with Juan Perez.")),
             qPrintable(client.output().right(900)));
    client.closeInput();
    QCOMPARE(client.waitForExit(), 0);
}

QTEST_MAIN(TestCustomerCli)
#include "tst_customercli.moc"
