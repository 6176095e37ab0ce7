// The executive's :command table: how each line typed at the terminal prompt (or the window's
// conversation input) is read (which command, which argument, or why it is refused), and that :help
// lists every command once.
#include "commandrunner.h"
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
    void sessionCommands();
    void findByNameOrNumber_data();
    void findByNameOrNumber();
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
    QTest::newRow("older history") << ":older" << S::Ok << Id::Older << QString();
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
    QTest::newRow("connect someone") << ":connect Jorge" << S::Ok << Id::Connect << "Jorge";
    QTest::newRow("connect a number") << ":connect 2" << S::Ok << Id::Connect << "2";
    QTest::newRow("queue") << ":queue" << S::Ok << Id::Queue << QString();
    QTest::newRow("queue with extra") << ":queue all" << S::UnexpectedArgument << Id::Queue << "all";
    QTest::newRow("history of someone waiting") << ":history Claudio" << S::Ok << Id::History << "Claudio";
    QTest::newRow("sessions") << ":sessions" << S::Ok << Id::Sessions << QString();
    QTest::newRow("sessions is not session") << ":session" << S::Unknown << Id::Status << QString();
    QTest::newRow("switch") << ":switch" << S::Ok << Id::Switch << QString();
    QTest::newRow("switch to a name") << ":switch  Claudio García " << S::Ok << Id::Switch << "Claudio García";
    QTest::newRow("switch to a number") << ":SWITCH 2" << S::Ok << Id::Switch << "2";
    QTest::newRow("hold") << ":hold" << S::Ok << Id::Hold << QString();
    QTest::newRow("hold someone") << ":hold Jorge" << S::UnexpectedArgument << Id::Hold << "Jorge";
    QTest::newRow("transfer") << ":transfer María Soto" << S::Ok << Id::Transfer << "María Soto";
    QTest::newRow("transfer to nobody") << ":transfer" << S::MissingArgument << Id::Transfer << QString();
    QTest::newRow("invite") << ":invite msoto" << S::Ok << Id::Invite << "msoto";
    QTest::newRow("invite nobody") << ":invite  " << S::MissingArgument << Id::Invite << QString();
    QTest::newRow("colleagues") << ":colleagues" << S::Ok << Id::Colleagues << QString();
    QTest::newRow("accept") << ":accept" << S::Ok << Id::Accept << QString();
    QTest::newRow("accept with extra") << ":accept now" << S::UnexpectedArgument << Id::Accept << "now";
    QTest::newRow("decline") << ":Decline" << S::Ok << Id::Decline << QString();
    QTest::newRow("contacts") << ":contacts" << S::Ok << Id::Contacts << QString();
    QTest::newRow("contact add") << ":contact add" << S::Ok << Id::ContactAdd << QString();
    QTest::newRow("contact add, odd spacing") << ":contact   ADD" << S::Ok << Id::ContactAdd << QString();
    QTest::newRow("contact add someone") << ":contact add Jorge" << S::UnexpectedArgument << Id::ContactAdd << "Jorge";
    QTest::newRow("contact invite") << ":contact invite Claudio wifi" << S::Ok << Id::ContactInvite << "Claudio wifi";
    QTest::newRow("contact invite nobody") << ":contact invite" << S::MissingArgument << Id::ContactInvite << QString();
    QTest::newRow("contact remove") << ":contact remove Claudio García" << S::Ok << Id::ContactRemove
                                    << "Claudio García";
    QTest::newRow("contact remove nobody") << ":contact remove" << S::MissingArgument << Id::ContactRemove << QString();
    QTest::newRow("contact alone") << ":contact" << S::Incomplete << Id::Status << QString();
    QTest::newRow("contact something else") << ":contact call" << S::Incomplete << Id::Status << QString();
    QTest::newRow("details with extra") << ":details all" << S::UnexpectedArgument << Id::Details << "all";
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
    QTest::newRow("details works") << ":details" << QString();
    QTest::newRow("switch works") << ":switch" << QString();
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
    QTest::newRow("contact incomplete")
        << ":contact"
        << ":contact needs one more word. Use one of: :contact add, :contact invite <name> [internet|wifi], "
           ":contact remove <name>";
    QTest::newRow("transfer to whom") << ":transfer"
                                      << ":transfer needs something after it. Use it as :transfer <colleague>";
    QTest::newRow("hold takes nothing") << ":hold Jorge"
                                        << ":hold takes nothing after it. Use it as :hold";
    QTest::newRow("a likely typo") << ":swich"
                                   << "There is no command :swich. Did you mean :switch? Type :help to see the "
                                      "commands.";
    QTest::newRow("a start of a command") << ":colle"
                                          << "There is no command :colle. Did you mean :colleagues? Type :help to "
                                             "see the commands.";
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
        // Every name in the table parses back to its own command, with an argument when it takes one.
        const QString name = QLatin1Char(':') + QString::fromLatin1(command.name);
        const ParsedCommand parsed =
            ExecutiveCommands::parse(command.takes == CommandArgument::None ? name : name + QStringLiteral(" x"));
        QVERIFY2(parsed.command && parsed.command->id == command.id, qPrintable(usage));
        QCOMPARE(parsed.status, ParsedCommand::Status::Ok);
        // The usage shows whether an argument is needed (<…>) or may be left out ([…]).
        if (command.takes == CommandArgument::Required)
            QVERIFY2(usage.contains(QLatin1Char('<')), qPrintable(usage));
        if (command.takes == CommandArgument::Optional)
            QVERIFY2(usage.contains(QLatin1Char('[')), qPrintable(usage));
        if (command.takes == CommandArgument::None)
            QCOMPARE(usage, name);
    }
}

