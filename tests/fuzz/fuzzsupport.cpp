#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace Turno::Fuzz
{

QList<QByteArray> splitChunks(const uint8_t *data, size_t size)
{
    const QByteArray all(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray separator(kSeparator);
    QList<QByteArray> chunks;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = all.indexOf(separator, from);
        if (at < 0) {
            chunks.append(all.mid(from));
            return chunks;
        }
        chunks.append(all.mid(from, at - from));
        from = at + separator.size();
    }
}

QByteArray joinChunks(const QList<QByteArray> &chunks)
{
    return chunks.join(QByteArray(kSeparator));
}

bool verbose()
{
    static const bool on = qEnvironmentVariableIsSet("TURNO_FUZZ_VERBOSE");
    return on;
}

namespace
{

void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (verbose() || type == QtFatalMsg)
        fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

void initialize(int *argc, char ***argv, const std::function<void(const QString &dir)> &write)
{
    // libFuzzer's own options stay with libFuzzer: the application sees only the program's name.
    static int appArgc = 1;
    static char *appArgv[] = {(*argv)[0], nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietHandler);
    static QCoreApplication *app = new QCoreApplication(appArgc, appArgv);
    Q_UNUSED(app);
    for (int i = 1; i < *argc; ++i) {
        if (std::strcmp((*argv)[i], "--make-corpus") == 0) {
            if (i + 1 >= *argc) {
                fprintf(stderr, "--make-corpus needs a folder\n");
                std::exit(2);
            }
            const QString dir = QString::fromLocal8Bit((*argv)[i + 1]);
            QDir().mkpath(dir);
            write(dir);
            std::exit(0);
        }
    }
}

void writeSeed(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(QDir(dir).filePath(QStringLiteral("seed-%1").arg(name)));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        std::exit(1);
    }
}

} // namespace Turno::Fuzz
