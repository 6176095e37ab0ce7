#include "callcenter/consoleoutput.h"

#include <cstdio>

namespace Turno::CallCenter
{

namespace
{
void write(FILE *stream, const QString &text, bool newline)
{
    QByteArray bytes = text.toUtf8();
    if (newline)
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void printOut(const QString &line)
{
    write(stdout, line, true);
}
void printErr(const QString &line)
{
    write(stderr, line, true);
}
void printPrompt(const QString &text)
{
    write(stdout, text, false);
}

} // namespace Turno::CallCenter
