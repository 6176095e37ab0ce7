// The executive's :command table: how each line typed at the terminal prompt (or the window's
// conversation input) is read (which command, which argument, or why it is refused), and that :help
// lists every command once.
#include "executivecommands.h"

#include <QtTest>

using namespace Turno;

Q_DECLARE_METATYPE(ParsedCommand::Status)
Q_DECLARE_METATYPE(ExecutiveCommandId)

class TestCliCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void problemsNameTheCommand_data();
    void problemsNameTheCommand();
    void helpListsEveryCommand();
    void availableCommands();
};

void TestCliCommands::parse_data()
{
    using S = ParsedCommand::Status;
    using Id = ExecutiveCommandId;
    QTest::addColumn<QString>("line");
    QTest::addColumn<S>("status");
    QTest::addColumn<Id>("id"); // meaningful when a command was recognised
    QTest::addColumn<QString>("argument");

    QTest::newRow("status") << ":status" << S::Ok << Id::Status << QString();
    QTest::newRow("spaces around") << "   :status  " << S::Ok << Id::Status << QString();
    QTest::newRow("upper case") << ":STATUS" << S::Ok << Id::Status << QString();
    QTest::newRow("space after colon") << ": status" << S::Ok << Id::Status << QString();
    QTest::newRow("help") << ":help" << S::Ok << Id::Help << QString();
    QTest::newRow("quit") << ":quit" << S::Ok << Id::Quit << QString();
    QTest::newRow("details") << ":details" << S::Ok << Id::Details << QString();
    QTest::newRow("history") << ":history" << S::Ok << Id::History << QString();
    QTest::newRow("connect") << ":connect" << S::Ok << Id::Connect << QString();
    QTest::newRow("connect, upper case") << ":Connect" << S::Ok << Id::Connect << QString();
    QTest::newRow("reject") << ":reject" << S::Ok << Id::Reject << QString();
    QTest::newRow("reject, spaced") << " :  reject " << S::Ok << Id::Reject << QString();
    QTest::newRow("ready") << ":ready" << S::Ok << Id::Ready << QString();
    QTest::newRow("away with a reason") << ":away  lunch break " << S::Ok << Id::Away << QStringLiteral("lunch break");
    QTest::newRow("away without a reason") << ":away" << S::MissingArgument << Id::Away << QString();
    QTest::newRow("end") << ":end" << S::Ok << Id::End << QString();
    QTest::newRow("END") << ":END" << S::Ok << Id::End << QString();
    QTest::newRow("restart internet") << ":restart internet" << S::Ok << Id::RestartInternet << QString();
    QTest::newRow("restart wifi") << ":restart wifi" << S::Ok << Id::RestartWifi << QString();
    QTest::newRow("restart, odd spacing and case") << ":Restart    WiFi" << S::Ok << Id::RestartWifi << QString();
    QTest::newRow("info with text") << ":info called about slow speed" << S::Ok << Id::Info
                                    << "called about slow speed";
    QTest::newRow("info keeps inner spacing") << ":info  a  b " << S::Ok << Id::Info << "a  b";
    QTest::newRow("info accents") << ":info cliente reinició el módem" << S::Ok << Id::Info
                                  << "cliente reinició el módem";

    QTest::newRow("info without text") << ":info" << S::MissingArgument << Id::Info << QString();
    QTest::newRow("info only spaces") << ":info    " << S::MissingArgument << Id::Info << QString();
    QTest::newRow("status with extra") << ":status now" << S::UnexpectedArgument << Id::Status << "now";
    QTest::newRow("connect someone") << ":connect Jorge" << S::UnexpectedArgument << Id::Connect << "Jorge";
    QTest::newRow("reject with reason") << ":reject busy" << S::UnexpectedArgument << Id::Reject << "busy";
    QTest::newRow("end now") << ":end now" << S::UnexpectedArgument << Id::End << "now";
    QTest::newRow("restart internet now")
        << ":restart internet now" << S::UnexpectedArgument << Id::RestartInternet << "now";
    QTest::newRow("restart alone") << ":restart" << S::Incomplete << Id::Status << QString();
    QTest::newRow("restart something else") << ":restart router" << S::Incomplete << Id::Status << QString();
    QTest::newRow("unknown") << ":dance" << S::Unknown << Id::Status << QString();
    QTest::newRow("prefix is not a command") << ":stat" << S::Unknown << Id::Status << QString();
    QTest::newRow("longer word is not a command") << ":statuses" << S::Unknown << Id::Status << QString();
    QTest::newRow("ending is not end") << ":ending" << S::Unknown << Id::Status << QString();
    QTest::newRow("connection is not connect") << ":connection" << S::Unknown << Id::Status << QString();
    QTest::newRow("colon alone") << ":" << S::Unknown << Id::Status << QString();
    QTest::newRow("plain text") << "hello there" << S::NotACommand << Id::Status << QString();
    QTest::newRow("a message that mentions a command")
        << "type :end when done" << S::NotACommand << Id::Status << QString();
    QTest::newRow("empty") << "" << S::NotACommand << Id::Status << QString();
    QTest::newRow("colon later") << "status:" << S::NotACommand << Id::Status << QString();
}

