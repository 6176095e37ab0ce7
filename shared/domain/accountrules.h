// The rules for what a person chooses about an account (sign-up, new password, display name,
// and the administrator's account commands). The client before sending, the server before
// storing and the account commands all apply them; the limits are those of domain/textlimits.h.
#pragma once

#include "textlimits.h"

#include <QString>

namespace Turno::AccountRules
{

// TooLong: over TextLimits::kNameChars characters; TooManyBytes: within them, but over
// TextLimits::kNameBytes of UTF-8 (a script of 3- or 4-byte characters).
enum class PasswordProblem { None, TooShort, TooLong, Mismatch };
enum class NameProblem { None, Empty, TooLong, TooManyBytes, ControlCharacter };

// Characters, not bytes: TextLimits::kPasswordMinChars to kPasswordMaxChars.
PasswordProblem checkPassword(const QString &password);
PasswordProblem checkPassword(const QString &password, const QString &repeated);
// The stored form of a name: spaces simplified ("  Jorge   Sandoval " → "Jorge Sandoval").
QString normalizedName(const QString &name);
// Checks the normalized form of name.
NameProblem checkName(const QString &name);
// The stored form of a username: trimmed and lowercased.
QString normalizedUsername(const QString &username);
// A normalized username: TextLimits::kUsernameMinChars to kUsernameMaxChars of a-z 0-9 . _ -
bool isValidUsername(const QString &username);

} // namespace Turno::AccountRules
