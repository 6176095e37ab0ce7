// turno-executive's command line: --cli, --server, --lang, --help and --version, read before any
// window exists (a terminal session or --help must not need a display).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Turno
{

struct ExecutiveOptions {
    bool terminal = false;
    QString server; // empty when --server was not given
    QString language;
};

class ExecutiveCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Turno::ExecutiveCommandLine)
public:
    // Whether the arguments call for a window (so a QApplication), judged from argv alone.
    static bool needsWindow(int argc, char **argv);
    // The --lang value, found before the translator is installed (so --help is translated).
    static QString languageIn(const QStringList &arguments);
    // Fills options; returns -1 to go on, or the exit code when the program should stop now
    // (0 after --help/--version, 2 after a usage error, with the message printed).
    static int parse(const QStringList &arguments, ExecutiveOptions *options);
};

} // namespace Turno
