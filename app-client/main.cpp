// turno-client: the customer's window, or with --cli the same dialog in the terminal.
#include "appmain.h"
#include "clientterminal.h"
#include "clientwindow.h"

int main(int argc, char *argv[])
{
    return Turno::runApp<Turno::ClientTerminal, Turno::ClientWindow>(
        argc, argv,
        {"turno-client", "Turno::ClientCommandLine",
         QT_TRANSLATE_NOOP("Turno::ClientCommandLine",
                           "Turno customer support: restart your internet service and get help from an executive."),
         QT_TRANSLATE_NOOP("Turno::ClientCommandLine", "Talk to the assistant in this terminal, without a window.")});
}
