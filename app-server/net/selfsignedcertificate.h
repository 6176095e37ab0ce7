// The one place that calls OpenSSL directly: Qt can load certificates but cannot create them.
// Makes the server's self-signed certificate on first start (ECDSA P-256 key, SHA-256 signature,
// valid for 20 years), written beside the database with the key readable by its owner only.
#pragma once

#include <QByteArray>
#include <QString>

namespace Turno::Server::SelfSignedCertificate
{

struct Pem {
    QByteArray certificate;
    QByteArray privateKey;
};

// A new key and certificate for commonName (also a DNS name of the certificate, with localhost and
// the loopback addresses). Empty with *error on failure.
Pem generate(const QString &commonName, QString *error);

// Writes pem to the two files: the key first, created with mode 0600 before any byte is written;
// each file is written beside its final name and renamed into place, so a crash leaves no half
// file. False with *error on failure.
bool write(const Pem &pem, const QString &certificatePath, const QString &keyPath, QString *error);

// Whether the PEM private key belongs to the first certificate of the PEM chain.
bool keyMatches(const QByteArray &certificatePem, const QByteArray &keyPem);

} // namespace Turno::Server::SelfSignedCertificate
