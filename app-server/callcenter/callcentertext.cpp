#include "callcenter/callcentertext.h"

namespace Turno::CallCenter
{

using Routing::EventType;

QString CallCenterText::event(const Routing::Event &event)
{
    const QString &call = event.callId;
    const QString &op = event.operatorId;
    switch (event.type) {
    case EventType::CallReceived:
        return tr("Call %1 received").arg(call);
    case EventType::CallRinging:
        return tr("Call %1 ringing for operator %2").arg(call, op);
    case EventType::CallQueued:
        return tr("Call %1 waiting in queue").arg(call);
    case EventType::CallAnswered:
        return tr("Call %1 answered by operator %2").arg(call, op);
    case EventType::CallRejected:
        return tr("Call %1 rejected by operator %2").arg(call, op);
    case EventType::CallIgnored:
        return tr("Call %1 ignored by operator %2").arg(call, op);
    case EventType::CallWithdrawn:
        return tr("Call %1 withdrawn from operator %2").arg(call, op);
    case EventType::CallFinished:
        return tr("Call %1 finished and operator %2 available").arg(call, op);
    case EventType::CallMissed:
        return tr("Call %1 missed").arg(call);
    case EventType::OperatorAdded:
    case EventType::OperatorRemoved:
    case EventType::OperatorPaused:
    case EventType::OperatorUnpaused:
        break;
    }
    return {};
}

QString CallCenterText::failure(const Failure &failure)
{
    const QString &kind = failure.kind;
    const QString &subject = failure.subject;
    if (kind == QLatin1String(FailureKind::UnknownCommand))
        return tr("Unknown command \"%1\". Type help to see the commands.").arg(subject);
    if (kind == QLatin1String(FailureKind::MissingId))
        return tr("The %1 command needs an id.").arg(failure.command);
    if (kind == QLatin1String(FailureKind::IdTooLong))
        return tr("The id given to %1 is too long: at most %2 characters.")
            .arg(failure.command, QString::number(Routing::MaxIdLength));
    if (kind == QLatin1String(FailureKind::UnexpectedArgument))
        return tr("Unexpected \"%1\" after the %2 command.").arg(subject, failure.command);
    if (kind == QLatin1String(FailureKind::UnknownCall))
        return tr("There is no call %1.").arg(subject);
    if (kind == QLatin1String(FailureKind::CallIdInUse))
        return tr("Call id %1 is already in use.").arg(subject);
    if (kind == QLatin1String(FailureKind::UnknownOperator))
        return tr("There is no operator %1.").arg(subject);
    if (kind == QLatin1String(FailureKind::OperatorNotRinging))
        return tr("Operator %1 has no call ringing.").arg(subject);
    if (kind == QLatin1String(FailureKind::OperatorIdInUse))
        return tr("Operator id %1 is already in use.").arg(subject);
    if (kind == QLatin1String(FailureKind::OperatorNotIdle))
        return tr("Operator %1 is not free.").arg(subject);
    if (kind == QLatin1String(FailureKind::CallNotQueued))
        return tr("Call %1 is not waiting in the queue.").arg(subject);
    if (kind == QLatin1String(FailureKind::InvalidJson))
        return tr("The message is not a JSON object.");
    if (kind == QLatin1String(FailureKind::MissingCommand))
        return tr("The message has no command.");
    if (kind == QLatin1String(FailureKind::LineTooLong))
        return tr("The line is longer than 4 KiB; closing the connection.");
    return {}; // a kind from a newer server: the caller shows the server's own text
}

QString CallCenterText::help()
{
    return tr("Commands:\n"
              "  call <call id>        a call arrives\n"
              "  answer <operator id>  the operator answers its ringing call\n"
              "  reject <operator id>  the operator turns its ringing call down\n"
              "  hangup <call id>      the caller hangs up\n"
              "  help                  show this list\n"
              "  quit                  leave");
}

QString CallCenterText::interactiveHint()
{
    return tr("Type help to see the commands.");
}

QString CallCenterText::listening(const QString &address, quint16 port)
{
    return tr("Listening on %1 port %2").arg(address, QString::number(port));
}

QString CallCenterText::cannotListen(const QString &address, quint16 port, const QString &reason)
{
    return tr("Cannot listen on %1 port %2: %3").arg(address, QString::number(port), reason);
}

QString CallCenterText::cannotConnect(const QString &server, const QString &reason)
{
    return tr("Cannot connect to %1: %2").arg(server, reason);
}

QString CallCenterText::connectionLost(const QString &server)
{
    return tr("The connection to %1 was closed.").arg(server);
}

} // namespace Turno::CallCenter
