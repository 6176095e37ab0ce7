// Transport security end to end: what crosses the wire, how the apps trust a server's key (first
// use, pinned, changed, CA-signed, --trust-fingerprint), --plaintext only on loopback, the server's
// certificate, and resume tokens that cannot be replayed.
#include "rawclient.h"
#include "serverprocess.h"
#include "session/customersession.h"
#include "session/executivesession.h"
#include "session/servertrust.h"
#include "testsupport.h"
#include "testtls.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Turno;
using namespace Turno::Protocol;

namespace
{

const QString kRut = QStringLiteral("12.345.678-5");
const QString kPassword = QStringLiteral("jorge-Secret-4821");
const QString kNewPassword = QStringLiteral("jorge-Newer-9917");
const QString kWifiKey = QStringLiteral("wifi-Key-55123");

// A TCP relay between an app and the server that keeps every byte going either way: what anyone
// on the path would see.
class WireTap : public QObject
{
public:
    explicit WireTap(quint16 serverPort) : m_serverPort(serverPort)
    {
        m_listener.listen(QHostAddress::LocalHost);
        connect(&m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *app = m_listener.nextPendingConnection()) {
                auto *server = new QTcpSocket(app);
                connect(app, &QTcpSocket::readyRead, server, [this, app, server] {
                    const QByteArray bytes = app->readAll();
                    m_seen += bytes;
                    server->write(bytes);
                });
                connect(server, &QTcpSocket::readyRead, app, [this, app, server] {
                    const QByteArray bytes = server->readAll();
                    m_seen += bytes;
                    app->write(bytes);
                });
                connect(server, &QTcpSocket::disconnected, app, &QTcpSocket::disconnectFromHost);
                connect(app, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
                server->connectToHost(QHostAddress::LocalHost, m_serverPort);
            }
        });
    }
    quint16 port() const { return m_listener.serverPort(); }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(port()); }
    const QByteArray &seen() const { return m_seen; }

private:
    QTcpServer m_listener;
    quint16 m_serverPort;
    QByteArray m_seen;
};

bool startWithJorge(Test::ServerProcess &server, const QStringList &arguments = {})
{
    if (!server.start(arguments)) {
        qWarning("%s", qPrintable(server.error()));
        return false;
    }
    return server.addCustomer(kRut, QStringLiteral("Jorge Sandoval"), kPassword);
}

bool logIn(CustomerSession &session, const QString &address, const QString &password = kPassword)
{
    QSignalSpy loggedIn(&session, &CustomerSession::loggedInAs);
    return session.logIn(address, kRut, password) && loggedIn.wait(10'000);
}

QByteArray otherKey()
{
    return QByteArray(32, '\x5a');
}

// The token the server gives a raw client after its log-in.
QString logInForToken(Test::RawClient &client)
{
    if (!client.logInCustomer(kRut, kPassword))
        return {};
    ResumeToken token;
    return client.next(token) ? token.token : QString();
}

quint8 resumeWith(quint16 port, const QString &token, QString *newToken = nullptr)
{
    Test::RawClient client;
    if (!client.connectTo(port))
        return 0xff;
    client.send(Hello{});
    client.send(Resume{7, token, 0});
    LoginResult result;
    if (!client.next(result))
        return 0xfe;
    if (newToken && result.status == quint8(LoginStatus::Ok)) {
        ResumeToken next;
        *newToken = client.next(next) ? next.token : QString();
    }
    return result.status;
}

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr,
            const QByteArray &input = QByteArray())
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForStarted(10'000);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000))
        process.kill();
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

} // namespace

class TestTransportSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wireCarriesNoSecrets();
    void plaintextWireShowsThem();
    void firstUseAccepted();
    void firstUseRefused();
    void pinnedKeyIsAcceptedSilently();
    void changedKeyIsRefusedWithBothFingerprints();
    void changedKeyAcceptedDeliberately();
    void terminalAsksOnFirstUse();
    void trustFingerprintOption();
    void trustFingerprintMismatchIsRefused();
    void caSignedCertificateIsAcceptedSilently();
    void plaintextRefusedOffLoopback();
    void certificateIsMadeOnceAndFingerprintMatches();
    void fingerprintParsing_data();
    void fingerprintParsing();
    void tokenRotatesOnResume();
    void tokenExpiresAfterItsLifetime();
    void logoutInvalidatesToken();
    void passwordChangeInvalidatesToken();
    void secondLogInTakesTheSessionOver();
    void secondExecutiveLogInKeepsPresence();
};

