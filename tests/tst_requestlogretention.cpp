// What the server keeps of its own logs, end to end: request-log rows past the retention are
// deleted in small batches (rows still within it stay), retention 0 keeps everything, and a line
// repeated by a flood is written a few times and then summed up, in the log and on stdout.
#include "protocol/codec.h"
#include "rawclient.h"
#include "serverprocess.h"
#include "storage/sqlitestore.h"
#include "testsupport.h"

#include <QtTest>

using namespace Turno;
using namespace Turno::Protocol;

namespace
{

// Counted rows of a server's database (queryNumber), as an int for QCOMPARE.
int rows(const QString &databasePath, const QString &sql)
{
    return int(Test::queryNumber(databasePath, sql));
}

constexpr qint64 kDayMs = 86'400'000;

// Writes `old` rows dated 401 days ago, then `recent` rows dated 399 days ago, into the database
// the server will open (the old ones first, as they would have been written).
bool seed(const QString &databasePath, int old, int recent)
{
    QString error;
    auto store = Storage::SqliteStore::open(databasePath, &error);
    if (!store) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<QFuture<Storage::Result<qint64>>> writes;
    for (int i = 0; i < old + recent; ++i) {
        const bool isOld = i < old;
        writes.append(store->appendRequest(
            {0, now - (isOld ? 401 : 399) * kDayMs, QStringLiteral("customer"), QStringLiteral("12345678-5"),
             isOld ? QStringLiteral("old") : QStringLiteral("recent"), QString(), QStringLiteral("ok")}));
    }
    for (auto &write : writes) {
        if (!write.result().ok())
            return false;
    }
    return true;
}

} // namespace

class TestRequestLogRetention : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oldRowsAreDeletedInBatches();
    void retentionZeroKeepsEverything();
    void floodedLineIsSummedUp();
};

void TestRequestLogRetention::oldRowsAreDeletedInBatches()
{
    Test::ServerProcess server;
    QVERIFY(seed(server.databasePath(), 1'234, 10));
    QVERIFY2(server.start(), qPrintable(server.error()));
    // Three batches of 500 at most; the default retention is 400 days.
    QVERIFY(server.waitForOutput(QStringLiteral("request log: deleted 1234 rows older than 400 days")));
    QCOMPARE(rows(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM request_log WHERE action = 'old'")), 0);
    QCOMPARE(rows(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM request_log WHERE action = 'recent'")),
             10);
}

void TestRequestLogRetention::retentionZeroKeepsEverything()
{
    Test::ServerProcess server;
    QVERIFY(seed(server.databasePath(), 20, 0));
    QVERIFY2(server.start({QStringLiteral("--request-log-retention"), QStringLiteral("0")}),
             qPrintable(server.error()));
    // A log-in afterwards is written after anything the start would have done.
    Test::RawClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(Hello{});
    client.send(CustomerLogin{1, QStringLiteral("12.345.678-5"), QStringLiteral("wrong-password")});
    LoginResult result;
    QVERIFY(client.next(result));
    QTRY_COMPARE(rows(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM request_log WHERE action = 'login'")),
                 1);
    QCOMPARE(rows(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM request_log WHERE action = 'old'")), 20);
    QVERIFY(!server.output().contains(QLatin1String("request log: deleted")));
}

void TestRequestLogRetention::floodedLineIsSummedUp()
{
    // Twenty connections that each send a bad Hello: the same warning twenty times. Five are
    // written; the other fifteen become one "… 15 more like this" line when the window ends.
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--collapse-repeats"), QStringLiteral("2")}), qPrintable(server.error()));
    for (int i = 0; i < 20; ++i) {
        Test::RawClient client;
        QVERIFY(client.connectTo(server.port()));
        Hello bad;
        bad.magic = 0x12345678;
        client.send(bad);
        QTRY_VERIFY(!client.isConnected());
    }
    const QString line = QStringLiteral("closed: not a Turno client (bad magic)");
    QVERIFY(server.waitForOutput(QStringLiteral("… 15 more like this: ")));
    const QString output = server.output();
    QCOMPARE(output.count(line), 5 + 1); // five lines, and the summary that quotes the line
    QVERIFY2(
        output.contains(QStringLiteral("… 15 more like this: [turno.net] warning: connection from 127.0.0.1 ") + line),
        qPrintable(output.right(1500)));
}

QTEST_GUILESS_MAIN(TestRequestLogRetention)
#include "tst_requestlogretention.moc"
