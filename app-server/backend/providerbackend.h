// The internet provider's systems, as the server sees them: restarting a customer's service and
// changing their Wi-Fi key. The real integration plugs in here; SimulatedBackend stands in for it.
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

namespace Turno::Server
{

struct BackendResult {
    bool ok = false;
    QString detail; // the provider's reason when ok is false; never contains a secret
};

class ProviderBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Both complete on the backend's thread (the server's main thread for the simulation).
    virtual QFuture<BackendResult> restartInternet(const QString &rut) = 0;
    virtual QFuture<BackendResult> changeWifiPassword(const QString &rut, const QString &password) = 0;
};

// Waits a short delay, then succeeds, or fails with a provider-style reason when told to.
class SimulatedBackend : public ProviderBackend
{
    Q_OBJECT
public:
    explicit SimulatedBackend(int delayMs = 1500, QObject *parent = nullptr);

    void setDelayMs(int delayMs) { m_delayMs = delayMs; }
    // Every later request fails with this reason; an empty reason means requests succeed again.
    void setFailure(const QString &reason) { m_failure = reason; }

    QFuture<BackendResult> restartInternet(const QString &rut) override;
    QFuture<BackendResult> changeWifiPassword(const QString &rut, const QString &password) override;

private:
    QFuture<BackendResult> later();

    int m_delayMs;
    QString m_failure;
};

} // namespace Turno::Server
