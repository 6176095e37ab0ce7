// TLS for the tests: the pins of this test (CTest gives each test its own XDG_CONFIG_HOME), a
// certificate for the fake servers made once per process by the server's own generator, and a
// raw socket that trusts the key pinned for the server it reaches, as the apps do.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>

namespace Turno::Test
{

// A self-signed certificate and key for fake servers, made on first use.
const QSslConfiguration &fakeServerTls();
QByteArray fakeServerFingerprint();
// Pins fingerprint for 127.0.0.1:port, as a user who trusted the server would have.
void pinLocalServer(quint16 port, const QByteArray &fingerprint);

class TlsSocket : public QSslSocket
{
public:
    TlsSocket();
    // Connects to 127.0.0.1:port and finishes the TLS handshake; false on failure or timeout.
    bool connectTo(quint16 port, int timeoutMs = 5'000);
    // Starts connecting without waiting (the socket's signals tell the rest); from source (one of
    // 127.0.0.0/8, say) when given, to stand for another machine.
    void startConnecting(quint16 port, const QHostAddress &source = QHostAddress());

private:
    QString m_pinName;
};

} // namespace Turno::Test
