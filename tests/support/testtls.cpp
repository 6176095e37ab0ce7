#include "testtls.h"

#include "net/selfsignedcertificate.h"
#include "session/servertrust.h"

#include <QSslKey>
#include <QtTest>

namespace Turno::Test
{

const QSslConfiguration &fakeServerTls()
{
    static const QSslConfiguration configuration = [] {
        QString error;
        const Server::SelfSignedCertificate::Pem pem =
            Server::SelfSignedCertificate::generate(QStringLiteral("localhost"), &error);
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setLocalCertificateChain(QSslCertificate::fromData(pem.certificate, QSsl::Pem));
        c.setPrivateKey(QSslKey(pem.privateKey, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey));
        c.setProtocol(QSsl::TlsV1_2OrLater);
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
        return c;
    }();
    return configuration;
}

QByteArray fakeServerFingerprint()
{
    return ServerTrust::publicKeyFingerprint(fakeServerTls().localCertificate());
}

void pinLocalServer(quint16 port, const QByteArray &fingerprint)
{
    ServerTrust::pinKey(ServerTrust::pinName(QStringLiteral("127.0.0.1"), port), fingerprint);
}

TlsSocket::TlsSocket()
{
    setProtocol(QSsl::TlsV1_2OrLater);
    QObject::connect(this, &QSslSocket::sslErrors, this, [this] {
        if (ServerTrust::publicKeyFingerprint(peerCertificate()) == ServerTrust::pinnedKey(m_pinName))
            ignoreSslErrors();
    });
}

void TlsSocket::startConnecting(quint16 port, const QHostAddress &source)
{
    m_pinName = ServerTrust::pinName(QStringLiteral("127.0.0.1"), port);
    if (!source.isNull())
        bind(source, 0);
    connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
}

bool TlsSocket::connectTo(quint16 port, int timeoutMs)
{
    startConnecting(port);
    // Runs the event loop while waiting, so servers and relays in this thread are served.
    (void)QTest::qWaitFor([this] { return isEncrypted() || state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    return isEncrypted();
}

} // namespace Turno::Test
