#include "serverprobe.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <unistd.h>

namespace Turno::Load
{

ProcessSample sampleProcess(qint64 pid)
{
    ProcessSample sample;
    if (pid <= 0)
        return sample;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return sample;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            sample.rssKiB = line.mid(6).trimmed().split(' ').value(0).toULongLong();
    }
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return sample;
    const QByteArray text = stat.readAll();
    // The command name may hold spaces: fields are counted after its closing parenthesis.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return sample;
    const quint64 ticks = fields[11].toULongLong() + fields[12].toULongLong(); // utime, stime (fields 14, 15)
    sample.cpuMs = ticks * 1000 / quint64(sysconf(_SC_CLK_TCK));
    sample.ok = true;
    return sample;
}

} // namespace Turno::Load
