#include "providerbackend.h"

#include <QPromise>
#include <QTimer>
#include <memory>

namespace Turno::Server
{

SimulatedBackend::SimulatedBackend(int delayMs, QObject *parent) : ProviderBackend(parent), m_delayMs(delayMs) {}

QFuture<BackendResult> SimulatedBackend::later()
{
    auto promise = std::make_shared<QPromise<BackendResult>>();
    promise->start();
    const BackendResult result{m_failure.isEmpty(), m_failure};
    QTimer::singleShot(m_delayMs, this, [promise, result] {
        promise->addResult(result);
        promise->finish();
    });
    return promise->future();
}

QFuture<BackendResult> SimulatedBackend::restartInternet(const QString &)
{
    return later();
}

QFuture<BackendResult> SimulatedBackend::changeWifiPassword(const QString &, const QString &)
{
    return later();
}

} // namespace Turno::Server
