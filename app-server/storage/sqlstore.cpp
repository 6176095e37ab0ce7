#include "sqlstore.h"

#include "dblogging.h"
#include "sqlwriter.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <limits>

namespace Turno::Storage
{

namespace
{

// Fills a result's error from a failed query, marking uniqueness violations as conflicts.
template <typename T> Result<T> failed(const Dialect &dialect, const QSqlQuery &query, const QString &what)
{
    Result<T> result;
    result.error = QStringLiteral("%1: %2").arg(what, query.lastError().text());
    result.conflict = dialect.isUniqueViolation(query.lastError());
    if (!result.conflict)
        qCWarning(lcDb).noquote() << result.error;
    return result;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A null QString binds as SQL NULL; the text columns are NOT NULL, so absent text is stored as ''.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

Customer customerFrom(const QSqlQuery &q)
{
    return Customer{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(),   q.value(4).toString(), q.value(5).toString()};
}

const QString customerColumns = QStringLiteral("id, rut, full_name, password_hash, wifi_ssid, plan");
const QString executiveColumns = QStringLiteral("id, username, full_name, password_hash, role");
const QString requestColumns = QStringLiteral("id, at_ms, actor_kind, actor, action, detail, result");

RequestLogEntry requestFrom(const QSqlQuery &q)
{
    return RequestLogEntry{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
                           q.value(6).toString()};
}

Result<qint64> insertCustomer(QSqlDatabase &db, const Dialect &dialect, const Customer &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO customers (rut, full_name, password_hash, wifi_ssid, plan, created_at_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(text(c.rut));
    q.addBindValue(text(c.fullName));
    q.addBindValue(text(c.passwordHash));
    q.addBindValue(text(c.wifiSsid));
    q.addBindValue(text(c.plan));
    q.addBindValue(nowMs());
    if (!q.exec() || !q.next())
        return failed<qint64>(dialect, q, QStringLiteral("Cannot add customer %1").arg(c.rut));
    return Result<qint64>::success(q.value(0).toLongLong());
}

Result<qint64> insertExecutive(QSqlDatabase &db, const Dialect &dialect, const Executive &e)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO executives (username, full_name, password_hash, role, created_at_ms) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(text(e.username));
    q.addBindValue(text(e.fullName));
    q.addBindValue(text(e.passwordHash));
    q.addBindValue(e.role.isEmpty() ? QStringLiteral("executive") : e.role);
    q.addBindValue(nowMs());
    if (!q.exec() || !q.next())
        return failed<qint64>(dialect, q, QStringLiteral("Cannot add executive %1").arg(e.username));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO executive_services (executive_id, service) VALUES (?, ?)"));
    QStringList services = e.services;
    services.removeDuplicates();
    for (const QString &service : std::as_const(services)) {
        q.addBindValue(id);
        q.addBindValue(text(service));
        if (!q.exec())
            return failed<qint64>(dialect, q, QStringLiteral("Cannot add services of %1").arg(e.username));
    }
    return Result<qint64>::success(id);
}

// Services of one executive, or of all (executiveId 0), keyed by executive id.
bool loadServices(QSqlDatabase &db, qint64 executiveId, QHash<qint64, QStringList> *out, QString *error)
{
    QSqlQuery q(db);
    if (executiveId) {
        q.prepare(QStringLiteral("SELECT executive_id, service FROM executive_services WHERE executive_id = ? "
                                 "ORDER BY service"));
        q.addBindValue(executiveId);
    } else {
        q.prepare(QStringLiteral("SELECT executive_id, service FROM executive_services ORDER BY executive_id, "
                                 "service"));
    }
    if (!q.exec()) {
        *error = QStringLiteral("Cannot read services: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        (*out)[q.value(0).toLongLong()].append(q.value(1).toString());
    return true;
}

Result<qint64> countAccounts(QSqlDatabase &db, const Dialect &dialect)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM customers) + (SELECT COUNT(*) FROM executives)")) ||
        !q.next())
        return failed<qint64>(dialect, q, QStringLiteral("Cannot count accounts"));
    return Result<qint64>::success(q.value(0).toLongLong());
}

Result<bool> setHash(QSqlDatabase &db, const Dialect &dialect, const QString &table, qint64 id, const QString &hash)
{
    QSqlQuery q(db);
    // The table name comes from this file, never from input.
    q.prepare(QStringLiteral("UPDATE %1 SET password_hash = ? WHERE id = ?").arg(table));
    q.addBindValue(text(hash));
    q.addBindValue(id);
    if (!q.exec())
        return failed<bool>(dialect, q, QStringLiteral("Cannot update a password hash in %1").arg(table));
    return Result<bool>::success(q.numRowsAffected() == 1);
}

Result<QList<RequestLogEntry>> readLog(QSqlQuery &q, const Dialect &dialect)
{
    if (!q.exec())
        return failed<QList<RequestLogEntry>>(dialect, q, QStringLiteral("Cannot read the request log"));
    QList<RequestLogEntry> list;
    while (q.next())
        list.append(requestFrom(q));
    std::reverse(list.begin(), list.end());
    return Result<QList<RequestLogEntry>>::success(list);
}

} // namespace

SqlStore::SqlStore(Dialect dialect, std::unique_ptr<SqlWriter> writer, int schemaVersion)
    : m_dialect(dialect), m_writer(std::move(writer)), m_schemaVersion(schemaVersion)
{
}

SqlStore::~SqlStore()
{
    m_writer->stop();
    m_writer->wait();
}

QFuture<Result<std::optional<Customer>>> SqlStore::findCustomer(const QString &normalizedRut)
{
    return submit<std::optional<Customer>>([d = m_dialect, normalizedRut](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM customers WHERE rut = ?").arg(customerColumns));
        q.addBindValue(normalizedRut);
        if (!q.exec())
            return failed<std::optional<Customer>>(d, q, QStringLiteral("Cannot look up a customer"));
        Result<std::optional<Customer>> r;
        if (q.next())
            r.value = customerFrom(q);
        return r;
    });
}

QFuture<Result<std::optional<Executive>>> SqlStore::findExecutive(const QString &username)
{
    return submit<std::optional<Executive>>([d = m_dialect, username](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM executives WHERE username = ?").arg(executiveColumns));
        q.addBindValue(username);
        if (!q.exec())
            return failed<std::optional<Executive>>(d, q, QStringLiteral("Cannot look up an executive"));
        Result<std::optional<Executive>> r;
        if (!q.next())
            return r;
        Executive e{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(),   q.value(4).toString(), {}};
        QHash<qint64, QStringList> services;
        if (!loadServices(db, e.id, &services, &r.error))
            return r;
        e.services = services.value(e.id);
        r.value = e;
        return r;
    });
}

QFuture<Result<qint64>> SqlStore::addCustomer(const Customer &c)
{
    return submit<qint64>([d = m_dialect, c](QSqlDatabase &db) { return insertCustomer(db, d, c); });
}

QFuture<Result<qint64>> SqlStore::addExecutive(const Executive &e)
{
    return submit<qint64>([d = m_dialect, e](QSqlDatabase &db) { return insertExecutive(db, d, e); });
}

QFuture<Result<bool>> SqlStore::setCustomerPasswordHash(qint64 customerId, const QString &hash)
{
    return submit<bool>([d = m_dialect, customerId, hash](QSqlDatabase &db) {
        return setHash(db, d, QStringLiteral("customers"), customerId, hash);
    });
}

QFuture<Result<bool>> SqlStore::setExecutivePasswordHash(qint64 executiveId, const QString &hash)
{
    return submit<bool>([d = m_dialect, executiveId, hash](QSqlDatabase &db) {
        return setHash(db, d, QStringLiteral("executives"), executiveId, hash);
    });
}

QFuture<Result<bool>> SqlStore::setCustomerFullName(qint64 customerId, const QString &fullName)
{
    return submit<bool>([d = m_dialect, customerId, fullName](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE customers SET full_name = ? WHERE id = ?"));
        q.addBindValue(text(fullName));
        q.addBindValue(customerId);
        if (!q.exec())
            return failed<bool>(d, q, QStringLiteral("Cannot update the name of customer %1").arg(customerId));
        return Result<bool>::success(q.numRowsAffected() == 1);
    });
}

QFuture<Result<qint64>> SqlStore::appendRequest(const RequestLogEntry &e)
{
    return submit<qint64>([d = m_dialect, e](QSqlDatabase &db) {
        // Every log-in and queue event writes one: prepared once (SqlWriter::cachedQuery).
        QSqlQuery &q = SqlWriter::cachedQuery(db, QStringLiteral("INSERT INTO request_log (at_ms, actor_kind, actor, "
                                                                 "action, detail, result) VALUES (?, ?, ?, ?, ?, ?) "
                                                                 "RETURNING id"));
        q.bindValue(0, e.atMs ? e.atMs : nowMs());
        q.bindValue(1, text(e.actorKind));
        q.bindValue(2, text(e.actor));
        q.bindValue(3, text(e.action));
        q.bindValue(4, text(e.detail));
        q.bindValue(5, text(e.result));
        if (!q.exec() || !q.next())
            return failed<qint64>(d, q, QStringLiteral("Cannot append to the request log"));
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        return Result<qint64>::success(id);
    });
}

QFuture<Result<QList<RequestLogEntry>>> SqlStore::requestLog(int limit)
{
    return submit<QList<RequestLogEntry>>([d = m_dialect, limit](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM request_log ORDER BY id DESC LIMIT ?").arg(requestColumns));
        q.addBindValue(std::max(0, limit));
        return readLog(q, d);
    });
}

QFuture<Result<int>> SqlStore::pruneRequestLog(qint64 beforeMs, int batch)
{
    return submit<int>([d = m_dialect, beforeMs, batch](QSqlDatabase &db) {
        // Only the oldest rows by id are looked at (the primary key), so a pass that finds nothing
        // old costs a few rows, not a scan of the whole log.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM request_log WHERE id IN (SELECT id FROM request_log ORDER BY id LIMIT ?) "
                                 "AND at_ms < ?"));
        q.addBindValue(std::max(1, batch));
        q.addBindValue(beforeMs);
        if (!q.exec())
            return failed<int>(d, q, QStringLiteral("Cannot prune the request log"));
        return Result<int>::success(q.numRowsAffected());
    });
}

