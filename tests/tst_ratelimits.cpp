// Rate limits and quotas end to end, against a real turno-server: a flood of chat messages, of
// account changes, of joins and leaves, of history requests; successful log-ins per account and
// per address; sign-ups per address. Over a limit the server answers RateLimited (or Throttled)
// with a retry-after and keeps serving everyone else; a peer that keeps going is closed. A real
// app that writes too fast has its messages held and sent later, each exactly once and in order.
#include "admin/demoaccounts.h"
#include "rawclient.h"
#include "serverprocess.h"
#include "session/customersession.h"
#include "session/executivesession.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QtTest>
#include <functional>

using namespace Turno;
using namespace Turno::Protocol;
using Test::RawClient;

namespace
{

// Counted rows of a server's database (queryNumber), as an int for QCOMPARE.
int rows(const QString &databasePath, const QString &sql)
{
    return int(Test::queryNumber(databasePath, sql));
}

Admin::DemoAccount demo(const QString &id)
{
    for (const Admin::DemoAccount &a : Admin::demoAccounts()) {
        if (a.id == id)
            return a;
    }
    return {};
}

// Reads what arrives on a raw client until `until` holds or the connection closes, counting
// replies by kind and keeping every ErrorReply.
struct Tally {
    int acks = 0;
    int accountResults = 0;
    int queueReplies = 0;
    int details = 0;
    QList<ErrorReply> errors;
    int errorsWith(ErrorCode code) const
    {
        return int(std::count_if(errors.cbegin(), errors.cend(),
                                 [code](const ErrorReply &e) { return e.code == quint16(code); }));
    }
};

// One connection driven by hand, optionally from another loopback address (another machine).
class Peer
{
public:
    bool open(quint16 port, const QHostAddress &source = QHostAddress())
    {
        m_socket.startConnecting(port, source);
        if (!QTest::qWaitFor([&] { return m_socket.isEncrypted(); }, 10'000))
            return false;
        send(Hello{});
        return true;
    }
    // Log-ins; true when the server says Ok, and result says what it said.
    bool logIn(quint16 port, const QString &rut, const QString &password, LoginResult *result = nullptr,
               const QHostAddress &source = QHostAddress())
    {
        return open(port, source) && answered(CustomerLogin{1, rut, password}, result);
    }
    bool logInExecutive(quint16 port, const QString &username, const QString &password, LoginResult *result = nullptr,
                        const QHostAddress &source = QHostAddress())
    {
        return open(port, source) && answered(ExecutiveLogin{1, username, password}, result);
    }
    bool signUp(quint16 port, const SignUp &request, SignUpResult *result, const QHostAddress &source = QHostAddress())
    {
        return open(port, source) && (send(request), waitFor(*result));
    }
    template <typename M> void send(const M &m) { m_socket.write(encodeFrame(m)); }
    // Waits for the next M, counting whatever else arrives meanwhile.
    template <typename M> bool waitFor(M &out, int timeoutMs = 10'000)
    {
        bool found = false;
        return QTest::qWaitFor(
            [&] {
                drain(kindOf<M>(), [&](const QByteArray &payload) {
                    QString error;
                    found = decodePayload(payload, out, &error);
                });
                return found;
            },
            timeoutMs);
    }
    // Reads what has arrived into the tally; true while the connection is open.
    bool drain() { return drain(0, {}); }
    const Tally &tally() const { return m_tally; }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    template <typename M> static quint16 kindOf() { return quint16(MessageTraits<M>::kind); }
    template <typename Request> bool answered(const Request &request, LoginResult *result)
    {
        send(request);
        LoginResult answer;
        const bool arrived = waitFor(answer);
        if (result)
            *result = answer;
        return arrived && answer.status == quint8(LoginStatus::Ok);
    }
    bool drain(quint16 wanted, const std::function<void(const QByteArray &)> &onWanted)
    {
        Frame frame;
        while (m_decoder.next(m_socket, frame) == FrameDecoder::Status::Frame) {
            if (wanted != 0 && frame.kind == wanted) {
                onWanted(frame.payload);
                return isOpen();
            }
            QString error;
            switch (Kind(frame.kind)) {
            case Kind::ErrorReply: {
                ErrorReply reply;
                if (decodePayload(frame.payload, reply, &error))
                    m_tally.errors.append(reply);
                break;
            }
            case Kind::ChatAck:
                ++m_tally.acks;
                break;
            case Kind::AccountResult:
                ++m_tally.accountResults;
                break;
            case Kind::QueueStatus:
            case Kind::QueueLeft:
                ++m_tally.queueReplies;
                break;
            case Kind::Details:
                ++m_tally.details;
                break;
            default:
                break;
            }
        }
        return isOpen();
    }

    Test::TlsSocket m_socket;
    FrameDecoder m_decoder;
    Tally m_tally;
};

} // namespace

class TestRateLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chatFloodIsRefusedThenClosed();
    void appHoldsMessagesAndSendsThemInOrder();
    void accountChangesAreLimited();
    void joinAndLeaveAreLimited();
    void lookupsAreLimited();
    void successfulLogInsAreLimitedPerAccount();
    void successfulLogInsAreLimitedPerAddress();
    void signUpsAreLimitedPerAddress();
    void badRateLimitOptionIsRefused();
};

void TestRateLimits::chatFloodIsRefusedThenClosed()
{
    // The defaults: 50 chat messages at once, 5 a second after that, 200 refusals before a close.
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    const Admin::DemoAccount jorge = demo(QStringLiteral("12.345.678-5"));
    Peer flooder;
    QVERIFY(flooder.logIn(server.port(), jorge.id, jorge.password));

    // 2,000 messages as fast as the socket takes them (into no session: the desk refuses each one
    // it is handed with NotAllowed, so the replies tell how many passed the limit).
    for (int i = 0; i < 2000; ++i)
        flooder.send(ChatSend{4242, QStringLiteral("flood-%1").arg(i), QStringLiteral("spam %1").arg(i)});
    QTRY_VERIFY_WITH_TIMEOUT(!flooder.drain(), 20'000);
    const Tally &tally = flooder.tally();
    const int passed = tally.errorsWith(ErrorCode::NotAllowed);
    const int limited = tally.errorsWith(ErrorCode::RateLimited);
    QVERIFY2(passed >= 50 && passed <= 60, qPrintable(QString::number(passed)));
    QVERIFY2(limited >= 190 && limited <= 201, qPrintable(QString::number(limited)));
    const auto refusal = std::find_if(tally.errors.cbegin(), tally.errors.cend(),
                                      [](const ErrorReply &e) { return e.code == quint16(ErrorCode::RateLimited); });
    QCOMPARE(refusal->requestId, 0u);
    QVERIFY2(refusal->retryAfterMs >= 1000 && refusal->retryAfterMs <= 2600, // a quarter of the burst
             qPrintable(QString::number(refusal->retryAfterMs)));
    QVERIFY(server.waitForOutput(QStringLiteral("kept sending over its chat rate limit")));

    // Everyone else is served: another customer logs in, and Jorge himself can come back.
    Peer other;
    const Admin::DemoAccount ana = demo(QStringLiteral("9.876.543-3"));
    QVERIFY(other.logIn(server.port(), ana.id, ana.password));
    Peer again;
    QVERIFY(again.logIn(server.port(), jorge.id, jorge.password));
}

void TestRateLimits::appHoldsMessagesAndSendsThemInOrder()
{
    // A low limit (3 at once, then 10 a second): the customer's app writes 25 messages at once;
    // the server refuses most, the app holds them and sends them again when told, and the
    // executive gets every one exactly once, in the order written.
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("--rate-limit"), QStringLiteral("chat=10/s:3")}),
             qPrintable(server.error()));
    const Admin::DemoAccount juan = demo(QStringLiteral("jperez"));
    const Admin::DemoAccount jorge = demo(QStringLiteral("12.345.678-5"));

