// What differs between the SQL databases Turno speaks (SQLite now, PostgreSQL next): driver name,
// connection set-up, the tokens migrations may use, and how a uniqueness violation is reported.
#pragma once

#include <QString>
#include <QStringList>

class QSqlError;

namespace Turno::Storage
{

class Dialect
{
public:
    enum class Kind { Sqlite, Postgres };

    static Dialect sqlite() { return Dialect(Kind::Sqlite); }
    static Dialect postgres() { return Dialect(Kind::Postgres); }

    Kind kind() const { return m_kind; }
    QString driverName() const; // Qt Sql driver: QSQLITE, QPSQL

    // Expands the tokens a migration may contain:
    //   {{AUTO_ID}}  an auto-numbered 64-bit primary key column type
    QString expand(const QString &sql) const;

    // Statements run once on every new connection (journal mode, durability, foreign keys).
    QStringList connectionSetup() const;

    // True when the error is a UNIQUE or PRIMARY KEY violation.
    bool isUniqueViolation(const QSqlError &error) const;

private:
    explicit Dialect(Kind kind) : m_kind(kind) {}
    Kind m_kind;
};

} // namespace Turno::Storage
