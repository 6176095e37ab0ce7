#include "customercounttext.h"

namespace Turno
{

QString CustomerCountText::greeting(const QString &firstName, int count)
{
    if (count == 1)
        return tr("Hi %1, right now there is 1 customer connected").arg(firstName);
    return tr("Hi %1, right now there are %n customers connected", nullptr, count).arg(firstName);
}

QString CustomerCountText::connected(int count)
{
    if (count == 1)
        return tr("1 customer connected");
    return tr("%n customers connected", nullptr, count);
}

QString CustomerCountText::changed(int count)
{
    if (count == 1)
        return tr("Now 1 customer connected");
    return tr("Now %n customers connected", nullptr, count);
}

} // namespace Turno
