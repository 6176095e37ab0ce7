#include "authenticator.h"

#include "authlogging.h"
#include "util/futures.h"

#include <QPromise>
#include <QRandomGenerator>
#include <QTimer>

namespace Turno::Auth
{

using Storage::Result;

struct Authenticator::Attempt {
    QPromise<LoginOutcome> promise;
    bool isCustomer = true;
    QString account; // normalized RUT or username, as typed (cut to the log's width)
    QString throttleKey;
    QString address;
    QString password;
    std::optional<Storage::Customer> customer;
    std::optional<Storage::Executive> executive;
    bool checkOnly = false;  // a password check by a logged-in customer: no log-in row, no rehash
    int *inFlight = nullptr; // the Authenticator's count of checks under way, while this is one

    void complete(LoginOutcome outcome)
    {
        if (inFlight) {
            --*inFlight;
            inFlight = nullptr;
        }
        promise.addResult(std::move(outcome));
        promise.finish();
    }
    void complete(LoginOutcome::Status status)
    {
        LoginOutcome outcome;
        outcome.status = status;
        complete(std::move(outcome));
    }
    QString kind() const { return isCustomer ? QStringLiteral("customer") : QStringLiteral("executive"); }
};

Authenticator::Authenticator(Storage::Store &store, PasswordHasher &hasher, LoginThrottle &throttle, QObject *parent)
    : QObject(parent), m_store(store), m_hasher(hasher), m_throttle(throttle)
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    m_dummyHash = m_hasher.hash(QString::fromLatin1(random.toBase64()));
}

QFuture<LoginOutcome> Authenticator::loginCustomer(const QString &normalizedRut, const QString &password,
                                                   const QString &peerAddress)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->isCustomer = true;
    attempt->account = normalizedRut.left(64);
    attempt->password = password;
    attempt->address = peerAddress;
    return start(attempt);
}

QFuture<LoginOutcome> Authenticator::checkCustomerPassword(const QString &normalizedRut, const QString &password,
                                                           const QString &peerAddress)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->isCustomer = true;
    attempt->checkOnly = true;
    attempt->account = normalizedRut.left(64);
    attempt->password = password;
    attempt->address = peerAddress;
    return start(attempt);
}

QFuture<LoginOutcome> Authenticator::loginExecutive(const QString &username, const QString &password,
                                                    const QString &peerAddress)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->isCustomer = false;
    attempt->account = username.trimmed().toLower().left(64);
    attempt->password = password;
    attempt->address = peerAddress;
    return start(attempt);
}

QFuture<LoginOutcome> Authenticator::start(std::shared_ptr<Attempt> attempt)
{
    attempt->promise.start();
    QFuture<LoginOutcome> future = attempt->promise.future();
    attempt->throttleKey = attempt->kind() + QLatin1Char(':') + attempt->account;

    const LoginThrottle::Admission admission = m_throttle.admit(attempt->throttleKey, attempt->address);
    if (!admission.allowed) {
        qCWarning(lcAuth).noquote()
            << QStringLiteral("Log-in of %1 %2 refused: too many failures").arg(attempt->kind(), attempt->account);
        LoginOutcome outcome;
        outcome.status = LoginOutcome::Status::Throttled;
        outcome.retryAfterSeconds = int((admission.retryAfterMs + 999) / 1000);
        attempt->complete(std::move(outcome));
        return future;
    }

    // Held back before the lookup and the verify, not after: a right password waits as long as a
    // wrong one, so neither the timing nor hanging up early tells a guesser anything.
    if (admission.delayMs > 0)
        QTimer::singleShot(admission.delayMs, this, [this, attempt] { lookUp(attempt); });
    else
        lookUp(attempt);
    return future;
}

void Authenticator::lookUp(const std::shared_ptr<Attempt> &attempt)
{
    // A bounded queue: from here on each attempt costs a hash. Counted from the lookup (a burst
    // arrives faster than lookups finish), not during a throttle's delay (guesses held back must
    // not make everyone else busy).
    if (m_checking >= m_hasher.queueLimit() || m_hasher.isBusy()) {
        qCWarning(lcAuth).noquote() << QStringLiteral("Log-in of %1 %2 refused: busy (%3 password checks under way)")
                                           .arg(attempt->kind(), attempt->account)
                                           .arg(qMax(m_checking, m_hasher.outstanding()));
        m_throttle.release(attempt->throttleKey, attempt->address);
        LoginOutcome outcome;
        outcome.status = LoginOutcome::Status::Busy;
        outcome.retryAfterSeconds = 1;
        return attempt->complete(std::move(outcome));
    }
    ++m_checking;
    attempt->inFlight = &m_checking;
    // The account's row (a customer's or an executive's) is kept, then its hash is checked.
    const auto found = [this, attempt](const auto &row, auto &into) {
        if (!row.ok()) {
            m_throttle.release(attempt->throttleKey, attempt->address);
            return attempt->complete(LoginOutcome::Status::Failed);
        }
        into = row.value;
        check(attempt, row.value ? row.value->passwordHash : QString());
    };
    if (attempt->isCustomer) {
        Util::whenFinished(
            m_store.findCustomer(attempt->account), this,
            [found, attempt](const Result<std::optional<Storage::Customer>> &row) { found(row, attempt->customer); });
    } else {
        Util::whenFinished(
            m_store.findExecutive(attempt->account), this,
            [found, attempt](const Result<std::optional<Storage::Executive>> &row) { found(row, attempt->executive); });
    }
}

