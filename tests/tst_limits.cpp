// Limits end to end, against a real turno-server: `add-customer` refuses a name over the account
// rules (and says which limit) while a name right at them works and reaches an executive in the
// waiting list, the offer and the session; a name stored longer by an older server reaches them
// shortened instead of closing their connection; and a customer with 300 notes of 1 KiB has their
// whole history read in pages, each frame under the cap, by a raw client and by ExecutiveSession;
// the executive's history panel adds older pages on request, and its note field stops at the
// note's limit in bytes.
#include "commandrunner.h"
#include "historypanel.h"
#include "rawclient.h"
#include "serverprocess.h"
#include "session/customersession.h"
#include "session/executivesession.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QtTest>

using namespace Turno;
using namespace Turno::Protocol;

namespace
{

// 42 CJK characters (3 bytes each) and "ab": 44 characters, 128 bytes of UTF-8, the most a name
// may take. One more CJK character is 129 bytes, still well under 60 characters.
const QString kNameAtTheLimit = QString(42, QChar(0x5F35)) + QStringLiteral("ab");
const QString kNameOverTheBytes = QString(43, QChar(0x5F35));
const QString kPassword = QStringLiteral("secret-123");

// Runs sql (with its values bound in order) on the server's database, as an older server or an
// administrator with sqlite3 would.
bool execute(const QString &databasePath, const QString &sql, const QVariantList &values = {})
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("limits-writer"));
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            ok = query.exec();
            if (!ok)
                qWarning("%s", qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("limits-writer"));
    return ok;
}

// Note number i, exactly 1024 bytes of UTF-8 (the note limit), with two-byte letters in it.
QString noteText(int i)
{
    QString text = QStringLiteral("Nota %1: revisión del módem; ").arg(i, 3, 10, QLatin1Char('0'));
    while (text.toUtf8().size() < 1024)
        text += text.toUtf8().size() % 2 ? QStringLiteral("a") : QStringLiteral("ñ");
    while (text.toUtf8().size() > 1024)
        text.chop(1);
    return text;
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addCustomerKeepsNamesWithinTheWire();
    void overlongStoredNameIsShortenedNotFatal();
    void longHistoryComesInPages();
    void historyPanelAddsOlderPages();
    void terminalPagesAndMeasuresInBytes();

private:
    // An executive logged in and away (so nothing rings until they say so).
    bool logInAway(ExecutiveSession &executive, const QString &username, const QString &password);
    // A customer logged in and waiting for an executive about the internet.
    bool logInAndWait(CustomerSession &customer, const QString &rut, const QString &password);
    // Checks that name reaches `executive` in the waiting list, then, once available, in the
    // offer and the session, and that the executive stays connected throughout.
    void nameReachesExecutive(ExecutiveSession &executive, const QString &name);

    Test::ServerProcess *m_server = nullptr;
};

void TestLimits::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TurnoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_limits"));
}

