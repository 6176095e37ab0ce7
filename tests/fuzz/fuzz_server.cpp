// libFuzzer harness for the whole server: the input is what up to four apps send over their
// connections to a real ContactCenter in this process (plaintext, on loopback), with a fresh copy
// of a database that holds the demo accounts. A crash, an ASan or UBSan report, or a run that does
// not settle is a bug: no peer may take the server down, whatever it sends.
//
// Input: chunks separated by Fuzz::kSeparator. A chunk's first byte says where its other bytes go:
//   bits 0-1   the connection (0 to 3), opened on first use and again after a drop;
//   bit 6      after the bytes, let 15 ms pass (ring, invitation and grace timers are short here),
//              twice per input at most;
//   bit 7      after the bytes, drop the connection (as a network failure would).
// After each chunk the server runs until it is quiet: no event left, no hash or database job.
// Then every connection closes and the server, its database and its timers go away.
// `fuzz_server --make-corpus DIR` writes seeds made with the project's own encoder; TURNO_FUZZ_VERBOSE=1
// prints what each connection sent and got, TURNO_FUZZ_TIMING=1 how long each phase of a run took.
#include "fuzzsupport.h"

#include "admin/demoaccounts.h"
#include "auth/authenticator.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "backend/providerbackend.h"
#include "core/contactcenter.h"
#include "domain/rut.h"
#include "protocol/codec.h"
#include "protocol/framedecoder.h"
#include "storage/sqlitestore.h"

#include <QAbstractEventDispatcher>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <array>
#include <cstdio>
#include <memory>

using namespace Turno;
using namespace Turno::Protocol;

namespace
{

constexpr int kConnections = 4;
constexpr int kShortTimerMs = 10; // ring, invitation and resume grace: a pause outlasts them
constexpr int kPauseMs = 15;
constexpr int kMaxPauses = 2;
constexpr int kSettleBudgetMs = 3'000; // a run that is still busy after this is reported as a hang

// What lives as long as the process: the hasher (threads) and a database with the demo accounts,
// copied for every run.
struct Process {
    // In memory when the machine has a tmpfs there: the store commits with synchronous=FULL, and a
    // run commits a few times.
    QTemporaryDir dir{QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                          ? QStringLiteral("/dev/shm/turno-fuzz-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/turno-fuzz-XXXXXX")};
    QString templatePath;
    QString runPath;
    std::unique_ptr<Auth::PasswordHasher> hasher;
};

Process *g_process = nullptr;

bool workIdle(Storage::SqliteStore &store)
{
    return g_process->hasher->isIdle() && store.isIdle();
}

// Runs the event loop until nothing is left to do now. false when still busy after the budget.
bool settle(Storage::SqliteStore &store, const std::function<void()> &drain, int budgetMs = kSettleBudgetMs)
{
    QElapsedTimer timer;
    timer.start();
    int quiet = 0;
    while (timer.elapsed() < budgetMs) {
        const bool any = QCoreApplication::eventDispatcher()->processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        drain();
        if (any || !workIdle(store)) {
            quiet = 0;
            if (!any)
                QThread::yieldCurrentThread();
            continue;
        }
        if (++quiet >= 3)
            return true;
    }
    return false;
}

void pause(Storage::SqliteStore &store, const std::function<void()> &drain, int ms)
{
    // The loop waits for events (the deadline is one), so the server's timers fire as they would.
    QTimer deadline;
    deadline.setSingleShot(true);
    bool over = false;
    QObject::connect(&deadline, &QTimer::timeout, [&over] { over = true; });
    deadline.start(ms);
    while (!over) {
        QCoreApplication::eventDispatcher()->processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        drain();
    }
    settle(store, drain);
}

void printFrames(int connection, const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    FrameDecoder decoder(kDefaultMaxFrame);
    Frame frame;
    while (decoder.next(buffer, frame) == FrameDecoder::Status::Frame)
        fprintf(stderr, "  server → %d: %s (%d bytes)\n", connection, kindName(frame.kind), int(frame.payload.size()));
}

void setUpProcess()
{
    static Process process; // destroyed at exit, which removes its folder
    g_process = &process;
    g_process->hasher = std::make_unique<Auth::PasswordHasher>(Auth::HashCost::low());
    g_process->templatePath = g_process->dir.filePath(QStringLiteral("template.db"));
    g_process->runPath = g_process->dir.filePath(QStringLiteral("run.db"));
    QString error;
    std::unique_ptr<Storage::SqliteStore> store = Storage::SqliteStore::open(g_process->templatePath, &error);
    if (!store || Admin::loadDemoAccounts(*store, *g_process->hasher).result() <= 0) {
        fprintf(stderr, "fuzz_server: cannot make the demo database: %s\n", qPrintable(error));
        std::abort();
    }
}

void removeRunDatabase()
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(g_process->runPath + QLatin1String(suffix));
}

