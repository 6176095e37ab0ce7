// turno-server's start-up: parses the command line, opens the database, runs an account command
// or starts the contact center (headless or with the admin's log window).
#pragma once

namespace Turno::Server
{

// Runs turno-server; returns the process exit code.
int runServerApp(int argc, char **argv);

} // namespace Turno::Server