void TestTransportSecurity::initTestCase()
{
    qRegisterMetaType<Turno::ServerKey>();
}

void TestTransportSecurity::wireCarriesNoSecrets()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    WireTap tap(server.port());
    Test::pinLocalServer(tap.port(), server.fingerprint());

    CustomerSession session;
    QVERIFY(logIn(session, tap.address()));
    QSignalSpy wifi(&session, &CustomerSession::wifiChangeFinished);
    QVERIFY(session.changeWifiPassword(kWifiKey, kWifiKey));
    QVERIFY(wifi.wait(10'000));
    QVERIFY(wifi.first().at(0).toBool());
    QSignalSpy account(&session, &CustomerSession::accountChangeFinished);
    QVERIFY(session.changePassword(kPassword, kNewPassword, kNewPassword));
    QVERIFY(account.wait(10'000));
    QVERIFY(account.first().at(0).toBool());

    // A raw client through the same tap learns its token, then resumes with it.
    Test::RawClient raw;
    QVERIFY(raw.connectTo(tap.port()));
    QVERIFY(raw.logInCustomer(kRut, kNewPassword));
    ResumeToken token;
    QVERIFY(raw.next(token));
    QVERIFY(!token.token.isEmpty());

    const QByteArray &wire = tap.seen();
    QVERIFY(wire.size() > 1000);
    for (const QString &secret : {kPassword, kNewPassword, kWifiKey, token.token, QStringLiteral("Jorge Sandoval")})
        QVERIFY2(!wire.contains(secret.toUtf8()), qPrintable(secret));
}

void TestTransportSecurity::plaintextWireShowsThem()
{
    // The same tap on a --plaintext server sees the password: the capture above could see it.
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server, {QStringLiteral("--plaintext")}));
    QVERIFY(server.fingerprint().isEmpty());
    QVERIFY(server.output().contains(QLatin1String("NOT encrypted")));
    WireTap tap(server.port());
    CustomerSession session;
    TransportPolicy plaintext;
    plaintext.plaintext = true;
    session.setTransportPolicy(plaintext);
    QVERIFY(logIn(session, tap.address()));
    QVERIFY(tap.seen().contains(kPassword.toUtf8()));
}

void TestTransportSecurity::firstUseAccepted()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    const QString pin = ServerTrust::pinName(QStringLiteral("127.0.0.1"), server.port());
    ServerTrust::forgetKey(pin);
    CustomerSession session;
    QSignalSpy unknown(&session, &ClientSession::serverKeyUnknown);
    QSignalSpy loggedIn(&session, &CustomerSession::loggedInAs);
    QVERIFY(session.logIn(server.address(), kRut, kPassword));
    QVERIFY(unknown.wait(10'000));
    const ServerKey key = unknown.first().first().value<ServerKey>();
    QCOMPARE(key.fingerprint, server.fingerprint());
    QCOMPARE(key.hostPort, pin);
    QVERIFY(!key.changed());
    QVERIFY(key.firstUseText().contains(ServerTrust::displayFingerprint(server.fingerprint())));
    // Nothing was sent: the server saw no log-in.
    QVERIFY(!server.output().contains(QLatin1String("Client Jorge Sandoval connected")));
    QCOMPARE(loggedIn.size(), 0);
    session.trustServerKey();
    QVERIFY(loggedIn.wait(10'000));
    QCOMPARE(ServerTrust::pinnedKey(pin), server.fingerprint());
}

void TestTransportSecurity::firstUseRefused()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    const QString pin = ServerTrust::pinName(QStringLiteral("127.0.0.1"), server.port());
    ServerTrust::forgetKey(pin);
    CustomerSession session;
    QSignalSpy unknown(&session, &ClientSession::serverKeyUnknown);
    QSignalSpy failed(&session, &ClientSession::loginFailed);
    QVERIFY(session.logIn(server.address(), kRut, kPassword));
    QVERIFY(unknown.wait(10'000));
    session.distrustServerKey();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("did not trust")));
    QVERIFY(ServerTrust::pinnedKey(pin).isEmpty());
    QCOMPARE(session.link(), ClientSession::Link::Offline);
    QVERIFY(!server.output().contains(QLatin1String("Client Jorge Sandoval connected")));
}

void TestTransportSecurity::pinnedKeyIsAcceptedSilently()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server)); // pins the key, as a user who trusted it before
    CustomerSession session;
    QSignalSpy unknown(&session, &ClientSession::serverKeyUnknown);
    QSignalSpy changed(&session, &ClientSession::serverKeyChanged);
    QVERIFY(logIn(session, server.address()));
    QCOMPARE(unknown.size(), 0);
    QCOMPARE(changed.size(), 0);
}

