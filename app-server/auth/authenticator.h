// Checks customers' and executives' log-ins against the store: throttled, constant-shape (an unknown
// account still verifies a dummy hash), and upgrading a stored hash whose cost is out of date.
#pragma once

#include "loginthrottle.h"
#include "passwordhasher.h"
#include "storage/store.h"

#include <QFuture>
#include <QObject>
#include <memory>
#include <optional>

namespace Turno::Auth
{

struct LoginOutcome {
    // Busy: too many passwords are being checked; nothing was checked, try again shortly.
    enum class Status { Ok, WrongCredentials, Throttled, Failed, Busy } status = Status::Failed;
    std::optional<Storage::Customer> customer;
    std::optional<Storage::Executive> executive;
    int retryAfterSeconds = 0; // when Throttled or Busy
};

class Authenticator : public QObject
{
    Q_OBJECT
public:
    Authenticator(Storage::Store &store, PasswordHasher &hasher, LoginThrottle &throttle, QObject *parent = nullptr);

    // The futures complete on this object's thread. WrongCredentials never says which part was wrong.
    // After repeated failures, attempts are held back before they are checked (whatever the password),
    // and a guessing (account, address) pair, or address, is refused as Throttled (LoginThrottle).
    QFuture<LoginOutcome> loginCustomer(const QString &normalizedRut, const QString &password,
                                        const QString &peerAddress);
    QFuture<LoginOutcome> loginExecutive(const QString &username, const QString &password, const QString &peerAddress);
    // Checks a logged-in customer's current password (before changing it), throttled like a log-in
    // but neither written to the request log as a log-in nor rehashed (the caller stores a new hash).
    QFuture<LoginOutcome> checkCustomerPassword(const QString &normalizedRut, const QString &password,
                                                const QString &peerAddress);
    PasswordHasher &hasher() { return m_hasher; }

    // Whether each checked log-in (not the throttled ones) goes to the request log; on by default.
    void setRequestLogging(bool enabled) { m_requestLogging = enabled; }
    // Hash upgrades started and not yet stored (or given up). A log-in starts one, before its
    // outcome is delivered, only when the stored hash's cost is out of date.
    int upgradesInProgress() const { return m_upgrades; }

Q_SIGNALS:
    // A stored hash was replaced by one with the current cost (after a successful log-in).
    void passwordRehashed(const QString &kind, const QString &account);

private:
    struct Attempt;
    QFuture<LoginOutcome> start(std::shared_ptr<Attempt> attempt);
    void lookUp(const std::shared_ptr<Attempt> &attempt);
    void check(const std::shared_ptr<Attempt> &attempt, const QString &storedHash);
    void conclude(const std::shared_ptr<Attempt> &attempt, VerifyResult verified);
    void rehash(const std::shared_ptr<Attempt> &attempt);
    void logRequest(const Attempt &attempt, const QString &result);

    Storage::Store &m_store;
    PasswordHasher &m_hasher;
    LoginThrottle &m_throttle;
    QFuture<QString> m_dummyHash; // verified against for unknown accounts, so timing doesn't tell
    bool m_requestLogging = true;
    int m_upgrades = 0;
    int m_checking = 0; // attempts between their lookup and their outcome
};

} // namespace Turno::Auth
