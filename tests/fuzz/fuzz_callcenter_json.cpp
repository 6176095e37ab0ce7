// libFuzzer harness for turno-callcenter's JSON line protocol (app-server/callcenter/wireprotocol.*):
// each input line is read as --serve reads a client's line (decodeRequest, then the routing engine,
// then the reply lines) and as --connect reads a server's line (decodeReply, then the text it
// prints); each line is also typed at the console (parseLine). Besides crashes it checks that what
// one side encodes the other decodes to the same thing: a command, an event, a failure.
// `fuzz_callcenter_json --make-corpus DIR` writes seeds made with the encoder.
#include "fuzzsupport.h"

#include "callcenter/callcentertext.h"
#include "callcenter/command.h"
#include "callcenter/wireprotocol.h"
#include "routing/clock.h"
#include "routing/routingengine.h"

#include <cstdio>

using namespace Turno;
using namespace Turno::CallCenter;

namespace
{

[[noreturn]] void fail(const char *what, const QByteArray &line)
{
    fprintf(stderr, "fuzz_callcenter_json: %s: %s\n", what, line.left(200).constData());
    std::abort();
}

bool sameFailure(const Failure &a, const Failure &b)
{
    return a.kind == b.kind && a.subject == b.subject && a.command == b.command;
}

// A reply line as --connect reads it (without its "\n"), checked against what was meant.
Wire::Reply readBack(const QByteArray &encoded)
{
    if (!encoded.endsWith('\n') || encoded.count('\n') != 1)
        fail("a reply is not exactly one line", encoded);
    const std::optional<Wire::Reply> reply = Wire::decodeReply(encoded.chopped(1));
    if (!reply)
        fail("the server's own reply does not decode", encoded);
    return *reply;
}

void answer(Routing::RoutingEngine &engine, const Command &command)
{
    if (command.kind == Command::Kind::Quit || command.kind == Command::Kind::Help)
        return;
    const Routing::Result result = apply(engine, command);
    if (!result.ok()) {
        const Failure failure = failureFromEngine(result.error(), result.subject(), Command::name(command.kind));
        const Wire::Reply reply = readBack(Wire::encodeFailure(failure, CallCenterText::failure(failure), true));
        if (!reply.isError || !reply.done || !sameFailure(reply.failure, failure))
            fail("a failure does not survive the wire", Command::name(command.kind).toUtf8());
        return;
    }
    const Routing::Events &events = result.events();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const bool done = i + 1 == events.size();
        const Wire::Reply reply = readBack(Wire::encodeEvent(events.at(i), CallCenterText::event(events.at(i)), done));
        if (reply.isError || reply.done != done || !reply.event || !(*reply.event == events.at(i)))
            fail("an event does not survive the wire", events.at(i).callId.toUtf8());
    }
}

void serveLine(Routing::RoutingEngine &engine, const QByteArray &line)
{
    // --serve refuses longer lines before decoding them (ServerConnection).
    if (line.size() > Wire::MaxLineBytes)
        return;
    const Wire::Request request = Wire::decodeRequest(line);
    if (!request.command) {
        if (request.failure.isNull())
            fail("a refused request has no failure", line);
        readBack(Wire::encodeFailure(request.failure, CallCenterText::failure(request.failure), true));
        return;
    }
    const Command &command = *request.command;
    const Wire::Request again = Wire::decodeRequest(Wire::encodeCommand(command).chopped(1));
    if (!again.command || again.command->kind != command.kind || again.command->id != command.id)
        fail("a command does not survive the wire", line);
    answer(engine, command);
}

void connectLine(const QByteArray &line)
{
    const std::optional<Wire::Reply> reply = Wire::decodeReply(line);
    if (!reply)
        return;
    // What Interpreter::readReplies prints.
    const QString text = reply->isError ? CallCenterText::failure(reply->failure)
                                        : (reply->event ? CallCenterText::event(*reply->event) : QString());
    Q_UNUSED(text);
}

void typeLine(Routing::RoutingEngine &engine, const QByteArray &line)
{
    const ParsedLine parsed = parseLine(QString::fromUtf8(line));
    if (parsed.command)
        answer(engine, *parsed.command);
    else if (!parsed.isBlank())
        Q_UNUSED(CallCenterText::failure(parsed.failure));
}

void writeCorpus(const QString &dir)
{
    auto lines = [](std::initializer_list<Command> commands) {
        QByteArray bytes;
        for (const Command &c : commands)
            bytes += Wire::encodeCommand(c);
        return bytes;
    };
    using K = Command::Kind;
    Fuzz::writeSeed(dir, QStringLiteral("calls"),
                    lines({{K::Call, QStringLiteral("1")},
                           {K::Call, QStringLiteral("2")},
                           {K::Answer, QStringLiteral("A")},
                           {K::Reject, QStringLiteral("B")},
                           {K::Call, QStringLiteral("3")},
                           {K::HangUp, QStringLiteral("1")},
                           {K::HangUp, QStringLiteral("3")},
                           {K::Answer, QStringLiteral("Z")},
                           {K::Quit, QString()}}));
    Fuzz::writeSeed(dir, QStringLiteral("replies"),
                    Wire::encodeEvent({Routing::EventType::CallRinging, QStringLiteral("1"), QStringLiteral("A")},
                                      QStringLiteral("Call 1 ringing for operator A"), false) +
                        Wire::encodeFailure({QString::fromLatin1(FailureKind::UnknownCall), QStringLiteral("9"),
                                             QStringLiteral("hangup")},
                                            QStringLiteral("Call 9 not found"), true));
    Fuzz::writeSeed(dir, QStringLiteral("typed"), QByteArray("call 1\nanswer A\nhangup 1\nhelp\nreject\n\nfoo bar\n"));
    Fuzz::writeSeed(
        dir, QStringLiteral("odd-json"),
        QByteArray("{\"command\":7}\n[1,2]\n{\"command\":\"call\",\"id\":{\"x\":1}}\n{\"command\":\"call\""
                   ",\"id\":\"\\u00e9\\ud83d\\ude00\"}\n{\"response\":1,\"event\":\"queued\",\"done\":\"y\"}\n"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv, writeCorpus);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Routing::ManualClock clock(1'000'000);
    Routing::RoutingEngine engine(clock);
    engine.addOperator(QStringLiteral("A"));
    engine.addOperator(QStringLiteral("B"));
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &line : input.split('\n')) {
        clock.advanceMs(1'000);
        serveLine(engine, line);
        connectLine(line);
        typeLine(engine, line);
    }
    return 0;
}