void TestTransportSecurity::changedKeyIsRefusedWithBothFingerprints()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    Test::pinLocalServer(server.port(), otherKey());
    CustomerSession session;
    QSignalSpy changed(&session, &ClientSession::serverKeyChanged);
    QSignalSpy loggedIn(&session, &CustomerSession::loggedInAs);
    QVERIFY(session.logIn(server.address(), kRut, kPassword));
    QVERIFY(changed.wait(10'000));
    const ServerKey key = changed.first().first().value<ServerKey>();
    QVERIFY(key.changed());
    QCOMPARE(key.fingerprint, server.fingerprint());
    QCOMPARE(key.pinnedFingerprint, otherKey());
    const QString text = key.changedText();
    QVERIFY(text.contains(ServerTrust::displayFingerprint(otherKey())));
    QVERIFY(text.contains(ServerTrust::displayFingerprint(server.fingerprint())));
    QVERIFY(text.contains(QLatin1String("--trust-fingerprint")));
    QSignalSpy failed(&session, &ClientSession::loginFailed);
    session.distrustServerKey();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(loggedIn.size(), 0);
    QVERIFY(!server.output().contains(QLatin1String("Client Jorge Sandoval connected")));
    // The old pin stays: nothing changed silently.
    QCOMPARE(ServerTrust::pinnedKey(key.hostPort), otherKey());
}

void TestTransportSecurity::changedKeyAcceptedDeliberately()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    Test::pinLocalServer(server.port(), otherKey());
    CustomerSession session;
    QSignalSpy changed(&session, &ClientSession::serverKeyChanged);
    QSignalSpy loggedIn(&session, &CustomerSession::loggedInAs);
    QVERIFY(session.logIn(server.address(), kRut, kPassword));
    QVERIFY(changed.wait(10'000));
    session.trustServerKey();
    QVERIFY(loggedIn.wait(10'000));
    QCOMPARE(ServerTrust::pinnedKey(changed.first().first().value<ServerKey>().hostPort), server.fingerprint());
}

void TestTransportSecurity::terminalAsksOnFirstUse()
{
    Test::ServerProcess server;
    QVERIFY(server.start({QStringLiteral("--demo")}));
    const QString pin = ServerTrust::pinName(QStringLiteral("127.0.0.1"), server.port());
    const QStringList arguments{QStringLiteral("--cli"), QStringLiteral("--server"), server.address(),
                                QStringLiteral("--lang"), QStringLiteral("en")};
    // "no": nothing is sent, the app says why and exits 1.
    ServerTrust::forgetKey(pin);
    int exitCode = -1;
    QString output = run(Test::executiveBinary(), arguments, &exitCode, "jperez\njuan1234\nno\n");
    QCOMPARE(exitCode, 1);
    QVERIFY2(output.contains(ServerTrust::displayFingerprint(server.fingerprint())), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("Trust this server? (yes/no):")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("You did not trust the server")), qPrintable(output));
    QVERIFY(ServerTrust::pinnedKey(pin).isEmpty());
    QVERIFY(!server.output().contains(QLatin1String("Executive Juan Perez connected")));
    // "yes": pinned, logged in; the next run asks nothing.
    output = run(Test::clientBinary(), arguments, &exitCode, "12.345.678-5\njorge1234\nyes\n4\n");
    QCOMPARE(exitCode, 0);
    QVERIFY2(output.contains(QLatin1String("Hi Jorge")), qPrintable(output));
    QCOMPARE(ServerTrust::pinnedKey(pin), server.fingerprint());
    output = run(Test::executiveBinary(), arguments, &exitCode, "jperez\njuan1234\n:quit\n");
    QVERIFY2(!output.contains(QLatin1String("Trust this server")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("Juan")), qPrintable(output));
}

void TestTransportSecurity::trustFingerprintOption()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    const QString pin = ServerTrust::pinName(QStringLiteral("127.0.0.1"), server.port());
    ServerTrust::forgetKey(pin);
    int exitCode = -1;
    const QString output = run(Test::clientBinary(),
                               {QStringLiteral("--cli"), QStringLiteral("--server"), server.address(),
                                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--trust-fingerprint"),
                                QString::fromLatin1(server.fingerprint().toHex())},
                               &exitCode, (kRut + QLatin1Char('\n') + kPassword + QStringLiteral("\n")).toUtf8());
    QCOMPARE(exitCode, 0);
    QVERIFY2(output.contains(QLatin1String("Hi Jorge")), qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("Trust this server")), qPrintable(output));
    QCOMPARE(ServerTrust::pinnedKey(pin), server.fingerprint());
}

void TestTransportSecurity::trustFingerprintMismatchIsRefused()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    int exitCode = -1;
    const QString output =
        run(Test::clientBinary(),
            {QStringLiteral("--cli"), QStringLiteral("--server"), server.address(), QStringLiteral("--lang"),
             QStringLiteral("en"), QStringLiteral("--trust-fingerprint"), QString::fromLatin1(otherKey().toHex(':'))},
            &exitCode, (kRut + QLatin1Char('\n') + kPassword + QStringLiteral("\n")).toUtf8());
    QCOMPARE(exitCode, 1);
    QVERIFY2(output.contains(ServerTrust::displayFingerprint(otherKey())), qPrintable(output));
    QVERIFY2(output.contains(ServerTrust::displayFingerprint(server.fingerprint())), qPrintable(output));
    QVERIFY(!server.output().contains(QLatin1String("Client Jorge Sandoval connected")));
    // A mistyped fingerprint is a usage error before anything is tried.
    run(Test::clientBinary(), {QStringLiteral("--cli"), QStringLiteral("--trust-fingerprint"), QStringLiteral("12:34")},
        &exitCode);
    QCOMPARE(exitCode, 2);
}

