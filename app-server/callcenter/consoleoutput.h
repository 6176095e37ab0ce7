// Writes whole lines to stdout (events) and stderr (refusals), flushed at once so that a program
// reading the console through a pipe sees each line as soon as it happens.
#pragma once

#include <QString>

namespace Turno::CallCenter
{

void printOut(const QString &line);
void printErr(const QString &line);
// Text with no line ending (the interactive prompt).
void printPrompt(const QString &text);

} // namespace Turno::CallCenter
