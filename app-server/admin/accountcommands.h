// The account commands of turno-server for scripts and people: add-customer, add-executive,
// list-accounts, and add-customers and add-executives (bulk, for load tests). They block; never
// call them on an event loop.
#pragma once

#include "admin/demoaccounts.h"
#include "admin/passwordprompt.h"
#include "auth/passwordhasher.h"
#include "storage/store.h"

#include <QStringList>
#include <QTextStream>

namespace Turno::Admin
{

bool isAccountCommand(const QString &name);

// arguments: the command name first, then its arguments and options. Returns the exit code:
// 0 done, 1 refused or failed (duplicate, database error), 2 wrong usage or invalid input.
// Passwords come from stdin: one line, without echo on a terminal.
int runAccountCommand(Storage::Store &store, const QStringList &arguments, QTextStream &out, QTextStream &err);
// The same with the password source and the hasher of single accounts chosen by the caller (tests).
int runAccountCommand(Storage::Store &store, const QStringList &arguments, QTextStream &out, QTextStream &err,
                      const PasswordReader &readPassword, Auth::PasswordHasher &hasher);

// The usage lines of every account command, one per line.
QString accountCommandsUsage();

// The services an executive may attend.
QStringList knownServices();

} // namespace Turno::Admin
