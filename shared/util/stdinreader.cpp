#include "util/stdinreader.h"

#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace Turno
{

namespace
{
constexpr int StdinFd = 0;
constexpr qsizetype ChunkSize = 64 * 1024;
} // namespace

StdinReader::StdinReader(QObject *parent) : QObject(parent) {}

StdinReader::~StdinReader() = default;

bool StdinReader::isInteractive() const
{
    return ::isatty(StdinFd) == 1;
}

void StdinReader::start()
{
    if (m_notifier || m_finished)
        return;
    struct stat info {
    };
    if (::fstat(StdinFd, &info) != 0) {
        // No stdin at all (closed descriptor): report the end from the event loop.
        QTimer::singleShot(0, this, &StdinReader::finish);
        return;
    }
    // A regular file is always "readable", and epoll refuses regular files, so read it in
    // chunks from queued calls instead of through a notifier.
    m_regularFile = S_ISREG(info.st_mode);
    if (m_regularFile) {
        QTimer::singleShot(0, this, &StdinReader::readChunk);
        return;
    }
    m_notifier = new QSocketNotifier(StdinFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinReader::readChunk);
}

void StdinReader::readChunk()
{
    if (m_finished)
        return;
    char buffer[ChunkSize];
    // One read per wake-up: the notifier said fd 0 is readable, so this read does not block.
    const ssize_t count = ::read(StdinFd, buffer, sizeof buffer);
    if (count < 0 && (errno == EINTR || errno == EAGAIN)) {
        if (m_regularFile)
            QTimer::singleShot(0, this, &StdinReader::readChunk);
        return;
    }
    if (count <= 0) {
        finish();
        return;
    }
    m_pending.append(buffer, count);
    // Lines may quit the program or delete this reader: stop if so.
    QPointer<StdinReader> self(this);
    qsizetype start = 0;
    for (qsizetype end; (end = m_pending.indexOf('\n', start)) >= 0; start = end + 1) {
        qsizetype length = end - start;
        if (length > 0 && m_pending.at(end - 1) == '\r')
            --length;
        Q_EMIT lineReceived(QString::fromUtf8(m_pending.constData() + start, length));
        if (!self || m_finished)
            return;
    }
    m_pending.remove(0, start);
    if (m_regularFile)
        QTimer::singleShot(0, this, &StdinReader::readChunk);
}

void StdinReader::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_notifier)
        m_notifier->setEnabled(false);
    QPointer<StdinReader> self(this);
    if (!m_pending.isEmpty()) {
        QByteArray last = std::exchange(m_pending, {});
        if (last.endsWith('\r'))
            last.chop(1);
        Q_EMIT lineReceived(QString::fromUtf8(last));
        if (!self)
            return;
    }
    Q_EMIT endOfInput();
}

struct TerminalEchoGuard::Saved {
    termios attributes;
};

TerminalEchoGuard::TerminalEchoGuard()
{
    if (::isatty(StdinFd) != 1)
        return;
    m_saved = new Saved;
    if (::tcgetattr(StdinFd, &m_saved->attributes) != 0)
        return;
    termios quiet = m_saved->attributes;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL; // still move to the next line when Enter is pressed
    m_active = ::tcsetattr(StdinFd, TCSAFLUSH, &quiet) == 0;
}

TerminalEchoGuard::~TerminalEchoGuard()
{
    if (m_active)
        ::tcsetattr(StdinFd, TCSAFLUSH, &m_saved->attributes);
    delete m_saved;
}

} // namespace Turno
