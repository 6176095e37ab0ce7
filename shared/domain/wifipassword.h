// The rules a new Wi-Fi password must follow (WPA2-Personal passphrase: 8 to 63 printable ASCII
// characters). The client checks them before sending; the server checks them again.
#pragma once

#include <QString>

namespace Turno::WifiPassword
{

inline constexpr int kMinLength = 8;
inline constexpr int kMaxLength = 63;

enum class Problem { None, TooShort, TooLong, NotPrintableAscii, Mismatch };

// What is wrong with password, or Problem::None. A character outside printable ASCII (space to
// '~') is reported before the length, since fixing it may change the length.
Problem check(const QString &password);
// As above, then whether the repeated entry matches.
Problem check(const QString &password, const QString &repeated);

} // namespace Turno::WifiPassword
