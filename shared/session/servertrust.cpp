#include "servertrust.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>
#include <QSslKey>

namespace Turno
{

namespace
{

QSettings knownServers()
{
    // One file for all Turno programs: a key trusted in the customer's app is trusted by the
    // executive's on the same account too.
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Turno"),
                     QStringLiteral("known-servers"));
}

QString settingsKey(const QString &hostPort)
{
    // QSettings treats '/' and '\' specially; host:port has neither, but keep the key plain.
    return QStringLiteral("pins/") + QString::fromLatin1(hostPort.toUtf8().toPercentEncoding("[]:."));
}

} // namespace

QByteArray ServerTrust::publicKeyFingerprint(const QSslCertificate &certificate)
{
    const QByteArray spki = certificate.publicKey().toDer();
    if (spki.isEmpty())
        return {};
    return QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
}

QString ServerTrust::formatFingerprint(const QByteArray &fingerprint)
{
    return QString::fromLatin1(fingerprint.toHex(':').toUpper());
}

QString ServerTrust::displayFingerprint(const QByteArray &fingerprint)
{
    if (fingerprint.size() <= 16)
        return formatFingerprint(fingerprint);
    return formatFingerprint(fingerprint.left(16)) + QLatin1String(":\n") + formatFingerprint(fingerprint.mid(16));
}

QByteArray ServerTrust::parseFingerprint(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        digits = digits.mid(7);
    digits.remove(QRegularExpression(QStringLiteral("[:\\s]")));
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!hex.match(digits).hasMatch())
        return {};
    return QByteArray::fromHex(digits.toLatin1());
}

QString ServerTrust::pinName(const QString &host, quint16 port)
{
    const QString lower = host.toLower();
    const bool ipv6 = lower.contains(QLatin1Char(':'));
    return (ipv6 ? QStringLiteral("[%1]").arg(lower) : lower) + QLatin1Char(':') + QString::number(port);
}

QByteArray ServerTrust::pinnedKey(const QString &hostPort)
{
    return QByteArray::fromHex(knownServers().value(settingsKey(hostPort)).toString().toLatin1());
}

void ServerTrust::pinKey(const QString &hostPort, const QByteArray &fingerprint)
{
    QSettings settings = knownServers();
    settings.setValue(settingsKey(hostPort), QString::fromLatin1(fingerprint.toHex()));
    settings.sync();
}

void ServerTrust::forgetKey(const QString &hostPort)
{
    QSettings settings = knownServers();
    settings.remove(settingsKey(hostPort));
    settings.sync();
}

bool ServerTrust::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

TransportPolicy &TransportPolicy::defaults()
{
    static TransportPolicy policy;
    return policy;
}

QString ServerKey::firstUseText() const
{
    return tr("This is your first connection to %1. Its certificate is not signed by an authority this computer "
              "knows, so check its key before you trust it.\n\nServer key (SHA-256):\n%2\n\nAsk your administrator "
              "for the fingerprint that \"turno-server fingerprint\" prints and compare it. Once trusted, this key is "
              "remembered and you will not be asked again.")
        .arg(hostPort, ServerTrust::displayFingerprint(fingerprint));
}

QString ServerKey::changedText() const
{
    return tr("WARNING: the key of %1 has changed. Someone may be intercepting the connection, or the server was "
              "given a new key. Nothing was sent.\n\nRemembered key (SHA-256):\n%2\n\nKey presented now:\n%3\n\nIf "
              "your administrator confirms the new key, accept it deliberately: start with --trust-fingerprint and "
              "the new key, or confirm it in the window.")
        .arg(hostPort, ServerTrust::displayFingerprint(pinnedFingerprint),
             ServerTrust::displayFingerprint(fingerprint));
}

QString ServerKey::question()
{
    return tr("Trust this server? (yes/no):");
}

bool ServerKey::isYes(const QString &answer)
{
    // "si" is "sí" typed without its accent: compare without diacritics.
    auto plain = [](const QString &text) {
        QString letters;
        for (const QChar c : text.trimmed().normalized(QString::NormalizationForm_D)) {
            if (c.category() != QChar::Mark_NonSpacing)
                letters.append(c.toLower());
        }
        return letters;
    };
    const QString word = plain(answer);
    return !word.isEmpty() && (word == plain(tr("yes", "answer to \"Trust this server?\"")) || word == u"yes");
}

QString ServerKey::plaintextWarning()
{
    return tr("WARNING: --plaintext: this connection is NOT encrypted. Passwords and messages cross the network in "
              "clear. Use it only for debugging on this machine.");
}

} // namespace Turno