void TestTransportSecurity::caSignedCertificateIsAcceptedSilently()
{
    // A throwaway CA signs a certificate for localhost; the app trusts the CA as it would a
    // system one, and then asks nothing and pins nothing.
    QTemporaryDir dir;
    auto path = [&dir](const char *name) { return dir.filePath(QLatin1String(name)); };
    int code = -1;
    QString out =
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"), path("ca.crt"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Turno Test CA")},
            &code);
    QVERIFY2(code == 0, qPrintable(out));
    out = run(QStringLiteral("openssl"),
              {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
               QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
               path("server.key"), QStringLiteral("-out"), path("server.csr"), QStringLiteral("-subj"),
               QStringLiteral("/CN=localhost")},
              &code);
    QVERIFY2(code == 0, qPrintable(out));
    QFile extensions(path("ext.cnf"));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n");
    extensions.close();
    out = run(QStringLiteral("openssl"),
              {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("server.csr"),
               QStringLiteral("-CA"), path("ca.crt"), QStringLiteral("-CAkey"), path("ca.key"),
               QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), path("server.crt"), QStringLiteral("-days"),
               QStringLiteral("2"), QStringLiteral("-sha256"), QStringLiteral("-extfile"), path("ext.cnf")},
              &code);
    QVERIFY2(code == 0, qPrintable(out));

    Test::ServerProcess server;
    QVERIFY(startWithJorge(
        server, {QStringLiteral("--tls-cert"), path("server.crt"), QStringLiteral("--tls-key"), path("server.key")}));
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificates(path("ca.crt"));
    QSslConfiguration::setDefaultConfiguration(trusting);
    const QString pin = ServerTrust::pinName(QStringLiteral("localhost"), server.port());
    ServerTrust::forgetKey(pin);
    CustomerSession session;
    QSignalSpy unknown(&session, &ClientSession::serverKeyUnknown);
    QVERIFY(logIn(session, QStringLiteral("localhost:%1").arg(server.port())));
    QCOMPARE(unknown.size(), 0);
    QVERIFY(ServerTrust::pinnedKey(pin).isEmpty());
    session.logOut();

    // The same certificate reached by an address it does not name is not valid: asked, as any other.
    CustomerSession byAddress;
    QSignalSpy asked(&byAddress, &ClientSession::serverKeyUnknown);
    ServerTrust::forgetKey(ServerTrust::pinName(QStringLiteral("127.0.0.1"), server.port()));
    QVERIFY(byAddress.logIn(server.address(), kRut, kPassword));
    QVERIFY(asked.wait(10'000));
    byAddress.distrustServerKey();
    QSslConfiguration::setDefaultConfiguration(original);
}

void TestTransportSecurity::plaintextRefusedOffLoopback()
{
    Test::ServerProcess server;
    QVERIFY(!server.start({QStringLiteral("--plaintext"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0")}));
    QVERIFY2(server.output().contains(QLatin1String("--plaintext listens only on a loopback address")),
             qPrintable(server.output()));
    QCOMPARE(server.process().exitCode(), 2);

    // The apps refuse to send anything unencrypted to another host.
    CustomerSession session;
    TransportPolicy plaintext;
    plaintext.plaintext = true;
    session.setTransportPolicy(plaintext);
    QSignalSpy failed(&session, &ClientSession::loginFailed);
    QVERIFY(!session.logIn(QStringLiteral("192.0.2.10:5680"), kRut, kPassword));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("--plaintext reaches only this machine")));
    QCOMPARE(session.link(), ClientSession::Link::Offline);

    int exitCode = -1;
    const QString output = run(Test::clientBinary(),
                               {QStringLiteral("--cli"), QStringLiteral("--plaintext"), QStringLiteral("--server"),
                                QStringLiteral("127.0.0.1:1")},
                               &exitCode);
    QVERIFY2(output.contains(QLatin1String("NOT encrypted")), qPrintable(output));
}

void TestTransportSecurity::certificateIsMadeOnceAndFingerprintMatches()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    const QString dir = QFileInfo(server.databasePath()).absolutePath();
    const QString certificate = dir + QStringLiteral("/turno-server.crt");
    const QString key = dir + QStringLiteral("/turno-server.key");
    QVERIFY(QFile::exists(certificate));
    QCOMPARE(QFile::permissions(key) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFileDevice::Permissions());
    // ECDSA P-256 with a SHA-256 signature.
    int code = -1;
    const QString text = run(
        QStringLiteral("openssl"),
        {QStringLiteral("x509"), QStringLiteral("-in"), certificate, QStringLiteral("-noout"), QStringLiteral("-text")},
        &code);
    QVERIFY(text.contains(QLatin1String("ecdsa-with-SHA256")));
    QVERIFY(text.contains(QLatin1String("prime256v1")));
    // The fingerprint is the SHA-256 of the SubjectPublicKeyInfo, as OpenSSL computes it too.
    const QString spki =
        run(QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey "
                                                  "-pubin -outform DER | sha256sum")
                                       .arg(certificate)});
    QCOMPARE(spki.left(64).toLatin1(), server.fingerprint().toHex());
    QString printed;
    QCOMPARE(server.runCommand({QStringLiteral("fingerprint")}, QByteArray(), &printed), 0);
    QCOMPARE(printed.trimmed(), QStringLiteral("SHA256:") + ServerTrust::formatFingerprint(server.fingerprint()));
    // Reused on the next start: the same key, no new certificate.
    const QByteArray first = server.fingerprint();
    server.stop();
    QVERIFY(server.start());
    QCOMPARE(server.fingerprint(), first);
    QVERIFY(!server.output().contains(QLatin1String("Created a self-signed certificate")));
}

