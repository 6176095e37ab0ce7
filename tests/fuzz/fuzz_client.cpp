// libFuzzer harness for the apps' side of the protocol: the input is what a hostile or broken server
// sends to the customer's CustomerSession and then to the executive's ExecutiveSession (the
// controllers both apps' windows and terminals use), over a real loopback connection. The sessions
// act as a person would when asked (accept an offer, write, answer an invitation), so the server's
// answers reach every state. A crash, an ASan or UBSan report, a session that never settles, or a
// frame from the app that a server's decoder refuses is a bug: no server may take an app down.
//
// Input: chunks separated by Fuzz::kSeparator, written by the fake server in turn; each chunk's
// first byte: bit 6 makes the person do action number (bits 0-4) after it (write, end the session,
// restart, look at the history, …); bit 7 drops the connection after it, which ends the run (the
// session would come back only seconds later).
// `fuzz_client --make-corpus DIR` writes seeds made with the project's own encoder.
#include "fuzzsupport.h"

#include "protocol/codec.h"
#include "protocol/framedecoder.h"
#include "session/customersession.h"
#include "session/executivesession.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <cstdio>
#include <memory>

using namespace Turno;
using namespace Turno::Protocol;

namespace
{

constexpr int kSettleBudgetMs = 3'000;

QTcpServer *g_server = nullptr;

bool settle(int budgetMs = kSettleBudgetMs)
{
    QElapsedTimer timer;
    timer.start();
    int quiet = 0;
    while (timer.elapsed() < budgetMs) {
        const bool any = QCoreApplication::eventDispatcher()->processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (any) {
            quiet = 0;
            continue;
        }
        if (++quiet >= 3)
            return true;
    }
    return false;
}

void expectSettled()
{
    if (!settle()) {
        fprintf(stderr, "fuzz_client: the session is still busy after %d ms\n", kSettleBudgetMs);
        std::abort();
    }
}

QString address()
{
    return QStringLiteral("127.0.0.1:%1").arg(g_server->serverPort());
}

// What a server's reader makes of the app's frames: each must decode, and go server-wards.
struct ServerReader {
    bool wrongWay = false;
    template <typename M> void handle(const M &)
    {
        if constexpr (MessageTraits<M>::direction == Direction::ToClient)
            wrongWay = true;
    }
};

// Whatever the server said and the person did, the app only sends frames a server accepts: an
// encoder that emits what the decoder refuses would get the app disconnected, again and again.
void readWhatTheAppSent(QTcpSocket &server, FrameDecoder &decoder)
{
    Frame frame;
    while (true) {
        const FrameDecoder::Status status = decoder.next(server, frame);
        if (status == FrameDecoder::Status::NeedMore)
            return;
        if (status == FrameDecoder::Status::Error) {
            fprintf(stderr, "fuzz_client: the app sent a frame a server refuses: %s\n", qPrintable(decoder.error()));
            std::abort();
        }
        ServerReader reader;
        const DispatchResult result = dispatch(frame.kind, frame.payload, reader);
        if (!result.ok || reader.wrongWay) {
            fprintf(stderr, "fuzz_client: the app sent %s, which a server refuses: %s\n", kindName(frame.kind),
                    result.ok ? "a server-to-client kind" : qPrintable(result.error));
            std::abort();
        }
    }
}

// What a person may do between two things the server says.
void act(CustomerSession &s, int action)
{
    switch (action % 15) {
    case 0:
        s.sendMessage(QStringLiteral("Hola"));
        break;
    case 1:
        s.endSession();
        break;
    case 2:
        s.restartInternet();
        break;
    case 3:
        s.changeWifiPassword(QStringLiteral("clave-nueva-1"), QStringLiteral("clave-nueva-1"));
        break;
    case 4:
        s.contactExecutive(QStringLiteral("internet"));
        break;
    case 5:
        s.leaveQueue();
        break;
    case 6:
        s.answerInvitation(true);
        break;
    case 7:
        s.answerInvitation(false);
        break;
    case 8:
        s.changePassword(QStringLiteral("jorge1234"), QStringLiteral("jorge12345"), QStringLiteral("jorge12345"));
        break;
    case 9:
        s.changeDisplayName(QStringLiteral("Jorge S."));
        break;
    case 10:
        s.simulateConnectionLoss();
        break;
    case 11:
        s.logOut();
        break;
    // Text over its limit, as a paste would bring: refused or shortened, never a frame a server
    // refuses (readWhatTheAppSent checks).
    case 12:
        s.sendMessage(QString(5'000, QChar(u'ñ')));
        break;
    case 13:
        s.changeDisplayName(QString(300, QChar(u'é')));
        break;
    case 14:
        s.changePassword(QStringLiteral("jorge1234"), QString(300, QChar(u'ü')), QString(300, QChar(u'ü')));
        break;
    }
}

void act(ExecutiveSession &s, int action)
{
    switch (action % 21) {
    case 0:
        s.sendMessage(QStringLiteral("Buenas tardes"));
        break;
    case 1:
        s.endSession();
        break;
    case 2:
        s.acceptOffer();
        break;
    case 3:
        s.rejectOffer();
        break;
    case 4:
        s.requestHistory();
        break;
    case 5:
        s.requestOlderHistory();
        break;
    case 6:
        s.addNote(QStringLiteral("nota"));
        break;
    case 7:
        s.restartInternet();
        break;
    case 8:
        s.holdSession();
        break;
    case 9:
        s.transferTo(QStringLiteral("msoto"));
        break;
    case 10:
        s.inviteToConference(QStringLiteral("msoto"));
        break;
    case 11:
        s.answerInvitation(true);
        break;
    case 12:
        s.addContact();
        break;
    case 13:
        s.claimNext();
        break;
    case 14:
        s.setAway(QStringLiteral("almuerzo"));
        break;
    case 15:
        s.requestDetails();
        break;
    case 16:
        s.sendMessage(QString(5'000, QChar(u'ñ')));
        break;
    case 17:
        s.addNote(QString(3'000, QChar(u'n')));
        break;
    case 18:
        s.setAway(QString(1'000, QChar(u'á')));
        break;
    case 19:
        s.transferTo(QString(100, QChar(u'u')));
        break;
    case 20:
        s.inviteToConference(QString(100, QChar(u'u')));
        break;
    }
}

// The person's reflexes: whatever the server offers is taken up.
// With TURNO_FUZZ_VERBOSE: what the person would see, to check that seeds reach where they should.
void narrate(ClientSession &s)
{
    if (!Fuzz::verbose())
        return;
    QObject::connect(&s, &ClientSession::linkChanged, &s,
                     [](ClientSession::Link link) { fprintf(stderr, "  link %d\n", int(link)); });
    QObject::connect(&s, &ClientSession::loginFailed, &s,
                     [](const QString &m) { fprintf(stderr, "  login failed: %s\n", qPrintable(m)); });
    QObject::connect(&s, &ClientSession::connectionLost, &s,
                     [](const QString &m) { fprintf(stderr, "  connection lost: %s\n", qPrintable(m)); });
    QObject::connect(&s, &ClientSession::requestRefused, &s,
                     [](const QString &m) { fprintf(stderr, "  refused: %s\n", qPrintable(m)); });
}

void react(CustomerSession &s)
{
    narrate(s);
    if (Fuzz::verbose()) {
        QObject::connect(&s, &CustomerSession::sessionStarted, &s,
                         [](const QString &who) { fprintf(stderr, "  session with %s\n", qPrintable(who)); });
        QObject::connect(&s, &CustomerSession::messageReceived, &s, [](const QString &from, const QString &text) {
            fprintf(stderr, "  %s: %s\n", qPrintable(from), qPrintable(text));
        });
    }
    QObject::connect(&s, &CustomerSession::sessionStarted, &s, [&s] { s.sendMessage(QStringLiteral("Hola")); });
    QObject::connect(&s, &CustomerSession::invitationReceived, &s, [&s] { s.answerInvitation(true); });
    QObject::connect(&s, &CustomerSession::wifiPasswordRequested, &s,
                     [&s] { s.changeWifiPassword(QStringLiteral("clave-nueva-1"), QStringLiteral("clave-nueva-1")); });
}

void react(ExecutiveSession &s)
{
    narrate(s);
    if (Fuzz::verbose()) {
        QObject::connect(&s, &ExecutiveSession::sessionStarted, &s, [](quint32 id, const QString &who) {
            fprintf(stderr, "  session %u with %s\n", id, qPrintable(who));
        });
        QObject::connect(&s, &ExecutiveSession::messageReceived, &s, [](const QString &from, const QString &text) {
            fprintf(stderr, "  %s: %s\n", qPrintable(from), qPrintable(text));
        });
    }
    QObject::connect(&s, &ExecutiveSession::offerReceived, &s, [&s] { s.acceptOffer(); });
    QObject::connect(&s, &ExecutiveSession::invitationReceived, &s, [&s] { s.answerInvitation(true); });
}

bool logIn(CustomerSession &s)
{
    return s.logIn(address(), QStringLiteral("12.345.678-5"), QStringLiteral("jorge1234"));
}

bool logIn(ExecutiveSession &s)
{
    return s.logIn(address(), QStringLiteral("jperez"), QStringLiteral("juan1234"));
}

template <typename Session> void run(const QList<QByteArray> &chunks)
{
    if (Fuzz::verbose())
        fprintf(stderr, "-- %s\n", Session::staticMetaObject.className());
    auto session = std::make_unique<Session>();
    react(*session);
    if (!logIn(*session))
        std::abort();
    // The session's connection. It comes at once; after a drop the session comes back only
    // seconds later (if at all), so a drop ends what the server says.
    QTcpSocket *server = nullptr;
    QElapsedTimer waited;
    waited.start();
    while (!server && waited.elapsed() < kSettleBudgetMs) {
        settle(20);
        g_server->waitForNewConnection(1);
        server = g_server->nextPendingConnection();
    }
    if (!server) {
        fprintf(stderr, "fuzz_client: the session did not connect\n");
        std::abort();
    }
    FrameDecoder decoder(kDefaultMaxFrame);
    for (const QByteArray &chunk : chunks) {
        if (chunk.isEmpty())
            continue;
        const quint8 control = quint8(chunk.at(0));
        if (Fuzz::verbose())
            fprintf(stderr, "server says %d bytes%s\n", int(chunk.size() - 1), control & 0x80 ? ", then drops" : "");
        server->write(chunk.constData() + 1, chunk.size() - 1);
        server->flush();
        expectSettled();
        readWhatTheAppSent(*server, decoder);
        if (control & 0x40) {
            act(*session, control & 0x1f);
            expectSettled();
            readWhatTheAppSent(*server, decoder);
        }
        if (control & 0x80)
            break;
    }
    server->abort();
    delete server;
    expectSettled();
    session.reset();
    expectSettled();
    while (QTcpSocket *left = g_server->nextPendingConnection())
        delete left;
}

// --make-corpus: what a real server would say, frame by frame.
class Script
{
public:
    template <typename... M> Script &say(const M &...messages) { return chunk(0, messages...); }
    template <typename... M> Script &sayThenAct(int action, const M &...messages)
    {
        return chunk(quint8(0x40 | action), messages...);
    }
    QByteArray bytes() const { return m_writer.bytes(); }

private:
    template <typename... M> Script &chunk(quint8 control, const M &...messages)
    {
        m_writer.frames(control, messages...);
        return *this;
    }
    Fuzz::ChunkWriter m_writer;
};

Welcome welcome()
{
    return Welcome{kVersion, spokenFeatures(), QStringLiteral("turno-server fuzz"), 1'700'000'000'000};
}

LoginResult customerIn()
{
    return LoginResult{1, quint8(LoginStatus::Ok), quint8(Role::Customer), QStringLiteral("Jorge Sandoval"), {}, 0};
}

LoginResult executiveIn(Role role = Role::Executive)
{
    return LoginResult{1,
                       quint8(LoginStatus::Ok),
                       quint8(role),
                       QStringLiteral("Juan Perez"),
                       {QStringLiteral("internet"), QStringLiteral("wifi")},
                       0};
}

SessionStarted started(quint32 id, const char *peer)
{
    return SessionStarted{id, QString::fromUtf8(peer), QStringLiteral("internet"), 1'700'000'000'000};
}

ChatMessage message(quint32 session, quint64 id, const char *from, const char *text)
{
    return ChatMessage{session, id, 1'700'000'000'000 + qint64(id), QString::fromUtf8(from), QString::fromUtf8(text)};
}

void writeCorpus(const QString &dir)
{
    Fuzz::writeSeed(dir, QStringLiteral("refused"),
                    Script().say(HandshakeRefused{3, QStringLiteral("protocol version 2 is not supported")}).bytes());
    Fuzz::writeSeed(
        dir, QStringLiteral("wrong-credentials"),
        Script().say(welcome(), LoginResult{1, quint8(LoginStatus::WrongCredentials), 0, {}, {}, 0}).bytes());
    Fuzz::writeSeed(dir, QStringLiteral("throttled"),
                    Script().say(welcome(), LoginResult{1, quint8(LoginStatus::Throttled), 0, {}, {}, 30}).bytes());
    Fuzz::writeSeed(
        dir, QStringLiteral("customer"),
        Script()
            .say(welcome(), customerIn(), ResumeToken{QStringLiteral("tok-123"), 120}, ConnectedCustomers{3})
            .sayThenAct(2, Ping{7})
            .say(ServiceResult{2, 1, 0, QStringLiteral("listo")})
            .sayThenAct(4, QueueStatus{2, 1, true, 60, 120})
            .say(QueueStatus{0, 1, true, 10, 20}, started(1, "Juan Perez"))
            .say(ChatAck{QStringLiteral("c-1"), 10, 1'700'000'000'100}, message(1, 11, "Juan Perez", "Buenas tardes"))
            .say(message(1, 11, "Juan Perez", "Buenas tardes"), SessionHeld{1, true}, SessionHeld{1, false})
            .say(WifiPasswordWanted{1}, ServiceNotice{1, 2, 3, QString()}, ServiceNotice{1, 1, 0, QStringLiteral("ok")})
            .say(Participants{
                1, {QStringLiteral("Jorge Sandoval"), QStringLiteral("Juan Perez"), QStringLiteral("María Soto")}})
            .say(Transferred{1, QStringLiteral("María Soto")}, started(2, "María Soto"))
            .sayThenAct(0, SessionEnded{2, 1})
            .say(Invitation{5, 1, QStringLiteral("Juan Perez"), QString(), QStringLiteral("wifi"), 20})
            .say(InvitationEnded{0, 5, 0, QStringLiteral("Juan Perez")}, started(3, "Juan Perez"))
            .sayThenAct(8, SessionEnded{3, 0}, QueueLeft{1})
            .say(AccountResult{3, 1, 0, QString()}, ErrorReply{4, 1, QStringLiteral("no"), 500})
            .say(ForcedLogout{1})
            .bytes());
    Fuzz::writeSeed(
        dir, QStringLiteral("executive"),
        Script()
            .say(welcome(), executiveIn(), ConnectedCustomers{1})
            .say(Colleagues{{Colleague{QStringLiteral("msoto"), QStringLiteral("María Soto"), 0, 0}}})
            .say(Contacts{{Contact{QStringLiteral("k1"), QStringLiteral("Jorge Sandoval"), true, true}}})
            .say(WaitingList{{WaitingCustomer{QStringLiteral("w1"), QStringLiteral("Jorge Sandoval"),
                                              QStringLiteral("internet"), QStringLiteral("restart-internet"), 12}},
                             1})
            .say(Offer{1, QStringLiteral("Jorge Sandoval"), QStringLiteral("restart-internet"),
                       QStringLiteral("internet"), 20})
            .say(started(1, "Jorge Sandoval"), message(1, 3, "Jorge Sandoval", "Hola"))
            .sayThenAct(4, ChatAck{QStringLiteral("e-1"), 4, 1'700'000'000'200})
            .say(History{2,
                         QStringLiteral("Jorge Sandoval"),
                         {HistoryEntry{1'600'000'000'000, QStringLiteral("note"), QStringLiteral("llamó"),
                                       QStringLiteral("ok")}},
                         7})
            .sayThenAct(5, NoteAdded{3, 1'700'000'000'300})
            .say(ServiceNotice{1, 1, 2, QString()}, ServiceNotice{1, 1, 0, QString()})
            .sayThenAct(8, SessionHeld{1, true})
            .say(PresenceChanged{3, QString(), 30}, PresenceChanged{0, QString(), 0})
            .sayThenAct(10, Invitation{9, 0, QStringLiteral("María Soto"), QStringLiteral("Jorge Sandoval"),
                                       QStringLiteral("internet"), 20})
            .say(Participants{1, {QStringLiteral("Jorge Sandoval"), QStringLiteral("Juan Perez")}})
            .say(InvitationEnded{6, 2, 0, QStringLiteral("María Soto")})
            .say(Details{7, {ConnectedCustomer{QStringLiteral("Jorge Sandoval"), QStringLiteral("note"), 2}}, 1})
            .say(ServerStats{8, 3, 1, 2, 0, 1, 5, 1, 50'000, 1'000, 42})
            .say(OfferEnded{1, 1}, Transferred{1, QStringLiteral("María Soto")}, SessionEnded{1, 3})
            .say(ForcedLogout{2})
            .bytes());
    // Pasted text over every limit, in a session and in the menu.
    Fuzz::writeSeed(dir, QStringLiteral("long-texts"),
                    Script()
                        .say(welcome(), customerIn())
                        .sayThenAct(12, started(1, "Juan Perez"))
                        .sayThenAct(13, SessionEnded{1, 1})
                        .sayThenAct(14, ConnectedCustomers{2})
                        .bytes());
    Fuzz::writeSeed(dir, QStringLiteral("long-texts-executive"),
                    Script()
                        .say(welcome(), executiveIn())
                        .sayThenAct(16, started(1, "Jorge Sandoval"))
                        .sayThenAct(17, ConnectedCustomers{1})
                        .sayThenAct(19, ConnectedCustomers{1})
                        .sayThenAct(20, ConnectedCustomers{1})
                        .sayThenAct(18, SessionEnded{1, 0})
                        .bytes());
    Fuzz::writeSeed(dir, QStringLiteral("supervisor"),
                    Script()
                        .say(welcome(), executiveIn(Role::Supervisor))
                        .sayThenAct(15, Details{1, {}, 0})
                        .sayThenAct(13, Offer{2, QStringLiteral("Claudio"), QString(), QStringLiteral("wifi"), 5})
                        .bytes());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv, writeCorpus);
    TransportPolicy::defaults().plaintext = true;
    g_server = new QTcpServer;
    if (!g_server->listen(QHostAddress::LocalHost, 0))
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> chunks = Fuzz::splitChunks(data, size);
    run<CustomerSession>(chunks);
    run<ExecutiveSession>(chunks);
    return 0;
}