void TestCliCommands::sessionCommands()
{
    // The commands that act on the session in front explain themselves without one.
    QStringList needing;
    for (const ExecutiveCommand &command : ExecutiveCommands::all()) {
        if (command.needsSession)
            needing.append(QString::fromLatin1(command.name));
    }
    QCOMPARE(needing,
             (QStringList{QStringLiteral("info"), QStringLiteral("restart internet"), QStringLiteral("restart wifi"),
                          QStringLiteral("switch"), QStringLiteral("hold"), QStringLiteral("transfer"),
                          QStringLiteral("invite"), QStringLiteral("contact add"), QStringLiteral("end")}));
    QCOMPARE(ExecutiveCommands::needsSession(ExecutiveCommands::parse(QStringLiteral(":hold"))),
             QStringLiteral(":hold works in a session, and you are not attending a customer right now."));
    QCOMPARE(ExecutiveCommands::needsSession(ExecutiveCommands::parse(QStringLiteral(":end"))),
             QStringLiteral("You are not attending a customer, so there is no session to end."));
}

void TestCliCommands::findByNameOrNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("index"); // -1 none, -2 several
    QTest::newRow("number") << "2" << 1;
    QTest::newRow("number too high") << "4" << -1;
    QTest::newRow("zero") << "0" << -1;
    QTest::newRow("full name") << "Claudio García" << 1;
    QTest::newRow("no case, no accents") << "claudio garcia" << 1;
    QTest::newRow("start of the name") << "Jor" << 0;
    QTest::newRow("start of the surname") << "garc" << 1;
    QTest::newRow("shared start") << "Clau" << -2;
    QTest::newRow("exact beats a start") << "Claudia" << 2;
    QTest::newRow("nobody") << "Pedro" << -1;
    QTest::newRow("empty") << "  " << -1;
}

void TestCliCommands::findByNameOrNumber()
{
    QFETCH(QString, text);
    QFETCH(int, index);
    const QStringList names{QStringLiteral("Jorge Sandoval"), QStringLiteral("Claudio García"),
                            QStringLiteral("Claudia")};
    QCOMPARE(CommandRunner::find(names, text), index);
}

QTEST_APPLESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
