// Reads a process's resident memory and CPU time from /proc (turno-loadgen --server-pid).
#pragma once

#include <QtGlobal>

namespace Turno::Load
{

struct ProcessSample {
    bool ok = false;
    quint64 rssKiB = 0;
    quint64 cpuMs = 0; // user + system
};

ProcessSample sampleProcess(qint64 pid);

} // namespace Turno::Load
