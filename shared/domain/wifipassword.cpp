#include "wifipassword.h"

namespace Turno::WifiPassword
{

Problem check(const QString &password)
{
    for (const QChar c : password) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return Problem::NotPrintableAscii;
    }
    if (password.size() < kMinLength)
        return Problem::TooShort;
    if (password.size() > kMaxLength)
        return Problem::TooLong;
    return Problem::None;
}

Problem check(const QString &password, const QString &repeated)
{
    const Problem problem = check(password);
    if (problem != Problem::None)
        return problem;
    return password == repeated ? Problem::None : Problem::Mismatch;
}

} // namespace Turno::WifiPassword
