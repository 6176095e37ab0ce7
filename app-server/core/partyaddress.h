// A party's address, typed so that a username never passes for a RUT (usernames may be digits and
// dashes): "customer:<RUT>" or "executive:<username>". Chat records name their sender and
// recipient by it, an invitation its invitee, the chat relay its parties.
#pragma once

#include <QString>

namespace Turno::Server::PartyAddress
{

inline QString customer(const QString &rut)
{
    return QStringLiteral("customer:") + rut;
}
inline QString executive(const QString &username)
{
    return QStringLiteral("executive:") + username;
}
inline bool isCustomer(const QString &address)
{
    return address.startsWith(QLatin1String("customer:"));
}
// The RUT or username in an address (neither contains a colon).
inline QString addressee(const QString &address)
{
    return address.mid(address.indexOf(QLatin1Char(':')) + 1);
}

} // namespace Turno::Server::PartyAddress
