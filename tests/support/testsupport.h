// Helpers shared by the tests: paths of the built programs, and a look into a server's database.
#pragma once

#include <QString>

namespace Turno::Test
{

inline QString serverBinary()
{
    return QStringLiteral(TURNO_SERVER_BIN);
}
inline QString clientBinary()
{
    return QStringLiteral(TURNO_CLIENT_BIN);
}
inline QString executiveBinary()
{
    return QStringLiteral(TURNO_EXECUTIVE_BIN);
}
inline QString callcenterBinary()
{
    return QStringLiteral(TURNO_CALLCENTER_BIN);
}
inline QString sourceDir()
{
    return QStringLiteral(TURNO_SOURCE_DIR);
}

// The first column of the first row of sql, run read-only on the SQLite database at databasePath
// (a running server's, say); -1 when it cannot be read.
qint64 queryNumber(const QString &databasePath, const QString &sql);

} // namespace Turno::Test
