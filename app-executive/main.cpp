// turno-executive: the executive's desk window, or with --cli the same work with :commands.
#include "executiveterminal.h"
#include "executivewindow.h"
#include "util/appcommandline.h"
#include "util/translation.h"

#include <QApplication>
#include <memory>

int main(int argc, char *argv[])
{
    using namespace Turno;
    QCoreApplication::setOrganizationName(QStringLiteral("Turno"));
    QCoreApplication::setApplicationName(QStringLiteral("turno-executive"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TURNO_VERSION));
    // The terminal mode and --help must work without a display.
    std::unique_ptr<QCoreApplication> app =
        AppCommandLine::needsWindow(argc, argv) && AppCommandLine::displayAvailable()
            ? std::make_unique<QApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    installTranslator(*app, AppCommandLine::languageIn(app->arguments()));
    // The two sentences of --help that are this app's own (their context keeps the translations).
    const AppDescription description{
        QStringLiteral("turno-executive"),
        QCoreApplication::translate("Turno::ExecutiveCommandLine",
                                    "Turno for executives: see the customers connected and attend them."),
        QCoreApplication::translate("Turno::ExecutiveCommandLine",
                                    "Work in this terminal with :commands, without a window.")};
    AppOptions options;
    if (const int exitCode = AppCommandLine::parse(app->arguments(), description, &options); exitCode >= 0)
        return exitCode;
    const bool haveWindow = qobject_cast<QApplication *>(app.get()) != nullptr;
    if (const int exitCode = AppCommandLine::refuseWithoutDisplay(description, options, haveWindow); exitCode >= 0)
        return exitCode;

    if (options.terminal) {
        ExecutiveTerminal terminal(options.server.isEmpty() ? QStringLiteral("127.0.0.1:5680") : options.server);
        QObject::connect(&terminal, &ExecutiveTerminal::finished, app.get(), &QCoreApplication::exit);
        terminal.start();
        return app->exec();
    }
    ExecutiveWindow window(options.server);
    window.show();
    return app->exec();
}
