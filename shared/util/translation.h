// Loads the program's translation (embedded as :/i18n/turno_<locale>.qm) for the system locale
// or for a --lang override. Every Turno program calls this once at start-up.
#pragma once

#include <QString>

class QCoreApplication;

namespace Turno
{

// Installs the translator matching `langOverride` (e.g. "pt_BR", "es") or, when it is empty,
// QLocale::system(). Returns whether a translation was loaded; English needs none.
bool installTranslator(QCoreApplication &app, const QString &langOverride);

} // namespace Turno
