#include "callcenter/failure.h"

namespace Turno::CallCenter
{

Failure failureFromEngine(Routing::ErrorKind kind, const QString &subject, const QString &command)
{
    using Routing::ErrorKind;
    const char *name = "";
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::MissingId:
        name = FailureKind::MissingId;
        break;
    case ErrorKind::IdTooLong:
        name = FailureKind::IdTooLong;
        break;
    case ErrorKind::UnknownCall:
        name = FailureKind::UnknownCall;
        break;
    case ErrorKind::CallIdInUse:
        name = FailureKind::CallIdInUse;
        break;
    case ErrorKind::UnknownOperator:
        name = FailureKind::UnknownOperator;
        break;
    case ErrorKind::OperatorIdInUse:
        name = FailureKind::OperatorIdInUse;
        break;
    case ErrorKind::OperatorNotRinging:
        name = FailureKind::OperatorNotRinging;
        break;
    case ErrorKind::OperatorNotIdle:
        name = FailureKind::OperatorNotIdle;
        break;
    case ErrorKind::CallNotQueued:
        name = FailureKind::CallNotQueued;
        break;
    }
    return Failure{QString::fromLatin1(name), subject, command};
}

} // namespace Turno::CallCenter