void Authenticator::check(const std::shared_ptr<Attempt> &attempt, const QString &storedHash)
{
    // Same path for unknown accounts: a full verify against a hash of the same cost.
    auto verify = [this, attempt](const QString &stored) {
        Util::whenFinished(m_hasher.verify(stored, attempt->password), this,
                           [this, attempt](VerifyResult verified) { conclude(attempt, verified); });
    };
    if (!storedHash.isEmpty()) {
        verify(storedHash);
    } else if (m_dummyHash.isFinished()) {
        verify(m_dummyHash.result());
    } else {
        // Qt 6.4 keeps one continuation per QFuture: while the dummy hash is still being made,
        // each waiting attempt chains after the previous one instead of replacing it.
        m_dummyHash = Util::whenFinished(m_dummyHash, this, [verify](const QString &dummy) {
            verify(dummy);
            return dummy;
        });
    }
}

void Authenticator::conclude(const std::shared_ptr<Attempt> &attempt, VerifyResult verified)
{
    const bool known = attempt->customer || attempt->executive;
    const bool success = known && verified.ok;
    m_throttle.finish(attempt->throttleKey, attempt->address, success);
    if (!attempt->checkOnly)
        logRequest(*attempt, success ? QStringLiteral("ok") : QStringLiteral("wrong-credentials"));
    if (success) {
        if (verified.needsRehash && !attempt->checkOnly)
            rehash(attempt);
        LoginOutcome outcome;
        outcome.status = LoginOutcome::Status::Ok;
        outcome.customer = attempt->customer;
        outcome.executive = attempt->executive;
        attempt->password.clear();
        return attempt->complete(std::move(outcome));
    }
    if (attempt->checkOnly)
        qCInfo(lcAuth).noquote() << QStringLiteral("Wrong current password from customer %1").arg(attempt->account);
    else
        qCInfo(lcAuth).noquote() << QStringLiteral("Failed log-in of %1 %2").arg(attempt->kind(), attempt->account);
    attempt->password.clear();
    attempt->complete(LoginOutcome::Status::WrongCredentials);
}

void Authenticator::rehash(const std::shared_ptr<Attempt> &attempt)
{
    const bool isCustomer = attempt->isCustomer;
    const qint64 id = isCustomer ? attempt->customer->id : attempt->executive->id;
    const QString account = attempt->account;
    ++m_upgrades;
    Util::whenFinished(m_hasher.hash(attempt->password), this, [this, isCustomer, id, account](const QString &hash) {
        if (hash.isEmpty()) {
            --m_upgrades;
            return;
        }
        auto saved =
            isCustomer ? m_store.setCustomerPasswordHash(id, hash) : m_store.setExecutivePasswordHash(id, hash);
        Util::whenFinished(saved, this, [this, isCustomer, account](Result<bool> r) {
            --m_upgrades;
            const QString kind = isCustomer ? QStringLiteral("customer") : QStringLiteral("executive");
            if (!r.ok() || !r.value) {
                qCWarning(lcAuth).noquote()
                    << QStringLiteral("Could not upgrade the password hash of %1 %2").arg(kind, account);
                return;
            }
            qCInfo(lcAuth).noquote()
                << QStringLiteral("Upgraded the password hash of %1 %2 to the current cost").arg(kind, account);
            Q_EMIT passwordRehashed(kind, account);
        });
    });
}

void Authenticator::logRequest(const Attempt &attempt, const QString &result)
{
    if (!m_requestLogging)
        return;
    Storage::RequestLogEntry entry;
    entry.actorKind = attempt.kind();
    entry.actor = attempt.account;
    entry.action = QStringLiteral("login");
    entry.result = result;
    m_store.appendRequest(entry); // nothing waits on it: the log-in's answer doesn't depend on it
}

} // namespace Turno::Auth
