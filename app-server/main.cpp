// turno-server: the contact center's server. See gui/serverapp.cpp and `turno-server --help`.
#include "gui/serverapp.h"

int main(int argc, char **argv)
{
    return Turno::Server::runServerApp(argc, argv);
}
