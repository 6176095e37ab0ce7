#include "serverapp.h"

#include "admin/accountcommands.h"
#include "admin/demoaccounts.h"
#include "auth/authenticator.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "backend/providerbackend.h"
#include "core/contactcenter.h"
#include "core/serverlog.h"
#include "logwindow.h"
#include "net/servertls.h"
#include "session/servertrust.h"
#include "storage/sqlitestore.h"
#include "util/epolleventdispatcher.h"
#include "util/futures.h"
#include "util/translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

namespace Turno::Server
{

namespace
{

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

// Whether this run needs no window: headless by request, admin commands, help, or no display.
bool runsWithoutWindow(int argc, char **argv)
{
    if (hasArgument(argc, argv, "--headless") || hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h") ||
        hasArgument(argc, argv, "--version"))
        return true;
    for (int i = 1; i < argc; ++i) {
        const QString word = QString::fromLocal8Bit(argv[i]);
        if (Admin::isAccountCommand(word) || word == QLatin1String("demo-accounts") ||
            word == QLatin1String("fingerprint"))
            return true;
    }
    const bool offscreen = qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen");
    return !offscreen && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("turno.sqlite"));
}

// Turns SIGINT and SIGTERM into an orderly quit, so queued database writes are committed.
int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void watchTerminationSignals(QCoreApplication *app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [app] {
        ServerLog::event(QCoreApplication::translate("ServerApp", "Shutting down."));
        app->quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

// Raises the open-file limit to the hard limit (a descriptor per connection); returns the limit
// now in force, and the one before through *before.
rlim_t raiseOpenFileLimit(rlim_t *before)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    *before = limit.rlim_cur;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            return raised.rlim_cur;
    }
    return limit.rlim_cur;
}

int usageError(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    return 2;
}

} // namespace

