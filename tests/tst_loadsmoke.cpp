// A short turno-loadgen run against a real server (200 customers, 5 executives, 10 s of chat):
// every connection succeeds and no chat message is lost or duplicated. No timing is asserted;
// docs/performance.md has the figures of the full runs (tools/bench-capacity).
#include "serverprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace Turno::Test;

class TestLoadSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bulkExecutivesAreDeterministic();
    void smallRunLosesNothing();
};

void TestLoadSmoke::bulkExecutivesAreDeterministic()
{
    ServerProcess server;
    QString output;
    QCOMPARE(server.runCommand({QStringLiteral("add-executives"), QStringLiteral("--count"), QStringLiteral("3"),
                                QStringLiteral("--prefix"), QStringLiteral("desk"), QStringLiteral("--seed"),
                                QStringLiteral("9"), QStringLiteral("--password-cost"), QStringLiteral("low"),
                                QStringLiteral("--supervisors"), QStringLiteral("1")},
                               {}, &output),
             0);
    QVERIFY2(output.contains(QStringLiteral("desk-1")), qPrintable(output));
    // The same usernames again: refused as a whole.
    QCOMPARE(server.runCommand({QStringLiteral("add-executives"), QStringLiteral("--count"), QStringLiteral("3"),
                                QStringLiteral("--prefix"), QStringLiteral("desk"), QStringLiteral("--password-cost"),
                                QStringLiteral("low")},
                               {}, &output),
             1);
    QVERIFY(server.runCommand({QStringLiteral("add-executives"), QStringLiteral("--count"), QStringLiteral("2"),
                               QStringLiteral("--prefix"), QStringLiteral("Not Valid")},
                              {}, &output) == 2);
    QCOMPARE(server.runCommand({QStringLiteral("list-accounts")}, {}, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("desk-1")) && output.contains(QStringLiteral("supervisor")) &&
                 output.contains(QStringLiteral("desk-3")) && output.contains(QStringLiteral("internet,wifi")),
             qPrintable(output));
}

void TestLoadSmoke::smallRunLosesNothing()
{
    ServerProcess server;
    QString output;
    QCOMPARE(server.runCommand({QStringLiteral("add-customers"), QStringLiteral("--count"), QStringLiteral("200"),
                                QStringLiteral("--prefix"), QStringLiteral("Smoke"), QStringLiteral("--seed"),
                                QStringLiteral("7"), QStringLiteral("--password-cost"), QStringLiteral("low")},
                               {}, &output),
             0);
    QCOMPARE(server.runCommand({QStringLiteral("add-executives"), QStringLiteral("--count"), QStringLiteral("5"),
                                QStringLiteral("--prefix"), QStringLiteral("smoke"), QStringLiteral("--seed"),
                                QStringLiteral("7"), QStringLiteral("--password-cost"), QStringLiteral("low")},
                               {}, &output),
             0);
    // The load generator comes from one address, faster than one address may usually connect, and
    // its five executives answer some ten messages a second each, over the chat rate limit (as in
    // tools/bench-capacity; tst_ratelimits tests that limit).
    QVERIFY2(server.start({QStringLiteral("--max-unauthenticated-per-address"), QStringLiteral("1000"),
                           QStringLiteral("--rate-limit"), QStringLiteral("chat=off")}),
             qPrintable(server.error()));

    QProcess loadgen;
    loadgen.setProcessChannelMode(QProcess::SeparateChannels);
    loadgen.start(QStringLiteral(TURNO_LOADGEN_BIN),
                  {QStringLiteral("--server"), server.address(), QStringLiteral("--customers"), QStringLiteral("200"),
                   QStringLiteral("--executives"), QStringLiteral("5"), QStringLiteral("--duration"),
                   QStringLiteral("10"), QStringLiteral("--message-rate"), QStringLiteral("100"),
                   QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--exec-prefix"),
                   QStringLiteral("smoke"), QStringLiteral("--server-pid"),
                   QString::number(server.process().processId()), QStringLiteral("--quiet")});
    QVERIFY(loadgen.waitForStarted(10'000));
    QVERIFY2(loadgen.waitForFinished(180'000), "turno-loadgen did not finish");
    const QString report = QString::fromUtf8(loadgen.readAllStandardOutput());
    const QString warnings = QString::fromUtf8(loadgen.readAllStandardError());
    const QString lastLine = report.trimmed().section(QLatin1Char('\n'), -1);
    const QJsonObject figures = QJsonDocument::fromJson(lastLine.toUtf8()).object();
    const QByteArray context = (report + warnings).toUtf8();
    QVERIFY2(!figures.isEmpty(), context.constData());

    QVERIFY2(figures.value(QStringLiteral("connections_established")).toInt() == 205, context.constData());
    QVERIFY2(figures.value(QStringLiteral("connections_failed")).toInt() == 0, context.constData());
    QVERIFY2(figures.value(QStringLiteral("connections_dropped")).toInt() == 0, context.constData());
    QVERIFY2(figures.value(QStringLiteral("messages_delivered")).toInt() > 0, context.constData());
    QVERIFY2(figures.value(QStringLiteral("lost")).toInt() == 0, context.constData());
    QVERIFY2(figures.value(QStringLiteral("duplicated")).toInt() == 0, context.constData());
    QVERIFY2(figures.value(QStringLiteral("unacknowledged")).toInt() == 0, context.constData());
    QVERIFY2(figures.value(QStringLiteral("error_replies")).toInt() == 0, context.constData());
}

QTEST_GUILESS_MAIN(TestLoadSmoke)
#include "tst_loadsmoke.moc"
