// How the apps decide to trust a server: a certificate valid through the system's CAs is
// accepted; otherwise the SHA-256 of the server's public key (SubjectPublicKeyInfo) is pinned per
// host:port on first use, so a renewal with the same key never asks again and a changed key is
// refused. Also the transport settings the command line chooses (--plaintext, --trust-fingerprint).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>

namespace Turno
{

namespace ServerTrust
{

// SHA-256 of the certificate's public key in DER (SubjectPublicKeyInfo): 32 bytes.
QByteArray publicKeyFingerprint(const QSslCertificate &certificate);
// "AB:CD:…" (64 hex digits in pairs), as the server prints it and people compare it.
QString formatFingerprint(const QByteArray &fingerprint);
// The same on two lines of 16 bytes each, as the dialogs and terminals show it.
QString displayFingerprint(const QByteArray &fingerprint);
// Reads a fingerprint typed with or without colons or spaces, in either case; empty when it is
// not 32 bytes of hex.
QByteArray parseFingerprint(const QString &text);

// The pins of this user, shared by every Turno program (QSettings "Turno/known-servers").
QByteArray pinnedKey(const QString &hostPort);
void pinKey(const QString &hostPort, const QByteArray &fingerprint);
void forgetKey(const QString &hostPort);
// "host:port" as pins are stored: host in lower case, IPv6 in brackets.
QString pinName(const QString &host, quint16 port);

// Whether host is this machine (127.0.0.0/8, ::1 or "localhost"): the only place --plaintext
// may reach.
bool isLoopbackHost(const QString &host);

} // namespace ServerTrust

// The transport every session of this process uses, set once from the command line.
struct TransportPolicy {
    // No TLS (--plaintext): for debugging on this machine only; refused for other hosts.
    bool plaintext = false;
    // A key fingerprint given by the user (--trust-fingerprint): accepted and pinned without
    // asking, and the only key accepted for a server whose pinned key changed.
    QByteArray trustedFingerprint;

    static TransportPolicy &defaults();
};

// What the apps show about a server's key; the same sentences in the windows and terminals.
struct ServerKey {
    Q_DECLARE_TR_FUNCTIONS(Turno::ServerKey)
public:
    QString hostPort;
    QByteArray fingerprint;       // the key the server presented
    QByteArray pinnedFingerprint; // the key remembered for it (empty on first use)

    bool changed() const { return !pinnedFingerprint.isEmpty(); }
    QString firstUseText() const;
    QString changedText() const;
    // The terminals' question after firstUseText(), and how they read its answer.
    static QString question();
    static bool isYes(const QString &answer);
    // Printed once by every program that talks without encryption.
    static QString plaintextWarning();
};

} // namespace Turno
