// Customers' requests about their own account: signing up (only when the server allows it),
// changing the password (the current one is required) and changing the display name.
#pragma once

#include "protocol/messages.h"
#include "storage/store.h"

#include <QFuture>
#include <QObject>
#include <optional>

namespace Turno::Auth
{
class Authenticator;
}

namespace Turno::Server
{

class ContactCenter;

class AccountService : public QObject
{
    Q_OBJECT
public:
    AccountService(ContactCenter &center, Storage::Store &store, Auth::Authenticator &authenticator,
                   QObject *parent = nullptr);

    struct SignUpOutcome {
        Protocol::SignUpStatus status = Protocol::SignUpStatus::Unavailable;
        std::optional<Storage::Customer> customer; // when Created
        int retryAfterSeconds = 0;                 // when Throttled or Busy
    };
    struct RenameOutcome {
        Protocol::AccountStatus status = Protocol::AccountStatus::Unavailable;
        QString fullName; // as stored, when Done
    };

    // The futures complete on this object's thread. None of them logs a password or a hash.
    // Sign-ups are limited per address (--rate-limit signup-per-address); each costs a hash.
    QFuture<SignUpOutcome> signUp(const Protocol::SignUp &request, const QString &peerAddress);
    QFuture<Protocol::AccountStatus> changePassword(const Storage::Customer &customer, const QString &oldPassword,
                                                    const QString &newPassword, const QString &peerAddress);
    QFuture<RenameOutcome> changeDisplayName(const Storage::Customer &customer, const QString &fullName);

private:
    void logResult(const QString &actor, const QString &action, const QString &detail, const QString &result);

    ContactCenter &m_center;
    Storage::Store &m_store;
    Auth::Authenticator &m_authenticator;
};

} // namespace Turno::Server
