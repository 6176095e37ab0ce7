// turno-client: the customer's window, or with --cli the same dialog in the terminal.
#include "clientcommandline.h"
#include "clientterminal.h"
#include "clientwindow.h"
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
    std::unique_ptr<QCoreApplication> app = ClientCommandLine::needsWindow(argc, argv)
                                                ? std::make_unique<QApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    installTranslator(*app, ClientCommandLine::languageIn(app->arguments()));
    ClientOptions options;
    if (const int exitCode = ClientCommandLine::parse(app->arguments(), &options); exitCode >= 0)
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
