// turno-client: the customer's window, or with --cli the same dialog in the terminal.
#include "clientterminal.h"
#include "clientwindow.h"
#include "util/appcommandline.h"
#include "util/translation.h"

#include <QApplication>
#include <memory>

int main(int argc, char *argv[])
{
    using namespace Turno;
    QCoreApplication::setOrganizationName(QStringLiteral("Turno"));
    QCoreApplication::setApplicationName(QStringLiteral("turno-client"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TURNO_VERSION));
    // The terminal mode and --help must work without a display.
    std::unique_ptr<QCoreApplication> app =
        AppCommandLine::needsWindow(argc, argv) && AppCommandLine::displayAvailable()
            ? std::make_unique<QApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    installTranslator(*app, AppCommandLine::languageIn(app->arguments()));
    // The two sentences of --help that are this app's own (their context keeps the translations).
    const AppDescription description{
        QStringLiteral("turno-client"),
        QCoreApplication::translate(
            "Turno::ClientCommandLine",
            "Turno customer support: restart your internet service and get help from an executive."),
        QCoreApplication::translate("Turno::ClientCommandLine",
                                    "Talk to the assistant in this terminal, without a window.")};
    AppOptions options;
    if (const int exitCode = AppCommandLine::parse(app->arguments(), description, &options); exitCode >= 0)
        return exitCode;
    const bool haveWindow = qobject_cast<QApplication *>(app.get()) != nullptr;
    if (const int exitCode = AppCommandLine::refuseWithoutDisplay(description, options, haveWindow); exitCode >= 0)
        return exitCode;

    if (options.terminal) {
        ClientTerminal terminal(options.server.isEmpty() ? QStringLiteral("127.0.0.1:5680") : options.server);
        QObject::connect(&terminal, &ClientTerminal::finished, app.get(), &QCoreApplication::exit);
        terminal.start();
        return app->exec();
    }
    ClientWindow window(options.server);
    window.show();
    return app->exec();
}
