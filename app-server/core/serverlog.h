// The server's logging: one category per module, and one message handler that feeds both stdout
// and the admin's log window (through ServerLog::messageLogged, as Quassel's Logger does).
#pragma once

#include <QLoggingCategory>
#include <QObject>

Q_DECLARE_LOGGING_CATEGORY(lcEvents)  // turno.server: the spec-shaped "[SERVER] …" lines
Q_DECLARE_LOGGING_CATEGORY(lcNet)     // turno.net
Q_DECLARE_LOGGING_CATEGORY(lcService) // turno.service: provider backend

namespace Turno::Server
{

class ServerLog : public QObject
{
    Q_OBJECT
public:
    static ServerLog &instance();

    // Installs the message handler. With toStdout, every line is also printed on stdout.
    static void install(bool toStdout);
    // Writes one "[SERVER] text" line (text is already translated).
    static void event(const QString &text);
    // The same line is written at most five times a minute; the rest are summed up as
    // "… N more like this: <line>" once their minute is over. install() calls this every second.
    static void flushRepeats();
    // The window of that rule (--collapse-repeats); 0 writes every line.
    static void setRepeatWindowMs(qint64 windowMs);

    // Formats one message as the line users see, escaped (see escaped()).
    static QString format(QtMsgType type, const char *category, const QString &message);
    // Text as part of one line: backslash, C0 and C1 controls, DEL, the line and paragraph
    // separators (U+2028/2029) and the bidirectional controls become escapes (\\, \n, \r, \t,
    // \u001b, \u2028…), so nothing a peer chose can start a line of its own or reorder one.
    static QString escaped(const QString &text);

Q_SIGNALS:
    // May be emitted from any thread; connect with a queued connection from widgets.
    void messageLogged(int type, const QString &line);
};

} // namespace Turno::Server
