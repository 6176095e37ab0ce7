// The one thread that owns the database connection. It group-commits: it takes every queued job,
// runs them all in one transaction (each inside a savepoint), commits, and only then reports to each job.
#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <functional>
#include <unordered_map>

namespace Turno::Storage
{

class SqlWriter : public QThread
{
    Q_OBJECT
public:
    struct Job {
        // Runs on the writer thread inside the batch's transaction; false rolls back this job's savepoint.
        std::function<bool(QSqlDatabase &db)> run;
        // Called after the commit (or its failure: a non-empty commitError) on the writer thread.
        std::function<void(const QString &commitError)> finish;
    };
    // Opens the connection on the writer thread and prepares it (e.g. migrations); false + error stops.
    using Setup = std::function<bool(QSqlDatabase &db, QString *error)>;

    SqlWriter(QString driver, QString databaseName, Setup setup);
    ~SqlWriter() override; // finishes the queued jobs, then closes the connection

    // Starts the thread and waits until the connection is open and set up.
    bool startAndWait(QString *error);
    // Queues a job; after stop() the job finishes at once with an error.
    void enqueue(Job job);
    void stop();

    // Figures for tests and logs: how many transactions and jobs the writer has committed so far.
    qint64 batchCount() const;
    qint64 jobCount() const;
    // No job queued or running, and every finished job reported (for tests/fuzz/fuzz_server, which
    // must know when the server's work is over).
    bool isIdle() const { return m_unfinished.load() == 0; }

    // For jobs (they run on the writer thread): the statement sql, prepared once on this
    // connection and kept, with its bound values cleared. Parsing a statement costs about as much
    // as running a small insert, and chat messages and log-ins are hot. A statement that fails to
    // prepare is returned anyway; its exec() fails with the error.
    static QSqlQuery &cachedQuery(QSqlDatabase &db, const QString &sql);

protected:
    void run() override;

private:
    void runBatch(QSqlDatabase &db, QList<Job> &batch);

    const QString m_driver;
    const QString m_databaseName;
    const QString m_connectionName;
    Setup m_setup;

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_started;
    QList<Job> m_queue;
    // Writer thread only. A node map: references handed out stay valid while others are added.
    std::unordered_map<QString, QSqlQuery> m_statements;
    bool m_stopping = false;
    bool m_ready = false;
    bool m_setupDone = false;
    QString m_setupError;
    qint64 m_batches = 0;
    qint64 m_jobs = 0;
    std::atomic<int> m_unfinished{0}; // enqueued jobs not yet finished
};

} // namespace Turno::Storage
