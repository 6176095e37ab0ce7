// The Store over Qt Sql: portable queries with bound parameters, run on one SqlWriter thread.
// SqliteStore (and later a PostgreSQL store) only open the connection and pick the Dialect.
#pragma once

#include "dialect.h"
#include "sqlwriter.h"
#include "store.h"

#include <QPromise>
#include <memory>

namespace Turno::Storage
{

class SqlStore : public Store
{
public:
    ~SqlStore() override;

    QFuture<Result<std::optional<Customer>>> findCustomer(const QString &normalizedRut) override;
    QFuture<Result<std::optional<Executive>>> findExecutive(const QString &username) override;
    QFuture<Result<qint64>> addCustomer(const Customer &c) override;
    QFuture<Result<qint64>> addExecutive(const Executive &e) override;
    QFuture<Result<bool>> setCustomerPasswordHash(qint64 customerId, const QString &hash) override;
    QFuture<Result<bool>> setExecutivePasswordHash(qint64 executiveId, const QString &hash) override;
    QFuture<Result<bool>> setCustomerFullName(qint64 customerId, const QString &fullName) override;
    QFuture<Result<qint64>> appendRequest(const RequestLogEntry &e) override;
    QFuture<Result<QList<RequestLogEntry>>> requestLog(int limit) override;
    QFuture<Result<int>> pruneRequestLog(qint64 beforeMs, int batch) override;
    QFuture<Result<QList<Customer>>> customers() override;
    QFuture<Result<QList<Executive>>> executives() override;
    QFuture<Result<QList<RequestLogEntry>>> requestLogFor(const QString &actorKind, const QString &actor, int limit,
                                                          qint64 beforeId) override;
    QFuture<Result<int>> addCustomers(const QList<Customer> &list) override;
    QFuture<Result<int>> addAccountsIfEmpty(const QList<Customer> &customers,
                                            const QList<Executive> &executives) override;
    QFuture<Result<qint64>> accountCount() override;
    QFuture<Result<std::optional<QString>>> stateValue(const QString &key) override;
    QFuture<Result<bool>> setStateValue(const QString &key, const QString &value) override;
    QFuture<Result<qint64>> startConversation(qint64 customerId, qint64 executiveId, qint64 atMs) override;
    QFuture<Result<bool>> endConversation(qint64 conversationId, qint64 atMs) override;
    QFuture<Result<StoredMessage>> appendMessage(const ChatRecord &message) override;
    QFuture<Result<QList<ChatRecord>>> conversationMessages(qint64 conversationId) override;
    QFuture<Result<bool>> addContact(qint64 executiveId, qint64 customerId, qint64 atMs) override;
    QFuture<Result<bool>> removeContact(qint64 executiveId, qint64 customerId) override;
    QFuture<Result<QList<Customer>>> contactsOf(qint64 executiveId) override;

    int schemaVersion() const { return m_schemaVersion; }
    // How many transactions committed how many jobs so far (group commit makes the first smaller).
    qint64 committedBatches() const { return m_writer->batchCount(); }
    qint64 committedJobs() const { return m_writer->jobCount(); }
    // Nothing queued, running or unreported (see SqlWriter::isIdle).
    bool isIdle() const { return m_writer->isIdle(); }

protected:
    SqlStore(Dialect dialect, std::unique_ptr<SqlWriter> writer, int schemaVersion);

private:
    // Runs work on the writer thread; the future completes after the batch holding it committed.
    template <typename T> QFuture<Result<T>> submit(std::function<Result<T>(QSqlDatabase &db)> work)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        auto result = std::make_shared<Result<T>>();
        promise->start();
        QFuture<Result<T>> future = promise->future();
        m_writer->enqueue({[work = std::move(work), result](QSqlDatabase &db) {
                               *result = work(db);
                               return result->ok();
                           },
                           [promise, result](const QString &commitError) {
                               if (!commitError.isEmpty())
                                   *result = Result<T>::failure(commitError);
                               promise->addResult(*result);
                               promise->finish();
                           }});
        return future;
    }

    const Dialect m_dialect;
    std::unique_ptr<SqlWriter> m_writer;
    const int m_schemaVersion;
};

} // namespace Turno::Storage
