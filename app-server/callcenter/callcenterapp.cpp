#include "callcenter/callcenterapp.h"

#include "callcenter/consoleoutput.h"
#include "callcenter/interpreter.h"
#include "callcenter/localconsole.h"
#include "callcenter/queueserver.h"
#include "routing/routingengine.h"
#include "util/translation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <memory>
#include <sys/resource.h>

namespace Turno::CallCenter
{

namespace
{

constexpr int BadUsage = 2;

class CallCenterApp
{
    Q_DECLARE_TR_FUNCTIONS(CallCenterApp)
public:
    static QString badOperators(const QString &value)
    {
        return tr("Invalid --operators \"%1\": give distinct ids separated by commas, such as A,B.").arg(value);
    }
    static QString badTimeout(const QString &value)
    {
        return tr("Invalid --ring-timeout \"%1\": give a number of seconds, 0 or more.").arg(value);
    }
    static QString badStrategy(const QString &value, const QString &names)
    {
        return tr("Unknown --strategy \"%1\": choose one of %2.").arg(value, names);
    }
    static QString badPort(const QString &value)
    {
        return tr("Invalid --port \"%1\": give a number from 0 to 65535.").arg(value);
    }
    static QString badListen(const QString &value)
    {
        return tr("Invalid --listen \"%1\": give an IP address such as 127.0.0.1.").arg(value);
    }
    static QString badConnect(const QString &value)
    {
        return tr("Invalid --connect \"%1\": give HOST:PORT, such as 127.0.0.1:5678.").arg(value);
    }
    static QString unexpectedArgument(const QString &argument)
    {
        return tr("Unexpected argument \"%1\"; see --help.").arg(argument);
    }
    static QString serveAndConnect() { return tr("Choose either --serve or --connect, not both."); }
    static QString serverOnly(const QString &option)
    {
        return tr("%1 is a setting of the queue server; give it to --serve, not to --connect.").arg(option);
    }
    static QString serveOnly(const QString &option) { return tr("%1 only applies with --serve.").arg(option); }
    static QString description()
    {
        return tr("Call-center queue console: routes calls to operators. Reads call, answer, reject, hangup, "
                  "help and quit commands from standard input.");
    }
};

// --lang is needed before the parser is built, so that --help comes out translated too.
QString langFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

std::optional<QStringList> parseOperators(const QString &value)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    QStringList ids;
    QSet<QString> seen;
    for (const QString &part : value.split(QLatin1Char(','))) {
        const QString id = part.trimmed();
        if (id.isEmpty() || id.size() > Routing::MaxIdLength || id.contains(space) || seen.contains(id))
            return std::nullopt;
        seen.insert(id);
        ids.append(id);
    }
    return ids;
}

std::optional<qint64> parseTimeoutMs(const QString &value)
{
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 1e9)
        return std::nullopt;
    const qint64 ms = qint64(std::llround(seconds * 1000));
    return seconds > 0 && ms == 0 ? 1 : ms; // a tiny positive timeout still times out
}

std::optional<quint16> parsePort(const QString &value)
{
    bool ok = false;
    const uint port = value.toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    return quint16(port);
}

// 1,000 interpreters need more descriptors than the usual soft limit of 1,024.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

int fail(const QString &message)
{
    printErr(message);
    return BadUsage;
}

} // namespace

int runCallCenter(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("turno-callcenter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TURNO_VERSION));
    installTranslator(app, langFromArguments(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(CallCenterApp::description());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption operatorsOption(QStringLiteral("operators"),
                                             CallCenterApp::tr("Operator ids, in order, separated by commas."),
                                             QStringLiteral("ids"), QStringLiteral("A,B"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("ring-timeout"),
        CallCenterApp::tr("Seconds a call may ring before it is offered on (fractions allowed; 0 disables)."),
        QStringLiteral("seconds"), QStringLiteral("10"));
    QStringList names;
    for (Routing::StrategyKind kind : Routing::allStrategies())
        names.append(Routing::strategyName(kind));
    const QCommandLineOption strategyOption(
        QStringLiteral("strategy"), CallCenterApp::tr("How an available operator is chosen: %1.").arg(names.join(", ")),
        QStringLiteral("name"), QStringLiteral("ordered"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        CallCenterApp::tr("Language of the messages, such as pt_BR, es or fr."),
                                        QStringLiteral("locale"));
    const QCommandLineOption serveOption(QStringLiteral("serve"), CallCenterApp::tr("Run as the queue server."));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        CallCenterApp::tr("Port to listen on with --serve (0 picks a free one)."),
                                        QStringLiteral("port"), QStringLiteral("5678"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          CallCenterApp::tr("Address to listen on with --serve."),
                                          QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption connectOption(QStringLiteral("connect"),
                                           CallCenterApp::tr("Send the commands to a queue server."),
                                           QStringLiteral("host:port"));
    parser.addOptions({operatorsOption, timeoutOption, strategyOption, langOption, serveOption, portOption,
                       listenOption, connectOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(CallCenterApp::unexpectedArgument(parser.positionalArguments().first()));

    const bool serve = parser.isSet(serveOption);
    const bool connectMode = parser.isSet(connectOption);
    if (serve && connectMode)
        return fail(CallCenterApp::serveAndConnect());
    for (const QCommandLineOption *option : {&portOption, &listenOption}) {
        if (!serve && parser.isSet(*option))
            return fail(CallCenterApp::serveOnly(QStringLiteral("--") + option->names().first()));
    }

    if (connectMode) {
        for (const QCommandLineOption *option : {&operatorsOption, &timeoutOption, &strategyOption}) {
            if (parser.isSet(*option))
                return fail(CallCenterApp::serverOnly(QStringLiteral("--") + option->names().first()));
        }
        const QString target = parser.value(connectOption);
        const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
        QString host = target.left(colon);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        const auto port = colon > 0 ? parsePort(target.mid(colon + 1)) : std::nullopt;
        if (host.isEmpty() || !port || *port == 0)
            return fail(CallCenterApp::badConnect(target));
        Interpreter interpreter(host, *port);
        interpreter.start();
        return app.exec();
    }

    const auto operators = parseOperators(parser.value(operatorsOption));
    if (!operators)
        return fail(CallCenterApp::badOperators(parser.value(operatorsOption)));
    const auto timeoutMs = parseTimeoutMs(parser.value(timeoutOption));
    if (!timeoutMs)
        return fail(CallCenterApp::badTimeout(parser.value(timeoutOption)));
    const auto strategy = Routing::strategyFromName(parser.value(strategyOption));
    if (!strategy)
        return fail(CallCenterApp::badStrategy(parser.value(strategyOption), names.join(QStringLiteral(", "))));
    const Routing::RoutingSettings settings{*timeoutMs, *strategy};

    if (serve) {
        const auto port = parsePort(parser.value(portOption));
        if (!port)
            return fail(CallCenterApp::badPort(parser.value(portOption)));
        const QHostAddress address(parser.value(listenOption));
        if (address.isNull())
            return fail(CallCenterApp::badListen(parser.value(listenOption)));
        raiseDescriptorLimit();
        QueueServer server(*operators, settings);
        if (!server.listen(address, *port))
            return 1;
        return app.exec();
    }

    LocalConsole console(*operators, settings);
    console.start();
    return app.exec();
}

} // namespace Turno::CallCenter
