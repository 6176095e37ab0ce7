// The deterministic accounts of `add-customers` and `add-executives` (load tests): the RUT or
// username and the password of account i follow from the seed (and prefix) alone, so a load
// generator can log in as them without a list.
#pragma once

#include "domain/textlimits.h"

#include <QString>

namespace Turno::Admin::BulkAccounts
{

constexpr int maxCount = 999'999;

// RUT body of customer index (1..maxCount): 50,000,000 + 1,000,000 * (seed mod 50) + index.
quint32 rutBody(quint64 seed, int index);
QString rut(quint64 seed, int index); // normalized, "50000001-2"
// 12 lowercase hex digits: the low 48 bits of splitmix64(seed * 1,000,003 + index).
QString password(quint64 seed, int index);

constexpr int maxExecutives = 9'999;
// Executive index (1..maxExecutives): "<prefix>-<index>", e.g. "agent-7". The prefix must make a
// valid username: lowercase letters, digits, dots, dashes or underscores, 1 to
// executivePrefixChars of them.
QString executiveUsername(const QString &prefix, int index);
constexpr int executivePrefixChars = TextLimits::kUsernameMaxChars - 5; // room for "-9999"
bool validExecutivePrefix(const QString &prefix);
// password(seed, maxCount + index): never the same as a customer's of the same seed.
QString executivePassword(quint64 seed, int index);

} // namespace Turno::Admin::BulkAccounts
