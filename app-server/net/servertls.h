// The server's TLS identity: the certificate chain and key given with --tls-cert/--tls-key, or
// the self-signed pair kept beside the database (made on first start, reused afterwards).
#pragma once

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>
#include <optional>

namespace Turno::Server
{

struct TlsIdentity {
    QSslConfiguration configuration; // for QSslServer: TLS 1.2 or later, no client certificates
    QByteArray fingerprint;          // SHA-256 of the public key (what clients pin)
    QString certificatePath;
    bool created = false; // the self-signed pair was made just now
};

// certificateFile and keyFile both empty: the self-signed pair beside databasePath. A clear,
// translated error when a file is missing, unreadable, or the key does not belong to it.
std::optional<TlsIdentity> loadTlsIdentity(const QString &certificateFile, const QString &keyFile,
                                           const QString &databasePath, QString *error);

// Where the self-signed pair for databasePath lives.
QString selfSignedCertificatePath(const QString &databasePath);
QString selfSignedKeyPath(const QString &databasePath);

} // namespace Turno::Server
