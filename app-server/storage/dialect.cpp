#include "dialect.h"

#include <QSqlError>

namespace Turno::Storage
{

QString Dialect::driverName() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString Dialect::expand(const QString &sql) const
{
    QString out = sql;
    out.replace(QLatin1String("{{AUTO_ID}}"), m_kind == Kind::Sqlite
                                                  ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                  : QLatin1String("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"));
    return out;
}

QStringList Dialect::connectionSetup() const
{
    if (m_kind == Kind::Postgres)
        return {};
    // WAL lets readers (sqlite3, backups) look while the writer commits. synchronous=FULL because an
    // acknowledgement promises the data survives a power cut, and group commit pays the fsync once per batch.
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
            QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=5000")};
}

bool Dialect::isUniqueViolation(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (m_kind == Kind::Postgres)
        return code == QLatin1String("23505"); // SQLSTATE unique_violation
    // SQLITE_CONSTRAINT_UNIQUE and _PRIMARYKEY when extended codes are on; plain SQLITE_CONSTRAINT otherwise.
    if (code == QLatin1String("2067") || code == QLatin1String("1555"))
        return true;
    return code == QLatin1String("19") && error.databaseText().contains(QLatin1String("UNIQUE"));
}

} // namespace Turno::Storage
