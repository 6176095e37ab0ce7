// turno-executive: the executive's desk window, or with --cli the same work with :commands.
#include "appmain.h"
#include "executiveterminal.h"
#include "executivewindow.h"

int main(int argc, char *argv[])
{
    return Turno::runApp<Turno::ExecutiveTerminal, Turno::ExecutiveWindow>(
        argc, argv,
        {"turno-executive", "Turno::ExecutiveCommandLine",
         QT_TRANSLATE_NOOP("Turno::ExecutiveCommandLine",
                           "Turno for executives: see the customers connected and attend them."),
         QT_TRANSLATE_NOOP("Turno::ExecutiveCommandLine", "Work in this terminal with :commands, without a window.")});
}