// One run: a server of its own, the chunks, then everything closed and gone.
void run(const QList<QByteArray> &chunks)
{
    QElapsedTimer phase;
    phase.start();
    static const bool timing = qEnvironmentVariableIsSet("TURNO_FUZZ_TIMING");
    auto mark = [&](const char *what) {
        if (timing)
            fprintf(stderr, "%6.2f ms %s\n", phase.nsecsElapsed() / 1e6, what);
    };
    removeRunDatabase();
    if (!QFile::copy(g_process->templatePath, g_process->runPath))
        std::abort();
    QString error;
    std::unique_ptr<Storage::SqliteStore> store = Storage::SqliteStore::open(g_process->runPath, &error);
    if (!store) {
        fprintf(stderr, "fuzz_server: %s\n", qPrintable(error));
        std::abort();
    }
    Auth::LoginThrottle throttle;
    Auth::Authenticator authenticator(*store, *g_process->hasher, throttle);
    Server::SimulatedBackend backend(0);
    Server::ServerConfig config;
    config.plaintext = true;
    config.port = 0;
    config.ringTimeoutMs = kShortTimerMs;
    config.invitationTimeoutMs = kShortTimerMs;
    config.resumeGraceMs = kShortTimerMs;
    config.wrapUpMs = 0;
    config.requestLogRetentionDays = 0;
    mark("store");
    auto center = std::make_unique<Server::ContactCenter>(*store, authenticator, backend, config);
    if (!center->listen(&error)) {
        fprintf(stderr, "fuzz_server: %s\n", qPrintable(error));
        std::abort();
    }

    mark("center");
    std::array<std::unique_ptr<QTcpSocket>, kConnections> sockets;
    std::array<QByteArray, kConnections> received;
    auto drain = [&] {
        for (int i = 0; i < kConnections; ++i) {
            if (sockets[i] && sockets[i]->bytesAvailable() > 0) {
                const QByteArray bytes = sockets[i]->readAll();
                if (Fuzz::verbose())
                    received[i] += bytes;
            }
        }
    };
    auto report = [&](int i) {
        if (Fuzz::verbose()) {
            printFrames(i, received[i]);
            received[i].clear();
        }
    };
    auto expectSettled = [&] {
        if (!settle(*store, drain)) {
            fprintf(stderr, "fuzz_server: the server is still busy after %d ms\n", kSettleBudgetMs);
            std::abort();
        }
    };

    int pauses = 0;
    for (const QByteArray &chunk : chunks) {
        if (chunk.isEmpty())
            continue;
        const quint8 control = quint8(chunk.at(0));
        const int i = control & 3;
        if (!sockets[i]) {
            sockets[i] = std::make_unique<QTcpSocket>();
            sockets[i]->connectToHost(QHostAddress::LocalHost, center->port());
            if (!sockets[i]->waitForConnected(2'000)) {
                fprintf(stderr, "fuzz_server: cannot connect to the server\n");
                std::abort();
            }
        }
        if (Fuzz::verbose())
            fprintf(stderr, "connection %d ← %d bytes%s%s\n", i, int(chunk.size() - 1), control & 0x40 ? ", pause" : "",
                    control & 0x80 ? ", drop" : "");
        sockets[i]->write(chunk.constData() + 1, chunk.size() - 1);
        sockets[i]->flush();
        expectSettled();
        if ((control & 0x40) && pauses < kMaxPauses) {
            ++pauses;
            pause(*store, drain, kPauseMs);
        }
        report(i);
        if (control & 0x80) {
            sockets[i]->abort();
            sockets[i].reset();
            expectSettled();
        }
    }
    for (int i = 0; i < kConnections; ++i) {
        if (sockets[i]) {
            report(i);
            sockets[i]->abort();
        }
    }
    mark("chunks");
    // The server notices every close, and its work after them (request-log rows) is done.
    QElapsedTimer closing;
    closing.start();
    while (center->connectionCount() > 0 && closing.elapsed() < kSettleBudgetMs)
        settle(*store, drain, 100);
    if (center->connectionCount() > 0) {
        fprintf(stderr, "fuzz_server: %d connections still open after every client closed\n",
                center->connectionCount());
        std::abort();
    }
    expectSettled();
    mark("closed");
    center.reset();
    expectSettled();
    mark("center gone");
    sockets = {};
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    store.reset();
    mark("store gone");
}

// --make-corpus: sessions a real app could have, frame by frame.
class Script
{
public:
    template <typename... M> Script &to(int connection, const M &...messages)
    {
        return chunk(quint8(connection), messages...);
    }
    template <typename... M> Script &toThenPause(int connection, const M &...messages)
    {
        return chunk(quint8(connection | 0x40), messages...);
    }
    template <typename... M> Script &toThenDrop(int connection, const M &...messages)
    {
        return chunk(quint8(connection | 0x80), messages...);
    }
    Script &raw(int connection, const QByteArray &bytes)
    {
        m_writer.raw(quint8(connection), bytes);
        return *this;
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

Hello hello()
{
    Hello m;
    m.features = spokenFeatures();
    m.software = QStringLiteral("turno-fuzz");
    return m;
}

CustomerLogin jorge(quint32 requestId = 1)
{
    return CustomerLogin{requestId, QStringLiteral("12.345.678-5"), QStringLiteral("jorge1234")};
}

CustomerLogin claudio(quint32 requestId = 1)
{
    return CustomerLogin{requestId, QStringLiteral("10.111.222-5"), QStringLiteral("claudio1234")};
}

ExecutiveLogin juan(quint32 requestId = 1)
{
    return ExecutiveLogin{requestId, QStringLiteral("jperez"), QStringLiteral("juan1234")};
}

ExecutiveLogin maria(quint32 requestId = 1)
{
    return ExecutiveLogin{requestId, QStringLiteral("msoto"), QStringLiteral("maria1234")};
}

ChatSend chat(quint32 sessionId, const char *id, const char *text)
{
    return ChatSend{sessionId, QLatin1String(id), QString::fromUtf8(text)};
}

void writeCorpus(const QString &dir)
{
    Fuzz::writeSeed(dir, QStringLiteral("handshake"), Script().to(0, hello()).bytes());
    Fuzz::writeSeed(
        dir, QStringLiteral("bad-version"),
        Script().to(0, Hello{kMagic, 1, {}, QStringLiteral("old")}).to(1, Hello{0x1234, kVersion, {}, {}}).bytes());
    Fuzz::writeSeed(dir, QStringLiteral("wrong-password"),
                    Script()
                        .to(0, hello(), CustomerLogin{1, QStringLiteral("12.345.678-5"), QStringLiteral("nope")})
                        .to(0, ExecutiveLogin{2, QStringLiteral("jperez"), QStringLiteral("nope")})
                        .to(1, hello(), CustomerLogin{1, QStringLiteral("12.345.678-0"), QStringLiteral("x")})
                        .bytes());
    Fuzz::writeSeed(dir, QStringLiteral("self-service"),
                    Script()
                        .to(0, hello(), jorge())
                        .to(0, RestartInternet{2})
                        .to(0, ChangeWifiPassword{3, QStringLiteral("nuevaClave123")})
                        .to(0, ChangeDisplayName{4, QStringLiteral("Jorge S.")})
                        .to(0, ChangePassword{5, QStringLiteral("jorge1234"), QStringLiteral("jorge12345")})
                        .to(0, Pong{0})
                        .to(0, Logout{})
                        .bytes());
    const Rut fresh = *Rut::parse(QStringLiteral("20123456-%1").arg(Rut::checkDigitFor(20123456)));
    Fuzz::writeSeed(
        dir, QStringLiteral("sign-up"),
        Script()
            .to(0, hello(), SignUp{1, fresh.formatted(), QStringLiteral("Nueva Persona"), QStringLiteral("secreto123")})
            .to(0, JoinQueue{2, QStringLiteral("wifi")})
            .to(1, hello(), Resume{1, QStringLiteral("not-a-token"), 0})
            .bytes());
    // Juan answers Jorge: offer 1 becomes session 1.
    Fuzz::writeSeed(dir, QStringLiteral("chat"),
                    Script()
                        .to(1, hello(), juan())
                        .to(0, hello(), jorge())
                        .to(0, JoinQueue{2, QStringLiteral("internet")})
                        .to(1, AnswerOffer{1, true})
                        .to(0, chat(1, "c-1", "Hola, no tengo internet"))
                        .to(1, chat(1, "e-1", "Buenas tardes, lo reviso"))
                        .to(1, AddNote{2, 1, QStringLiteral("router reiniciado")})
                        .to(1, RequestHistory{3, 1, QString(), 0})
                        .to(1, RestartForCustomer{4, 1, 1})
                        .to(1, RestartForCustomer{5, 1, 2})
                        .to(1, AddContact{6, 1})
                        .to(1, HoldSession{7, 1, true})
                        .to(1, HoldSession{8, 1, false})
                        .to(1, RequestDetails{9})
                        .to(1, StatsRequest{10})
                        .to(0, chat(1, "c-1", "Hola, no tengo internet"))
                        .to(0, EndSession{1})
                        .to(1, RemoveContact{11, QStringLiteral("1")})
                        .to(0, Logout{})
                        .bytes());
    // Juan invites María into the session, then hands it over to her.
    Fuzz::writeSeed(dir, QStringLiteral("conference"),
                    Script()
                        .to(1, hello(), juan())
                        .to(2, hello(), maria())
                        .to(0, hello(), claudio())
                        .to(0, JoinQueue{2, QStringLiteral("wifi")})
                        .to(1, AnswerOffer{1, true})
                        .to(1, InviteExecutive{2, 1, QStringLiteral("msoto")})
                        .to(2, AnswerInvitation{1, true})
                        .to(2, chat(1, "m-1", "Hola a ambos"))
                        .to(1, TransferSession{3, 1, QStringLiteral("msoto")})
                        .to(2, EndSession{1})
                        .bytes());
    // Nobody answers: the offer times out, the executive goes away, the customer waits and
    // leaves; then a customer drops in a session and the grace period runs out.
    Fuzz::writeSeed(dir, QStringLiteral("timeouts"),
                    Script()
                        .to(1, hello(), juan())
                        .to(0, hello(), jorge())
                        .toThenPause(0, JoinQueue{2, QStringLiteral("internet")})
                        .to(1, SetPresence{2, quint8(Presence::Away), QStringLiteral("almuerzo")})
                        .to(0, JoinQueue{3, QStringLiteral("internet")})
                        .to(1, ClaimCustomer{3, QStringLiteral("1")})
                        .to(0, LeaveQueue{4})
                        .to(1, SetPresence{4, quint8(Presence::Available), QString()})
                        .to(0, JoinQueue{5, QStringLiteral("internet")})
                        .to(1, AnswerOffer{2, true})
                        .toThenDrop(0, chat(1, "c-1", "se corta"))
                        .toThenPause(1, chat(1, "e-1", "sigue ahí?"))
                        .to(1, InviteContact{5, QStringLiteral("1"), QStringLiteral("internet")})
                        .bytes());
    // Two log-ins of one customer: the second takes over; frames split across chunks.
    QByteArray login = encodeFrame(hello()) + encodeFrame(jorge());
    Fuzz::writeSeed(dir, QStringLiteral("split-frames"),
                    Script()
                        .raw(0, login.left(3))
                        .raw(0, login.mid(3, 9))
                        .raw(0, login.mid(12))
                        .to(1, hello(), jorge())
                        .to(0, RestartInternet{2})
                        .bytes());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv, writeCorpus);
    setUpProcess();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    run(Fuzz::splitChunks(data, size));
    return 0;
}
