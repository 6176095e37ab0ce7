// turno-client's command line: --cli, --server, --lang, --help and --version, read before any
// window exists (a terminal session or --help must not need a display).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Turno
{

struct ClientOptions {
    bool terminal = false;
    QString server; // empty when --server was not given
    QString language;
};

class ClientCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Turno::ClientCommandLine)
public:
    // Whether the arguments call for a window (so a QApplication), judged from argv alone.
    static bool needsWindow(int argc, char **argv);
    // The --lang value, found before the translator is installed (so --help is translated).
    static QString languageIn(const QStringList &arguments);
    // Fills options; returns -1 to go on, or the exit code when the program should stop now
    // (0 after --help/--version, 2 after a usage error, with the message printed).
    static int parse(const QStringList &arguments, ClientOptions *options);
};

} // namespace Turno
