// The protocol's log category (turno.protocol): what the encoder shortened or cut, and frames a
// connection would not send.
#pragma once

#include <QLoggingCategory>

namespace Turno::Protocol
{
Q_DECLARE_LOGGING_CATEGORY(lcProtocol)
}