    ExecutiveSession executive;
    QSignalSpy executiveIn(&executive, &ExecutiveSession::loggedInAs);
    QVERIFY(executive.logIn(server.address(), juan.id, juan.password));
    QVERIFY(executiveIn.wait(10'000));
    connect(&executive, &ExecutiveSession::offerReceived, &executive, [&executive] { executive.acceptOffer(); });
    QSignalSpy received(&executive, &ExecutiveSession::messageReceived);

    CustomerSession customer;
    QSignalSpy customerIn(&customer, &CustomerSession::loggedInAs);
    QSignalSpy started(&customer, &CustomerSession::sessionStarted);
    QSignalSpy refused(&customer, &ClientSession::requestRefused);
    QSignalSpy delivered(&customer, &CustomerSession::messageDelivered);
    QVERIFY(customer.logIn(server.address(), jorge.id, jorge.password));
    QVERIFY(customerIn.wait(10'000));
    QVERIFY(customer.contactExecutive(QStringLiteral("internet")));
    QVERIFY(started.wait(10'000));

    QStringList written;
    for (int i = 1; i <= 25; ++i) {
        written << QStringLiteral("line %1").arg(i);
        QVERIFY(!customer.sendMessage(written.last()).isEmpty());
    }
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 25, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 25, 10'000);
    QStringList shown;
    for (const QList<QVariant> &signal : std::as_const(received))
        shown << signal.at(1).toString();
    QCOMPARE(shown, written);
    // The customer was told why the messages waited, and the connection never dropped.
    QVERIFY(!refused.isEmpty());
    QVERIFY(refused.first().first().toString().contains(QLatin1String("faster than the server accepts")));
    QVERIFY(!server.output().contains(QLatin1String("kept sending over")));
    QCOMPARE(customer.state(), CustomerSession::State::InSession);
}

void TestRateLimits::accountChangesAreLimited()
{
    // Ten changes at once, then ten a minute; each one over gets RateLimited with its request id.
    // Of the ten renames stored, the request log keeps five rows and sums up the rest.
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("--collapse-repeats"), QStringLiteral("3")}),
             qPrintable(server.error()));
    const Admin::DemoAccount jorge = demo(QStringLiteral("12.345.678-5"));
    Peer customer;
    QVERIFY(customer.logIn(server.port(), jorge.id, jorge.password));
    for (quint32 i = 1; i <= 14; ++i)
        customer.send(ChangeDisplayName{100 + i, QStringLiteral("Jorge Sandoval %1").arg(i)});
    QTRY_VERIFY_WITH_TIMEOUT((customer.drain(), customer.tally().accountResults + customer.tally().errors.size() >= 14),
                             10'000);
    const Tally &tally = customer.tally();
    QCOMPARE(tally.accountResults, 10);
    QCOMPARE(tally.errorsWith(ErrorCode::RateLimited), 4);
    QCOMPARE(tally.errors.first().requestId, 111u);
    QVERIFY(tally.errors.first().retryAfterMs > 10'000); // a quarter of the burst at ten a minute
    const QString renames = QStringLiteral("SELECT COUNT(*) FROM request_log WHERE action = 'change-display-name'");
    QTRY_COMPARE_WITH_TIMEOUT(
        rows(server.databasePath(), renames + QStringLiteral(" AND detail LIKE '%more like this'")), 1, 10'000);
    QCOMPARE(rows(server.databasePath(), renames + QStringLiteral(" AND detail = '… 5 more like this'")), 1);
    QCOMPARE(rows(server.databasePath(), renames), 6);
    QVERIFY(customer.isOpen());
}

void TestRateLimits::joinAndLeaveAreLimited()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
    const Admin::DemoAccount jorge = demo(QStringLiteral("12.345.678-5"));
    Peer customer;
    QVERIFY(customer.logIn(server.port(), jorge.id, jorge.password));
    // 30 join/leave pairs at once: ten requests pass (a burst of ten), the rest are refused.
    for (quint32 i = 1; i <= 30; ++i) {
        customer.send(JoinQueue{2 * i, QStringLiteral("internet")});
        customer.send(LeaveQueue{2 * i + 1});
    }
    QTRY_VERIFY_WITH_TIMEOUT((customer.drain(), customer.tally().errorsWith(ErrorCode::RateLimited) >= 48), 10'000);
    QVERIFY2(customer.tally().errorsWith(ErrorCode::RateLimited) <= 50,
             qPrintable(QString::number(customer.tally().errors.size())));
    QVERIFY(customer.isOpen());
}

void TestRateLimits::lookupsAreLimited()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("--rate-limit"), QStringLiteral("lookup=1/min:5")}),
             qPrintable(server.error()));
    const Admin::DemoAccount juan = demo(QStringLiteral("jperez"));
    Peer executive;
    QVERIFY(executive.logInExecutive(server.port(), juan.id, juan.password));
    for (quint32 i = 1; i <= 8; ++i)
        executive.send(RequestDetails{i});
    QTRY_VERIFY_WITH_TIMEOUT((executive.drain(), executive.tally().details + executive.tally().errors.size() >= 8),
                             10'000);
    // Five answered; the sixth is the first refused, the next ones too, with their own request ids.
    QCOMPARE(executive.tally().details, 5);
    QCOMPARE(executive.tally().errorsWith(ErrorCode::RateLimited), 3);
    QCOMPARE(executive.tally().errors.first().requestId, 6u);
    QVERIFY(executive.tally().errors.first().retryAfterMs > 60'000); // two tokens at one a minute
    QVERIFY(executive.isOpen());
}

void TestRateLimits::successfulLogInsAreLimitedPerAccount()
{
    // Three log-ins at once, then two a minute, for one account; another account is not affected.
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("--rate-limit"),
                           QStringLiteral("login-per-account=2/min:3")}),
             qPrintable(server.error()));
    const Admin::DemoAccount jorge = demo(QStringLiteral("12.345.678-5"));
    for (int i = 0; i < 3; ++i) {
        Peer customer;
        QVERIFY2(customer.logIn(server.port(), jorge.id, jorge.password), qPrintable(QString::number(i)));
        customer.send(Logout{});
        QTRY_VERIFY(!customer.drain());
    }
    Peer fourth;
    LoginResult result;
    QVERIFY(!fourth.logIn(server.port(), jorge.id, jorge.password, &result));
    QCOMPARE(result.status, quint8(LoginStatus::Throttled));
    QVERIFY(result.retryAfterSeconds >= 1 && result.retryAfterSeconds <= 30);
    QVERIFY(server.waitForOutput(QStringLiteral("refused: too many log-ins")));
    // Another account logs in as usual.
    Peer ana;
    const Admin::DemoAccount anaAccount = demo(QStringLiteral("9.876.543-3"));
    QVERIFY(ana.logIn(server.port(), anaAccount.id, anaAccount.password));
}

void TestRateLimits::successfulLogInsAreLimitedPerAddress()
{
    Test::ServerProcess server;
    QVERIFY2(server.start(
                 {QStringLiteral("--demo"), QStringLiteral("--rate-limit"), QStringLiteral("login-per-address=1/h:2")}),
             qPrintable(server.error()));
    const Admin::DemoAccount jorge = demo(QStringLiteral("12.345.678-5"));
    const Admin::DemoAccount ana = demo(QStringLiteral("9.876.543-3"));
    const Admin::DemoAccount juan = demo(QStringLiteral("jperez"));
    Peer first;
    QVERIFY(first.logIn(server.port(), jorge.id, jorge.password));
    Peer second;
    QVERIFY(second.logIn(server.port(), ana.id, ana.password));
    Peer third;
    LoginResult refused;
    QVERIFY(!third.logInExecutive(server.port(), juan.id, juan.password, &refused));
    QCOMPARE(refused.status, quint8(LoginStatus::Throttled));
    // From another address (another office), the same executive gets in.
    Peer elsewhere;
    QVERIFY(elsewhere.logInExecutive(server.port(), juan.id, juan.password, nullptr,
                                     QHostAddress(QStringLiteral("127.0.0.2"))));
}

void TestRateLimits::signUpsAreLimitedPerAddress()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--allow-signup"), QStringLiteral("--rate-limit"),
                           QStringLiteral("signup-per-address=1/h:2")}),
             qPrintable(server.error()));
    const QStringList ruts{QStringLiteral("11.111.111-1"), QStringLiteral("22.222.222-2"),
                           QStringLiteral("5.126.663-3"), QStringLiteral("7.654.321-6")};
    auto request = [&](int i) {
        return SignUp{1, ruts[i], QStringLiteral("Cliente Número %1").arg(i),
                      QStringLiteral("una-Clave-larga-%1").arg(i)};
    };
    SignUpResult result;
    for (int i = 0; i < 2; ++i) {
        Peer customer;
        QVERIFY(customer.signUp(server.port(), request(i), &result));
        QCOMPARE(result.status, quint8(SignUpStatus::Created));
    }
    Peer third;
    QVERIFY(third.signUp(server.port(), request(2), &result));
    QCOMPARE(result.status, quint8(SignUpStatus::Throttled));
    QVERIFY(result.retryAfterSeconds > 60);
    // Not created, and another address may still sign up.
    QCOMPARE(rows(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM customers WHERE rut = '5126663-3'")), 0);
    Peer elsewhere;
    QVERIFY(elsewhere.signUp(server.port(), request(3), &result, QHostAddress(QStringLiteral("127.0.0.3"))));
    QCOMPARE(result.status, quint8(SignUpStatus::Created));
}

void TestRateLimits::badRateLimitOptionIsRefused()
{
    for (const QString &bad : {QStringLiteral("chat=5"), QStringLiteral("nosuch=5/s"), QStringLiteral("chat=0/s"),
                               QStringLiteral("chat=5/week")}) {
        Test::ServerProcess server;
        QVERIFY(!server.start({QStringLiteral("--rate-limit"), bad}));
        QVERIFY2(server.output().contains(QLatin1String("Invalid --rate-limit")), qPrintable(server.output()));
    }
}

QTEST_GUILESS_MAIN(TestRateLimits)
#include "tst_ratelimits.moc"
