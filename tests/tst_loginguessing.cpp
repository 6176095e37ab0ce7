// A lockout no stranger can use, end to end: while wrong guesses for Jorge's RUT keep arriving from
// 16 other addresses (127.0.0.2 … 127.0.0.17), Jorge logs in with his password from his own
// (127.0.0.1), held back by no more than the account's capped delay.
#include "auth/loginthrottle.h"
#include "protocol/codec.h"
#include "protocol/framedecoder.h"
#include "rawclient.h"
#include "serverprocess.h"
#include "testtls.h"

#include <QElapsedTimer>
#include <QtTest>
#include <memory>
#include <vector>

using namespace Turno;
using namespace Turno::Protocol;

namespace
{

const QString kRut = QStringLiteral("12.345.678-5");
const QString kPassword = QStringLiteral("jorge-Secret-4821");

// Guesses Jorge's password from one address without pause: the next wrong guess as soon as the
// last is answered, on a new connection whenever the server closes one (its log-in deadline).
// Stops at its first Throttled: its (account, address) pair is then locked.
class Guesser : public QObject
{
public:
    Guesser(quint16 port, const QHostAddress &source) : m_port(port), m_source(source) { connectAgain(); }

    int answers() const { return m_wrong + m_throttled; }
    int wrong() const { return m_wrong; }

private:
    void connectAgain()
    {
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->deleteLater(); // this may run inside one of its signals
        }
        m_socket = new Test::TlsSocket;
        m_socket->setParent(this);
        m_decoder = FrameDecoder();
        connect(m_socket, &QSslSocket::encrypted, this, [this] {
            send(Hello{});
            guess();
        });
        connect(m_socket, &QIODevice::readyRead, this, &Guesser::read);
        connect(m_socket, &QAbstractSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
            if (state == QAbstractSocket::UnconnectedState && m_throttled == 0)
                QMetaObject::invokeMethod(this, &Guesser::connectAgain, Qt::QueuedConnection);
        });
        m_socket->startConnecting(m_port, m_source);
    }
    template <typename M> void send(const M &m) { m_socket->write(encodeFrame(m)); }
    void guess() { send(CustomerLogin{++m_requestId, kRut, QStringLiteral("guess-%1").arg(m_requestId)}); }
    void read()
    {
        Frame frame;
        while (m_decoder.next(*m_socket, frame) == FrameDecoder::Status::Frame) {
            LoginResult result;
            QString error;
            if (frame.kind != quint16(MessageTraits<LoginResult>::kind) ||
                !decodePayload(frame.payload, result, &error))
                continue;
            if (result.status == quint8(LoginStatus::WrongCredentials)) {
                ++m_wrong;
                guess();
            } else if (result.status == quint8(LoginStatus::Throttled)) {
                ++m_throttled;
                m_socket->disconnect(this);
                m_socket->abort();
                return;
            }
        }
    }

    const quint16 m_port;
    const QHostAddress m_source;
    Test::TlsSocket *m_socket = nullptr;
    FrameDecoder m_decoder;
    quint32 m_requestId = 0;
    int m_wrong = 0;
    int m_throttled = 0;
};

} // namespace

class TestLoginGuessing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ownerGetsInWhileManyAddressesGuess();
};

void TestLoginGuessing::ownerGetsInWhileManyAddressesGuess()
{
    Test::ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QVERIFY(server.addCustomer(kRut, QStringLiteral("Jorge Sandoval"), kPassword));

    std::vector<std::unique_ptr<Guesser>> guessers;
    for (int n = 2; n <= 17; ++n)
        guessers.push_back(std::make_unique<Guesser>(server.port(), QHostAddress(QStringLiteral("127.0.0.%1").arg(n))));
    const auto answers = [&] {
        int sum = 0;
        for (const auto &g : guessers)
            sum += g->answers();
        return sum;
    };
    const auto everyoneAnswered = [&] {
        for (const auto &g : guessers) {
            if (g->answers() == 0)
                return false;
        }
        return true;
    };
    // Enough answered guesses (each a recorded failure, unless refused) to hold the account's
    // log-ins back by its whole cap, and every address heard from.
    const Auth::ThrottleRule account = Auth::ThrottleConfig{}.account;
    const int enough = account.slowAfterFailures + int(account.maxDelayMs / account.delayStepMs);
    QTRY_VERIFY_WITH_TIMEOUT(answers() >= enough && everyoneAnswered(), 60'000);
    const int answersBefore = answers();

    Test::RawClient jorge;
    QElapsedTimer took;
    took.start();
    QVERIFY(jorge.connectTo(server.port()));
    jorge.send(Hello{});
    jorge.send(CustomerLogin{1, kRut, kPassword});
    LoginResult result;
    QVERIFY(jorge.next(result, int(account.maxDelayMs) + 10'000));
    const qint64 elapsed = took.elapsed();
    qInfo("Jorge's log-in was answered (status %d, 0 is Ok) after %lld ms (cap %lld ms) while 16 addresses "
          "guessed his password (%d guesses answered before, %d while he waited)",
          int(result.status), elapsed, account.maxDelayMs, answersBefore, answers() - answersBefore);
    QCOMPARE(LoginStatus(result.status), LoginStatus::Ok);
    QCOMPARE(result.fullName, QStringLiteral("Jorge Sandoval"));
    // Within the cap, plus the TLS handshake on a busy machine. Held back by it too (the delay's
    // timer is a coarse one, which may fire up to 5% early): guessing stays expensive.
    QVERIFY2(elapsed < account.maxDelayMs + 3'000, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed >= account.maxDelayMs * 9 / 10, qPrintable(QString::number(elapsed)));
    // The guessing went on meanwhile, answered as wrong, not refused for the whole account.
    QVERIFY(answers() > answersBefore);
    for (const auto &g : guessers)
        QCOMPARE(g->answers(), g->wrong());
}

QTEST_GUILESS_MAIN(TestLoginGuessing)
#include "tst_loginguessing.moc"
