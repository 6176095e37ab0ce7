// Benchmark of turno-callcenter --serve (not a test): 1,000 interpreters connect to 127.0.0.1 at
// once and each sends 100 commands, one at a time like the real interpreter; reports lost replies.
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <vector>

namespace
{

constexpr int Interpreters = 1000;
constexpr int CommandsEach = 100;
constexpr int Operators = 100;
constexpr int TimeLimitMs = 120'000;

// One simulated interpreter: sends its next command when the previous one's reply is done.
struct Interpreter {
    QTcpSocket socket;
    std::vector<QByteArray> commands;
    size_t sent = 0;
    int answered = 0;
    bool closed = false;
};

std::vector<QByteArray> commandsFor(int client)
{
    std::vector<QByteArray> commands;
    for (int j = 0; commands.size() < size_t(CommandsEach); ++j) {
        const QByteArray call = "c" + QByteArray::number(client) + "-" + QByteArray::number(j);
        const QByteArray op = "O" + QByteArray::number((client + j) % Operators);
        commands.push_back(R"({"command":"call","id":")" + call + "\"}\n");
        commands.push_back(R"({"command":"answer","id":")" + op + "\"}\n");
        commands.push_back(R"({"command":"reject","id":")" + op + "\"}\n");
        commands.push_back(R"({"command":"hangup","id":")" + call + "\"}\n");
    }
    return commands;
}

void raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    raiseDescriptorLimit();
    QStringList operators;
    for (int i = 0; i < Operators; ++i)
        operators << QStringLiteral("O%1").arg(i);
    QProcess server;
    server.start(Turno::Test::callcenterBinary(),
                 {"--serve", "--port", "0", "--listen", "127.0.0.1", "--operators", operators.join(',')});
    if (!server.waitForReadyRead(10'000)) {
        std::fprintf(stderr, "the server did not start\n");
        return 1;
    }
    const QByteArray banner = server.readLine().trimmed();
    const quint16 port = quint16(banner.mid(banner.lastIndexOf(' ') + 1).toUInt());
    std::printf("Serve mode: %d interpreters x %d commands against %s\n", Interpreters, CommandsEach,
                banner.constData());

    std::vector<std::unique_ptr<Interpreter>> clients;
    int finished = 0;
    QElapsedTimer wall;
    wall.start();
    const auto sendNext = [](Interpreter *c) {
        if (c->sent < c->commands.size())
            c->socket.write(c->commands[c->sent++]);
        else
            c->socket.write("{\"command\":\"quit\"}\n");
    };
    for (int i = 0; i < Interpreters; ++i) {
        auto client = std::make_unique<Interpreter>();
        Interpreter *c = client.get();
        c->commands = commandsFor(i);
        QObject::connect(&c->socket, &QTcpSocket::connected, [c, sendNext] { sendNext(c); });
        QObject::connect(&c->socket, &QTcpSocket::readyRead, [c, sendNext] {
            while (c->socket.canReadLine()) {
                if (c->socket.readLine().contains("\"done\":true")) {
                    ++c->answered;
                    sendNext(c);
                }
            }
        });
        QObject::connect(&c->socket, &QTcpSocket::disconnected, [c, &finished, &app] {
            c->closed = true;
            if (++finished == Interpreters)
                app.quit();
        });
        QObject::connect(&c->socket, &QTcpSocket::errorOccurred, [c, &finished, &app](auto) {
            if (!c->closed && c->socket.state() == QAbstractSocket::UnconnectedState) {
                c->closed = true;
                if (++finished == Interpreters)
                    app.quit();
            }
        });
        c->socket.connectToHost(QHostAddress::LocalHost, port);
        clients.push_back(std::move(client));
    }
    QTimer::singleShot(TimeLimitMs, &app, [] {
        std::printf("  time limit of %d s reached\n", TimeLimitMs / 1000);
        QCoreApplication::quit();
    });
    app.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    qint64 answered = 0;
    int complete = 0;
    for (const auto &c : clients) {
        answered += c->answered;
        complete += c->answered == CommandsEach ? 1 : 0;
    }
    const qint64 total = qint64(Interpreters) * CommandsEach;
    std::printf("  commands sent: %lld, answered: %lld, lost: %lld; interpreters fully answered: %d of %d\n",
                qint64(total), answered, total - answered, complete, Interpreters);
    std::printf("  wall time: %.2f s (%.0f commands/s, each interpreter waiting for its reply before the next)\n",
                seconds, double(answered) / seconds);
    server.terminate();
    if (!server.waitForFinished(5'000))
        server.kill();
    server.waitForFinished();
    return answered == total ? 0 : 1;
}