QFuture<Result<QList<RequestLogEntry>>> SqlStore::requestLogFor(const QString &actorKind, const QString &actor,
                                                                int limit, qint64 beforeId)
{
    return submit<QList<RequestLogEntry>>([d = m_dialect, actorKind, actor, limit, beforeId](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM request_log WHERE actor_kind = ? AND actor = ? AND id < ? "
                                 "ORDER BY id DESC LIMIT ?")
                      .arg(requestColumns));
        q.addBindValue(actorKind);
        q.addBindValue(actor);
        q.addBindValue(beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
        q.addBindValue(std::max(0, limit));
        return readLog(q, d);
    });
}

QFuture<Result<QList<Customer>>> SqlStore::customers()
{
    return submit<QList<Customer>>([d = m_dialect](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT %1 FROM customers ORDER BY id").arg(customerColumns)))
            return failed<QList<Customer>>(d, q, QStringLiteral("Cannot list customers"));
        Result<QList<Customer>> r;
        while (q.next())
            r.value.append(customerFrom(q));
        return r;
    });
}

QFuture<Result<QList<Executive>>> SqlStore::executives()
{
    return submit<QList<Executive>>([d = m_dialect](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT %1 FROM executives ORDER BY id").arg(executiveColumns)))
            return failed<QList<Executive>>(d, q, QStringLiteral("Cannot list executives"));
        Result<QList<Executive>> r;
        while (q.next()) {
            r.value.append(Executive{q.value(0).toLongLong(),
                                     q.value(1).toString(),
                                     q.value(2).toString(),
                                     q.value(3).toString(),
                                     q.value(4).toString(),
                                     {}});
        }
        QHash<qint64, QStringList> services;
        if (!loadServices(db, 0, &services, &r.error))
            return Result<QList<Executive>>::failure(r.error);
        for (Executive &e : r.value)
            e.services = services.value(e.id);
        return r;
    });
}

