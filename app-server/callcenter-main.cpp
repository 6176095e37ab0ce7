// turno-callcenter: the call-center queue console (local, --serve or --connect).
#include "callcenter/callcenterapp.h"

int main(int argc, char **argv)
{
    return Turno::CallCenter::runCallCenter(argc, argv);
}