void TestCliCommands::parse()
{
    QFETCH(QString, line);
    QFETCH(ParsedCommand::Status, status);
    QFETCH(ExecutiveCommandId, id);
    QFETCH(QString, argument);

    const ParsedCommand parsed = ExecutiveCommands::parse(line);
    QCOMPARE(parsed.status, status);
    const bool recognised = status == ParsedCommand::Status::Ok || status == ParsedCommand::Status::MissingArgument ||
                            status == ParsedCommand::Status::UnexpectedArgument;
    QCOMPARE(parsed.command != nullptr, recognised);
    if (recognised)
        QCOMPARE(parsed.command->id, id);
    QCOMPARE(parsed.argument, argument);
}

void TestCliCommands::problemsNameTheCommand_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("available") << ":status" << QString();
    QTest::newRow("not yet") << ":details"
                             << "The command :details is not available yet.";
    QTest::newRow("unknown") << ":dance"
                             << "There is no command :dance. Type :help to see the commands.";
    QTest::newRow("incomplete") << ":restart"
                                << ":restart needs one more word. Use one of: :restart internet, :restart wifi";
    QTest::newRow("missing") << ":info"
                             << ":info needs something after it. Use it as :info <description>";
    QTest::newRow("unexpected") << ":quit now"
                                << ":quit takes nothing after it. Use it as :quit";
    QTest::newRow("connect works") << ":connect" << QString();
    QTest::newRow("reject works") << ":reject" << QString();
    QTest::newRow("end works") << ":end" << QString();
    QTest::newRow("end with extra") << ":end please"
                                    << ":end takes nothing after it. Use it as :end";
}

void TestCliCommands::problemsNameTheCommand()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(ExecutiveCommands::problem(ExecutiveCommands::parse(line)), expected);
}

void TestCliCommands::helpListsEveryCommand()
{
    const QStringList lines = ExecutiveCommands::helpLines();
    QCOMPARE(lines.size(), qsizetype(ExecutiveCommands::all().size()));
    for (const ExecutiveCommand &command : ExecutiveCommands::all()) {
        const QString usage = ExecutiveCommands::usage(command);
        QCOMPARE(lines.filter(QStringLiteral("  %1 — ").arg(usage)).size(), 1);
        // Every name in the table parses back to its own command.
        const ParsedCommand parsed = ExecutiveCommands::parse(
            command.argument ? usage.section(QLatin1Char(' '), 0, -2) + QStringLiteral(" x") : usage);
        QVERIFY2(parsed.command && parsed.command->id == command.id, qPrintable(usage));
    }
}

void TestCliCommands::availableCommands()
{
    QStringList available;
    for (const ExecutiveCommand &command : ExecutiveCommands::all()) {
        if (command.available)
            available.append(QString::fromLatin1(command.name));
    }
    QCOMPARE(available, (QStringList{QStringLiteral("status"), QStringLiteral("history"), QStringLiteral("info"),
                                     QStringLiteral("restart internet"), QStringLiteral("restart wifi"),
                                     QStringLiteral("connect"), QStringLiteral("reject"),
                                     QStringLiteral("end"), QStringLiteral("ready"), QStringLiteral("away"),
                                     QStringLiteral("help"), QStringLiteral("quit")}));
    // :help marks only the others as coming later.
    const QStringList soon = ExecutiveCommands::helpLines().filter(QStringLiteral("(available soon)"));
    QCOMPARE(soon.size(), qsizetype(ExecutiveCommands::all().size()) - available.size());
    for (const QString &name :
         {QStringLiteral(":connect — "), QStringLiteral(":reject — "), QStringLiteral(":end — ")}) {
        const QStringList lines = ExecutiveCommands::helpLines().filter(name);
        QCOMPARE(lines.size(), qsizetype(1));
        QVERIFY2(!lines.constFirst().contains(QLatin1String("(available soon)")), qPrintable(name));
    }
}

QTEST_APPLESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
