// libFuzzer harness for what either end reads from the network: arbitrary bytes go through the
// frame decoder, and every frame through dispatch() into a handler for every message kind; what
// was decoded must encode to a payload that decodes to the same message. Quicker than fuzz_server
// and fuzz_client, so it reaches deep into the decoders of every kind.
// Build and run with tools/fuzz; a crash, a leak or an ASan report is a bug.
#include "fuzzsupport.h"

#include "protocol/codec.h"
#include "protocol/framedecoder.h"

#include <QBuffer>

namespace
{

struct Sink {
    int messages = 0;
    template <typename M> void handle(const M &m)
    {
        // Re-encoding what was decoded must give a payload the decoder accepts again.
        const QByteArray again = Turno::Protocol::encodePayload(m);
        M copy;
        QString error;
        if (!Turno::Protocol::decodePayload(again, copy, &error) || !(copy == m))
            __builtin_trap();
        ++messages;
    }
};

// --make-corpus: one frame of a few kinds, as the encoder makes them.
void writeCorpus(const QString &dir)
{
    using namespace Turno::Protocol;
    Turno::Fuzz::writeSeed(dir, QStringLiteral("hello"),
                           encodeFrame(Hello{kMagic, kVersion, {QStringLiteral("heartbeat")}, QStringLiteral("x")}));
    Turno::Fuzz::writeSeed(dir, QStringLiteral("login"),
                           encodeFrame(CustomerLogin{1, QStringLiteral("12.345.678-5"), QStringLiteral("jorge1234")}));
    Turno::Fuzz::writeSeed(dir, QStringLiteral("chat"),
                           encodeFrame(ChatSend{1, QStringLiteral("c-1"), QStringLiteral("Hola 😀")}) +
                               encodeFrame(ChatMessage{1, 2, 3, QStringLiteral("Juan"), QStringLiteral("Buenas")}));
    Turno::Fuzz::writeSeed(
        dir, QStringLiteral("lists"),
        encodeFrame(WaitingList{{WaitingCustomer{QStringLiteral("k"), QStringLiteral("Jorge"), QStringLiteral("wifi"),
                                                 QStringLiteral("note"), 3}},
                                1}) +
            encodeFrame(History{1,
                                QStringLiteral("Jorge"),
                                {HistoryEntry{1, QStringLiteral("note"), QStringLiteral("d"), QStringLiteral("r")}},
                                0}) +
            encodeFrame(Colleagues{{Colleague{QStringLiteral("msoto"), QStringLiteral("María"), 0, 1}}}));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Turno::Fuzz::initialize(argc, argv, writeCorpus);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Turno::Protocol::FrameDecoder decoder(4096);
    Turno::Protocol::Frame frame;
    Sink sink;
    while (decoder.next(buffer, frame) == Turno::Protocol::FrameDecoder::Status::Frame)
        Turno::Protocol::dispatch(frame.kind, frame.payload, sink);
    return 0;
}
