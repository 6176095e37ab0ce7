// What the libFuzzer targets of tests/fuzz share: one QCoreApplication for the process, a quiet log,
// the chunk format of the stream targets, and the --make-corpus mode that writes their seeds.
#pragma once

#include "protocol/codec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <functional>

namespace Turno::Fuzz
{

// Inputs of the targets that drive connections are chunks separated by this marker (tests/fuzz/
// fuzz.dict names it, so mutations insert and remove it whole); length fields would be broken by
// nearly every mutation.
inline constexpr char kSeparator[] = "\n@@@@\n";

QList<QByteArray> splitChunks(const uint8_t *data, size_t size);
QByteArray joinChunks(const QList<QByteArray> &chunks);

// Builds a seed of the stream targets: chunks, each a control byte (what the target reads it as
// is the target's own) followed by frames the project's encoder writes.
class ChunkWriter
{
public:
    template <typename... M> void frames(quint8 control, const M &...messages)
    {
        QByteArray bytes(1, char(control));
        ((bytes += Protocol::encodeFrame(messages)), ...);
        m_chunks.append(bytes);
    }
    void raw(quint8 control, const QByteArray &bytes) { m_chunks.append(char(control) + bytes); }
    QByteArray bytes() const { return joinChunks(m_chunks); }

private:
    QList<QByteArray> m_chunks;
};

// Called from LLVMFuzzerInitialize: makes the application (once), silences Qt's log unless
// TURNO_FUZZ_VERBOSE is set, and, when the command line is `--make-corpus DIR`, calls write(DIR)
// and exits (libFuzzer never sees that option).
void initialize(int *argc, char ***argv, const std::function<void(const QString &dir)> &write);

// Whether TURNO_FUZZ_VERBOSE is set (harnesses then print what they see).
bool verbose();

// Writes one seed file DIR/seed-NAME.
void writeSeed(const QString &dir, const QString &name, const QByteArray &bytes);

} // namespace Turno::Fuzz
