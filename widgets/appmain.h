// What both apps' main() do: name the application, make a window application when a window is
// asked for and can be shown (a terminal one otherwise, so --cli and --help work without a
// display), install the translation, read the command line, then run the terminal mode (--cli)
// or the window, each made from the server address.
#pragma once

#include "util/appcommandline.h"

#include <QCoreApplication>
#include <memory>

namespace Turno
{

// The app's name and its two sentences of --help, untranslated (QT_TRANSLATE_NOOP in context).
struct AppMainText {
    const char *program;      // "turno-client"
    const char *context;      // "Turno::ClientCommandLine"
    const char *summary;      // the first line of --help
    const char *terminalHelp; // what --cli does
};

// Everything up to running: the application in *app and the options in *options. Returns -1 to
// go on, or the exit code when the program should stop (after --help, a usage error, no display).
int startApp(int &argc, char **argv, const AppMainText &text, std::unique_ptr<QCoreApplication> *app,
             AppOptions *options);

// The address the terminal mode uses when --server was not given.
QString defaultServer();

template <typename Terminal, typename Window> int runApp(int &argc, char **argv, const AppMainText &text)
{
    std::unique_ptr<QCoreApplication> app;
    AppOptions options;
    if (const int exitCode = startApp(argc, argv, text, &app, &options); exitCode >= 0)
        return exitCode;
    if (options.terminal) {
        Terminal terminal(options.server.isEmpty() ? defaultServer() : options.server);
        QObject::connect(&terminal, &Terminal::finished, app.get(), &QCoreApplication::exit);
        terminal.start();
        return app->exec();
    }
    Window window(options.server);
    window.show();
    return app->exec();
}

} // namespace Turno
