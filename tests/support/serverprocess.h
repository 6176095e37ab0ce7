// Starts a real turno-server process for end-to-end tests: its own temporary database, a free
// port (--port 0, read back from the log), and helpers to add accounts and read its output.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>

namespace Turno::Test
{

class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    // Starts the server headless over TLS (its self-signed certificate, whose key is then pinned
    // for this test as a user who trusted it would have; --plaintext in extraArguments for none) with a low hash cost,
    // a fast simulated backend and no after-call work (--wrap-up 0), plus extra arguments (a repeated option's last
    // value wins); waits until it listens. False (with error()) when it did not come up.
    bool start(const QStringList &extraArguments = {});
    void stop();
    // Runs in the server's process before it starts (Unix), e.g. to lower its open-file limit.
    void setChildModifier(std::function<void()> modifier) { m_process.setChildProcessModifier(std::move(modifier)); }
    // Kills the server at once (SIGKILL).
    void kill();

    quint16 port() const { return m_port; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QString databasePath() const;
    QString error() const { return m_error; }
    // The SHA-256 of the server's TLS key, as it logged it at start (empty with --plaintext).
    QByteArray fingerprint() const { return m_fingerprint; }
    QProcess &process() { return m_process; }

    // Everything the server printed so far (stdout and stderr).
    QString output();
    // Waits (on the process's output, not on a timer) until output contains text.
    bool waitForOutput(const QString &text, int timeoutMs = 10'000);

    // Runs `turno-server --database DB <arguments>` with stdinText on stdin; returns its exit code.
    int runCommand(const QStringList &arguments, const QByteArray &stdinText, QString *output = nullptr);
    bool addCustomer(const QString &rut, const QString &fullName, const QString &password);
    bool addExecutive(const QString &username, const QString &fullName, const QString &password,
                      const QStringList &options = {});

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_output;
    QString m_error;
    quint16 m_port = 0;
    QByteArray m_fingerprint;
};

} // namespace Turno::Test
