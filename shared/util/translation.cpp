#include "util/translation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Turno
{

bool installTranslator(QCoreApplication &app, const QString &langOverride)
{
    const QLocale locale = langOverride.isEmpty() ? QLocale::system() : QLocale(langOverride);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    auto *translator = new QTranslator(&app);
    // Tries turno_pt_BR.qm, then turno_pt.qm, ... following the locale's UI languages.
    if (!translator->load(locale, QStringLiteral("turno"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    app.installTranslator(translator);
    return true;
}

} // namespace Turno
