#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Turno::Test
{

qint64 queryNumber(const QString &databasePath, const QString &sql)
{
    const QString name = QStringLiteral("turno-test-reader");
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace Turno::Test
