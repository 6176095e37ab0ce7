// turno-executive: the executive's desk window, or with --cli the same work with :commands.
#include "executivecommandline.h"
#include "executiveterminal.h"
#include "executivewindow.h"
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
    std::unique_ptr<QCoreApplication> app = ExecutiveCommandLine::needsWindow(argc, argv)
                                                ? std::make_unique<QApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    installTranslator(*app, ExecutiveCommandLine::languageIn(app->arguments()));
    ExecutiveOptions options;
    if (const int exitCode = ExecutiveCommandLine::parse(app->arguments(), &options); exitCode >= 0)
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
