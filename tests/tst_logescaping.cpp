// Text a peer chose never starts a log line of its own: ServerLog escapes control characters,
// line separators and bidirectional overrides in every line it prints or shows in the log
// window, and a real server given a forged "[SERVER] …" line inside an RUT or a username prints
// it escaped, inside the line that quotes it.
#include "core/serverlog.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace Turno;
using Turno::Server::ServerLog;

class TestLogEscaping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void escaped_data();
    void escaped();
    void everyLineIsEscaped();
    void forgedLineFromPeer_data();
    void forgedLineFromPeer();

private:
    Test::ServerProcess m_server;
};

void TestLogEscaping::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TestLogEscaping::cleanupTestCase()
{
    m_server.stop();
}

void TestLogEscaping::escaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    const auto s = [](const char16_t *text) { return QString::fromUtf16(text); };
    QTest::newRow("plain") << s(u"Client Jorge Sandoval connected.") << s(u"Client Jorge Sandoval connected.");
    QTest::newRow("accents and emoji stay") << s(u"Peñalolén São Paulo 😀") << s(u"Peñalolén São Paulo 😀");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("newline") << s(u"x\n[SERVER] Client Mallory connected.")
                             << s(u"x\\n[SERVER] Client Mallory connected.");
    QTest::newRow("carriage return") << s(u"x\r[SERVER] y") << s(u"x\\r[SERVER] y");
    QTest::newRow("CR LF") << s(u"a\r\nb") << s(u"a\\r\\nb");
    QTest::newRow("tab") << s(u"a\tb") << s(u"a\\tb");
    QTest::newRow("backslash, so escapes are unambiguous") << s(u"C:\\n") << s(u"C:\\\\n");
    QTest::newRow("NUL") << QString(QChar(0)) << s(u"\\u0000");
    QTest::newRow("escape (terminal colours)") << s(u"\x1b[31mred") << s(u"\\u001b[31mred");
    QTest::newRow("vertical tab, form feed") << s(u"\v\f") << s(u"\\u000b\\u000c");
    QTest::newRow("unit separator") << s(u"\x1f") << s(u"\\u001f");
    QTest::newRow("DEL") << s(u"\x7f") << s(u"\\u007f");
    QTest::newRow("C1 next line") << s(u"a\u0085b") << s(u"a\\u0085b");
    QTest::newRow("C1 CSI") << s(u"\u009b2J") << s(u"\\u009b2J");
    QTest::newRow("C1 last") << s(u"\u009f") << s(u"\\u009f");
    QTest::newRow("first after C1 stays") << s(u"\u00a0") << s(u"\u00a0");
    QTest::newRow("line separator") << s(u"a\u2028b") << s(u"a\\u2028b");
    QTest::newRow("paragraph separator") << s(u"a\u2029b") << s(u"a\\u2029b");
    QTest::newRow("right-to-left override") << s(u"abc\u202edcba") << s(u"abc\\u202edcba");
    QTest::newRow("bidi isolates") << s(u"\u2066\u2067\u2068\u2069") << s(u"\\u2066\\u2067\\u2068\\u2069");
}

void TestLogEscaping::escaped()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(ServerLog::escaped(text), shown);
}

void TestLogEscaping::everyLineIsEscaped()
{
    // The one message handler feeds stdout and the log window the same escaped line.
    const QtMessageHandler testHandler = qInstallMessageHandler(nullptr);
    ServerLog::install(false);
    QSignalSpy logged(&ServerLog::instance(), &ServerLog::messageLogged);
    qCWarning(lcNet).noquote() << "refused:" << QStringLiteral("x\n[SERVER] Client Mallory connected.");
    ServerLog::event(
        QStringLiteral("Client %1 connected.").arg(QStringLiteral("Mallory\r\n[SERVER] Executive Eve connected.")));
    qInstallMessageHandler(testHandler);
    QCOMPARE(logged.size(), 2);
    QCOMPARE(logged.at(0).at(1).toString(),
             QStringLiteral("[turno.net] warning: refused: x\\n[SERVER] Client Mallory connected."));
    QCOMPARE(logged.at(1).at(1).toString(),
             QStringLiteral("[SERVER] Client Mallory\\r\\n[SERVER] Executive Eve connected. connected."));
    QCOMPARE(ServerLog::format(QtInfoMsg, "turno.auth", QStringLiteral("a\u2028b")),
             QStringLiteral("[turno.auth] info: a\\u2028b"));
}

void TestLogEscaping::forgedLineFromPeer_data()
{
    QTest::addColumn<bool>("asExecutive");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("forged");
    QTest::addColumn<QString>("shown");
    // Usernames are looked up in lower case, and so logged; an RUT holds at most 16 bytes.
    QTest::newRow("newline in a username")
        << true << QStringLiteral("mallory\n[SERVER] Client Mallory connected.")
        << QStringLiteral("[SERVER] Client Mallory connected.")
        << QStringLiteral("Failed log-in of executive mallory\\n[server] client mallory connected.");
    QTest::newRow("carriage return in a username")
        << true << QStringLiteral("eve\r[SERVER] Client Eve connected.")
        << QStringLiteral("[SERVER] Client Eve connected.")
        << QStringLiteral("Failed log-in of executive eve\\r[server] client eve connected.");
    QTest::newRow("line separator in a username")
        << true << QStringLiteral("trudy\u2028[SERVER] Client Trudy connected.")
        << QStringLiteral("[SERVER] Client Trudy connected.")
        << QStringLiteral("Failed log-in of executive trudy\\u2028[server] client trudy connected.");
    QTest::newRow("newline in an RUT") << false << QStringLiteral("1\n[SERVER] Bob") << QStringLiteral("[SERVER] Bob")
                                       << QStringLiteral("Failed log-in of customer 1\\n[SERVER] Bob");
}

void TestLogEscaping::forgedLineFromPeer()
{
    QFETCH(bool, asExecutive);
    QFETCH(QString, account);
    QFETCH(QString, forged);
    QFETCH(QString, shown);

    // Nobody logs in: the forged text comes from a peer that is not authenticated.
    Test::RawClient mallory;
    QVERIFY(mallory.connectTo(m_server.port()));
    mallory.send(Protocol::Hello{});
    if (asExecutive)
        mallory.send(Protocol::ExecutiveLogin{1, account, QStringLiteral("wrong-password")});
    else
        mallory.send(Protocol::CustomerLogin{1, account, QStringLiteral("wrong-password")});
    Protocol::LoginResult result;
    QVERIFY(mallory.next(result));
    QCOMPARE(result.status, quint8(Protocol::LoginStatus::WrongCredentials));

    // The line that quotes the account has been printed (escaped or not)...
    QVERIFY2(m_server.waitForOutput(shown.left(shown.indexOf(QLatin1Char('\\')))), qPrintable(m_server.output()));
    // ...and no line starts with the forged text. Any character a terminal or a viewer may take for the end of a line.
    static const QRegularExpression lineEnd(QStringLiteral("[\\n\\r\\x{0085}\\x{2028}\\x{2029}\\v\\f]"));
    const QStringList lines = m_server.output().split(lineEnd);
    for (const QString &line : lines)
        QVERIFY2(!line.startsWith(forged, Qt::CaseInsensitive), qPrintable(QStringLiteral("forged line: ") + line));
    QVERIFY2(m_server.waitForOutput(shown), qPrintable(m_server.output()));
}

QTEST_GUILESS_MAIN(TestLogEscaping)
#include "tst_logescaping.moc"
