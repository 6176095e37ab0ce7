// Every sentence the call-center console shows, through tr(): event lines, refusals, help and
// start-up messages. The --connect interpreter renders the server's replies with these too.
#pragma once

#include "callcenter/failure.h"
#include "routing/routingtypes.h"

#include <QCoreApplication>
#include <QString>

namespace Turno::CallCenter
{

class CallCenterText
{
    Q_DECLARE_TR_FUNCTIONS(CallCenterText)
public:
    // The line for an event; empty for events the console does not show (operator changes).
    static QString event(const Routing::Event &event);
    // Empty for a kind this program does not know.
    static QString failure(const Failure &failure);
    static QString help();
    static QString prompt() { return QStringLiteral("> "); }
    static QString interactiveHint();
    static QString listening(const QString &address, quint16 port);
    static QString cannotListen(const QString &address, quint16 port, const QString &reason);
    static QString cannotConnect(const QString &server, const QString &reason);
    static QString connectionLost(const QString &server);
};

} // namespace Turno::CallCenter
