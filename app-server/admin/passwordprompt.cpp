#include "passwordprompt.h"

#include <QIODevice>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace Turno::Admin
{

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

namespace
{

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

QString withoutLineEnd(QString line)
{
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

} // namespace

PasswordReader stdinPasswordReader()
{
    return [](const QString &prompt) -> std::optional<QString> {
        std::string line;
        bool got = false;
        if (stdinIsTerminal()) {
            std::fputs(prompt.toLocal8Bit().constData(), stderr);
            std::fflush(stderr);
            EchoOff quiet;
            got = bool(std::getline(std::cin, line));
        } else {
            got = bool(std::getline(std::cin, line));
        }
        if (!got)
            return std::nullopt;
        const QString password = withoutLineEnd(QString::fromStdString(line));
        std::fill(line.begin(), line.end(), '\0');
        return password;
    };
}

PasswordReader devicePasswordReader(QIODevice *device)
{
    return [device](const QString &) -> std::optional<QString> {
        if (device->atEnd())
            return std::nullopt;
        return withoutLineEnd(QString::fromUtf8(device->readLine()));
    };
}

} // namespace Turno::Admin
