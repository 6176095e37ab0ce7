// turno-loadgen: simulated customers and executives against one turno-server, over the real
// protocol. Prints a table of figures, then one JSON line; exits non-zero when anything failed,
// was lost or was duplicated. See docs/performance.md and tools/bench-capacity.
#include "loadconfig.h"
#include "loadrun.h"
#include "session/servertrust.h"
#include "util/epolleventdispatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>
#include <cstdio>

using namespace Turno::Load;

namespace
{

int usageError(const QString &message)
{
    std::fprintf(stderr, "turno-loadgen: %s (see --help)\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    LoadClock::start();
    Turno::EpollEventDispatcher::installForMainThread();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("turno-loadgen"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Load generator for turno-server: executives log in and accept every offer; customers log in, some join "
        "the line and chat (executives answer every other message), the others stay connected and idle. "
        "Start the server with --wrap-up 0 and accounts from add-customers / add-executives."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options{
        {QStringLiteral("server"), QStringLiteral("Server address (default 127.0.0.1:5680)."),
         QStringLiteral("host:port"), QStringLiteral("127.0.0.1:5680")},
        {QStringLiteral("customers"), QStringLiteral("Customers to connect (default 100)."), QStringLiteral("n"),
         QStringLiteral("100")},
        {QStringLiteral("executives"), QStringLiteral("Executives to connect (default 5)."), QStringLiteral("m"),
         QStringLiteral("5")},
        {QStringLiteral("chatters"),
         QStringLiteral("Customers who join the line and chat (default: twice the executives)."), QStringLiteral("n")},
        {QStringLiteral("duration"),
         QStringLiteral("Seconds of the chat phase, after every customer is in (default 10)."),
         QStringLiteral("seconds"), QStringLiteral("10")},
        {QStringLiteral("message-rate"),
         QStringLiteral("Chat messages per second in total, both directions (default 100)."),
         QStringLiteral("per-second"), QStringLiteral("100")},
        {QStringLiteral("session-messages"),
         QStringLiteral("Messages a customer sends before ending a session (default 20)."), QStringLiteral("n"),
         QStringLiteral("20")},
        {QStringLiteral("ramp"), QStringLiteral("New connections per second (default 500)."),
         QStringLiteral("per-second"), QStringLiteral("500")},
        {QStringLiteral("threads"), QStringLiteral("Worker threads (default 2)."), QStringLiteral("n"),
         QStringLiteral("2")},
        {QStringLiteral("server-pid"),
         QStringLiteral("The server's process id, to read its RSS and CPU from /proc "
                        "(otherwise they come from ServerStats)."),
         QStringLiteral("pid")},
        {QStringLiteral("seed"),
         QStringLiteral("Seed of the customers' bulk accounts (add-customers --seed; default 1)."), QStringLiteral("s"),
         QStringLiteral("1")},
        {QStringLiteral("exec-prefix"),
         QStringLiteral("Prefix of the executives' bulk accounts (add-executives --prefix; "
                        "default agent)."),
         QStringLiteral("name"), QStringLiteral("agent")},
        {QStringLiteral("exec-seed"), QStringLiteral("Seed of the executives' bulk accounts (default: --seed)."),
         QStringLiteral("s")},
        {QStringLiteral("supervisors"),
         QStringLiteral("How many of the first executives are supervisors (add-executives "
                        "--supervisors; default 1). One of them asks for ServerStats."),
         QStringLiteral("k"), QStringLiteral("1")},
        {QStringLiteral("churn"), QStringLiteral("Soak mode: idle customers log out and in again all the time.")},
        {QStringLiteral("churn-rate"), QStringLiteral("Log-out/log-in cycles per second with --churn (default 50)."),
         QStringLiteral("per-second"), QStringLiteral("50")},
        {QStringLiteral("resumes"),
         QStringLiteral("After the ramp, drop this many idle customers' connections and resume "
                        "them with their token (default 0)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("resume-window"), QStringLiteral("Resumes under way at once (default 200)."),
         QStringLiteral("n"), QStringLiteral("200")},
        {QStringLiteral("connect-timeout"),
         QStringLiteral("Seconds the customers' log-ins may take in all (default: "
                        "customers / ramp + 60)."),
         QStringLiteral("seconds")},
        {QStringLiteral("source-addresses"),
         QStringLiteral("Connect from this many loopback addresses, 127.0.0.1 and up (default 1): the server "
                        "throttles log-ins per address, as real customers come from many."),
         QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("login-window"),
         QStringLiteral("Password log-ins under way at once per source address (default 8; "
                        "the server refuses the 10th in flight from one address)."),
         QStringLiteral("n"), QStringLiteral("8")},
        {QStringLiteral("quiet"), QStringLiteral("No progress lines on stderr.")},
        {QStringLiteral("plaintext"), QStringLiteral("Connect without TLS, to a server started with --plaintext.")},
        {QStringLiteral("trust-fingerprint"),
         QStringLiteral("The server's key fingerprint (turno-server fingerprint), "
                        "when its certificate does not verify and no app has "
                        "pinned it."),
         QStringLiteral("hex")},
    };
    parser.addOptions(options);
    parser.process(app);

    LoadConfig config;
    const QString server = parser.value(QStringLiteral("server"));
    const qsizetype colon = server.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? server.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || port == 0 || port > 65535)
        return usageError(QStringLiteral("--server must be HOST:PORT"));
    config.host = server.left(colon);
    config.port = quint16(port);
    config.plaintext = parser.isSet(QStringLiteral("plaintext"));
    if (config.plaintext) {
        if (!Turno::ServerTrust::isLoopbackHost(config.host))
            return usageError(QStringLiteral("--plaintext reaches only this machine"));
        QTextStream(stderr) << Turno::ServerKey::plaintextWarning() << '\n';
    } else if (parser.isSet(QStringLiteral("trust-fingerprint"))) {
        config.trustedFingerprint =
            Turno::ServerTrust::parseFingerprint(parser.value(QStringLiteral("trust-fingerprint")));
        if (config.trustedFingerprint.isEmpty())
            return usageError(QStringLiteral("--trust-fingerprint must be 64 hexadecimal digits"));
    } else {
        config.trustedFingerprint =
            Turno::ServerTrust::pinnedKey(Turno::ServerTrust::pinName(config.host, config.port));
    }

    auto intOption = [&](const QString &name, int min, int max, int *out) {
        if (!parser.isSet(name) && parser.value(name).isEmpty())
            return true;
        bool good = false;
        const int value = parser.value(name).toInt(&good);
        if (!good || value < min || value > max) {
            usageError(QStringLiteral("--%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max));
            return false;
        }
        *out = value;
        return true;
    };
    auto doubleOption = [&](const QString &name, double min, double max, double *out) {
        if (!parser.isSet(name) && parser.value(name).isEmpty())
            return true;
        bool good = false;
        const double value = parser.value(name).toDouble(&good);
        if (!good || value < min || value > max) {
            usageError(QStringLiteral("--%1 must be a number from %2 to %3").arg(name).arg(min).arg(max));
            return false;
        }
        *out = value;
        return true;
    };
    int pid = 0;
    if (!intOption(QStringLiteral("customers"), 0, 1'000'000, &config.customers) ||
        !intOption(QStringLiteral("executives"), 0, 10'000, &config.executives) ||
        !intOption(QStringLiteral("chatters"), 0, 1'000'000, &config.chatters) ||
        !intOption(QStringLiteral("session-messages"), 1, 1'000'000, &config.sessionMessages) ||
        !intOption(QStringLiteral("threads"), 1, 64, &config.threads) ||
        !intOption(QStringLiteral("server-pid"), 1, 1 << 30, &pid) ||
        !intOption(QStringLiteral("supervisors"), 0, 10'000, &config.supervisors) ||
        !intOption(QStringLiteral("resumes"), 0, 1'000'000, &config.resumes) ||
        !intOption(QStringLiteral("resume-window"), 1, 100'000, &config.resumeWindow) ||
        !intOption(QStringLiteral("source-addresses"), 1, 250, &config.sourceAddresses) ||
        !intOption(QStringLiteral("login-window"), 1, 10'000, &config.loginWindow) ||
        !doubleOption(QStringLiteral("duration"), 0, 86'400, &config.durationSeconds) ||
        !doubleOption(QStringLiteral("message-rate"), 0, 1e6, &config.messageRate) ||
        !doubleOption(QStringLiteral("ramp"), 1, 1e6, &config.rampPerSecond) ||
        !doubleOption(QStringLiteral("churn-rate"), 0, 1e6, &config.churnPerSecond) ||
        !doubleOption(QStringLiteral("connect-timeout"), 0, 86'400, &config.connectTimeoutSeconds))
        return 2;
    config.serverPid = pid;
    config.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usageError(QStringLiteral("--seed must be a whole number from 0 up"));
    config.execSeed = config.seed;
    if (parser.isSet(QStringLiteral("exec-seed"))) {
        config.execSeed = parser.value(QStringLiteral("exec-seed")).toULongLong(&ok);
        if (!ok)
            return usageError(QStringLiteral("--exec-seed must be a whole number from 0 up"));
    }
    config.execPrefix = parser.value(QStringLiteral("exec-prefix"));
    config.churn = parser.isSet(QStringLiteral("churn"));
    config.quiet = parser.isSet(QStringLiteral("quiet"));
    if (config.resumes > config.customers - config.chatterCount())
        return usageError(QStringLiteral("--resumes can be at most the idle customers (customers - chatters)"));

    if (config.sourceAddresses > 1 && !config.host.startsWith(QLatin1String("127.")))
        return usageError(QStringLiteral("--source-addresses works only with a server on 127.0.0.1"));
    config.runTag = QString::number(QRandomGenerator::system()->generate64() & 0xffff'ffff'ffffull, 36);

    LoadRun run(config);
    return run.run();
}
