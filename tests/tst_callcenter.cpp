// End-to-end tests of turno-callcenter in its local mode: a long scenario through piped stdin,
// ring timeouts, translations and option errors. The --serve/--connect split is in tst_callcenterserver.
#include "testsupport.h"
#include "util/stdinreader.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

#include <termios.h>
#include <unistd.h>

namespace
{

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runConsole(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &env = {})
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(Turno::Test::callcenterBinary(), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30'000))
        process.kill();
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Two operators, eight calls: queueing, rejects with and without another operator free,
// calls missed while queued and while ringing, and hand-overs from the queue. The refused
// commands go to stderr; the last line has no newline on purpose.
const QByteArray Scenario = "call 1\ncall 2\ncall 3\nanswer A\nreject B\ncall 4\nhangup 3\nanswer B\ncall 5\n"
                            "hangup 1\nreject A\nhangup 4\nanswer A\nhangup 2\ncall 6\nreject B\nanswer Z\n"
                            "hangup 5\nreject B\ncall 7\n\nanswer B\nanswer A\ncall 7\ncall 8\ndance\nhangup 6\n"
                            "call\nhangup 8\nhangup 99\nanswer A\nhangup 7";

const char ScenarioOut[] = "Call 1 received\n"
                           "Call 1 ringing for operator A\n"
                           "Call 2 received\n"
                           "Call 2 ringing for operator B\n"
                           "Call 3 received\n"
                           "Call 3 waiting in queue\n"
                           "Call 1 answered by operator A\n"
                           "Call 2 rejected by operator B\n"
                           "Call 2 ringing for operator B\n"
                           "Call 4 received\n"
                           "Call 4 waiting in queue\n"
                           "Call 3 missed\n"
                           "Call 2 answered by operator B\n"
                           "Call 5 received\n"
                           "Call 5 waiting in queue\n"
                           "Call 1 finished and operator A available\n"
                           "Call 4 ringing for operator A\n"
                           "Call 4 rejected by operator A\n"
                           "Call 4 ringing for operator A\n"
                           "Call 4 missed\n"
                           "Call 5 ringing for operator A\n"
                           "Call 5 answered by operator A\n"
                           "Call 2 finished and operator B available\n"
                           "Call 6 received\n"
                           "Call 6 ringing for operator B\n"
                           "Call 6 rejected by operator B\n"
                           "Call 6 ringing for operator B\n"
                           "Call 5 finished and operator A available\n"
                           "Call 6 rejected by operator B\n"
                           "Call 6 ringing for operator A\n"
                           "Call 7 received\n"
                           "Call 7 ringing for operator B\n"
                           "Call 7 answered by operator B\n"
                           "Call 6 answered by operator A\n"
                           "Call 8 received\n"
                           "Call 8 waiting in queue\n"
                           "Call 6 finished and operator A available\n"
                           "Call 8 ringing for operator A\n"
                           "Call 8 missed\n"
                           "Call 7 finished and operator B available\n";

const char ScenarioErr[] = "There is no operator Z.\n"
                           "Call id 7 is already in use.\n"
                           "Unknown command \"dance\". Type help to see the commands.\n"
                           "The call command needs an id.\n"
                           "There is no call 99.\n"
                           "Operator A has no call ringing.\n";

QProcessEnvironment environmentWithLang(const QString &lang)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), lang);
    return env;
}

} // namespace

class TestCallCenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longScenarioThroughPipedInput()
    {
        const Run run = runConsole({}, Scenario);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString::fromUtf8(ScenarioOut));
        QCOMPARE(run.err, QString::fromUtf8(ScenarioErr));
    }

    void stdinRedirectedFromARegularFile()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(Scenario);
        file.close();
        QProcess process;
        process.setStandardInputFile(file.fileName());
        process.start(Turno::Test::callcenterBinary(), {});
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(ScenarioOut));
    }

    void quitStopsAndEmptyInputExitsCleanly()
    {
        Run run = runConsole({}, "call 1\nquit\ncall 2\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, "Call 1 received\nCall 1 ringing for operator A\n");
        run = runConsole({}, "");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, "");
        QCOMPARE(run.err, "");
    }

    void helpCommandAndLineEndings()
    {
        const Run run = runConsole({"--operators", "X"}, "help\r\ncall 1\r\nhelp me\n");
        QVERIFY(run.out.startsWith("Commands:\n  call <call id>"));
        QVERIFY(run.out.endsWith("Call 1 received\nCall 1 ringing for operator X\n"));
        QCOMPARE(run.err, "Unexpected \"me\" after the help command.\n");
    }

    void strategyOption()
    {
        const Run run = runConsole({"--operators", "A,B,C", "--strategy", "round-robin"},
                                   "call 1\nhangup 1\ncall 2\nhangup 2\ncall 3\n");
        QCOMPARE(run.out, "Call 1 received\nCall 1 ringing for operator A\nCall 1 missed\n"
                          "Call 2 received\nCall 2 ringing for operator B\nCall 2 missed\n"
                          "Call 3 received\nCall 3 ringing for operator C\n");
    }

    // With a short timeout the call goes A, B, A, ... until stdin closes.
    void ringTimeoutIgnoresAndOffersOn()
    {
        QProcess process;
        QByteArray out;
        connect(&process, &QProcess::readyReadStandardOutput, this, [&] { out += process.readAllStandardOutput(); });
        process.start(Turno::Test::callcenterBinary(), {"--ring-timeout", "0.3"});
        QVERIFY(process.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        process.write("call 1\n");
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("Call 1 ringing for operator B\n"), 10'000);
        QVERIFY2(clock.elapsed() >= 290, QByteArray::number(clock.elapsed()));
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(10'000));
        out += process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 0);
        const QList<QByteArray> lines = out.split('\n');
        QVERIFY(lines.size() >= 5);
        QCOMPARE(lines.at(0), "Call 1 received");
        QCOMPARE(lines.at(1), "Call 1 ringing for operator A");
        for (qsizetype i = 2; i + 1 < lines.size(); i += 2) {
            const QByteArray from = (i / 2) % 2 ? "A" : "B";
            const QByteArray to = (i / 2) % 2 ? "B" : "A";
            QCOMPARE(lines.at(i), "Call 1 ignored by operator " + from);
            QCOMPARE(lines.at(i + 1), "Call 1 ringing for operator " + to);
        }
        QCOMPARE(lines.last(), "");
    }

    void answeringInTimeStopsTheTimer()
    {
        QProcess process;
        QByteArray out;
        connect(&process, &QProcess::readyReadStandardOutput, this, [&] { out += process.readAllStandardOutput(); });
        process.start(Turno::Test::callcenterBinary(), {"--ring-timeout", "0.3", "--operators", "A"});
        process.write("call 1\ncall 2\nanswer A\nhangup 1\n");
        // 2 rings A once its first call is over, and times out on its own.
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("Call 2 ignored by operator A\n"), 10'000);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(10'000));
        out += process.readAllStandardOutput();
        QVERIFY(out.startsWith("Call 1 received\nCall 1 ringing for operator A\nCall 2 received\n"
                               "Call 2 waiting in queue\nCall 1 answered by operator A\n"
                               "Call 1 finished and operator A available\nCall 2 ringing for operator A\n"
                               "Call 2 ignored by operator A\nCall 2 ringing for operator A\n"));
        QVERIFY(!out.contains("Call 1 ignored"));
    }

    void portugueseFromTheEnvironment()
    {
        const Run run = runConsole({}, Scenario, environmentWithLang("pt_BR.UTF-8"));
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split('\n');
        QCOMPARE(lines.at(0), "Chamada 1 recebida");
        QCOMPARE(lines.at(1), "Chamada 1 tocando para o operador A");
        QCOMPARE(lines.at(5), "Chamada 3 aguardando na fila");
        QCOMPARE(lines.at(6), "Chamada 1 atendida pelo operador A");
        QCOMPARE(lines.at(7), "Chamada 2 rejeitada pelo operador B");
        QCOMPARE(lines.at(11), "Chamada 3 perdida");
        QCOMPARE(lines.at(15), "Chamada 1 concluída e operador A disponível");
        QCOMPARE(lines.size(), QString::fromUtf8(ScenarioOut).split('\n').size());
        QVERIFY(run.err.startsWith("Não há nenhum operador Z.\n"));
    }

    void languageOption_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pt_BR") << "pt_BR"
                               << "Chamada 1 recebida\nChamada 1 tocando para o operador A\n"
                                  "Chamada 1 ignorada pelo operador A\n";
        QTest::newRow("es") << "es"
                            << "Llamada 1 recibida\nLlamada 1 sonando para el operador A\n"
                               "Llamada 1 ignorada por el operador A\n";
        QTest::newRow("fr") << "fr"
                            << "Appel 1 reçu\nAppel 1 en sonnerie pour l'opérateur A\n"
                               "Appel 1 ignoré par l'opérateur A\n";
        QTest::newRow("en") << "en"
                            << "Call 1 received\nCall 1 ringing for operator A\n"
                               "Call 1 ignored by operator A\n";
    }

    void languageOption()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QProcess process;
        QByteArray out;
        connect(&process, &QProcess::readyReadStandardOutput, this, [&] { out += process.readAllStandardOutput(); });
        process.start(Turno::Test::callcenterBinary(), {"--lang", lang, "--operators", "A", "--ring-timeout", "0.05"});
        process.write("call 1\n");
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(out).count('\n') >= 3, 10'000);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(10'000));
        QVERIFY2(QString::fromUtf8(out).startsWith(expected), out.constData());
    }

    void badOptionsExitWithCode2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("strategy") << QStringList{"--strategy", "random"} << "Unknown --strategy \"random\"";
        QTest::newRow("negative timeout") << QStringList{"--ring-timeout", "-1"} << "Invalid --ring-timeout \"-1\"";
        QTest::newRow("timeout text") << QStringList{"--ring-timeout", "soon"} << "Invalid --ring-timeout";
        QTest::newRow("port") << QStringList{"--serve", "--port", "70000"} << "Invalid --port \"70000\"";
        QTest::newRow("listen") << QStringList{"--serve", "--listen", "nowhere"} << "Invalid --listen";
        QTest::newRow("operators") << QStringList{"--operators", "A,,B"} << "Invalid --operators";
        QTest::newRow("duplicate operators") << QStringList{"--operators", "A,A"} << "Invalid --operators";
        QTest::newRow("connect") << QStringList{"--connect", "localhost"} << "Invalid --connect";
        QTest::newRow("both modes") << QStringList{"--serve", "--connect", "h:1"} << "Choose either";
        QTest::newRow("port without serve") << QStringList{"--port", "1"} << "--port only applies";
        QTest::newRow("unknown option") << QStringList{"--bogus"} << "bogus";
    }

    void badOptionsExitWithCode2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runConsole(arguments, "call 1\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.out, "");
    }

    void echoGuardRestoresTheTerminal()
    {
        // A no-op when stdin is not a terminal (the usual case under ctest); otherwise echo is
        // switched off and back on.
        Turno::StdinReader reader;
        QCOMPARE(reader.isInteractive(), ::isatty(0) == 1);
        termios before{};
        const bool terminal = ::tcgetattr(0, &before) == 0;
        {
            Turno::TerminalEchoGuard guard;
            termios during{};
            if (terminal && ::tcgetattr(0, &during) == 0)
                QVERIFY(!(during.c_lflag & ECHO));
        }
        termios after{};
        if (terminal && ::tcgetattr(0, &after) == 0)
            QCOMPARE(after.c_lflag, before.c_lflag);
    }

    void helpOption()
    {
        const Run run = runConsole({"--help"}, {});
        QCOMPARE(run.exitCode, 0);
        for (const char *option :
             {"--operators", "--ring-timeout", "--strategy", "--lang", "--serve", "--port", "--listen", "--connect"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestCallCenter)
#include "tst_callcenter.moc"