int runServerApp(int argc, char **argv)
{
    const bool windowless = runsWithoutWindow(argc, argv);
    // Headless, the loop serves thousands of connections: epoll instead of Qt's poll() over all of
    // them (docs/performance.md). The window keeps Qt's dispatcher, which the GUI needs.
    if (windowless)
        EpollEventDispatcher::installForMainThread();
    std::unique_ptr<QCoreApplication> app(windowless ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Turno"));
    QCoreApplication::setApplicationName(QStringLiteral("turno-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TURNO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ServerApp",
        "Turno contact-center server.\n\nAccount commands (the password is read from stdin):\n"
        "  add-customer RUT \"FULL NAME\"\n"
        "  add-executive USERNAME \"FULL NAME\" [--role executive|supervisor] [--services internet,wifi]\n"
        "  add-customers --count N --prefix NAME [--seed S] [--password-cost low|default]\n"
        "  add-executives --count M --prefix NAME [--seed S] [--password-cost low|default] [--supervisors K]\n"
        "  list-accounts\n"
        "  demo-accounts   (prints the demo accounts and their passwords)\n"
        "  fingerprint     (prints the SHA-256 fingerprint of the server's TLS key, for clients to check)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption listenOption(
        QStringLiteral("listen"), QCoreApplication::translate("ServerApp", "Address to listen on (default 127.0.0.1)."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("ServerApp", "TCP port (default 5680; 0 picks a free port and logs it)."),
        QStringLiteral("port"), QStringLiteral("5680"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("ServerApp", "SQLite database file (default %1).").arg(defaultDatabasePath()),
        QStringLiteral("file"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("ServerApp", "Load the demo accounts into an empty database."));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QCoreApplication::translate("ServerApp", "Run without the log window; log to stdout."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("ServerApp", "Language of the log (es, pt_BR, fr, en); default: the system's."),
        QStringLiteral("code"));
    const QCommandLineOption handshakeOption(
        QStringLiteral("handshake-timeout-ms"),
        QCoreApplication::translate("ServerApp", "Time a new connection has to finish the handshake (default 10000)."),
        QStringLiteral("ms"), QStringLiteral("10000"));
    const QCommandLineOption backendDelayOption(
        QStringLiteral("backend-delay-ms"),
        QCoreApplication::translate("ServerApp", "Delay of the simulated provider backend (default 1500)."),
        QStringLiteral("ms"), QStringLiteral("1500"));
    const QCommandLineOption backendFailOption(
        QStringLiteral("backend-fail"),
        QCoreApplication::translate("ServerApp", "Make the simulated provider backend fail with this reason."),
        QStringLiteral("reason"));
    const QCommandLineOption ringTimeoutOption(
        QStringLiteral("ring-timeout"),
        QCoreApplication::translate(
            "ServerApp", "Seconds an offer rings for an executive before it goes to someone else (default 20)."),
        QStringLiteral("seconds"), QStringLiteral("20"));
    const QCommandLineOption resumeGraceOption(
        QStringLiteral("resume-grace"),
        QCoreApplication::translate(
            "ServerApp",
            "Seconds a customer whose connection dropped keeps their place or conversation (default 120)."),
        QStringLiteral("seconds"), QStringLiteral("120"));
    const QCommandLineOption strategyOption(
        QStringLiteral("strategy"),
        QCoreApplication::translate("ServerApp", "Which available executive gets the next customer: longest-idle "
                                                 "(default), round-robin, fewest-answered or ordered."),
        QStringLiteral("name"), QStringLiteral("longest-idle"));
    const QCommandLineOption wrapUpOption(
        QStringLiteral("wrap-up"),
        QCoreApplication::translate("ServerApp",
                                    "Seconds of after-call work after each session before new offers (default 30)."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption missedOffersOption(
        QStringLiteral("missed-offers"),
        QCoreApplication::translate("ServerApp", "Unanswered offers in a row that set an executive Away (default 2)."),
        QStringLiteral("count"), QStringLiteral("2"));
    const QCommandLineOption sessionLimitOption(
        QStringLiteral("session-limit"),
        QCoreApplication::translate("ServerApp",
                                    "Sessions an executive may have at once, counting those on hold (default 2)."),
        QStringLiteral("count"), QStringLiteral("2"));
    const QCommandLineOption invitationTimeoutOption(
        QStringLiteral("invitation-timeout"),
        QCoreApplication::translate("ServerApp",
                                    "Seconds an invitation to a session waits for its answer (default 30)."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption statsIntervalOption(
        QStringLiteral("stats-interval"),
        QCoreApplication::translate("ServerApp",
                                    "Write a [STATS] line to the log every this many seconds (default 0: never)."),
        QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption hashCostOption(
        QStringLiteral("hash-cost"),
        QCoreApplication::translate("ServerApp", "Password hashing cost: default or low (load tests only)."),
        QStringLiteral("cost"), QStringLiteral("default"));
    const QCommandLineOption allowSignupOption(
        QStringLiteral("allow-signup"),
        QCoreApplication::translate("ServerApp",
                                    "Let customers create their own accounts (off by default; --demo turns it on)."));
    const QCommandLineOption plaintextOption(
        QStringLiteral("plaintext"),
        QCoreApplication::translate(
            "ServerApp", "No TLS: for debugging on this machine only (refused on any address but loopback)."));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QCoreApplication::translate(
            "ServerApp",
            "PEM certificate chain (the server's first). Default: a self-signed certificate made beside the database."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          QCoreApplication::translate("ServerApp", "PEM private key of --tls-cert."),
                                          QStringLiteral("file"));
    const QCommandLineOption tokenLifetimeOption(
        QStringLiteral("token-lifetime"),
        QCoreApplication::translate(
            "ServerApp",
            "Seconds a customer may keep resuming after a log-in before logging in again (default 28800)."),
        QStringLiteral("seconds"), QStringLiteral("28800"));
    const QCommandLineOption loginTimeoutOption(
        QStringLiteral("login-timeout"),
        QCoreApplication::translate("ServerApp",
                                    "Seconds a new connection has to log in before it is closed (default 30)."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption maxConnectionsOption(
        QStringLiteral("max-connections"),
        QCoreApplication::translate(
            "ServerApp", "Connections at once (default: the open-file limit, raised to its hard limit, less 64)."),
        QStringLiteral("count"));
    const QCommandLineOption perAddressOption(
        QStringLiteral("max-unauthenticated-per-address"),
        QCoreApplication::translate("ServerApp", "Connections not logged in yet from one address (default 32)."),
        QStringLiteral("count"), QStringLiteral("32"));
    const QCommandLineOption heartbeatIntervalOption(
        QStringLiteral("heartbeat-interval"),
        QCoreApplication::translate("ServerApp",
                                    "Seconds of quiet after which a logged-in app is pinged (default 30)."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption heartbeatTimeoutOption(
        QStringLiteral("heartbeat-timeout"),
        QCoreApplication::translate("ServerApp",
                                    "Seconds of silence after which a logged-in app is disconnected (default 90)."),
        QStringLiteral("seconds"), QStringLiteral("90"));
    const QCommandLineOption rateLimitOption(
        QStringLiteral("rate-limit"),
        QCoreApplication::translate("ServerApp", "How often a kind of request may come: NAME=COUNT/UNIT[:BURST] (UNIT "
                                                 "s, min or h) or NAME=off; repeat for several. Defaults: %1.")
            .arg(RateLimits::defaults().describe()),
        QStringLiteral("rule"));
    const QCommandLineOption hashQueueOption(
        QStringLiteral("hash-queue"),
        QCoreApplication::translate("ServerApp", "Password checks and hashes waiting at once; beyond them log-ins and "
                                                 "sign-ups are told to try again (default %1).")
            .arg(Auth::PasswordHasher::kDefaultQueueLimit),
        QStringLiteral("count"), QString::number(Auth::PasswordHasher::kDefaultQueueLimit));
    const QCommandLineOption retentionOption(
        QStringLiteral("request-log-retention"),
        QCoreApplication::translate("ServerApp",
                                    "Days the request log keeps a row (default 400; 0 keeps them forever)."),
        QStringLiteral("days"), QStringLiteral("400"));
    const QCommandLineOption repeatsOption(
        QStringLiteral("collapse-repeats"),
        QCoreApplication::translate(
            "ServerApp", "Seconds in which the same log line or request-log row is written five times at most; the "
                         "rest are counted in one \"… N more like this\" (default 60; 0 writes every one)."),
        QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption pendingWriteOption(
        QStringLiteral("max-pending-write"),
        QCoreApplication::translate("ServerApp", "KiB that may wait to be sent to one app before it counts as not "
                                                 "reading and is disconnected (default 4096)."),
        QStringLiteral("KiB"), QStringLiteral("4096"));
    for (const auto &option : {pendingWriteOption,
                               repeatsOption,
                               rateLimitOption,
                               hashQueueOption,
                               retentionOption,
                               heartbeatIntervalOption,
                               heartbeatTimeoutOption,
                               loginTimeoutOption,
                               maxConnectionsOption,
                               perAddressOption,
                               plaintextOption,
                               tlsCertOption,
                               tlsKeyOption,
                               tokenLifetimeOption,
                               listenOption,
                               portOption,
                               databaseOption,
                               demoOption,
                               headlessOption,
                               langOption,
                               handshakeOption,
                               backendDelayOption,
                               backendFailOption,
                               hashCostOption,
                               ringTimeoutOption,
                               resumeGraceOption,
                               wrapUpOption,
                               missedOffersOption,
                               strategyOption,
                               sessionLimitOption,
                               invitationTimeoutOption,
                               statsIntervalOption,
                               allowSignupOption})
        parser.addOption(option);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("ServerApp", "An account command (see above); none starts the server."),
        QStringLiteral("[command [arguments...]]"));
    parser.process(*app);

    installTranslator(*app, parser.value(langOption));

    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == QLatin1String("demo-accounts")) {
        // One account a line: kind, id, password, full name (scripts read the first three).
        QTextStream out(stdout);
        for (const Admin::DemoAccount &account : Admin::demoAccounts())
            out << account.kind.leftJustified(10) << ' ' << account.id.leftJustified(13) << ' '
                << account.password.leftJustified(14) << ' ' << account.fullName << '\n';
        return 0;
    }

    bool ok = false;
    ServerConfig config;
    config.listenAddress = QHostAddress(parser.value(listenOption));
    if (config.listenAddress.isNull())
        return usageError(
            QCoreApplication::translate("ServerApp", "Invalid --listen address: %1").arg(parser.value(listenOption)));
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(QCoreApplication::translate("ServerApp", "Invalid --port: %1 (use 0 to 65535)")
                              .arg(parser.value(portOption)));
    config.port = quint16(port);
    config.allowSignup = parser.isSet(allowSignupOption) || parser.isSet(demoOption);
    config.handshakeTimeoutMs = parser.value(handshakeOption).toInt(&ok);
    if (!ok || config.handshakeTimeoutMs <= 0)
        return usageError(QCoreApplication::translate("ServerApp", "Invalid --handshake-timeout-ms: %1")
                              .arg(parser.value(handshakeOption)));
    const double ringSeconds = parser.value(ringTimeoutOption).toDouble(&ok);
    if (!ok || ringSeconds <= 0 || ringSeconds > 3600)
        return usageError(
            QCoreApplication::translate("ServerApp", "Invalid --ring-timeout: %1 (use seconds from 0.1 to 3600)")
                .arg(parser.value(ringTimeoutOption)));
    config.ringTimeoutMs = int(ringSeconds * 1000);
    const double graceSeconds = parser.value(resumeGraceOption).toDouble(&ok);
    if (!ok || graceSeconds < 0 || graceSeconds > Protocol::Limits::MaxResumeGraceSeconds)
        return usageError(
            QCoreApplication::translate("ServerApp", "Invalid --resume-grace: %1 (use seconds from 0 to 86400)")
                .arg(parser.value(resumeGraceOption)));
    config.resumeGraceMs = int(graceSeconds * 1000);
    const auto strategy = Routing::strategyFromName(parser.value(strategyOption));
    if (!strategy)
        return usageError(
            QCoreApplication::translate(
                "ServerApp", "Invalid --strategy: %1 (use longest-idle, round-robin, fewest-answered or ordered)")
                .arg(parser.value(strategyOption)));
    config.strategy = *strategy;
    const double wrapUpSeconds = parser.value(wrapUpOption).toDouble(&ok);
    if (!ok || wrapUpSeconds < 0 || wrapUpSeconds > 3600)
        return usageError(QCoreApplication::translate("ServerApp", "Invalid --wrap-up: %1 (use seconds from 0 to 3600)")
                              .arg(parser.value(wrapUpOption)));
    config.wrapUpMs = int(wrapUpSeconds * 1000);
    config.missedOffersLimit = parser.value(missedOffersOption).toInt(&ok);
    if (!ok || config.missedOffersLimit < 1 || config.missedOffersLimit > 100)
        return usageError(QCoreApplication::translate("ServerApp", "Invalid --missed-offers: %1 (use 1 to 100)")
                              .arg(parser.value(missedOffersOption)));
    config.sessionLimit = parser.value(sessionLimitOption).toInt(&ok);
    if (!ok || config.sessionLimit < 1 || config.sessionLimit > 10)
        return usageError(QCoreApplication::translate("ServerApp", "Invalid --session-limit: %1 (use 1 to 10)")
                              .arg(parser.value(sessionLimitOption)));
    const double invitationSeconds = parser.value(invitationTimeoutOption).toDouble(&ok);
    if (!ok || invitationSeconds <= 0 || invitationSeconds > 3600)
        return usageError(
            QCoreApplication::translate("ServerApp", "Invalid --invitation-timeout: %1 (use seconds from 0.1 to 3600)")
                .arg(parser.value(invitationTimeoutOption)));
    config.invitationTimeoutMs = int(invitationSeconds * 1000);
    const double statsSeconds = parser.value(statsIntervalOption).toDouble(&ok);
    if (!ok || statsSeconds < 0 || statsSeconds > 86400)
        return usageError(
            QCoreApplication::translate("ServerApp", "Invalid --stats-interval: %1 (use seconds from 0 to 86400)")
                .arg(parser.value(statsIntervalOption)));
    config.statsIntervalMs = int(statsSeconds * 1000);
    const double pingSeconds = parser.value(heartbeatIntervalOption).toDouble(&ok);
    const double silenceSeconds = ok ? parser.value(heartbeatTimeoutOption).toDouble(&ok) : 0;
    if (!ok || pingSeconds < 0.05 || pingSeconds > 3600 || silenceSeconds <= pingSeconds || silenceSeconds > 86400)
        return usageError(QCoreApplication::translate(
                              "ServerApp", "Invalid --heartbeat-interval or --heartbeat-timeout: %1 and %2 (the "
                                           "timeout must be longer than the interval; seconds up to 3600 and 86400)")
                              .arg(parser.value(heartbeatIntervalOption), parser.value(heartbeatTimeoutOption)));
    config.heartbeatIntervalMs = int(pingSeconds * 1000);
    config.heartbeatTimeoutMs = int(silenceSeconds * 1000);
    const double loginSeconds = parser.value(loginTimeoutOption).toDouble(&ok);
    if (!ok || loginSeconds <= 0 || loginSeconds > 3600)
        return usageError(
            QCoreApplication::translate("ServerApp", "Invalid --login-timeout: %1 (use seconds from 0.1 to 3600)")
                .arg(parser.value(loginTimeoutOption)));
    config.loginTimeoutMs = int(loginSeconds * 1000);
    config.maxUnauthenticatedPerAddress = parser.value(perAddressOption).toInt(&ok);
    if (!ok || config.maxUnauthenticatedPerAddress < 1 || config.maxUnauthenticatedPerAddress > 100'000)
        return usageError(
            QCoreApplication::translate("ServerApp", "Invalid --max-unauthenticated-per-address: %1 (use 1 to 100000)")
                .arg(parser.value(perAddressOption)));
    if (parser.isSet(maxConnectionsOption)) {
        config.maxConnections = parser.value(maxConnectionsOption).toInt(&ok);
        if (!ok || config.maxConnections < 1 || config.maxConnections > 10'000'000)
            return usageError(
                QCoreApplication::translate("ServerApp", "Invalid --max-connections: %1 (use 1 to 10000000)")
                    .arg(parser.value(maxConnectionsOption)));
    }
    for (const QString &rule : parser.values(rateLimitOption)) {
        QString ruleError;
        if (!config.rateLimits.apply(rule, &ruleError))
            return usageError(QCoreApplication::translate("ServerApp", "Invalid --rate-limit: %1").arg(ruleError));
    }
    const int pendingWriteKiB = parser.value(pendingWriteOption).toInt(&ok);
    if (!ok || pendingWriteKiB < 128 || pendingWriteKiB > 1024 * 1024)
        return usageError(
            QCoreApplication::translate("ServerApp", "Invalid --max-pending-write: %1 (use KiB from 128 to 1048576)")
                .arg(parser.value(pendingWriteOption)));
    config.limits.maxPendingWrite = qint64(pendingWriteKiB) * 1024;
    const double repeatSeconds = parser.value(repeatsOption).toDouble(&ok);
    if (!ok || repeatSeconds < 0 || repeatSeconds > 86400)
        return usageError(
            QCoreApplication::translate("ServerApp", "Invalid --collapse-repeats: %1 (use seconds from 0 to 86400)")
                .arg(parser.value(repeatsOption)));
    config.repeatWindowMs = int(repeatSeconds * 1000);
    const int hashQueue = parser.value(hashQueueOption).toInt(&ok);
    if (!ok || hashQueue < 1 || hashQueue > 100'000)
        return usageError(QCoreApplication::translate("ServerApp", "Invalid --hash-queue: %1 (use 1 to 100000)")
                              .arg(parser.value(hashQueueOption)));
    config.requestLogRetentionDays = parser.value(retentionOption).toInt(&ok);
    if (!ok || config.requestLogRetentionDays < 0 || config.requestLogRetentionDays > 100 * 366)
        return usageError(
            QCoreApplication::translate("ServerApp", "Invalid --request-log-retention: %1 (use days from 0 to 36600)")
                .arg(parser.value(retentionOption)));
    const double tokenSeconds = parser.value(tokenLifetimeOption).toDouble(&ok);
    if (!ok || tokenSeconds <= 0 || tokenSeconds > 30 * 86400)
        return usageError(
            QCoreApplication::translate("ServerApp", "Invalid --token-lifetime: %1 (use seconds from 1 to 2592000)")
                .arg(parser.value(tokenLifetimeOption)));
    config.tokenLifetimeMs = qint64(tokenSeconds * 1000);
    config.plaintext = parser.isSet(plaintextOption);
    if (config.plaintext && (parser.isSet(tlsCertOption) || parser.isSet(tlsKeyOption)))
        return usageError(
            QCoreApplication::translate("ServerApp", "--plaintext cannot be combined with --tls-cert or --tls-key."));
    if (config.plaintext && !config.listenAddress.isLoopback())
        return usageError(QCoreApplication::translate(
                              "ServerApp", "--plaintext listens only on a loopback address (127.0.0.1 or ::1), never "
                                           "on %1: without TLS, passwords would cross the network in clear.")
                              .arg(config.listenAddress.toString()));
    const int backendDelay = parser.value(backendDelayOption).toInt(&ok);
    if (!ok || backendDelay < 0)
        return usageError(QCoreApplication::translate("ServerApp", "Invalid --backend-delay-ms: %1")
                              .arg(parser.value(backendDelayOption)));
    const QString costName = parser.value(hashCostOption);
    if (costName != QLatin1String("default") && costName != QLatin1String("low"))
        return usageError(
            QCoreApplication::translate("ServerApp", "Invalid --hash-cost: %1 (use default or low)").arg(costName));

    const bool headless = windowless;
    // Account commands keep stdout for their own output; the server logs there when headless.
    ServerLog::install(headless && positional.isEmpty());
    ServerLog::setRepeatWindowMs(config.repeatWindowMs);

    const QString databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption) : defaultDatabasePath();
    QString error;
    // The TLS identity comes before the database, so `fingerprint` works on a server never started.
    std::optional<TlsIdentity> identity;
    const bool fingerprintCommand = positional.value(0) == QLatin1String("fingerprint");
    if ((!config.plaintext && positional.isEmpty()) || fingerprintCommand) {
        identity = loadTlsIdentity(parser.value(tlsCertOption), parser.value(tlsKeyOption), databasePath, &error);
        if (!identity) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        config.tls = identity->configuration;
    }
    if (fingerprintCommand) {
        QTextStream(stdout) << "SHA256:" << ServerTrust::formatFingerprint(identity->fingerprint) << '\n';
        return 0;
    }
    std::unique_ptr<Storage::SqliteStore> store = Storage::SqliteStore::open(databasePath, &error);
    if (!store) {
        QTextStream(stderr)
            << QCoreApplication::translate("ServerApp", "Cannot open the database %1: %2").arg(databasePath, error)
            << '\n';
        return 1;
    }

    if (!positional.isEmpty()) {
        if (!Admin::isAccountCommand(positional.first()))
            return usageError(
                QCoreApplication::translate("ServerApp", "Unknown command: %1 (see --help)").arg(positional.first()));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Admin::runAccountCommand(*store, positional, out, err);
    }

    if (headless && !parser.isSet(headlessOption))
        qCWarning(lcNet) << "no display found: running headless";

    // A descriptor per connection: take all the system allows, keep some for the database and
    // logs, and never accept more connections than there are descriptors for.
    rlim_t before = 0;
    const rlim_t openFiles = raiseOpenFileLimit(&before);
    const int descriptorsForConnections = int(qMin<rlim_t>(openFiles, 10'000'000)) - 64;
    if (!parser.isSet(maxConnectionsOption) || config.maxConnections > descriptorsForConnections)
        config.maxConnections = qMax(16, descriptorsForConnections);
    config.reservedForLoggedIn = qMax(8, config.maxConnections / 10);
    ServerLog::event(
        openFiles > before
            ? QCoreApplication::translate("ServerApp", "Open-file limit %1 (raised from %2): up to %3 connections.")
                  .arg(openFiles)
                  .arg(before)
                  .arg(config.maxConnections)
            : QCoreApplication::translate("ServerApp", "Open-file limit %1: up to %2 connections.")
                  .arg(openFiles)
                  .arg(config.maxConnections));

    Auth::PasswordHasher hasher(costName == QLatin1String("low") ? Auth::HashCost::low() : Auth::HashCost::defaults());
    hasher.setQueueLimit(hashQueue);
    Auth::LoginThrottle throttle;
    Auth::Authenticator authenticator(*store, hasher, throttle);
    SimulatedBackend backend(backendDelay);
    if (parser.isSet(backendFailOption))
        backend.setFailure(parser.value(backendFailOption));
    ContactCenter center(*store, authenticator, backend, config);

    std::unique_ptr<LogWindow> window;
    if (!headless) {
        window = std::make_unique<LogWindow>(center, databasePath);
        window->show();
    }
    ServerLog::event(
        QCoreApplication::translate("ServerApp", "Database %1.").arg(QDir::toNativeSeparators(databasePath)));
    if (identity) {
        if (identity->created)
            ServerLog::event(QCoreApplication::translate("ServerApp", "Created a self-signed certificate: %1.")
                                 .arg(QDir::toNativeSeparators(identity->certificatePath)));
        ServerLog::event(QCoreApplication::translate("ServerApp", "TLS key fingerprint (SHA-256): %1")
                             .arg(ServerTrust::formatFingerprint(identity->fingerprint)));
    }

    qCInfo(lcNet).noquote() << "rate limits:" << config.rateLimits.describe();
    watchTerminationSignals(app.get());

    auto start = [&center, &app] {
        QString listenError;
        if (!center.listen(&listenError)) {
            qCCritical(lcNet).noquote() << listenError;
            app->exit(1);
        }
    };
    if (parser.isSet(demoOption)) {
        Util::whenFinished(Admin::loadDemoAccounts(*store, hasher), app.get(), [start](int added) {
            if (added > 0)
                ServerLog::event(
                    added == 1 ? QCoreApplication::translate("ServerApp", "Loaded 1 demo account.")
                               : QCoreApplication::translate("ServerApp", "Loaded %n demo accounts.", nullptr, added));
            start();
        });
    } else {
        start();
    }
    return app->exec();
}

} // namespace Turno::Server
