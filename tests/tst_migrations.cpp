// Migrations: from an empty file, idempotent reopen, refusal of a newer schema (file untouched),
// a failing migration leaves no trace, and the dialect's token expansion.
#include "storage/dialect.h"
#include "storage/migrator.h"
#include "storage/sqlitestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Turno::Storage;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    // A plain connection of the test's own, for looking at a file from outside the store.
    struct Peek {
        explicit Peek(const QString &path)
        {
            static int counter = 0;
            name = QStringLiteral("peek-%1").arg(++counter);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.open();
        }
        ~Peek()
        {
            QSqlDatabase::database(name).close();
            QSqlDatabase::removeDatabase(name);
        }
        QSqlDatabase db() const { return QSqlDatabase::database(name); }
        QVariant scalar(const QString &sql) const
        {
            QSqlQuery q(db());
            if (!q.exec(sql) || !q.next())
                return {};
            return q.value(0);
        }
        QString name;
    };

    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

private Q_SLOTS:
    void embeddedMigrationsAreNumbered()
    {
        QString error;
        const QList<Migration> migrations = Migrator::embedded(&error);
        QVERIFY2(!migrations.isEmpty(), qPrintable(error));
        QCOMPARE(migrations.first().version, 1);
        QCOMPARE(migrations.first().name, QStringLiteral("0001_init.sql"));
        QCOMPARE(Migrator::latestVersion(migrations), migrations.size());
    }

    void fromEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folders/turno.db"));
        QString error;
        {
            auto store = SqliteStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            QString ignored;
            QCOMPARE(store->schemaVersion(), Migrator::latestVersion(Migrator::embedded(&ignored)));
        }
        QVERIFY(QFile::exists(path));
        Peek peek(path);
        QCOMPARE(peek.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(peek.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version = 1")).toInt(), 1);
        const QStringList tables = peek.db().tables();
        for (const char *table : {"customers", "executives", "executive_services", "request_log", "conversations",
                                  "messages", "server_state", "schema_version", "contacts"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
    }

    void reopenIsIdempotent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("turno.db"));
        QString error;
        {
            QVERIFY(SqliteStore::open(path, &error));
        }
        {
            auto store = SqliteStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(store
                        ->addCustomer(
                            {0, QStringLiteral("12345678-5"), QStringLiteral("Jorge"), QStringLiteral("h"), {}, {}})
                        .result()
                        .ok());
        }
        auto store = SqliteStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->customers().result().value.size(), 1);
        Peek peek(path);
        QCOMPARE(peek.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), store->schemaVersion());
    }

    void upgradesAnOlderDatabaseKeepingItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            QString error;
            auto store = SqliteStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
        }
        {
            // Back to what the first release left: schema 1, with a customer in it.
            Peek old(path);
            QSqlQuery q(old.db());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE contacts")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version WHERE version > 1")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (rut, full_name, password_hash, created_at_ms) "
                                          "VALUES ('12345678-5', 'Jorge Sandoval', 'h', 0)")));
        }
        QString error;
        auto store = SqliteStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QString ignored;
        QCOMPARE(store->schemaVersion(), Migrator::latestVersion(Migrator::embedded(&ignored)));
        QVERIFY(store->schemaVersion() >= 2);
        const auto jorge = store->findCustomer(QStringLiteral("12345678-5")).result();
        QVERIFY(jorge.ok() && jorge.value);
        QVERIFY(store->contactsOf(1).result().ok());
    }

    void refusesNewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            // The fixture: a database written by a future turno-server, in rollback-journal mode.
            Peek fixture(path);
            QSqlQuery q(fixture.db());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT, "
                                          "applied_at_ms BIGINT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (1, '0001_init.sql', 0)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, '0999_future.sql', 0)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, future_column TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers VALUES (1, 'keep me')")));
        }
        const QByteArray before = digest(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        QVERIFY(!before.isEmpty());

        QString error;
        auto store = SqliteStore::open(path, &error);
        QVERIFY(!store);
        QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("newer turno-server")), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));

        QCOMPARE(digest(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore); // no -wal, -shm or -journal left
    }

    void failedMigrationLeavesNoTrace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("partial.db"));
        Peek peek(path);
        QSqlDatabase db = peek.db();
        const QList<Migration> migrations{
            {1, QStringLiteral("0001_a.sql"), QStringLiteral("CREATE TABLE a (id {{AUTO_ID}}, x INTEGER);")},
            {2, QStringLiteral("0002_b.sql"),
             QStringLiteral("-- comment; with a semicolon\nCREATE TABLE b (id INTEGER);\nINSERT INTO nowhere "
                            "VALUES (1);")},
        };
        QString error;
        QVERIFY(!Migrator::migrate(db, Dialect::sqlite(), migrations, &error));
        QVERIFY2(error.contains(QLatin1String("0002_b.sql")), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(db, &error), 1);
        QVERIFY(db.tables().contains(QStringLiteral("a")));
        QVERIFY(!db.tables().contains(QStringLiteral("b"))); // rolled back with its migration
    }

    void statementsSplitAndSkipComments()
    {
        const QStringList statements =
            Migrator::statements(QStringLiteral("-- a; comment\nCREATE TABLE t (x INTEGER);\n\n  ;SELECT 1;\n"));
        QCOMPARE(statements, (QStringList{QStringLiteral("CREATE TABLE t (x INTEGER)"), QStringLiteral("SELECT 1")}));
    }

    void dialectExpandsTokens()
    {
        const QString sql = QStringLiteral("CREATE TABLE t (id {{AUTO_ID}})");
        QCOMPARE(Dialect::sqlite().expand(sql),
                 QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT)"));
        QCOMPARE(Dialect::postgres().expand(sql),
                 QStringLiteral("CREATE TABLE t (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY)"));
        QCOMPARE(Dialect::postgres().driverName(), QStringLiteral("QPSQL"));
        QVERIFY(Dialect::postgres().connectionSetup().isEmpty());
    }

    void embeddedSqlHasNoUnexpandedTokens()
    {
        QString error;
        for (const Migration &m : Migrator::embedded(&error)) {
            for (const Dialect &d : {Dialect::sqlite(), Dialect::postgres()})
                QVERIFY2(!d.expand(m.sql).contains(QLatin1String("{{")), qPrintable(m.name));
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
