#include "sqlitestore.h"

#include "dblogging.h"
#include "migrator.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Turno::Storage
{

namespace
{

// Reads the schema version of an existing file through a read-only connection, so that a database
// we are going to refuse is not even switched to WAL. -1 when it can't be read.
int peekVersion(const QString &path, QString *error)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("turno-peek-%1").arg(counter.fetchAndAddRelaxed(1));
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            version = Migrator::currentVersion(db, error);
        else
            *error = QStringLiteral("Cannot open the database %1: %2").arg(path, db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace

std::unique_ptr<SqliteStore> SqliteStore::open(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QList<Migration> migrations = Migrator::embedded(error);
    if (migrations.isEmpty())
        return nullptr;
    const int known = Migrator::latestVersion(migrations);

    const QFileInfo info(path);
    if (info.exists()) {
        const int found = peekVersion(path, error);
        if (found < 0)
            return nullptr;
        if (found > known) {
            *error = Migrator::newerSchemaMessage(path, found, known);
            qCWarning(lcDb).noquote() << *error;
            return nullptr;
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("Cannot create the folder %1.").arg(info.absolutePath());
        return nullptr;
    }

    const Dialect dialect = Dialect::sqlite();
    int version = 0;
    auto setup = [dialect, migrations, &version](QSqlDatabase &db, QString *setupError) {
        QSqlQuery q(db);
        for (const QString &statement : dialect.connectionSetup()) {
            if (!q.exec(statement)) {
                *setupError = QStringLiteral("%1 failed: %2").arg(statement, q.lastError().text());
                return false;
            }
        }
        if (!Migrator::migrate(db, dialect, migrations, setupError))
            return false;
        version = Migrator::currentVersion(db, setupError);
        return version > 0;
    };
    auto writer = std::make_unique<SqlWriter>(dialect.driverName(), info.absoluteFilePath(), setup);
    if (!writer->startAndWait(error)) {
        qCWarning(lcDb).noquote() << *error;
        return nullptr;
    }
    qCInfo(lcDb).noquote() << "Opened" << info.absoluteFilePath() << "at schema version" << version;
    return std::unique_ptr<SqliteStore>(new SqliteStore(dialect, std::move(writer), version));
}

} // namespace Turno::Storage
