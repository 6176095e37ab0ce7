// Reads standard input line by line through the Qt event loop (no blocking reads, no threads),
// for the terminal modes of every Turno program. Also holds the terminal-echo switch for passwords.
#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace Turno
{

class StdinReader : public QObject
{
    Q_OBJECT
public:
    explicit StdinReader(QObject *parent = nullptr);
    ~StdinReader() override;

    // Starts watching fd 0. Lines are emitted from the event loop, never from start() itself.
    void start();
    // Whether stdin is a terminal (then a program may show prompts).
    bool isInteractive() const;

Q_SIGNALS:
    // One line, without its line ending ("\n" or "\r\n"). A last line lacking "\n" is emitted at EOF.
    void lineReceived(const QString &line);
    // Emitted once, after the last line.
    void endOfInput();

private:
    void readChunk();
    void finish();

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_pending; // bytes after the last complete line
    bool m_regularFile = false;
    bool m_finished = false;
};

// Turns terminal echo off for as long as it lives (for password prompts), then restores it.
// Does nothing when stdin is not a terminal.
class TerminalEchoGuard
{
public:
    TerminalEchoGuard();
    ~TerminalEchoGuard();
    TerminalEchoGuard(const TerminalEchoGuard &) = delete;
    TerminalEchoGuard &operator=(const TerminalEchoGuard &) = delete;

private:
    bool m_active = false;
    struct Saved;
    Saved *m_saved = nullptr;
};

} // namespace Turno
