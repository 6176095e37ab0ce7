// Where the account commands read a new password: one line from stdin, without echo on a terminal
// (termios), or from any QIODevice in tests.
#pragma once

#include <QString>
#include <functional>
#include <optional>

class QIODevice;

namespace Turno::Admin
{

// Reads one password line; `prompt` is shown only on a terminal. Nothing at end of input.
using PasswordReader = std::function<std::optional<QString>(const QString &prompt)>;

PasswordReader stdinPasswordReader();
PasswordReader devicePasswordReader(QIODevice *device); // the device must outlive the reader
bool stdinIsTerminal();

} // namespace Turno::Admin
