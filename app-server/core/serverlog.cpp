#include "serverlog.h"

#include "repeatfilter.h"

#include <QCoreApplication>
#include <QMutex>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

Q_LOGGING_CATEGORY(lcEvents, "turno.server")
Q_LOGGING_CATEGORY(lcNet, "turno.net")
Q_LOGGING_CATEGORY(lcService, "turno.service")

namespace Turno::Server
{

namespace
{
bool g_toStdout = false;
QMutex g_outputMutex;
// The same line over and over (a flood of one kind) is written five times a minute, then summed up.
RepeatFilter g_repeats(5, 60'000);

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Called with g_outputMutex held.
void writeLine(QtMsgType type, const QString &line)
{
    FILE *out = g_toStdout && type == QtInfoMsg ? stdout : stderr;
    if (g_toStdout || type != QtDebugMsg) {
        std::fputs(qPrintable(line), out);
        std::fputc('\n', out);
        std::fflush(out);
    }
}

// A filter key keeps the message type in front of the line: "2|[turno.net] warning: …".
QString repeatKey(QtMsgType type, const QString &line)
{
    return QString::number(int(type)) + QLatin1Char('|') + line;
}

// The "… N more like this: …" line for a key whose window held lines back.
std::pair<QtMsgType, QString> summaryOf(const RepeatFilter::Summary &summary)
{
    const qsizetype bar = summary.key.indexOf(QLatin1Char('|'));
    const auto type = QtMsgType(summary.key.left(bar).toInt());
    const QString line = summary.key.mid(bar + 1);
    return {type,
            QCoreApplication::translate("ServerLog", "… %1 more like this: %2").arg(summary.suppressed).arg(line)};
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = ServerLog::format(type, context.category, message);
    std::optional<std::pair<QtMsgType, QString>> summary;
    bool pass = true;
    {
        QMutexLocker lock(&g_outputMutex);
        RepeatFilter::Summary ended;
        pass = type == QtFatalMsg || g_repeats.admit(repeatKey(type, line), nowMs(), &ended);
        if (ended.suppressed > 0) {
            summary = summaryOf(ended);
            writeLine(summary->first, summary->second);
        }
        if (pass)
            writeLine(type, line);
    }
    if (summary)
        Q_EMIT ServerLog::instance().messageLogged(int(summary->first), summary->second);
    if (pass)
        Q_EMIT ServerLog::instance().messageLogged(int(type), line);
}
} // namespace

void ServerLog::setRepeatWindowMs(qint64 windowMs)
{
    QMutexLocker lock(&g_outputMutex);
    g_repeats.setWindowMs(windowMs);
}

void ServerLog::flushRepeats()
{
    QList<std::pair<QtMsgType, QString>> summaries;
    {
        QMutexLocker lock(&g_outputMutex);
        for (const RepeatFilter::Summary &ended : g_repeats.expire(nowMs())) {
            summaries.append(summaryOf(ended));
            writeLine(summaries.last().first, summaries.last().second);
        }
    }
    for (const auto &[type, line] : std::as_const(summaries))
        Q_EMIT instance().messageLogged(int(type), line);
}

ServerLog &ServerLog::instance()
{
    static ServerLog log;
    return log;
}

void ServerLog::install(bool toStdout)
{
    g_toStdout = toStdout;
    qInstallMessageHandler(handleMessage);
    // Summaries of held-back lines come at most a second after their window ends.
    static QTimer *flush = nullptr;
    if (!flush && QCoreApplication::instance()) {
        flush = new QTimer(&instance());
        QObject::connect(flush, &QTimer::timeout, &instance(), &ServerLog::flushRepeats);
        flush->start(1000);
    }
}

void ServerLog::event(const QString &text)
{
    qCInfo(lcEvents).noquote() << QStringLiteral("[SERVER] ") + text;
}

QString ServerLog::format(QtMsgType type, const char *category, const QString &message)
{
    // Escaping happens here, once for every line, rather than where each log call quotes a peer:
    // RUTs, usernames, names, reasons and detail strings reach some thirty log calls (and Qt's own
    // warnings may quote a peer too), and one forgotten call would be enough to forge a line.
    // The cost is that a message with a line break of its own is shown with "\n" on one line;
    // none of the server's messages has one, and one record per line is what grep wants anyway.
    const QString text = escaped(message);
    const QLatin1String name(category ? category : "default");
    if (name == QLatin1String("turno.server") && type == QtInfoMsg)
        return text;
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
    return QStringLiteral("[%1] %2: %3").arg(name, QLatin1String(level), text);
}

namespace
{
bool needsEscape(char16_t c)
{
    const bool control = c < 0x20 || (c >= 0x7f && c <= 0x9f); // C0, DEL, C1
    const bool separator = c == 0x2028 || c == 0x2029;
    // The Arabic letter mark, the direction marks, embeddings, overrides and isolates.
    const bool bidi =
        c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    return control || separator || bidi || c == u'\\';
}
} // namespace

QString ServerLog::escaped(const QString &text)
{
    // Most lines need nothing: return the same (shared) string without allocating.
    const auto first = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return needsEscape(c.unicode()); });
    if (first == text.cend())
        return text;
    QString out;
    out.reserve(text.size() + 16);
    out.append(QStringView(text.cbegin(), first));
    for (auto it = first; it != text.cend(); ++it) {
        const char16_t c = it->unicode();
        if (!needsEscape(c)) {
            out.append(*it);
            continue;
        }
        switch (c) {
        case u'\\':
            out.append(QLatin1String("\\\\"));
            break;
        case u'\n':
            out.append(QLatin1String("\\n"));
            break;
        case u'\r':
            out.append(QLatin1String("\\r"));
            break;
        case u'\t':
            out.append(QLatin1String("\\t"));
            break;
        default:
            out.append(QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')));
        }
    }
    return out;
}

} // namespace Turno::Server
