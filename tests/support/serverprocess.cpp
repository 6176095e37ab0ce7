#include "serverprocess.h"

#include "session/servertrust.h"
#include "testsupport.h"
#include "testtls.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace Turno::Test
{

ServerProcess::ServerProcess()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::databasePath() const
{
    return m_dir.filePath(QStringLiteral("turno.sqlite"));
}

bool ServerProcess::start(const QStringList &extraArguments)
{
    QStringList arguments{QStringLiteral("--headless"),
                          QStringLiteral("--port"),
                          QStringLiteral("0"),
                          QStringLiteral("--database"),
                          databasePath(),
                          QStringLiteral("--hash-cost"),
                          QStringLiteral("low"),
                          QStringLiteral("--backend-delay-ms"),
                          QStringLiteral("100"),
                          QStringLiteral("--lang"),
                          QStringLiteral("en"),
                          QStringLiteral("--wrap-up"),
                          QStringLiteral("0")};
    arguments += extraArguments;
    m_output.clear();
    m_process.start(serverBinary(), arguments);
    if (!m_process.waitForStarted(10'000)) {
        m_error = m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("\\S+ (?:port|puerto|porta) (\\d+)\\."));
    QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        const QRegularExpressionMatch match = listening.match(output());
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            static const QRegularExpression key(QStringLiteral("\\b([0-9A-F]{2}(?::[0-9A-F]{2}){31})\\b"));
            const QRegularExpressionMatch fingerprint = key.match(output());
            m_fingerprint =
                fingerprint.hasMatch() ? ServerTrust::parseFingerprint(fingerprint.captured(1)) : QByteArray();
            if (!m_fingerprint.isEmpty())
                pinLocalServer(m_port, m_fingerprint);
            return true;
        }
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("server exited: ") + output();
            return false;
        }
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    m_error = QStringLiteral("server did not start listening: ") + output();
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
    output();
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5'000);
    output();
}

QString ServerProcess::output()
{
    m_output += QString::fromUtf8(m_process.readAll());
    return m_output;
}

bool ServerProcess::waitForOutput(const QString &text, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!output().contains(text)) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running)
            return false;
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

int ServerProcess::runCommand(const QStringList &arguments, const QByteArray &stdinText, QString *output)
{
    QProcess command;
    command.setProcessChannelMode(QProcess::MergedChannels);
    command.start(serverBinary(), QStringList{QStringLiteral("--database"), databasePath()} + arguments);
    if (!command.waitForStarted(10'000))
        return -1;
    command.write(stdinText);
    command.closeWriteChannel();
    if (!command.waitForFinished(60'000)) {
        command.kill();
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(command.readAll());
    return command.exitStatus() == QProcess::NormalExit ? command.exitCode() : -1;
}

bool ServerProcess::addCustomer(const QString &rut, const QString &fullName, const QString &password)
{
    return runCommand({QStringLiteral("add-customer"), rut, fullName}, password.toUtf8() + '\n') == 0;
}

bool ServerProcess::addExecutive(const QString &username, const QString &fullName, const QString &password,
                                 const QStringList &options)
{
    return runCommand(QStringList{QStringLiteral("add-executive"), username, fullName} + options,
                      password.toUtf8() + '\n') == 0;
}

} // namespace Turno::Test
