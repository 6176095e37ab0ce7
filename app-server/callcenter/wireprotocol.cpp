#include "callcenter/wireprotocol.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Turno::CallCenter::Wire
{

using Routing::EventType;

namespace
{

constexpr std::pair<EventType, const char *> EventNames[] = {
    {EventType::CallReceived, "received"},   {EventType::CallRinging, "ringing"},   {EventType::CallQueued, "queued"},
    {EventType::CallAnswered, "answered"},   {EventType::CallRejected, "rejected"}, {EventType::CallIgnored, "ignored"},
    {EventType::CallWithdrawn, "withdrawn"}, {EventType::CallFinished, "finished"}, {EventType::CallMissed, "missed"},
};

const QString KeyCommand = QStringLiteral("command");
const QString KeyId = QStringLiteral("id");
const QString KeyResponse = QStringLiteral("response");
const QString KeyError = QStringLiteral("error");
const QString KeyKind = QStringLiteral("kind");
const QString KeyEvent = QStringLiteral("event");
const QString KeyCall = QStringLiteral("call");
const QString KeyOperator = QStringLiteral("operator");
const QString KeyDone = QStringLiteral("done");

QByteArray toLine(const QJsonObject &object)
{
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

Failure failure(const char *kind, const QString &subject = {}, const QString &command = {})
{
    return Failure{QString::fromLatin1(kind), subject, command};
}

} // namespace

QByteArray encodeCommand(const Command &command)
{
    QJsonObject object{{KeyCommand, Command::name(command.kind)}};
    if (Command::takesId(command.kind))
        object.insert(KeyId, command.id);
    return toLine(object);
}

Request decodeRequest(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {std::nullopt, failure(FailureKind::InvalidJson)};
    const QJsonObject object = document.object();
    const QJsonValue name = object.value(KeyCommand);
    if (!name.isString())
        return {std::nullopt, failure(FailureKind::MissingCommand)};
    const auto kind = Command::kindFromName(name.toString());
    if (!kind || *kind == Command::Kind::Help) // help is shown by the interpreter itself
        return {std::nullopt, failure(FailureKind::UnknownCommand, name.toString())};
    const QString id = object.value(KeyId).toString(); // not a string: treated as missing
    if (Failure problem = checkId(*kind, id); !problem.isNull())
        return {std::nullopt, problem};
    return {Command{*kind, Command::takesId(*kind) ? id : QString()}, {}};
}

QByteArray encodeEvent(const Routing::Event &event, const QString &text, bool done)
{
    QJsonObject object{{KeyResponse, text}};
    for (const auto &[type, name] : EventNames) {
        if (type == event.type)
            object.insert(KeyEvent, QString::fromLatin1(name));
    }
    if (!event.callId.isEmpty())
        object.insert(KeyCall, event.callId);
    if (!event.operatorId.isEmpty())
        object.insert(KeyOperator, event.operatorId);
    if (done)
        object.insert(KeyDone, true);
    return toLine(object);
}

QByteArray encodeFailure(const Failure &failure, const QString &text, bool done)
{
    QJsonObject object{{KeyError, text}, {KeyKind, failure.kind}};
    if (!failure.subject.isEmpty())
        object.insert(KeyId, failure.subject);
    if (!failure.command.isEmpty())
        object.insert(KeyCommand, failure.command);
    if (done)
        object.insert(KeyDone, true);
    return toLine(object);
}

std::optional<Reply> decodeReply(const QByteArray &line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    Reply reply;
    reply.done = object.value(KeyDone).toBool();
    if (object.contains(KeyError)) {
        reply.isError = true;
        reply.text = object.value(KeyError).toString();
        reply.failure = Failure{object.value(KeyKind).toString(), object.value(KeyId).toString(),
                                object.value(KeyCommand).toString()};
        return reply;
    }
    if (!object.contains(KeyResponse))
        return std::nullopt;
    reply.text = object.value(KeyResponse).toString();
    const QString name = object.value(KeyEvent).toString();
    for (const auto &[type, eventName] : EventNames) {
        if (name == QLatin1String(eventName))
            reply.event = Routing::Event{type, object.value(KeyCall).toString(), object.value(KeyOperator).toString()};
    }
    return reply;
}

} // namespace Turno::CallCenter::Wire
