#include "messages.h"

namespace Turno::Protocol
{

QStringList spokenFeatures()
{
    return {QLatin1String(kHeartbeatFeature), QLatin1String(kChatRedeliveryFeature), QLatin1String(kServerTimeFeature)};
}

const char *kindName(quint16 kind)
{
    switch (Kind(kind)) {
#define TURNO_NAME(name, number, direction)                                                                            \
    case Kind::name:                                                                                                   \
        return #name;
        TURNO_MESSAGES(TURNO_NAME)
#undef TURNO_NAME
    }
    return "unknown";
}

bool isKnownKind(quint16 kind)
{
    switch (Kind(kind)) {
#define TURNO_KNOWN(name, number, direction) case Kind::name:
        TURNO_MESSAGES(TURNO_KNOWN)
#undef TURNO_KNOWN
        return true;
    }
    return false;
}

Direction directionOf(quint16 kind)
{
    switch (Kind(kind)) {
#define TURNO_DIRECTION(name, number, direction)                                                                       \
    case Kind::name:                                                                                                   \
        return Direction::direction;
        TURNO_MESSAGES(TURNO_DIRECTION)
#undef TURNO_DIRECTION
    }
    return Direction::ToServer;
}

} // namespace Turno::Protocol
