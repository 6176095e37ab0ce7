// Helpers shared by the tests: paths of the built programs and temporary folders.
#pragma once

#include <QString>

namespace Turno::Test {

inline QString serverBinary() { return QStringLiteral(TURNO_SERVER_BIN); }
inline QString clientBinary() { return QStringLiteral(TURNO_CLIENT_BIN); }
inline QString executiveBinary() { return QStringLiteral(TURNO_EXECUTIVE_BIN); }
inline QString callcenterBinary() { return QStringLiteral(TURNO_CALLCENTER_BIN); }
inline QString sourceDir() { return QStringLiteral(TURNO_SOURCE_DIR); }

} // namespace Turno::Test
