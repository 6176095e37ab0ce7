// The rules for what a customer chooses about their own account (sign-up, new password, display
// name). Both the client, before sending, and the server, before storing, apply them.
#pragma once

#include <QString>

namespace Turno::AccountRules
{

// Characters, not bytes. 64 characters of any script fit the protocol's 256-byte password field.
inline constexpr int kMinPasswordLength = 8;
inline constexpr int kMaxPasswordLength = 64;
// Characters of a full name after simplifying its spaces; fits the protocol's 128-byte name field.
inline constexpr int kMaxNameLength = 60;
inline constexpr int kMaxNameBytes = 128;

enum class PasswordProblem { None, TooShort, TooLong, Mismatch };
enum class NameProblem { None, Empty, TooLong, ControlCharacter };

PasswordProblem checkPassword(const QString &password);
PasswordProblem checkPassword(const QString &password, const QString &repeated);
// The stored form of a name: spaces simplified ("  Jorge   Sandoval " → "Jorge Sandoval").
QString normalizedName(const QString &name);
// Checks the normalized form of name.
NameProblem checkName(const QString &name);

} // namespace Turno::AccountRules
