#include "appmain.h"

#include "util/translation.h"

#include <QApplication>

namespace Turno
{

QString defaultServer()
{
    return QStringLiteral("127.0.0.1:5680");
}

int startApp(int &argc, char **argv, const AppMainText &text, std::unique_ptr<QCoreApplication> *app,
             AppOptions *options)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Turno"));
    QCoreApplication::setApplicationName(QLatin1String(text.program));
    QCoreApplication::setApplicationVersion(QStringLiteral(TURNO_VERSION));
    // The terminal mode and --help must work without a display.
    if (AppCommandLine::needsWindow(argc, argv) && AppCommandLine::displayAvailable())
        *app = std::make_unique<QApplication>(argc, argv);
    else
        *app = std::make_unique<QCoreApplication>(argc, argv);
    installTranslator(**app, AppCommandLine::languageIn((*app)->arguments()));
    const AppDescription description{QLatin1String(text.program),
                                     QCoreApplication::translate(text.context, text.summary),
                                     QCoreApplication::translate(text.context, text.terminalHelp)};
    if (const int exitCode = AppCommandLine::parse((*app)->arguments(), description, options); exitCode >= 0)
        return exitCode;
    const bool haveWindow = qobject_cast<QApplication *>(app->get()) != nullptr;
    return AppCommandLine::refuseWithoutDisplay(description, *options, haveWindow);
}

} // namespace Turno
