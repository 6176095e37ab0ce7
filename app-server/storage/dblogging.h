// The storage module's logging category, turno.db.
#pragma once

#include <QLoggingCategory>

namespace Turno::Storage
{
Q_DECLARE_LOGGING_CATEGORY(lcDb)
}