void TestTransportSecurity::fingerprintParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString hex = QString::fromLatin1(QByteArray(32, '\xab').toHex());
    QTest::newRow("plain hex") << hex << true;
    QTest::newRow("colons, upper case") << QString::fromLatin1(QByteArray(32, '\xab').toHex(':').toUpper()) << true;
    QTest::newRow("SHA256: prefix") << QStringLiteral("SHA256:") + hex << true;
    QTest::newRow("too short") << hex.left(62) << false;
    QTest::newRow("not hex") << QString(hex).replace(0, 1, QLatin1Char('g')) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTransportSecurity::fingerprintParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const QByteArray parsed = ServerTrust::parseFingerprint(text);
    QCOMPARE(!parsed.isEmpty(), valid);
    if (valid)
        QCOMPARE(parsed, QByteArray(32, '\xab'));
}

void TestTransportSecurity::tokenRotatesOnResume()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    QString first;
    {
        Test::RawClient client;
        QVERIFY(client.connectTo(server.port()));
        first = logInForToken(client);
        QVERIFY(!first.isEmpty());
    } // dropped, not logged out
    QVERIFY(server.waitForOutput(QStringLiteral("Client Jorge Sandoval disconnected")));
    QString second;
    QCOMPARE(resumeWith(server.port(), first, &second), quint8(LoginStatus::Ok));
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    // The token just used stops working at once; the new one works.
    QCOMPARE(resumeWith(server.port(), first), quint8(LoginStatus::ResumeExpired));
    QCOMPARE(resumeWith(server.port(), second), quint8(LoginStatus::Ok));
    // Never in the log.
    QVERIFY(!server.output().contains(first));
    QVERIFY(!server.output().contains(second));
}

