// The command line both apps share: --cli, --server, --lang, --help and --version, read before
// any window exists so that usage errors and --help work without a display.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Turno
{

struct AppOptions {
    bool terminal = false;
    QString server; // empty when --server was not given
    QString language;
    bool plaintext = false;        // --plaintext
    QByteArray trustedFingerprint; // --trust-fingerprint, parsed
};

// What differs between the apps: their name and the two translated sentences of --help.
struct AppDescription {
    QString program;             // "turno-client"
    QString description;         // the first line of --help
    QString terminalDescription; // what --cli does
};

class AppCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Turno::AppCommandLine)
public:
    // Whether the arguments call for a window (so a QApplication), judged from argv alone.
    static bool needsWindow(int argc, char **argv);
    // Whether a window could be shown here (a display, or a platform such as offscreen chosen).
    static bool displayAvailable();
    // After parse(): a window was asked for where none can be shown. Prints why and returns 2;
    // returns -1 when all is well.
    static int refuseWithoutDisplay(const AppDescription &app, const AppOptions &options, bool haveWindow);
    // The --lang value, found before the translator is installed (so --help is translated).
    static QString languageIn(const QStringList &arguments);
    // Fills options, and the TransportPolicy::defaults() every session of the app uses; returns -1 to go on, or the
    // exit code when the program should stop now (0 after --help/--version, 2 after a usage error, with the message
    // printed).
    static int parse(const QStringList &arguments, const AppDescription &app, AppOptions *options);
};

} // namespace Turno
