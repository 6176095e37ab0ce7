#include "accountservice.h"

#include "auth/authenticator.h"
#include "contactcenter.h"
#include "domain/accountrules.h"
#include "domain/rut.h"
#include "net/clientpeer.h"
#include "net/ratelimits.h"
#include "serverlog.h"
#include "util/futures.h"

#include <QPromise>
#include <memory>

namespace Turno::Server
{

using namespace Protocol;

namespace
{

template <typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

} // namespace

AccountService::AccountService(ContactCenter &center, Storage::Store &store, Auth::Authenticator &authenticator,
                               QObject *parent)
    : QObject(parent), m_center(center), m_store(store), m_authenticator(authenticator)
{
}

void AccountService::logResult(const QString &actor, const QString &action, const QString &detail,
                               const QString &result)
{
    m_center.logRequest(QStringLiteral("customer"), actor, action, detail, result);
}

QFuture<AccountService::SignUpOutcome> AccountService::signUp(const SignUp &request, const QString &peerAddress)
{
    const auto rut = Rut::parse(request.rut);
    const QString actor = rut ? rut->normalized() : request.rut.left(16);
    const QString action = QStringLiteral("signup");
    if (!m_center.config().allowSignup) {
        logResult(actor, action, QString(), QStringLiteral("refused: sign-up closed"));
        return ready(SignUpOutcome{SignUpStatus::Closed, std::nullopt});
    }
    const QString name = AccountRules::normalizedName(request.fullName);
    if (!rut || AccountRules::checkName(name) != AccountRules::NameProblem::None ||
        AccountRules::checkPassword(request.password) != AccountRules::PasswordProblem::None) {
        logResult(actor, action, QString(), QStringLiteral("invalid"));
        return ready(SignUpOutcome{SignUpStatus::Invalid, std::nullopt});
    }
    qint64 retryAfterMs = 0;
    if (!m_center.rateLimiter().take(RateClass::SignUpPerAddress, peerAddress, monotonicNowMs(), &retryAfterMs)) {
        logResult(actor, action, QString(), QStringLiteral("refused: too many sign-ups from %1").arg(peerAddress));
        return ready(SignUpOutcome{SignUpStatus::Throttled, std::nullopt, int((retryAfterMs + 999) / 1000)});
    }
    if (m_authenticator.hasher().isBusy()) {
        logResult(actor, action, QString(), QStringLiteral("refused: busy"));
        return ready(SignUpOutcome{SignUpStatus::Busy, std::nullopt, 1});
    }

    auto promise = std::make_shared<QPromise<SignUpOutcome>>();
    promise->start();
    auto finish = [this, promise, actor, action](SignUpOutcome outcome, const QString &result) {
        logResult(actor, action, QString(), result);
        promise->addResult(std::move(outcome));
        promise->finish();
    };
    Storage::Customer customer;
    customer.rut = rut->normalized();
    customer.fullName = name;
    Util::whenFinished(
        m_authenticator.hasher().hash(request.password), this, [this, customer, finish](const QString &hash) mutable {
            if (hash.isEmpty())
                return finish({SignUpStatus::Unavailable, std::nullopt}, QStringLiteral("failed"));
            customer.passwordHash = hash;
            Util::whenFinished(
                m_store.addCustomer(customer), this, [customer, finish](const Storage::Result<qint64> &added) mutable {
                    if (added.conflict)
                        return finish({SignUpStatus::AlreadyExists, std::nullopt},
                                      QStringLiteral("refused: already exists"));
                    if (!added.ok())
                        return finish({SignUpStatus::Unavailable, std::nullopt}, QStringLiteral("failed"));
                    customer.id = added.value;
                    ServerLog::event(tr("New client %1 signed up.").arg(customer.fullName));
                    finish({SignUpStatus::Created, customer}, QStringLiteral("ok"));
                });
        });
    return promise->future();
}

QFuture<AccountStatus> AccountService::changePassword(const Storage::Customer &customer, const QString &oldPassword,
                                                      const QString &newPassword, const QString &peerAddress)
{
    const QString action = QStringLiteral("change-password");
    if (AccountRules::checkPassword(newPassword) != AccountRules::PasswordProblem::None) {
        logResult(customer.rut, action, QString(), QStringLiteral("invalid"));
        return ready(AccountStatus::Invalid);
    }
    auto promise = std::make_shared<QPromise<AccountStatus>>();
    promise->start();
    auto finish = [this, promise, customer, action](AccountStatus status, const QString &result) {
        logResult(customer.rut, action, QString(), result);
        if (status == AccountStatus::Done)
            ServerLog::event(tr("Client %1 changed their password.").arg(customer.fullName));
        promise->addResult(status);
        promise->finish();
    };
    Util::whenFinished(
        m_authenticator.checkCustomerPassword(customer.rut, oldPassword, peerAddress), this,
        [this, customer, newPassword, finish](const Auth::LoginOutcome &checked) {
            switch (checked.status) {
            case Auth::LoginOutcome::Status::Ok:
                break;
            case Auth::LoginOutcome::Status::WrongCredentials:
                return finish(AccountStatus::WrongPassword, QStringLiteral("wrong-password"));
            case Auth::LoginOutcome::Status::Throttled:
                return finish(AccountStatus::Throttled, QStringLiteral("refused: too many failures"));
            case Auth::LoginOutcome::Status::Failed:
                return finish(AccountStatus::Unavailable, QStringLiteral("failed"));
            case Auth::LoginOutcome::Status::Busy:
                return finish(AccountStatus::Busy, QStringLiteral("refused: busy"));
            }
            Util::whenFinished(
                m_authenticator.hasher().hash(newPassword), this, [this, customer, finish](const QString &hash) {
                    if (hash.isEmpty())
                        return finish(AccountStatus::Unavailable, QStringLiteral("failed"));
                    Util::whenFinished(m_store.setCustomerPasswordHash(customer.id, hash), this,
                                       [finish](const Storage::Result<bool> &r) {
                                           if (!r.ok() || !r.value)
                                               return finish(AccountStatus::Unavailable, QStringLiteral("failed"));
                                           finish(AccountStatus::Done, QStringLiteral("ok"));
                                       });
                });
        });
    return promise->future();
}

QFuture<AccountService::RenameOutcome> AccountService::changeDisplayName(const Storage::Customer &customer,
                                                                         const QString &fullName)
{
    const QString action = QStringLiteral("change-display-name");
    const QString name = AccountRules::normalizedName(fullName);
    if (AccountRules::checkName(name) != AccountRules::NameProblem::None) {
        logResult(customer.rut, action, QString(), QStringLiteral("invalid"));
        return ready(RenameOutcome{AccountStatus::Invalid, QString()});
    }
    return Util::whenFinished(m_store.setCustomerFullName(customer.id, name), this,
                              [this, customer, name, action](const Storage::Result<bool> &r) {
                                  if (!r.ok() || !r.value) {
                                      logResult(customer.rut, action, name, QStringLiteral("failed"));
                                      return RenameOutcome{AccountStatus::Unavailable, QString()};
                                  }
                                  logResult(customer.rut, action, name, QStringLiteral("ok"));
                                  ServerLog::event(tr("Client %1 is now called %2.").arg(customer.fullName, name));
                                  return RenameOutcome{AccountStatus::Done, name};
                              });
}

} // namespace Turno::Server
