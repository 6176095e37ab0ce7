// Milliseconds on the monotonic clock: deadlines, heartbeats, grace periods (never a wall clock).
#pragma once

#include <QtGlobal>
#include <chrono>

namespace Turno::Server
{

inline qint64 monotonicNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace Turno::Server
