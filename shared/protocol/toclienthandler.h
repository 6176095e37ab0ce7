// A receiver of every server-to-client kind of TURNO_MESSAGES that does nothing with one unless a
// subclass overrides its handle(): an app's session overrides the kinds it takes, and a new kind
// needs no empty default written by hand.
#pragma once

#include "messages.h"

namespace Turno::Protocol
{

class ToClientHandler
{
public:
    virtual ~ToClientHandler() = default;

#define TURNO_CLIENT_HANDLE_ToClient(name)                                                                             \
    virtual void handle(const name &) {}
#define TURNO_CLIENT_HANDLE_ToServer(name)
#define TURNO_CLIENT_HANDLE(name, number, direction) TURNO_CLIENT_HANDLE_##direction(name)
    TURNO_MESSAGES(TURNO_CLIENT_HANDLE)
#undef TURNO_CLIENT_HANDLE
#undef TURNO_CLIENT_HANDLE_ToServer
#undef TURNO_CLIENT_HANDLE_ToClient

protected:
    ToClientHandler() = default;
    ToClientHandler(const ToClientHandler &) = default;
    ToClientHandler &operator=(const ToClientHandler &) = default;
};

} // namespace Turno::Protocol