QFuture<Result<int>> SqlStore::addCustomers(const QList<Customer> &list)
{
    return submit<int>([d = m_dialect, list](QSqlDatabase &db) {
        for (const Customer &c : list) {
            const Result<qint64> one = insertCustomer(db, d, c);
            if (!one.ok())
                return Result<int>::failure(one.error, one.conflict); // the savepoint drops the ones before
        }
        return Result<int>::success(int(list.size()));
    });
}

QFuture<Result<int>> SqlStore::addAccountsIfEmpty(const QList<Customer> &customers, const QList<Executive> &executives)
{
    return submit<int>([d = m_dialect, customers, executives](QSqlDatabase &db) {
        const Result<qint64> count = countAccounts(db, d);
        if (!count.ok())
            return Result<int>::failure(count.error);
        if (count.value > 0)
            return Result<int>::success(0);
        for (const Customer &c : customers) {
            const Result<qint64> one = insertCustomer(db, d, c);
            if (!one.ok())
                return Result<int>::failure(one.error, one.conflict);
        }
        for (const Executive &e : executives) {
            const Result<qint64> one = insertExecutive(db, d, e);
            if (!one.ok())
                return Result<int>::failure(one.error, one.conflict);
        }
        return Result<int>::success(int(customers.size() + executives.size()));
    });
}

QFuture<Result<qint64>> SqlStore::accountCount()
{
    return submit<qint64>([d = m_dialect](QSqlDatabase &db) { return countAccounts(db, d); });
}

QFuture<Result<std::optional<QString>>> SqlStore::stateValue(const QString &key)
{
    return submit<std::optional<QString>>([d = m_dialect, key](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT state_value FROM server_state WHERE state_key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            return failed<std::optional<QString>>(d, q, QStringLiteral("Cannot read server state %1").arg(key));
        Result<std::optional<QString>> r;
        if (q.next())
            r.value = q.value(0).toString();
        return r;
    });
}

QFuture<Result<bool>> SqlStore::setStateValue(const QString &key, const QString &value)
{
    return submit<bool>([d = m_dialect, key, value](QSqlDatabase &db) {
        QSqlQuery q(db);
        // ON CONFLICT ... DO UPDATE reads the same in SQLite (3.24+) and PostgreSQL (9.5+).
        q.prepare(QStringLiteral("INSERT INTO server_state (state_key, state_value, updated_at_ms) VALUES (?, ?, ?) "
                                 "ON CONFLICT (state_key) DO UPDATE SET state_value = excluded.state_value, "
                                 "updated_at_ms = excluded.updated_at_ms"));
        q.addBindValue(text(key));
        q.addBindValue(text(value));
        q.addBindValue(nowMs());
        if (!q.exec())
            return failed<bool>(d, q, QStringLiteral("Cannot save server state %1").arg(key));
        return Result<bool>::success(true);
    });
}

} // namespace Turno::Storage
