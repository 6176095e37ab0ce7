// The deterministic customers of `add-customers` (load tests): RUT and password of customer i
// follow from the seed alone, so a load generator can log in as them without a list.
#pragma once

#include <QString>

namespace Turno::Admin::BulkAccounts
{

constexpr int maxCount = 999'999;

// RUT body of customer index (1..maxCount): 50,000,000 + 1,000,000 * (seed mod 50) + index.
quint32 rutBody(quint64 seed, int index);
QString rut(quint64 seed, int index); // normalized, "50000001-2"
// 12 lowercase hex digits: the low 48 bits of splitmix64(seed * 1,000,003 + index).
QString password(quint64 seed, int index);

} // namespace Turno::Admin::BulkAccounts
