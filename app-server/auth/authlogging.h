// The authentication module's logging category, turno.auth.
#pragma once

#include <QLoggingCategory>

namespace Turno::Auth
{
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
}
