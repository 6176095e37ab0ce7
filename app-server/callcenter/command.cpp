#include "callcenter/command.h"

#include <QRegularExpression>

namespace Turno::CallCenter
{

namespace
{
constexpr std::pair<Command::Kind, const char *> Names[] = {
    {Command::Kind::Call, "call"},     {Command::Kind::Answer, "answer"}, {Command::Kind::Reject, "reject"},
    {Command::Kind::HangUp, "hangup"}, {Command::Kind::Help, "help"},     {Command::Kind::Quit, "quit"},
};
} // namespace

QString Command::name(Kind kind)
{
    for (const auto &[k, n] : Names) {
        if (k == kind)
            return QString::fromLatin1(n);
    }
    Q_UNREACHABLE();
}

std::optional<Command::Kind> Command::kindFromName(const QString &name)
{
    for (const auto &[k, n] : Names) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

bool Command::takesId(Kind kind)
{
    return kind != Kind::Help && kind != Kind::Quit;
}

Failure checkId(Command::Kind kind, const QString &id)
{
    if (!Command::takesId(kind))
        return {};
    if (id.isEmpty())
        return Failure{QString::fromLatin1(FailureKind::MissingId), {}, Command::name(kind)};
    if (id.size() > Routing::MaxIdLength)
        return Failure{QString::fromLatin1(FailureKind::IdTooLong), id, Command::name(kind)};
    return {};
}

ParsedLine parseLine(const QString &line)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = line.split(space, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const QString word = words.first().toLower();
    const auto kind = Command::kindFromName(word);
    if (!kind)
        return {std::nullopt, Failure{QString::fromLatin1(FailureKind::UnknownCommand), words.first(), {}}};
    const qsizetype allowed = Command::takesId(*kind) ? 2 : 1;
    if (words.size() > allowed)
        return {std::nullopt, Failure{QString::fromLatin1(FailureKind::UnexpectedArgument), words.at(allowed), word}};
    const QString id = words.size() > 1 ? words.at(1) : QString();
    if (Failure failure = checkId(*kind, id); !failure.isNull())
        return {std::nullopt, failure};
    return {Command{*kind, id}, {}};
}

Routing::Result apply(Routing::RoutingEngine &engine, const Command &command)
{
    switch (command.kind) {
    case Command::Kind::Call:
        return engine.call(command.id);
    case Command::Kind::Answer:
        return engine.answer(command.id);
    case Command::Kind::Reject:
        return engine.reject(command.id);
    case Command::Kind::HangUp:
        return engine.hangUp(command.id);
    case Command::Kind::Help:
    case Command::Kind::Quit:
        break;
    }
    return Routing::Result::success({});
}

} // namespace Turno::CallCenter
