#include "passwordhasher.h"

#include "authlogging.h"

#include <QPromise>
#include <QThread>
#include <memory>
#include <sodium.h>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Turno::Auth
{

Q_LOGGING_CATEGORY(lcAuth, "turno.auth")

bool HashCost::isValid() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= crypto_pwhash_OPSLIMIT_MAX &&
           memLimitBytes >= crypto_pwhash_MEMLIMIT_MIN && memLimitBytes <= crypto_pwhash_MEMLIMIT_MAX;
}

bool PasswordHasher::initializeSodium()
{
    static const bool ready = [] {
        if (sodium_init() < 0) {
            qCCritical(lcAuth) << "libsodium could not be initialized; passwords cannot be checked";
            return false;
        }
        return true;
    }();
    return ready;
}

PasswordHasher::PasswordHasher(HashCost cost) : m_cost(cost)
{
    initializeSodium();
    if (!m_cost.isValid())
        qCWarning(lcAuth) << "Password hash cost out of libsodium's bounds: ops" << m_cost.opsLimit << "memory"
                          << m_cost.memLimitBytes;
    // Each hash holds memLimitBytes while it runs; one per core bounds both memory and CPU.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    m_pool.setObjectName(QStringLiteral("turno-password-hasher"));
}

PasswordHasher::~PasswordHasher()
{
    m_pool.waitForDone();
}

namespace
{

// Hashing threads run at a lower priority (nice 10) than the event loop: on a machine with as
// many hashing threads as cores, an Argon2id burst would otherwise take the loop's core for tens of
// milliseconds (docs/performance.md). Linux applies setpriority() to one thread when given its id.
void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
    }
#endif
}

// The password's UTF-8 bytes, wiped when the job is done.
struct Secret {
    explicit Secret(const QString &text) : bytes(text.toUtf8()) {}
    ~Secret() { sodium_memzero(bytes.data(), size_t(bytes.size())); }
    QByteArray bytes;
};

} // namespace

QFuture<QString> PasswordHasher::hash(const QString &password)
{
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    QFuture<QString> future = promise->future();
    auto secret = std::make_shared<Secret>(password);
    m_outstanding->fetch_add(1);
    m_unfinished->fetch_add(1);
    m_pool.start([promise, secret, cost = m_cost, outstanding = m_outstanding, unfinished = m_unfinished] {
        lowerThisThreadsPriority();
        char out[crypto_pwhash_STRBYTES];
        QString result;
        if (initializeSodium() && cost.isValid() &&
            crypto_pwhash_str(out, secret->bytes.constData(), quint64(secret->bytes.size()), cost.opsLimit,
                              cost.memLimitBytes) == 0)
            result = QString::fromLatin1(out);
        else
            qCWarning(lcAuth) << "Password hashing failed (out of memory or invalid cost)";
        outstanding->fetch_sub(1);
        promise->addResult(result);
        promise->finish();
        unfinished->fetch_sub(1);
    });
    return future;
}

QFuture<VerifyResult> PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    auto promise = std::make_shared<QPromise<VerifyResult>>();
    promise->start();
    QFuture<VerifyResult> future = promise->future();
    auto secret = std::make_shared<Secret>(password);
    m_outstanding->fetch_add(1);
    m_unfinished->fetch_add(1);
    m_pool.start([promise, secret, stored = storedHash.toLatin1(), cost = m_cost, outstanding = m_outstanding,
                  unfinished = m_unfinished] {
        lowerThisThreadsPriority();
        VerifyResult result;
        if (initializeSodium() && !stored.isEmpty() && stored.size() < crypto_pwhash_STRBYTES) {
            result.ok = crypto_pwhash_str_verify(stored.constData(), secret->bytes.constData(),
                                                 quint64(secret->bytes.size())) == 0;
            if (result.ok)
                result.needsRehash =
                    crypto_pwhash_str_needs_rehash(stored.constData(), cost.opsLimit, cost.memLimitBytes) != 0;
        }
        outstanding->fetch_sub(1);
        promise->addResult(result);
        promise->finish();
        unfinished->fetch_sub(1);
    });
    return future;
}

} // namespace Turno::Auth
