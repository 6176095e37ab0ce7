// libFuzzer harness for what the server reads from the network: arbitrary bytes go through the
// frame decoder, and every frame through dispatch() into a handler for every message kind.
// Build and run with tools/fuzz; a crash, a leak or an ASan report is a bug.
#include "protocol/codec.h"
#include "protocol/framedecoder.h"

#include <QBuffer>

namespace {

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

} // namespace

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
