// SqlStore's conversations and chat messages: the writes a chat acknowledgement waits for.
#include "dblogging.h"
#include "sqlstore.h"
#include "sqlwriter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Turno::Storage
{

namespace
{

template <typename T> Result<T> queryFailed(const QSqlQuery &query, const QString &what)
{
    const QString error = QStringLiteral("%1: %2").arg(what, query.lastError().text());
    qCWarning(lcDb).noquote() << error;
    return Result<T>::failure(error);
}

} // namespace

QFuture<Result<qint64>> SqlStore::startConversation(qint64 customerId, qint64 executiveId, qint64 atMs)
{
    return submit<qint64>([customerId, executiveId, atMs](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO conversations (customer_id, executive_id, started_at_ms) VALUES (?, ?, ?) "
                           "RETURNING id"));
        q.addBindValue(customerId);
        q.addBindValue(executiveId);
        q.addBindValue(atMs);
        if (!q.exec() || !q.next())
            return queryFailed<qint64>(q, QStringLiteral("Cannot start a conversation"));
        return Result<qint64>::success(q.value(0).toLongLong());
    });
}

QFuture<Result<bool>> SqlStore::endConversation(qint64 conversationId, qint64 atMs)
{
    return submit<bool>([conversationId, atMs](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE conversations SET ended_at_ms = ? WHERE id = ? AND ended_at_ms IS NULL"));
        q.addBindValue(atMs);
        q.addBindValue(conversationId);
        if (!q.exec())
            return queryFailed<bool>(q, QStringLiteral("Cannot end a conversation"));
        return Result<bool>::success(q.numRowsAffected() > 0);
    });
}

QFuture<Result<StoredMessage>> SqlStore::appendMessage(const ChatRecord &message)
{
    return submit<StoredMessage>([message](QSqlDatabase &db) {
        // A resend (same sender and client message id) finds the stored message first.
        // The two hottest statements of the server: prepared once (SqlWriter::cachedQuery).
        QSqlQuery &existing = SqlWriter::cachedQuery(
            db, QStringLiteral("SELECT id, at_ms, body FROM messages WHERE sender = ? AND client_message_id = ?"));
        existing.bindValue(0, message.sender);
        existing.bindValue(1, message.clientMessageId);
        if (!existing.exec())
            return queryFailed<StoredMessage>(existing, QStringLiteral("Cannot look up a message"));
        if (existing.next()) {
            const StoredMessage stored{existing.value(0).toLongLong(), existing.value(1).toLongLong(), true,
                                       existing.value(2).toString()};
            existing.finish();
            return Result<StoredMessage>::success(stored);
        }
        existing.finish();

        QSqlQuery &q =
            SqlWriter::cachedQuery(db, QStringLiteral("INSERT INTO messages (conversation_id, at_ms, sender, "
                                                      "recipient, body, client_message_id) VALUES (?, ?, ?, "
                                                      "?, ?, ?) RETURNING id"));
        q.bindValue(0, message.conversationId);
        q.bindValue(1, message.atMs);
        q.bindValue(2, message.sender);
        q.bindValue(3, message.recipient);
        q.bindValue(4, message.body.isNull() ? QString(QLatin1String("")) : message.body);
        q.bindValue(5, message.clientMessageId);
        if (!q.exec() || !q.next())
            return queryFailed<StoredMessage>(q, QStringLiteral("Cannot store a message"));
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        return Result<StoredMessage>::success({id, message.atMs, false, QString()});
    });
}

QFuture<Result<QList<ChatRecord>>> SqlStore::conversationMessages(qint64 conversationId)
{
    return submit<QList<ChatRecord>>([conversationId](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, conversation_id, at_ms, sender, recipient, body, client_message_id "
                                 "FROM messages WHERE conversation_id = ? ORDER BY id"));
        q.addBindValue(conversationId);
        if (!q.exec())
            return queryFailed<QList<ChatRecord>>(q, QStringLiteral("Cannot read a conversation"));
        QList<ChatRecord> records;
        while (q.next()) {
            records.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                            q.value(6).toString()});
        }
        return Result<QList<ChatRecord>>::success(records);
    });
}

QFuture<Result<bool>> SqlStore::addContact(qint64 executiveId, qint64 customerId, qint64 atMs)
{
    return submit<bool>([executiveId, customerId, atMs](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO contacts (executive_id, customer_id, added_at_ms) SELECT ?, ?, ? "
                           "WHERE NOT EXISTS (SELECT 1 FROM contacts WHERE executive_id = ? AND customer_id = ?)"));
        q.addBindValue(executiveId);
        q.addBindValue(customerId);
        q.addBindValue(atMs);
        q.addBindValue(executiveId);
        q.addBindValue(customerId);
        if (!q.exec())
            return queryFailed<bool>(q, QStringLiteral("Cannot add a contact"));
        return Result<bool>::success(q.numRowsAffected() > 0);
    });
}

QFuture<Result<bool>> SqlStore::removeContact(qint64 executiveId, qint64 customerId)
{
    return submit<bool>([executiveId, customerId](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM contacts WHERE executive_id = ? AND customer_id = ?"));
        q.addBindValue(executiveId);
        q.addBindValue(customerId);
        if (!q.exec())
            return queryFailed<bool>(q, QStringLiteral("Cannot remove a contact"));
        return Result<bool>::success(q.numRowsAffected() > 0);
    });
}

QFuture<Result<QList<Customer>>> SqlStore::contactsOf(qint64 executiveId)
{
    return submit<QList<Customer>>([executiveId](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT c.id, c.rut, c.full_name FROM contacts k JOIN customers c ON c.id = k.customer_id "
                           "WHERE k.executive_id = ? ORDER BY c.full_name, c.id"));
        q.addBindValue(executiveId);
        if (!q.exec())
            return queryFailed<QList<Customer>>(q, QStringLiteral("Cannot read contacts"));
        QList<Customer> contacts;
        while (q.next()) {
            Customer customer;
            customer.id = q.value(0).toLongLong();
            customer.rut = q.value(1).toString();
            customer.fullName = q.value(2).toString();
            contacts.append(customer);
        }
        return Result<QList<Customer>>::success(contacts);
    });
}

} // namespace Turno::Storage
