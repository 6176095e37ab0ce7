// The SQLite store: accounts, conflicts, the request log, server state, bulk and all-or-nothing writes,
// group commit (many writes, few transactions, each acknowledged only once another connection can
// read it), a failing job rolled back alone inside a forced batch, and writes after close.
#include "storage/sqlitestore.h"
#include "storage/sqlwriter.h"

#include <QAtomicInteger>
#include <QMutex>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Turno::Storage;

class TestStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;

    static Customer customer(const QString &rut, const QString &name)
    {
        return {0, rut, name, QStringLiteral("$argon2id$fake"), QStringLiteral("Casa-WiFi"), QStringLiteral("Fibra")};
    }

    QString databasePath() const
    {
        return m_dir.filePath(QStringLiteral("turno-%1.db").arg(QTest::currentTestFunction()));
    }

    // Counts rows through a connection of the test's own: what another process would see on disk.
    // Callable from any thread (each call has its own connection, made and used on that thread).
    static int countIn(const QString &path, const QString &sql)
    {
        static QAtomicInteger<int> counter;
        const QString name = QStringLiteral("outside-%1").arg(counter.fetchAndAddRelaxed(1));
        int value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }
    int countOutside(const QString &sql) const { return countIn(databasePath(), sql); }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_store = SqliteStore::open(databasePath(), &error);
        QVERIFY2(m_store, qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void addAndFindCustomer()
    {
        const Result<qint64> added =
            m_store->addCustomer(customer(QStringLiteral("12345678-5"), "Jorge Sandoval")).result();
        QVERIFY2(added.ok(), qPrintable(added.error));
        QVERIFY(added.value > 0);
        const Result<std::optional<Customer>> found = m_store->findCustomer(QStringLiteral("12345678-5")).result();
        QVERIFY(found.ok());
        QVERIFY(found.value);
        QCOMPARE(found.value->id, added.value);
        QCOMPARE(found.value->fullName, QStringLiteral("Jorge Sandoval"));
        QCOMPARE(found.value->wifiSsid, QStringLiteral("Casa-WiFi"));
        QCOMPARE(found.value->plan, QStringLiteral("Fibra"));
        QCOMPARE(found.value->passwordHash, QStringLiteral("$argon2id$fake"));

        const Result<std::optional<Customer>> missing = m_store->findCustomer(QStringLiteral("10111222-5")).result();
        QVERIFY(missing.ok());
        QVERIFY(!missing.value);
    }

    void duplicateCustomerIsAConflict()
    {
        QVERIFY(m_store->addCustomer(customer(QStringLiteral("12345678-5"), "A")).result().ok());
        const Result<qint64> again = m_store->addCustomer(customer(QStringLiteral("12345678-5"), "B")).result();
        QVERIFY(!again.ok());
        QVERIFY(again.conflict);
        QCOMPARE(m_store->customers().result().value.size(), 1);
    }

    void executivesWithServices()
    {
        const Executive juan{0, "jperez", "Juan Perez", "h1", "executive", {"internet", "wifi"}};
        const Executive maria{0, "msoto", "María Soto", "h2", "supervisor", {"wifi"}};
        QVERIFY(m_store->addExecutive(juan).result().ok());
        QVERIFY(m_store->addExecutive(maria).result().ok());
        const Result<qint64> again = m_store->addExecutive(juan).result();
        QVERIFY(again.conflict);

        const auto found = m_store->findExecutive(QStringLiteral("msoto")).result();
        QVERIFY(found.ok() && found.value);
        QCOMPARE(found.value->fullName, QStringLiteral("María Soto"));
        QCOMPARE(found.value->role, QStringLiteral("supervisor"));
        QCOMPARE(found.value->services, QStringList{"wifi"});

        const auto all = m_store->executives().result();
        QVERIFY(all.ok());
        QCOMPARE(all.value.size(), 2);
        QCOMPARE(all.value[0].username, QStringLiteral("jperez"));
        QCOMPARE(all.value[0].services, (QStringList{"internet", "wifi"}));
        QVERIFY(!m_store->findExecutive(QStringLiteral("nobody")).result().value);
    }

    void contactsAreKeptPerExecutive()
    {
        const qint64 jorge =
            m_store->addCustomer(customer(QStringLiteral("12345678-5"), "Jorge Sandoval")).result().value;
        const qint64 camila =
            m_store->addCustomer(customer(QStringLiteral("15432876-9"), "Camila Rojas")).result().value;
        const qint64 juan =
            m_store->addExecutive({0, "jperez", "Juan Perez", "h1", "executive", {"internet"}}).result().value;
        const qint64 maria =
            m_store->addExecutive({0, "msoto", "María Soto", "h2", "supervisor", {"wifi"}}).result().value;
        QVERIFY(m_store->addContact(juan, jorge, 1).result().value);
        QVERIFY(m_store->addContact(juan, camila, 2).result().value);
        QVERIFY2(!m_store->addContact(juan, jorge, 3).result().value, "adding twice changes nothing");
        QVERIFY(m_store->addContact(maria, jorge, 4).result().value);
        const auto juans = m_store->contactsOf(juan).result();
        QVERIFY(juans.ok());
        QCOMPARE(juans.value.size(), 2);
        QCOMPARE(juans.value[0].fullName, QStringLiteral("Camila Rojas")); // by name
        QCOMPARE(juans.value[1].rut, QStringLiteral("12345678-5"));
        QCOMPARE(juans.value[1].id, jorge);
        QVERIFY2(juans.value[1].passwordHash.isEmpty(), "a contact list carries no secrets");
        QVERIFY(m_store->removeContact(juan, jorge).result().value);
        QVERIFY(!m_store->removeContact(juan, jorge).result().value);
        QCOMPARE(m_store->contactsOf(juan).result().value.size(), 1);
        QCOMPARE(m_store->contactsOf(maria).result().value.size(), 1);
        QCOMPARE(countOutside(QStringLiteral("SELECT COUNT(*) FROM contacts")), 2);
    }

    void invalidRoleIsRefused()
    {
        const Result<qint64> added = m_store->addExecutive({0, "x1", "X", "h", "boss", {}}).result();
        QVERIFY(!added.ok());
        QVERIFY(!added.conflict);
    }

    void passwordHashUpdates()
    {
        const qint64 c = m_store->addCustomer(customer(QStringLiteral("12345678-5"), "J")).result().value;
        const qint64 e = m_store->addExecutive({0, "jperez", "Juan", "old", "executive", {}}).result().value;
        QVERIFY(m_store->setCustomerPasswordHash(c, QStringLiteral("new-c")).result().value);
        QVERIFY(m_store->setExecutivePasswordHash(e, QStringLiteral("new-e")).result().value);
        QVERIFY(!m_store->setCustomerPasswordHash(c + 100, QStringLiteral("x")).result().value); // no such id
        QCOMPARE(m_store->findCustomer(QStringLiteral("12345678-5")).result().value->passwordHash,
                 QStringLiteral("new-c"));
        QCOMPARE(m_store->findExecutive(QStringLiteral("jperez")).result().value->passwordHash,
                 QStringLiteral("new-e"));
    }

    void requestLogIsNewestLast()
    {
        for (int i = 1; i <= 5; ++i) {
            const RequestLogEntry e{
                0, 1000 + i, "customer", "12345678-5", "restart-internet", QStringLiteral("try %1").arg(i), "ok"};
            QVERIFY(m_store->appendRequest(e).result().ok());
        }
        QVERIFY(m_store->appendRequest({0, 0, "executive", "jperez", "info", "note", ""}).result().ok());
        const auto last3 = m_store->requestLog(3).result();
        QVERIFY(last3.ok());
        QCOMPARE(last3.value.size(), 3);
        QCOMPARE(last3.value[0].detail, QStringLiteral("try 4"));
        QCOMPARE(last3.value[1].detail, QStringLiteral("try 5"));
        QCOMPARE(last3.value[2].actor, QStringLiteral("jperez"));
        QVERIFY(last3.value[2].atMs > 1'600'000'000'000); // stamped by the store

        const auto mine =
            m_store->requestLogFor(QStringLiteral("customer"), QStringLiteral("12345678-5"), 10, 0).result();
        QCOMPARE(mine.value.size(), 5);
        QCOMPARE(mine.value.first().atMs, 1001);
        QCOMPARE(mine.value.last().action, QStringLiteral("restart-internet"));
        // A page further back: the entries below the oldest id of the page before.
        const auto newest =
            m_store->requestLogFor(QStringLiteral("customer"), QStringLiteral("12345678-5"), 2, 0).result();
        QCOMPARE(newest.value.size(), 2);
        const auto older =
            m_store
                ->requestLogFor(QStringLiteral("customer"), QStringLiteral("12345678-5"), 10, newest.value.first().id)
                .result();
        QCOMPARE(older.value.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(older.value.at(i).id, mine.value.at(i).id);
    }

    void serverState()
    {
        QVERIFY(!m_store->stateValue(QStringLiteral("handling")).result().value);
        QVERIFY(m_store->setStateValue(QStringLiteral("handling"), QStringLiteral("{\"avg\":120}")).result().ok());
        QVERIFY(m_store->setStateValue(QStringLiteral("handling"), QStringLiteral("{\"avg\":90}")).result().ok());
        QCOMPARE(*m_store->stateValue(QStringLiteral("handling")).result().value, QStringLiteral("{\"avg\":90}"));
        m_store.reset(); // survives a restart
        init();
        QCOMPARE(*m_store->stateValue(QStringLiteral("handling")).result().value, QStringLiteral("{\"avg\":90}"));
    }

    void bulkIsAllOrNothing()
    {
        QVERIFY(m_store->addCustomer(customer(QStringLiteral("10111222-5"), "Claudio")).result().ok());
        QList<Customer> list{customer("12345678-5", "A"), customer("10111222-5", "dup"), customer("9876543-3", "C")};
        const Result<int> refused = m_store->addCustomers(list).result();
        QVERIFY(refused.conflict);
        QCOMPARE(m_store->customers().result().value.size(), 1);
        list.removeAt(1);
        const Result<int> added = m_store->addCustomers(list).result();
        QVERIFY2(added.ok(), qPrintable(added.error));
        QCOMPARE(added.value, 2);
        QCOMPARE(m_store->accountCount().result().value, 3);
    }

    void addAccountsOnlyWhenEmpty()
    {
        const QList<Customer> customers{customer("12345678-5", "Jorge")};
        const QList<Executive> executives{{0, "jperez", "Juan", "h", "executive", {"internet"}}};
        QCOMPARE(m_store->addAccountsIfEmpty(customers, executives).result().value, 2);
        QCOMPARE(m_store->addAccountsIfEmpty({customer("10111222-5", "C")}, {}).result().value, 0);
        QCOMPARE(m_store->accountCount().result().value, 2);
    }

    void groupCommitAcknowledgesAfterCommit()
    {
        // Writers on several threads at once. At the very moment each future completes (in the thread
        // that completes it, before anyone else can act on it) a second connection must see its row:
        // an acknowledgement sent before COMMIT would find nothing there yet.
        const int perThread = 200;
        const int threads = 4;
        const QString path = databasePath();
        QMutex mutex;
        QSet<qint64> ids;
        QStringList problems;
        auto observe = [&](const Result<qint64> &r) {
            const int visible =
                r.ok() ? countIn(path, QStringLiteral("SELECT COUNT(*) FROM request_log WHERE id = %1").arg(r.value))
                       : -1;
            QMutexLocker lock(&mutex);
            if (!r.ok())
                problems.append(r.error);
            else if (visible != 1)
                problems.append(QStringLiteral("row %1 acknowledged but not visible (%2)").arg(r.value).arg(visible));
            ids.insert(r.value);
        };
        QList<QThread *> workers;
        std::vector<QList<QFuture<void>>> observed(threads);
        for (int t = 0; t < threads; ++t) {
            workers.append(QThread::create([this, t, perThread, &observed, &observe] {
                for (int i = 0; i < perThread; ++i) {
                    observed[t].append(m_store
                                           ->appendRequest({0, 0, "system", QStringLiteral("w%1").arg(t), "tick",
                                                            QString::number(i), "ok"})
                                           .then(QtFuture::Launch::Sync, observe));
                }
            }));
            workers.last()->start();
        }
        for (QThread *w : std::as_const(workers)) {
            QVERIFY(w->wait(30000));
            delete w;
        }
        for (auto &list : observed) {
            for (auto &f : list)
                f.waitForFinished();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(QLatin1String("; "))));
        QCOMPARE(ids.size(), threads * perThread);
        qInfo("%lld jobs in %lld transactions", m_store->committedJobs(), m_store->committedBatches());
        QVERIFY(m_store->committedBatches() < m_store->committedJobs());
    }

    void failingJobDoesNotSpoilItsBatch()
    {
        QVERIFY(m_store->addCustomer(customer("12345678-5", "J")).result().ok());
        // Hold the writer so that the jobs below are queued together and run as one batch. An outside
        // connection takes the write lock; the writer's next write (hold) waits for it. The completion
        // of hold runs on the writer thread, and waits there until every job below is queued.
        const QString lockName = QStringLiteral("writer-holder");
        QSemaphore writerHeld, writerReleased;
        QThread *writerThread = nullptr;
        QFuture<void> holding;
        {
            QSqlDatabase lock = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockName);
            lock.setDatabaseName(databasePath());
            QVERIFY(lock.open());
            QSqlQuery begin(lock);
            QVERIFY(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
            // It cannot complete before the lock is released: the continuation is in place in time.
            holding = m_store->appendRequest({0, 0, "system", "s", "hold", "", ""})
                          .then(QtFuture::Launch::Sync, [&](const Result<qint64> &) {
                              writerThread = QThread::currentThread();
                              writerHeld.release();
                              writerReleased.acquire();
                          });
            QVERIFY(begin.exec(QStringLiteral("ROLLBACK")));
            lock.close();
        }
        QSqlDatabase::removeDatabase(lockName);
        QVERIFY(writerHeld.tryAcquire(1, 10000));
        QVERIFY(writerThread != QThread::currentThread());
        const qint64 batchesBefore = m_store->committedBatches();
        const qint64 jobsBefore = m_store->committedJobs();

        auto first = m_store->appendRequest({0, 0, "system", "s", "first", "", ""});
        // Adds 9876543-3, then fails on the duplicate: its savepoint must take the first insert back too.
        auto partial = m_store->addCustomers({customer("9876543-3", "C"), customer("12345678-5", "again")});
        auto bad = m_store->appendRequest({0, 0, "nobody-kind", "s", "bad", "", ""}); // breaks a CHECK
        auto last = m_store->appendRequest({0, 0, "system", "s", "last", "", ""});
        writerReleased.release();
        holding.waitForFinished();

        QVERIFY2(first.result().ok(), qPrintable(first.result().error));
        QVERIFY(partial.result().conflict);
        QVERIFY(!bad.result().ok());
        QVERIFY2(last.result().ok(), qPrintable(last.result().error));
        QCOMPARE(m_store->committedBatches() - batchesBefore, 1); // the four ran in one transaction
        QCOMPARE(m_store->committedJobs() - jobsBefore, 4);
        // On disk: the good jobs before and after the failures, nothing of the failed ones.
        QCOMPARE(countOutside(QStringLiteral("SELECT COUNT(*) FROM request_log WHERE action = 'first'")), 1);
        QCOMPARE(countOutside(QStringLiteral("SELECT COUNT(*) FROM request_log WHERE action = 'last'")), 1);
        QCOMPARE(countOutside(QStringLiteral("SELECT COUNT(*) FROM request_log WHERE action = 'bad'")), 0);
        QCOMPARE(countOutside(QStringLiteral("SELECT COUNT(*) FROM customers WHERE rut = '9876543-3'")), 0);
        QCOMPARE(countOutside(QStringLiteral("SELECT COUNT(*) FROM customers")), 1);
    }

    void closingFinishesQueuedWrites()
    {
        m_store.reset();
        QString error;
        auto store = SqliteStore::open(m_dir.filePath(QStringLiteral("closing.db")), &error);
        QVERIFY(store);
        auto pending = store->appendRequest({0, 0, "system", "s", "a", "", ""});
        store.reset(); // finishes what was queued before closing
        QVERIFY(pending.isFinished());
        QVERIFY(pending.result().ok());
    }

    void writesAfterCloseFail()
    {
        // The writer thread under every store, closed (what a store's destructor does first): a job
        // queued afterwards, while the thread winds down or after it is gone, fails at once and never runs.
        m_store.reset();
        SqlWriter writer(QStringLiteral("QSQLITE"), databasePath(), [](QSqlDatabase &, QString *) { return true; });
        QString error;
        QVERIFY2(writer.startAndWait(&error), qPrintable(error));
        struct Outcome {
            bool ran = false;
            bool finished = false;
            QString error;
        };
        auto job = [](Outcome &outcome) {
            return SqlWriter::Job{[&outcome](QSqlDatabase &) {
                                      outcome.ran = true;
                                      return true;
                                  },
                                  [&outcome](const QString &e) {
                                      outcome.finished = true;
                                      outcome.error = e;
                                  }};
        };
        writer.stop();
        Outcome closing;
        writer.enqueue(job(closing));
        QVERIFY(writer.wait(10000));
        Outcome closed;
        writer.enqueue(job(closed));
        for (const Outcome *o : {&closing, &closed}) {
            QVERIFY2(o->finished, "finished at once, not left in a queue nobody reads");
            QVERIFY(!o->ran);
            QCOMPARE(o->error, QStringLiteral("The database is closed."));
        }
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