bool TestLimits::logInAway(ExecutiveSession &executive, const QString &username, const QString &password)
{
    QSignalSpy in(&executive, &ExecutiveSession::loggedInAs);
    if (!executive.logIn(m_server->address(), username, password) || !in.wait(10'000))
        return false;
    QSignalSpy presence(&executive, &ExecutiveSession::presenceChanged);
    executive.setAway(QStringLiteral("reading"));
    return QTest::qWaitFor([&] { return executive.presence() == Presence::Away; }, 10'000);
}

bool TestLimits::logInAndWait(CustomerSession &customer, const QString &rut, const QString &password)
{
    QSignalSpy in(&customer, &CustomerSession::loggedInAs);
    if (!customer.logIn(m_server->address(), rut, password) || !in.wait(10'000))
        return false;
    return customer.contactExecutive(QStringLiteral("internet"));
}

void TestLimits::nameReachesExecutive(ExecutiveSession &executive, const QString &name)
{
    QSignalSpy lost(&executive, &ClientSession::connectionLost);
    const auto waitingNames = [&executive] {
        QStringList names;
        for (const WaitingEntry &entry : executive.waitingCustomers())
            names.append(entry.customerName);
        return names;
    };
    QTRY_VERIFY_WITH_TIMEOUT(waitingNames().contains(name), 10'000);
    QSignalSpy offered(&executive, &ExecutiveSession::offerReceived);
    QSignalSpy started(&executive, &ExecutiveSession::sessionStarted);
    executive.setAvailable();
    QVERIFY(offered.wait(10'000));
    QCOMPARE(offered.first().first().value<OfferInfo>().customerName, name);
    QVERIFY(executive.acceptOffer());
    QVERIFY(started.wait(10'000));
    QCOMPARE(started.first().at(1).toString(), name);
    QVERIFY(executive.isOnline());
    QCOMPARE(lost.size(), 0);
}

void TestLimits::addCustomerKeepsNamesWithinTheWire()
{
    Test::ServerProcess server;
    m_server = &server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));

    // One byte over: refused, saying which limit, and nothing is stored.
    QString output;
    QCOMPARE(server.runCommand({QStringLiteral("add-customer"), QStringLiteral("11.111.111-1"), kNameOverTheBytes},
                               kPassword.toUtf8() + '\n', &output),
             2);
    QVERIFY2(output.contains(QLatin1String("128 bytes")), qPrintable(output));
    // Over the characters, in a script of one byte each.
    QCOMPARE(server.runCommand(
                 {QStringLiteral("add-customer"), QStringLiteral("11.111.111-1"), QString(61, QLatin1Char('a'))},
                 kPassword.toUtf8() + '\n', &output),
             2);
    QVERIFY2(output.contains(QLatin1String("60 characters")), qPrintable(output));
    // A password the wire could carry but the account rules do not allow.
    QCOMPARE(server.runCommand({QStringLiteral("add-customer"), QStringLiteral("11.111.111-1"), QStringLiteral("Ana")},
                               QByteArray(65, 'p') + '\n', &output),
             2);
    QVERIFY2(output.contains(QLatin1String("at most 64 characters")), qPrintable(output));

    // Right at the limit: stored, and shown to the executive whole, everywhere.
    QVERIFY(server.addCustomer(QStringLiteral("11.111.111-1"), kNameAtTheLimit, kPassword));
    ExecutiveSession juan;
    QVERIFY(logInAway(juan, QStringLiteral("jperez"), QStringLiteral("juan1234")));
    CustomerSession customer;
    QSignalSpy in(&customer, &CustomerSession::loggedInAs);
    QVERIFY(logInAndWait(customer, QStringLiteral("11.111.111-1"), kPassword));
    QCOMPARE(in.first().first().toString(), kNameAtTheLimit);
    nameReachesExecutive(juan, kNameAtTheLimit);
    m_server = nullptr;
}

void TestLimits::overlongStoredNameIsShortenedNotFatal()
{
    Test::ServerProcess server;
    m_server = &server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    // An older server let add-customer store 200 characters; the wire carries 128 bytes of a name.
    const QString stored = QString(100, QChar(0x00F1)) + QString(100, QLatin1Char('x')); // 300 bytes
    QVERIFY(execute(server.databasePath(), QStringLiteral("UPDATE customers SET full_name = ? WHERE rut = ?"),
                    {stored, QStringLiteral("12345678-5")}));
    ExecutiveSession juan;
    QVERIFY(logInAway(juan, QStringLiteral("jperez"), QStringLiteral("juan1234")));
    CustomerSession jorge;
    QVERIFY(logInAndWait(jorge, QStringLiteral("12.345.678-5"), QStringLiteral("jorge1234")));
    // 64 two-byte letters: the longest start of the name that fits, never half a letter.
    nameReachesExecutive(juan, QString(64, QChar(0x00F1)));
    QVERIFY(jorge.isOnline());
    QVERIFY2(server.waitForOutput(QStringLiteral("name over its limit")), qPrintable(server.output()));
    m_server = nullptr;
}

void TestLimits::longHistoryComesInPages()
{
    Test::ServerProcess server;
    m_server = &server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    const int notes = 300;
    for (int i = 1; i <= notes; ++i) {
        QVERIFY(execute(server.databasePath(),
                        QStringLiteral("INSERT INTO request_log (at_ms, actor_kind, actor, action, detail, result) "
                                       "VALUES (?, 'customer', '12345678-5', 'note', ?, 'Juan Perez')"),
                        {QDateTime::currentMSecsSinceEpoch(), noteText(i)}));
    }
    // Both executives away, so that Jorge waits in their line and nothing rings.
    Test::RawClient maria;
    maria.mayInterleave({Kind::ConnectedCustomers, Kind::Colleagues, Kind::Contacts, Kind::WaitingList});
    QVERIFY(maria.connectTo(server.port()));
    QVERIFY(maria.logInExecutive(QStringLiteral("msoto"), QStringLiteral("maria1234")));
    maria.send(SetPresence{2, quint8(Presence::Away), QStringLiteral("reading")});
    PresenceChanged presence;
    QVERIFY(QTest::qWaitFor([&] { return maria.next(presence, 1'000) && presence.presence == quint8(Presence::Away); },
                            10'000));
    maria.mayInterleave({Kind::PresenceChanged});
    ExecutiveSession juan;
    QVERIFY(logInAway(juan, QStringLiteral("jperez"), QStringLiteral("juan1234")));
    CustomerSession jorge;
    QVERIFY(logInAndWait(jorge, QStringLiteral("12.345.678-5"), QStringLiteral("jorge1234")));

    // A raw client sees every frame: each History fits well under the cap, and the pages go from
    // the newest notes to the oldest without a gap or a repeat.
    WaitingList line;
    QVERIFY(QTest::qWaitFor([&] { return maria.next(line, 1'000) && !line.customers.isEmpty(); }, 10'000));
    const QString key = line.customers.first().customerKey;

    QStringList received;
    quint64 before = 0;
    int pages = 0;
    qsizetype largest = 0;
    do {
        const int framesBefore = int(maria.payloads().size());
        maria.send(RequestHistory{quint32(10 + pages), 0, key, before});
        History page;
        QVERIFY2(maria.next(page), "a History page");
        QCOMPARE(page.requestId, quint32(10 + pages));
        QCOMPARE(page.customerName, QStringLiteral("Jorge Sandoval"));
        const QByteArray payload = maria.payloads().last();
        largest = qMax(largest, payload.size() + kKindBytes);
        QVERIFY(maria.payloads().size() > framesBefore);
        QVERIFY2(payload.size() + 2 <= kHistoryPageBytes + 1024,
                 qPrintable(QStringLiteral("a page of %1 bytes").arg(payload.size())));
        QVERIFY(!page.entries.isEmpty());
        QStringList texts;
        for (const HistoryEntry &entry : std::as_const(page.entries)) {
            if (entry.action == QLatin1String("note"))
                texts.append(entry.detail);
        }
        received = texts + received; // each page is older than the ones before it
        QVERIFY2(page.older == 0 || page.older < before || before == 0, "the cursor goes back");
        before = page.older;
        ++pages;
    } while (before != 0 && pages < 100);
    qInfo("%d notes of 1 KiB: %d pages, the largest frame %lld bytes", notes, pages, qlonglong(largest));
    QVERIFY2(pages >= 7, qPrintable(QStringLiteral("%1 pages").arg(pages))); // 300 KiB at 48 KiB a page
    QCOMPARE(received.size(), notes);
    for (int i = 1; i <= notes; ++i)
        QCOMPARE(received.at(i - 1), noteText(i));
    QVERIFY(maria.isConnected());

    // The app's controller: the newest page first, then older ones on request, until none is left.
    QTRY_VERIFY_WITH_TIMEOUT(!juan.waitingCustomers().isEmpty(), 10'000);
    QSignalSpy lost(&juan, &ClientSession::connectionLost);
    QSignalSpy first(&juan, &ExecutiveSession::historyReceived);
    QSignalSpy older(&juan, &ExecutiveSession::olderHistoryReceived);
    QVERIFY(juan.requestHistoryOf(juan.waitingCustomers().first().key));
    QVERIFY(first.wait(10'000));
    QList<HistoryItem> items = first.first().at(1).value<QList<HistoryItem>>();
    QVERIFY(first.first().at(2).toBool());
    QVERIFY(juan.hasOlderHistory());
    while (juan.hasOlderHistory()) {
        const qsizetype pagesSoFar = older.size();
        QVERIFY(juan.requestOlderHistory());
        QTRY_COMPARE_WITH_TIMEOUT(older.size(), pagesSoFar + 1, 10'000);
        QCOMPARE(older.last().at(0).toString(), QStringLiteral("Jorge Sandoval"));
        items = older.last().at(1).value<QList<HistoryItem>>() + items;
        QCOMPARE(older.last().at(2).toBool(), juan.hasOlderHistory());
    }
    QVERIFY(!juan.requestOlderHistory());
    int noteItems = 0;
    for (const HistoryItem &item : std::as_const(items)) {
        if (item.description.startsWith(QLatin1String("Note by Juan Perez: Nota ")))
            ++noteItems;
    }
    QCOMPARE(noteItems, notes);
    QVERIFY(items.first().description.contains(QLatin1String("Nota 001:")));
    QVERIFY(juan.isOnline());
    QCOMPARE(lost.size(), 0);
    m_server = nullptr;
}

void TestLimits::historyPanelAddsOlderPages()
{
    HistoryPanel panel;
    panel.resize(400, 600);
    panel.show();
    const QDateTime now = QDateTime::currentDateTime();
    const WaitingEntry jorge{QStringLiteral("17"), QStringLiteral("Jorge Sandoval"), QStringLiteral("Internet"),
                             QString(), now};
    panel.showWaiting(jorge);
    panel.showHistory(jorge.customerName,
                      {{now.addSecs(-60), QStringLiteral("Newest page, first entry.")},
                       {now, QStringLiteral("Newest page, last entry.")}},
                      true);
    auto *view = panel.findChild<QTextBrowser *>(QStringLiteral("historyView"));
    QVERIFY(view);
    QVERIFY2(view->toPlainText().contains(QLatin1String("Show older entries")), qPrintable(view->toPlainText()));
    QVERIFY(panel.offersOlder());

    // The link asks for the page before, once, and says it is on its way.
    QSignalSpy older(&panel, &HistoryPanel::olderRequested);
    Q_EMIT view->anchorClicked(QUrl(QStringLiteral("older")));
    QCOMPARE(older.size(), 1);
    QVERIFY(view->toPlainText().contains(QLatin1String("Loading older entries")));
    Q_EMIT view->anchorClicked(QUrl(QStringLiteral("older")));
    QCOMPARE(older.size(), 1);
    // Another customer's page is not this one's.
    panel.showOlderHistory(QStringLiteral("Claudio García"), {{now, QStringLiteral("Not Jorge's.")}}, false);
    QCOMPARE(panel.entryCount(), 2);

    // The older page goes under the newest (the panel shows the newest first); nothing is left.
    panel.showOlderHistory(jorge.customerName, {{now.addDays(-3), QStringLiteral("Older page entry.")}}, false);
    QCOMPARE(panel.entryCount(), 3);
    const QString text = view->toPlainText();
    QVERIFY2(!text.contains(QLatin1String("Show older entries")), qPrintable(text));
    QVERIFY(!panel.offersOlder());
    QVERIFY(text.indexOf(QLatin1String("Newest page, last entry.")) <
            text.indexOf(QLatin1String("Newest page, first entry.")));
    QVERIFY(text.indexOf(QLatin1String("Newest page, first entry.")) <
            text.indexOf(QLatin1String("Older page entry.")));

    // The note field keeps to the note's 1024 bytes, whatever the script: 341 characters of three
    // bytes take 1023, so one more of them is refused and a one-byte letter still fits.
    auto *note = panel.findChild<QLineEdit *>(QStringLiteral("noteInput"));
    QVERIFY(note);
    note->insert(QString(341, QChar(0x5F35)));
    QCOMPARE(note->text().size(), 341);
    note->insert(QString(QChar(0x5F35)));
    QCOMPARE(note->text().size(), 341);
    note->insert(QStringLiteral("a"));
    QCOMPARE(note->text().toUtf8().size(), 1024);
}

void TestLimits::terminalPagesAndMeasuresInBytes()
{
    // :history says when there is more, and :older shows it (or says there is nothing).
    const QList<HistoryItem> page{{QDateTime::currentDateTime(), QStringLiteral("Logged in.")}};
    QVERIFY(CommandRunner::historyLines(QStringLiteral("Jorge"), page, true)
                .contains(QStringLiteral("There are older entries: type :older to see them.")));
    QVERIFY(!CommandRunner::historyLines(QStringLiteral("Jorge"), page, false).join(u'\n').contains(u":older"));
    QCOMPARE(CommandRunner::historyLines(QStringLiteral("Jorge"), page, false, true).first(),
             QStringLiteral("Older history of Jorge:"));
    ExecutiveSession offline;
    QVERIFY(!offline.hasOlderHistory());
    QCOMPARE(CommandRunner::run(offline, ExecutiveCommands::parse(QStringLiteral(":older"))).said,
             ExecutiveCommands::nothingOlder());

    // Notes and chat messages are measured in bytes, as the wire carries them, and the excess is
    // told in characters: 342 characters of three bytes are 1026 bytes, one character too many.
    QCOMPARE(ExecutiveTexts::noteProblem(QString(341, QChar(0x5F35)) + QStringLiteral("a")), QString());
    QCOMPARE(ExecutiveTexts::noteProblem(QString(342, QChar(0x5F35))),
             QStringLiteral("The note is 1 characters too long; shorten it and add it again."));
    QCOMPARE(ExecutiveTexts::noteProblem(QString(1030, QLatin1Char('a'))),
             QStringLiteral("The note is 6 characters too long; shorten it and add it again."));
    QCOMPARE(ClientSession::chatTextProblem(QString(2048, QChar(0x00F1))), QString()); // 4096 bytes
    QCOMPARE(ClientSession::chatTextProblem(QString(1366, QChar(0x5F35))),
             QStringLiteral("The message is 1 characters too long; shorten it and send it again."));
}

QTEST_MAIN(TestLimits)
#include "tst_limits.moc"
