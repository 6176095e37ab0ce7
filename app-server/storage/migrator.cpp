#include "migrator.h"

#include "dblogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace Turno::Storage
{

QList<Migration> Migrator::embedded(QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<Migration> list;
    const QStringList files = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const auto match = pattern.match(name);
        if (!match.hasMatch()) {
            *error = QStringLiteral("Unexpected file :/sql/%1 (migrations are named NNNN_name.sql).").arg(name);
            return {};
        }
        QFile file(QStringLiteral(":/sql/") + name);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("Cannot read :/sql/%1.").arg(name);
            return {};
        }
        list.append({match.captured(1).toInt(), name, QString::fromUtf8(file.readAll())});
    }
    std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].version != i + 1) {
            *error =
                QStringLiteral("Migration %1 is out of sequence (expected number %2).").arg(list[i].name).arg(i + 1);
            return {};
        }
    }
    if (list.isEmpty())
        *error = QStringLiteral("No migrations embedded under :/sql.");
    return list;
}

int Migrator::latestVersion(const QList<Migration> &migrations)
{
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

int Migrator::currentVersion(const QSqlDatabase &db, QString *error)
{
    if (!db.tables().contains(QLatin1String("schema_version")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))) {
        *error = QStringLiteral("Cannot read schema_version: %1").arg(query.lastError().text());
        return -1;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

QStringList Migrator::statements(const QString &sql)
{
    QStringList kept;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            kept.append(line);
    }
    QStringList result;
    const QStringList parts = kept.join(QLatin1Char('\n')).split(QLatin1Char(';'));
    for (const QString &part : parts) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            result.append(statement);
    }
    return result;
}

QString Migrator::newerSchemaMessage(const QString &database, int found, int known)
{
    return QCoreApplication::translate("Turno::Storage::Migrator",
                                       "The database %1 has schema version %2, but this turno-server only knows "
                                       "versions up to %3. Use a newer turno-server with it; the file was left "
                                       "untouched.")
        .arg(database)
        .arg(found)
        .arg(known);
}

static bool applyOne(QSqlDatabase &db, const Dialect &dialect, const Migration &migration, QString *error)
{
    if (!db.transaction()) {
        *error = QStringLiteral("Cannot begin migration %1: %2").arg(migration.name, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    QStringList work = Migrator::statements(dialect.expand(migration.sql));
    work.prepend(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                "version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at_ms BIGINT NOT "
                                "NULL)"));
    for (const QString &statement : std::as_const(work)) {
        if (!query.exec(statement)) {
            *error = QStringLiteral("Migration %1 failed: %2").arg(migration.name, query.lastError().text());
            db.rollback();
            return false;
        }
    }
    query.prepare(QStringLiteral("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (?, ?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(migration.name);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        *error = QStringLiteral("Cannot record migration %1: %2").arg(migration.name, query.lastError().text());
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = QStringLiteral("Cannot commit migration %1: %2").arg(migration.name, db.lastError().text());
        db.rollback();
        return false;
    }
    qCInfo(lcDb) << "Applied migration" << migration.name;
    return true;
}

bool Migrator::migrate(QSqlDatabase &db, const Dialect &dialect, const QList<Migration> &migrations, QString *error)
{
    const int current = currentVersion(db, error);
    if (current < 0)
        return false;
    const int known = latestVersion(migrations);
    if (current > known) {
        *error = newerSchemaMessage(db.databaseName(), current, known);
        return false;
    }
    for (const Migration &migration : migrations) {
        if (migration.version > current && !applyOne(db, dialect, migration, error))
            return false;
    }
    return true;
}

} // namespace Turno::Storage