void TestTransportSecurity::tokenExpiresAfterItsLifetime()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server, {QStringLiteral("--token-lifetime"), QStringLiteral("1")}));
    QString token;
    // Started once the token is here: the server started its lifetime before sending it, so the
    // token is at least this old.
    QElapsedTimer sinceLogIn;
    {
        Test::RawClient client;
        QVERIFY(client.connectTo(server.port()));
        token = logInForToken(client);
        sinceLogIn.start();
        QVERIFY(!token.isEmpty());
    }
    QVERIFY(server.waitForOutput(QStringLiteral("Client Jorge Sandoval disconnected")));
    // The lifetime is a span of time: wait for it to pass.
    QVERIFY(QTest::qWaitFor([&sinceLogIn] { return sinceLogIn.hasExpired(1'200); }, 5'000));
    QCOMPARE(resumeWith(server.port(), token), quint8(LoginStatus::ResumeExpired));
    // A log-in within the grace period still finds the place.
    CustomerSession session;
    QVERIFY(logIn(session, server.address()));
}

void TestTransportSecurity::logoutInvalidatesToken()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    Test::RawClient client;
    QVERIFY(client.connectTo(server.port()));
    const QString token = logInForToken(client);
    QVERIFY(!token.isEmpty());
    client.send(Logout{});
    QVERIFY(server.waitForOutput(QStringLiteral("Client Jorge Sandoval disconnected")));
    QCOMPARE(resumeWith(server.port(), token), quint8(LoginStatus::ResumeExpired));
}

void TestTransportSecurity::passwordChangeInvalidatesToken()
{
    Test::ServerProcess server;
    QVERIFY(startWithJorge(server));
    Test::RawClient client;
    QVERIFY(client.connectTo(server.port()));
    const QString before = logInForToken(client);
    QVERIFY(!before.isEmpty());
    client.send(ChangePassword{9, kPassword, kNewPassword});
    AccountResult result;
    QVERIFY(client.next(result));
    QCOMPARE(result.status, quint8(AccountStatus::Done));
    ResumeToken after;
    QVERIFY(client.next(after));
    QVERIFY(after.token != before);
    QCOMPARE(resumeWith(server.port(), before), quint8(LoginStatus::ResumeExpired));
}

