#include "bulkaccounts.h"

#include "domain/accountrules.h"
#include "domain/rut.h"

namespace Turno::Admin::BulkAccounts
{

quint32 rutBody(quint64 seed, int index)
{
    return 50'000'000u + 1'000'000u * quint32(seed % 50) + quint32(index);
}

QString rut(quint64 seed, int index)
{
    const quint32 body = rutBody(seed, index);
    return QString::number(body) + QLatin1Char('-') + Rut::checkDigitFor(body);
}

QString password(quint64 seed, int index)
{
    // splitmix64: short, well known, and easy to write again in a load generator in any language.
    quint64 z = seed * 1'000'003ull + quint64(index) + 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    z = z ^ (z >> 31);
    return QStringLiteral("%1").arg(z & 0xffff'ffff'ffffull, 12, 16, QLatin1Char('0'));
}

QString executiveUsername(const QString &prefix, int index)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(index);
}

bool validExecutivePrefix(const QString &prefix)
{
    // The longest of its usernames must be one.
    return !prefix.isEmpty() && AccountRules::isValidUsername(executiveUsername(prefix, maxExecutives));
}

QString executivePassword(quint64 seed, int index)
{
    return password(seed, maxCount + index);
}

} // namespace Turno::Admin::BulkAccounts
