// End-to-end tests of turno-callcenter --serve and --connect: byte-identical output to the local
// mode, timeout lines reaching every interpreter, many interpreters at once, and protocol errors
// both ways.
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace
{

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runConsole(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(Turno::Test::callcenterBinary(), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30'000))
        process.kill();
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
               process.readAllStandardError()};
}

// A process whose output is collected as it comes, so tests can wait on it with QTRY_*.
struct LiveProcess {
    QProcess process;
    QByteArray out;
    QByteArray err;

    explicit LiveProcess(const QStringList &arguments)
    {
        QObject::connect(&process, &QProcess::readyReadStandardOutput,
                         [this] { out += process.readAllStandardOutput(); });
        QObject::connect(&process, &QProcess::readyReadStandardError,
                         [this] { err += process.readAllStandardError(); });
        process.start(Turno::Test::callcenterBinary(), arguments);
    }
    ~LiveProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
};

// The same long scenario as tst_callcenter: queueing, rejects, missed calls, hand-overs, refusals.
const QByteArray Scenario = "call 1\ncall 2\ncall 3\nanswer A\nreject B\ncall 4\nhangup 3\nanswer B\ncall 5\n"
                            "hangup 1\nreject A\nhangup 4\nanswer A\nhangup 2\ncall 6\nreject B\nanswer Z\n"
                            "hangup 5\nreject B\ncall 7\n\nanswer B\nanswer A\ncall 7\ncall 8\ndance\nhangup 6\n"
                            "call\nhangup 8\nhangup 99\nanswer A\nhelp\nhangup 7";

} // namespace

class TestCallCenterServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LiveProcess> m_server;
    quint16 m_port = 0;

    // Starts a server on a free port and reads the port from its first line.
    void startServer(const QStringList &extraArguments = {})
    {
        m_server = std::make_unique<LiveProcess>(QStringList{"--serve", "--port", "0"} + extraArguments);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->out.contains('\n'), 10'000);
        const QByteArray first = m_server->out.left(m_server->out.indexOf('\n'));
        QVERIFY2(first.startsWith("Listening on 127.0.0.1 port "), first.constData());
        m_port = quint16(first.mid(first.lastIndexOf(' ') + 1).toUInt());
        QVERIFY(m_port != 0);
    }
    QStringList connectArguments() const { return {"--connect", QStringLiteral("127.0.0.1:%1").arg(m_port)}; }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void connectOutputIsIdenticalToLocalMode()
    {
        const Run local = runConsole({}, Scenario);
        QCOMPARE(local.exitCode, 0);
        QVERIFY(local.out.count('\n') >= 40);
        startServer();
        const Run remote = runConsole(connectArguments(), Scenario);
        QCOMPARE(remote.exitCode, 0);
        QCOMPARE(remote.out, local.out);
        QCOMPARE(remote.err, local.err);
        // The server is still there for the next interpreter, which sees the state left behind.
        QCOMPARE(runConsole(connectArguments(), "call 9\n").out, "Call 9 received\nCall 9 ringing for operator A\n");
        const Run next = runConsole(connectArguments(), "call 9\ncall 10\n");
        QCOMPARE(next.out, "Call 10 received\nCall 10 ringing for operator B\n");
        QCOMPARE(next.err, "Call id 9 is already in use.\n");
    }

    void mergedOutputKeepsItsOrder()
    {
        // stdout and stderr into one pipe: local refusals land between the right replies.
        const QByteArray input = "call 1\nbogus\ncall 2\ncall\ncall 3\n";
        QProcess local;
        local.setProcessChannelMode(QProcess::MergedChannels);
        local.start(Turno::Test::callcenterBinary(), {});
        local.write(input);
        local.closeWriteChannel();
        QVERIFY(local.waitForFinished(30'000));
        startServer();
        QProcess remote;
        remote.setProcessChannelMode(QProcess::MergedChannels);
        remote.start(Turno::Test::callcenterBinary(), connectArguments());
        remote.write(input);
        remote.closeWriteChannel();
        QVERIFY(remote.waitForFinished(30'000));
        QCOMPARE(remote.readAll(), local.readAll());
    }

    void timeoutLinesReachEveryInterpreter()
    {
        startServer({"--operators", "A", "--ring-timeout", "0.3"});
        LiveProcess caller(connectArguments());
        LiveProcess watcher(connectArguments());
        // The watcher's refusal shows it is connected before the call starts ringing.
        watcher.process.write("hangup x\n");
        QTRY_COMPARE_WITH_TIMEOUT(watcher.err, QByteArray("There is no call x.\n"), 10'000);
        caller.process.write("call 1\n");
        QTRY_VERIFY_WITH_TIMEOUT(caller.out.contains("Call 1 ignored by operator A\nCall 1 ringing for operator A\n"),
                                 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            watcher.out.startsWith("Call 1 ignored by operator A\nCall 1 ringing for operator A\n"), 10'000);
        QVERIFY(caller.out.startsWith("Call 1 received\nCall 1 ringing for operator A\n"));
        QVERIFY(!watcher.out.contains("received")); // a command's replies go to its sender only
        watcher.process.write("answer A\n");
        QTRY_VERIFY_WITH_TIMEOUT(watcher.out.endsWith("Call 1 answered by operator A\n"), 10'000);
        for (LiveProcess *p : {&caller, &watcher}) {
            p->process.closeWriteChannel();
            QVERIFY(p->process.waitForFinished(10'000));
            QCOMPARE(p->process.exitCode(), 0);
        }
    }

    void manyInterpretersEachGetTheirOwnReplies()
    {
        startServer({"--operators", "A,B,C,D,E,F,G,H,I,J"});
        std::vector<std::unique_ptr<LiveProcess>> interpreters;
        for (int i = 0; i < 8; ++i) {
            interpreters.push_back(std::make_unique<LiveProcess>(connectArguments()));
            QByteArray input;
            for (int j = 0; j < 20; ++j)
                input += QStringLiteral("call c%1-%2\nhangup c%1-%2\n").arg(i).arg(j).toUtf8();
            interpreters.back()->process.write(input);
            interpreters.back()->process.closeWriteChannel();
        }
        for (int i = 0; i < 8; ++i) {
            LiveProcess &p = *interpreters[size_t(i)];
            QVERIFY(p.process.waitForFinished(30'000));
            p.out += p.process.readAllStandardOutput();
            QCOMPARE(p.process.exitCode(), 0);
            const QList<QByteArray> lines = p.out.split('\n');
            QCOMPARE(lines.size(), 20 * 3 + 1);
            for (int j = 0; j < 20; ++j) {
                const QByteArray id = QStringLiteral("c%1-%2").arg(i).arg(j).toUtf8();
                QCOMPARE(lines.at(j * 3), "Call " + id + " received");
                QVERIFY(lines.at(j * 3 + 1).startsWith("Call " + id + " ringing for operator "));
                QCOMPARE(lines.at(j * 3 + 2), "Call " + id + " missed");
            }
        }
    }

    void protocolErrorsAreAnsweredAndOthersKeepGoing()
    {
        startServer();
        QTcpSocket bad;
        QTcpSocket good;
        bad.connectToHost(QHostAddress::LocalHost, m_port);
        good.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(bad.waitForConnected(10'000));
        QVERIFY(good.waitForConnected(10'000));
        bad.write("not json\n[1]\n{\"command\":\"dance\",\"id\":\"1\"}\n{\"command\":\"call\"}\n"
                  "{\"command\":\"call\",\"id\":7}\n{\"command\":\"call\",\"id\":\"" +
                  QByteArray(65, 'x') + "\"}\n{\"id\":\"1\"}\n{\"command\": \"call\", \"id\": \"1\"}\n");
        const QStringList expectedKinds{"invalid-json", "invalid-json", "unknown-command", "missing-id",
                                        "missing-id",   "id-too-long",  "missing-command"};
        QList<QJsonObject> replies;
        while (replies.size() < expectedKinds.size() + 2) {
            QVERIFY(bad.canReadLine() || bad.waitForReadyRead(10'000));
            while (bad.canReadLine())
                replies.append(QJsonDocument::fromJson(bad.readLine()).object());
        }
        for (qsizetype i = 0; i < expectedKinds.size(); ++i) {
            QCOMPARE(replies.at(i).value("kind").toString(), expectedKinds.at(i));
            QVERIFY(!replies.at(i).value("error").toString().isEmpty());
            QVERIFY(replies.at(i).value("done").toBool());
        }
        QCOMPARE(replies.at(7).value("response").toString(), "Call 1 received");
        QCOMPARE(replies.at(8).value("response").toString(), "Call 1 ringing for operator A");
        QVERIFY(replies.at(8).value("done").toBool());

        // Over 4 KiB without a newline: an error, then that connection alone is closed.
        bad.write(QByteArray(5000, 'y'));
        QVERIFY(bad.waitForDisconnected(10'000) || bad.state() == QAbstractSocket::UnconnectedState);
        const QJsonObject last = QJsonDocument::fromJson(bad.readAll().trimmed()).object();
        QCOMPARE(last.value("kind").toString(), "line-too-long");
        good.write("{\"command\":\"answer\",\"id\":\"A\"}\n");
        QVERIFY(good.waitForReadyRead(10'000));
        QTRY_VERIFY_WITH_TIMEOUT(good.canReadLine(), 10'000);
        QCOMPARE(QJsonDocument::fromJson(good.readLine()).object().value("response").toString(),
                 "Call 1 answered by operator A");
    }

    // A server that sends a line over 4 KiB (here: no newline at all) is left, as the server
    // leaves such a client; before, the console buffered it for as long as the server went on.
    void interpreterRefusesServerLineOverLimit()
    {
        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
        LiveProcess console({"--connect", QStringLiteral("127.0.0.1:%1").arg(fake.serverPort())});
        QVERIFY(console.process.waitForStarted());
        console.process.write("call 1\n");
        QVERIFY(fake.waitForNewConnection(10'000));
        QTcpSocket *server = fake.nextPendingConnection();
        server->write(QByteArray(5000, 'x'));
        QTRY_VERIFY_WITH_TIMEOUT(console.process.state() == QProcess::NotRunning, 10'000);
        console.err += console.process.readAllStandardError();
        QCOMPARE(console.process.exitCode(), 1);
        QVERIFY2(console.err.contains("longer than 4 KiB"), console.err.constData());
    }

    void connectFailsClearly()
    {
        startServer();
        const quint16 port = m_port;
        m_server.reset(); // nobody listens there any more
        const Run run = runConsole({"--connect", QStringLiteral("127.0.0.1:%1").arg(port)}, "call 1\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("Cannot connect to 127.0.0.1:"), run.err.constData());
    }

    void interpreterRefusesServerOptions()
    {
        const Run run = runConsole({"--connect", "127.0.0.1:5678", "--strategy", "ordered"}, {});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--strategy"));
    }
};

QTEST_GUILESS_MAIN(TestCallCenterServer)
#include "tst_callcenterserver.moc"