void TestTransportSecurity::secondLogInTakesTheSessionOver()
{
    Test::ServerProcess server;
    QVERIFY(server.start({QStringLiteral("--demo")}));
    ExecutiveSession juan;
    QSignalSpy juanIn(&juan, &ExecutiveSession::loggedInAs);
    QVERIFY(juan.logIn(server.address(), QStringLiteral("jperez"), QStringLiteral("juan1234")));
    QVERIFY(juanIn.wait(10'000));
    CustomerSession laptop;
    QSignalSpy laptopIn(&laptop, &CustomerSession::loggedInAs);
    QVERIFY(laptop.logIn(server.address(), kRut, QStringLiteral("jorge1234")));
    QVERIFY(laptopIn.wait(10'000));
    QSignalSpy offered(&juan, &ExecutiveSession::offerReceived);
    QVERIFY(laptop.contactExecutive(QStringLiteral("internet")));
    QVERIFY(offered.wait(10'000));
    QSignalSpy started(&laptop, &CustomerSession::sessionStarted);
    QVERIFY(juan.acceptOffer());
    QVERIFY(started.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(juan.currentSession() != 0, 10'000);
    QSignalSpy laptopGot(&laptop, &CustomerSession::messageReceived);
    QVERIFY(!juan.sendMessage(QStringLiteral("Reinicie el módem, por favor.")).isEmpty());
    QVERIFY(laptopGot.wait(10'000));
    QSignalSpy held(&laptop, &CustomerSession::heldChanged);
    QVERIFY(juan.holdSession());
    QVERIFY(held.wait(10'000));

    // Jorge logs in on his phone: it gets the session as it is; the laptop is told why it ended.
    QSignalSpy laptopLost(&laptop, &ClientSession::connectionLost);
    QSignalSpy laptopReconnecting(&laptop, &ClientSession::reconnecting);
    CustomerSession phone;
    QSignalSpy phoneStarted(&phone, &CustomerSession::sessionStarted);
    QSignalSpy phoneGot(&phone, &CustomerSession::messageReceived);
    QSignalSpy phoneHeld(&phone, &CustomerSession::heldChanged);
    QVERIFY(logIn(phone, server.address(), QStringLiteral("jorge1234")));
    QTRY_COMPARE_WITH_TIMEOUT(phoneStarted.size(), 1, 10'000);
    QCOMPARE(phoneStarted.first().first().toString(), QStringLiteral("Juan Perez"));
    QTRY_COMPARE_WITH_TIMEOUT(phoneGot.size(), 1, 10'000);
    QCOMPARE(phoneGot.first().at(1).toString(), QStringLiteral("Reinicie el módem, por favor."));
    QTRY_VERIFY_WITH_TIMEOUT(phone.isHeld(), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(laptopLost.size(), 1, 10'000);
    QVERIFY2(laptopLost.first().first().toString().contains(QLatin1String("You logged in from another place")),
             qPrintable(laptopLost.first().first().toString()));
    QCOMPARE(laptopReconnecting.size(), 0);
    // The conversation goes on with the phone.
    QSignalSpy juanGot(&juan, &ExecutiveSession::messageReceived);
    QVERIFY(!phone.sendMessage(QStringLiteral("Listo, ya lo reinicié.")).isEmpty());
    QVERIFY(juanGot.wait(10'000));
}

void TestTransportSecurity::secondExecutiveLogInKeepsPresence()
{
    Test::ServerProcess server;
    QVERIFY(server.start({QStringLiteral("--demo")}));
    ExecutiveSession desk;
    QSignalSpy deskIn(&desk, &ExecutiveSession::loggedInAs);
    QVERIFY(desk.logIn(server.address(), QStringLiteral("jperez"), QStringLiteral("juan1234")));
    QVERIFY(deskIn.wait(10'000));
    desk.setAway(QStringLiteral("lunch"));
    QTRY_COMPARE_WITH_TIMEOUT(desk.presence(), Presence::Away, 10'000);

    QSignalSpy deskLost(&desk, &ClientSession::connectionLost);
    ExecutiveSession laptop;
    QSignalSpy laptopIn(&laptop, &ExecutiveSession::loggedInAs);
    QVERIFY(laptop.logIn(server.address(), QStringLiteral("jperez"), QStringLiteral("juan1234")));
    QVERIFY(laptopIn.wait(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(deskLost.size(), 1, 10'000);
    QVERIFY(deskLost.first().first().toString().contains(QLatin1String("You logged in from another place")));
    QTRY_COMPARE_WITH_TIMEOUT(laptop.presence(), Presence::Away, 10'000);
    QCOMPARE(laptop.presenceReason(), QStringLiteral("lunch"));
    // Still Away on the server: a waiting customer is not offered to Juan.
    CustomerSession jorge;
    QVERIFY(logIn(jorge, server.address(), QStringLiteral("jorge1234")));
    QSignalSpy offered(&laptop, &ExecutiveSession::offerReceived);
    QVERIFY(jorge.contactExecutive(QStringLiteral("internet")));
    QTRY_VERIFY_WITH_TIMEOUT(!laptop.waitingCustomers().isEmpty(), 10'000);
    QCOMPARE(offered.size(), 0);
}

QTEST_GUILESS_MAIN(TestTransportSecurity)
#include "tst_transportsecurity.moc"
