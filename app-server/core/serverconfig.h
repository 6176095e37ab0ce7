// Settings of one turno-server instance, filled from the command line (see main.cpp).
#pragma once

#include <QHostAddress>
#include <QString>

#include "protocol/connection.h"

namespace Turno::Server {

struct ServerConfig {
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 5680;
    int handshakeTimeoutMs = 10'000;
    Protocol::ConnectionLimits limits;
};

} // namespace Turno::Server
