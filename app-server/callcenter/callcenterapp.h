// Entry point of turno-callcenter: reads the options and starts the local console, the queue
// server (--serve) or the command interpreter (--connect).
#pragma once

namespace Turno::CallCenter
{

// Runs the program; returns its exit code (2 for bad options).
int runCallCenter(int argc, char **argv);

} // namespace Turno::CallCenter
