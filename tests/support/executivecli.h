// turno-executive --cli as a child process for end-to-end tests: the test writes its standard input
// when it chooses and reads everything it printed (QTRY_* friendly: reading never consumes).
#pragma once

#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

namespace Turno::Test
{

// turno-executive --cli whose stdin the test writes when it chooses; everything printed is kept.
class ExecutiveCli
{
public:
    bool start(const QString &server)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_process, &QProcess::readyRead, &m_process,
                         [this] { m_output += QString::fromUtf8(m_process.readAll()); });
        m_process.start(executiveBinary(), {QStringLiteral("--cli"), QStringLiteral("--server"), server,
                                            QStringLiteral("--lang"), QStringLiteral("en")});
        return m_process.waitForStarted(10'000);
    }
    void type(const QByteArray &lines) { m_process.write(lines); }
    void endInput() { m_process.closeWriteChannel(); }
    // Read by QTRY_*: it only looks at what arrived, it never consumes.
    const QString &output() const { return m_output; }
    bool printed(const QString &text) const { return m_output.contains(text); }
    bool printed(const QRegularExpression &pattern) const { return pattern.match(m_output).hasMatch(); }
    int count(const QRegularExpression &pattern) const { return int(m_output.count(pattern)); }
    // The exit code once it ended by itself, -1 if it had to be killed.
    int waitForExit()
    {
        // Waits with the event loop running, so the test's customer sessions keep up meanwhile.
        QSignalSpy finished(&m_process, &QProcess::finished);
        if (m_process.state() != QProcess::NotRunning && !finished.wait(30'000)) {
            m_process.kill();
            m_process.waitForFinished();
            return -1;
        }
        m_output += QString::fromUtf8(m_process.readAll());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    ~ExecutiveCli()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QProcess m_process;
    QString m_output;
};

} // namespace Turno::Test
