#include "servertls.h"

#include "selfsignedcertificate.h"
#include "session/servertrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QSslKey>

namespace Turno::Server
{

namespace
{

QSslKey readKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

QString selfSignedCertificatePath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("turno-server.crt"));
}

QString selfSignedKeyPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("turno-server.key"));
}

std::optional<TlsIdentity> loadTlsIdentity(const QString &certificateFile, const QString &keyFile,
                                           const QString &databasePath, QString *error)
{
    TlsIdentity identity;
    QString certificatePath = certificateFile;
    QString keyPath = keyFile;
    if (certificatePath.isEmpty() != keyPath.isEmpty()) {
        *error = QCoreApplication::translate("ServerTls", "Give both --tls-cert and --tls-key, or neither.");
        return std::nullopt;
    }
    if (certificatePath.isEmpty()) {
        certificatePath = selfSignedCertificatePath(databasePath);
        keyPath = selfSignedKeyPath(databasePath);
        if (!QFileInfo::exists(certificatePath) || !QFileInfo::exists(keyPath)) {
            QString why;
            const SelfSignedCertificate::Pem pem = SelfSignedCertificate::generate(QHostInfo::localHostName(), &why);
            QDir().mkpath(QFileInfo(certificatePath).absolutePath());
            if (pem.certificate.isEmpty() || !SelfSignedCertificate::write(pem, certificatePath, keyPath, &why)) {
                *error =
                    QCoreApplication::translate("ServerTls", "Cannot create the server's certificate: %1").arg(why);
                return std::nullopt;
            }
            identity.created = true;
        }
    }
    QFile certificateIn(certificatePath);
    QFile keyIn(keyPath);
    if (!certificateIn.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ServerTls", "Cannot read the certificate %1: %2")
                     .arg(certificatePath, certificateIn.errorString());
        return std::nullopt;
    }
    if (!keyIn.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ServerTls", "Cannot read the private key %1: %2")
                     .arg(keyPath, keyIn.errorString());
        return std::nullopt;
    }
    const QByteArray certificatePem = certificateIn.readAll();
    const QByteArray keyPem = keyIn.readAll();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QCoreApplication::translate("ServerTls", "%1 holds no PEM certificate.").arg(certificatePath);
        return std::nullopt;
    }
    const QSslKey key = readKey(keyPem);
    if (key.isNull()) {
        *error = QCoreApplication::translate("ServerTls", "%1 holds no PEM private key (EC or RSA, unencrypted).")
                     .arg(keyPath);
        return std::nullopt;
    }
    if (!SelfSignedCertificate::keyMatches(certificatePem, keyPem)) {
        *error = QCoreApplication::translate("ServerTls", "The private key %1 does not belong to the certificate %2.")
                     .arg(keyPath, certificatePath);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    identity.configuration = configuration;
    identity.fingerprint = ServerTrust::publicKeyFingerprint(chain.first());
    identity.certificatePath = certificatePath;
    return identity;
}

} // namespace Turno::Server
