// The one storage interface of the server: accounts, the request log and small server state.
// Every call is asynchronous and thread-safe; a write's future completes only after its commit.
#pragma once

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Turno::Storage
{

struct Customer {
    qint64 id = 0;
    QString rut; // normalized, "12345678-5"
    QString fullName;
    QString passwordHash;
    QString wifiSsid;
    QString plan;
};

struct Executive {
    qint64 id = 0;
    QString username;
    QString fullName;
    QString passwordHash;
    QString role;         // "executive" or "supervisor"
    QStringList services; // e.g. "internet", "wifi"
};

struct RequestLogEntry {
    qint64 id = 0;
    qint64 atMs = 0;   // 0 when appending: the store stamps the current time
    QString actorKind; // customer|executive|system
    QString actor;     // RUT or username
    QString action;
    QString detail;
    QString result;
};

// One chat message. sender and recipient are "customer:<RUT>" or "executive:<username>".
struct ChatRecord {
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 atMs = 0;
    QString sender;
    QString recipient;
    QString body;
    QString clientMessageId;
};

struct StoredMessage {
    qint64 id = 0;
    qint64 atMs = 0;
    bool duplicate = false;
    QString body; // a duplicate's: the text stored first, which a resend cannot change
};

template <typename T> struct Result {
    T value{};
    QString error;         // technical text for logs; empty on success
    bool conflict = false; // the write broke a uniqueness rule (duplicate RUT, username, message id)
    bool ok() const { return error.isEmpty(); }

    static Result success(T value)
    {
        Result r;
        r.value = std::move(value);
        return r;
    }
    static Result failure(QString error, bool conflict = false)
    {
        Result r;
        r.error = std::move(error);
        r.conflict = conflict;
        return r;
    }
};

class Store
{
public:
    virtual ~Store() = default;

    virtual QFuture<Result<std::optional<Customer>>> findCustomer(const QString &normalizedRut) = 0;
    virtual QFuture<Result<std::optional<Executive>>> findExecutive(const QString &username) = 0;
    virtual QFuture<Result<qint64>> addCustomer(const Customer &c) = 0;   // conflict on duplicate RUT
    virtual QFuture<Result<qint64>> addExecutive(const Executive &e) = 0; // conflict on duplicate username
    virtual QFuture<Result<bool>> setCustomerPasswordHash(qint64 customerId, const QString &hash) = 0;
    virtual QFuture<Result<bool>> setExecutivePasswordHash(qint64 executiveId, const QString &hash) = 0;
    // A customer's new display name; the value is whether the customer exists.
    virtual QFuture<Result<bool>> setCustomerFullName(qint64 customerId, const QString &fullName) = 0;
    virtual QFuture<Result<qint64>> appendRequest(const RequestLogEntry &e) = 0; // completes after commit
    virtual QFuture<Result<QList<RequestLogEntry>>> requestLog(int limit) = 0;   // newest last
    // Deletes, of the `batch` oldest rows of the request log, those written before beforeMs; the
    // value is how many. Retention calls it again while it deletes whole batches, so no single
    // transaction holds the writer for long.
    virtual QFuture<Result<int>> pruneRequestLog(qint64 beforeMs, int batch) = 0;
    virtual QFuture<Result<QList<Customer>>> customers() = 0;
    virtual QFuture<Result<QList<Executive>>> executives() = 0;

    // The newest `limit` entries of one actor whose id is below beforeId (0: the newest of all),
    // newest last: a customer's history, a page at a time.
    virtual QFuture<Result<QList<RequestLogEntry>>> requestLogFor(const QString &actorKind, const QString &actor,
                                                                  int limit, qint64 beforeId) = 0;
    // All or nothing: on any duplicate nothing is added. The value is how many were added.
    virtual QFuture<Result<int>> addCustomers(const QList<Customer> &list) = 0;
    // Adds the accounts only when the database has none (demo data); the value is how many were added.
    virtual QFuture<Result<int>> addAccountsIfEmpty(const QList<Customer> &customers,
                                                    const QList<Executive> &executives) = 0;
    // Customers plus executives.
    virtual QFuture<Result<qint64>> accountCount() = 0;

    // Server state that must survive restarts (e.g. rolling handling-time statistics).
    virtual QFuture<Result<std::optional<QString>>> stateValue(const QString &key) = 0;
    virtual QFuture<Result<bool>> setStateValue(const QString &key, const QString &value) = 0;

    // Conversations between a customer and an executive, and their messages.
    virtual QFuture<Result<qint64>> startConversation(qint64 customerId, qint64 executiveId, qint64 atMs) = 0;
    virtual QFuture<Result<bool>> endConversation(qint64 conversationId, qint64 atMs) = 0;
    // Stores a message once per (sender, clientMessageId); a resend returns the stored one with
    // duplicate set. Completes after commit.
    virtual QFuture<Result<StoredMessage>> appendMessage(const ChatRecord &message) = 0;
    virtual QFuture<Result<QList<ChatRecord>>> conversationMessages(qint64 conversationId) = 0;

    // An executive's contacts (customers). Adding one twice or removing an absent one is not an
    // error; the value says whether anything changed.
    virtual QFuture<Result<bool>> addContact(qint64 executiveId, qint64 customerId, qint64 atMs) = 0;
    virtual QFuture<Result<bool>> removeContact(qint64 executiveId, qint64 customerId) = 0;
    // Id, RUT and full name of each contact, by name.
    virtual QFuture<Result<QList<Customer>>> contactsOf(qint64 executiveId) = 0;
};

} // namespace Turno::Storage
