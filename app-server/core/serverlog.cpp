#include "serverlog.h"

#include <QMutex>
#include <cstdio>

Q_LOGGING_CATEGORY(lcEvents, "turno.server")
Q_LOGGING_CATEGORY(lcNet, "turno.net")
Q_LOGGING_CATEGORY(lcService, "turno.service")

namespace Turno::Server {

namespace {
bool g_toStdout = false;
QMutex g_outputMutex;

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = ServerLog::format(type, context.category, message);
    {
        QMutexLocker lock(&g_outputMutex);
        FILE *out = g_toStdout && type == QtInfoMsg ? stdout : stderr;
        if (g_toStdout || type != QtDebugMsg) {
            std::fputs(qPrintable(line), out);
            std::fputc('\n', out);
            std::fflush(out);
        }
    }
    Q_EMIT ServerLog::instance().messageLogged(int(type), line);
}
} // namespace

ServerLog &ServerLog::instance()
{
    static ServerLog log;
    return log;
}

void ServerLog::install(bool toStdout)
{
    g_toStdout = toStdout;
    qInstallMessageHandler(handleMessage);
}

void ServerLog::event(const QString &text)
{
    qCInfo(lcEvents).noquote() << QStringLiteral("[SERVER] ") + text;
}

QString ServerLog::format(QtMsgType type, const char *category, const QString &message)
{
    const QLatin1String name(category ? category : "default");
    if (name == QLatin1String("turno.server") && type == QtInfoMsg)
        return message;
    const char *level = "info";
    switch (type) {
    case QtDebugMsg:
        level = "debug";
        break;
    case QtInfoMsg:
        level = "info";
        break;
    case QtWarningMsg:
        level = "warning";
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        level = "error";
        break;
    }
    return QStringLiteral("[%1] %2: %3").arg(name, QLatin1String(level), message);
}

} // namespace Turno::Server
