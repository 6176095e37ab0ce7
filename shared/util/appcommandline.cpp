#include "util/appcommandline.h"

#include "session/clientsession.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

namespace Turno
{

namespace
{

const QString LangOption = QStringLiteral("lang");

bool isKnownLanguage(const QString &code)
{
    const QLocale::Language language = QLocale(code).language();
    return language == QLocale::Spanish || language == QLocale::Portuguese || language == QLocale::French ||
           language == QLocale::English;
}

void printTo(FILE *stream, const QString &text)
{
    QTextStream out(stream);
    out << text;
    if (!text.endsWith(QLatin1Char('\n')))
        out << '\n';
}

} // namespace

bool AppCommandLine::needsWindow(int argc, char **argv)
{
    // Same options as parse(), so a usage error is reported even where no display exists.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.addOptions({QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}),
                       QCommandLineOption(QStringList{QStringLiteral("v"), QStringLiteral("version")}),
                       QCommandLineOption(QStringLiteral("cli")),
                       QCommandLineOption(QStringLiteral("server"), QString(), QStringLiteral("address")),
                       QCommandLineOption(LangOption, QString(), QStringLiteral("code")),
                       QCommandLineOption(QStringLiteral("plaintext")),
                       QCommandLineOption(QStringLiteral("trust-fingerprint"), QString(), QStringLiteral("hex"))});
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty())
        return false;
    return !parser.isSet(QStringLiteral("cli")) && !parser.isSet(QStringLiteral("help")) &&
           !parser.isSet(QStringLiteral("version"));
}

bool AppCommandLine::displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int AppCommandLine::refuseWithoutDisplay(const AppDescription &app, const AppOptions &options, bool haveWindow)
{
    if (options.terminal || haveWindow)
        return -1;
    printTo(
        stderr,
        tr("%1: no display was found, so no window can open. Use --cli to work in this terminal.").arg(app.program));
    return 2;
}

QString AppCommandLine::languageIn(const QStringList &arguments)
{
    const QString prefix = QStringLiteral("--lang=");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(prefix))
            return arguments.at(i).mid(prefix.size());
    }
    return {};
}

int AppCommandLine::parse(const QStringList &arguments, const AppDescription &app, AppOptions *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(app.description);
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help and exit."));
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                           tr("Show the version and exit."));
    const QCommandLineOption cliOption(QStringLiteral("cli"), app.terminalDescription);
    const QCommandLineOption serverOption(
        QStringLiteral("server"), tr("The support server as host:port (default: 127.0.0.1:5680)."), tr("host:port"));
    const QCommandLineOption langOption(LangOption,
                                        tr("The language to use: es, pt_BR, fr or en (default: the "
                                           "system's)."),
                                        tr("code"));
    const QCommandLineOption plaintextOption(
        QStringLiteral("plaintext"),
        tr("Connect without encryption, to a server started with --plaintext on this machine (debugging only)."));
    const QCommandLineOption trustOption(
        QStringLiteral("trust-fingerprint"),
        tr("Trust the server whose key has this SHA-256 fingerprint (as \"turno-server "
           "fingerprint\" prints it) without asking, and remember it."),
        tr("hex"));
    parser.addOptions({helpOption, versionOption, cliOption, serverOption, langOption, plaintextOption, trustOption});

    const QString &program = app.program;
    if (!parser.parse(arguments)) {
        printTo(stderr, tr("%1: %2\nRun \"%1 --help\" to see the options.").arg(program, parser.errorText()));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        printTo(stdout, parser.helpText());
        return 0;
    }
    if (parser.isSet(versionOption)) {
        printTo(stdout, QStringLiteral("%1 %2").arg(program, QCoreApplication::applicationVersion()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printTo(stderr, tr("%1: unexpected argument \"%2\".\nRun \"%1 --help\" to see the options.")
                            .arg(program, parser.positionalArguments().constFirst()));
        return 2;
    }
    if (parser.isSet(serverOption)) {
        QString host;
        quint16 port = 0;
        QString error;
        if (!parseServerAddress(parser.value(serverOption), &host, &port, &error)) {
            printTo(stderr, tr("%1: invalid --server \"%2\". %3").arg(program, parser.value(serverOption), error));
            return 2;
        }
        options->server = parser.value(serverOption).trimmed();
    }
    if (parser.isSet(langOption) && !isKnownLanguage(parser.value(langOption))) {
        printTo(stderr,
                tr("%1: unknown language \"%2\". Choose es, pt_BR, fr or en.").arg(program, parser.value(langOption)));
        return 2;
    }
    if (parser.isSet(trustOption)) {
        options->trustedFingerprint = ServerTrust::parseFingerprint(parser.value(trustOption));
        if (options->trustedFingerprint.isEmpty()) {
            printTo(stderr,
                    tr("%1: invalid --trust-fingerprint \"%2\": give the 64 hexadecimal digits that \"turno-server "
                       "fingerprint\" prints (colons are optional).")
                        .arg(program, parser.value(trustOption)));
            return 2;
        }
    }
    options->plaintext = parser.isSet(plaintextOption);
    if (options->plaintext && !options->trustedFingerprint.isEmpty()) {
        printTo(stderr, tr("%1: --plaintext and --trust-fingerprint exclude each other.").arg(program));
        return 2;
    }
    if (options->plaintext)
        printTo(stderr, ServerKey::plaintextWarning());
    TransportPolicy::defaults().plaintext = options->plaintext;
    TransportPolicy::defaults().trustedFingerprint = options->trustedFingerprint;
    options->terminal = parser.isSet(cliOption);
    options->language = parser.value(langOption);
    return -1;
}

} // namespace Turno
