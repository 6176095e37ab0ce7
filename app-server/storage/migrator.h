// Brings a database's schema up to date from the numbered migrations embedded under :/sql
// (0001_init.sql, ...), one transaction per migration, each recorded in schema_version.
#pragma once

#include "dialect.h"

#include <QList>
#include <QString>

class QSqlDatabase;

namespace Turno::Storage
{

struct Migration {
    int version = 0;
    QString name; // file name, for messages
    QString sql;  // unexpanded: may contain dialect tokens
};

class Migrator
{
public:
    // The migrations in :/sql, ordered; fails unless they are numbered 1, 2, 3... without gaps.
    static QList<Migration> embedded(QString *error);
    static int latestVersion(const QList<Migration> &migrations);

    // The highest version recorded in schema_version; 0 for a database without that table, -1 on error.
    static int currentVersion(const QSqlDatabase &db, QString *error);

    // Applies every migration above the current version. Refuses (touching nothing) a database whose
    // schema is newer than the newest migration. On failure the failed migration leaves no trace.
    static bool migrate(QSqlDatabase &db, const Dialect &dialect, const QList<Migration> &migrations, QString *error);

    // Splits a migration into statements: drops "--" comment lines and cuts at each ';'.
    // Migrations therefore must not put ';' inside string literals.
    static QStringList statements(const QString &sql);

    // The message for a database whose schema is newer than this program knows.
    static QString newerSchemaMessage(const QString &database, int found, int known);
};

} // namespace Turno::Storage
