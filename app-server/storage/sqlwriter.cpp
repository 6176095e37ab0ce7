#include "sqlwriter.h"

#include "dblogging.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace Turno::Storage
{

Q_LOGGING_CATEGORY(lcDb, "turno.db")

namespace
{
// The writer whose thread this is, for cachedQuery().
thread_local SqlWriter *t_writer = nullptr;
} // namespace

static QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("turno-writer-%1").arg(counter.fetchAndAddRelaxed(1));
}

SqlWriter::SqlWriter(QString driver, QString databaseName, Setup setup)
    : m_driver(std::move(driver)), m_databaseName(std::move(databaseName)), m_connectionName(nextConnectionName()),
      m_setup(std::move(setup))
{
    setObjectName(QStringLiteral("turno-db-writer"));
}

SqlWriter::~SqlWriter()
{
    stop();
    wait();
}

bool SqlWriter::startAndWait(QString *error)
{
    start();
    QMutexLocker lock(&m_mutex);
    while (!m_setupDone)
        m_started.wait(&m_mutex);
    if (!m_ready)
        *error = m_setupError;
    return m_ready;
}

void SqlWriter::enqueue(Job job)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_stopping && m_ready) {
            m_unfinished.fetch_add(1);
            m_queue.append(std::move(job));
            m_wake.wakeOne();
            return;
        }
    }
    job.finish(QStringLiteral("The database is closed."));
}

void SqlWriter::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stopping = true;
    m_wake.wakeOne();
}

qint64 SqlWriter::batchCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_batches;
}

qint64 SqlWriter::jobCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_jobs;
}

QSqlQuery &SqlWriter::cachedQuery(QSqlDatabase &db, const QString &sql)
{
    Q_ASSERT(t_writer);
    auto &statements = t_writer->m_statements;
    auto it = statements.find(sql);
    if (it == statements.end()) {
        it = statements.emplace(sql, QSqlQuery(db)).first;
        it->second.prepare(sql);
    } else {
        it->second.finish(); // a SELECT may still hold its last row
    }
    return it->second;
}

void SqlWriter::run()
{
    t_writer = this;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_driver, m_connectionName);
        db.setDatabaseName(m_databaseName);
        QString error;
        bool ok = db.open();
        if (!ok)
            error = QStringLiteral("Cannot open the database %1: %2").arg(m_databaseName, db.lastError().text());
        else
            ok = m_setup(db, &error);
        {
            QMutexLocker lock(&m_mutex);
            m_ready = ok;
            m_setupError = error;
            m_setupDone = true;
            m_started.wakeAll();
        }
        while (ok) {
            QList<Job> batch;
            {
                QMutexLocker lock(&m_mutex);
                while (m_queue.isEmpty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                if (m_queue.isEmpty())
                    break; // stopping, and everything queued before stop() is done
                batch.swap(m_queue);
            }
            runBatch(db, batch);
        }
        m_statements.clear(); // before the connection goes
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SqlWriter::runBatch(QSqlDatabase &db, QList<Job> &batch)
{
    QString commitError;
    if (!db.transaction()) {
        commitError = QStringLiteral("Cannot begin a transaction: %1").arg(db.lastError().text());
    } else {
        QSqlQuery &begin = cachedQuery(db, QStringLiteral("SAVEPOINT job"));
        QSqlQuery &rollBack = cachedQuery(db, QStringLiteral("ROLLBACK TO SAVEPOINT job"));
        QSqlQuery &release = cachedQuery(db, QStringLiteral("RELEASE SAVEPOINT job"));
        for (Job &job : batch) {
            // A failing job must not take the others of its batch down with it.
            begin.exec();
            if (!job.run(db))
                rollBack.exec();
            release.exec();
        }
        if (!db.commit()) {
            commitError = QStringLiteral("Cannot commit: %1").arg(db.lastError().text());
            db.rollback();
        }
    }
    if (!commitError.isEmpty())
        qCWarning(lcDb).noquote() << commitError;
    {
        QMutexLocker lock(&m_mutex);
        ++m_batches;
        m_jobs += batch.size();
    }
    // Only now, after the commit, may anyone learn that a write is done.
    for (Job &job : batch) {
        job.finish(commitError);
        m_unfinished.fetch_sub(1);
    }
}

} // namespace Turno::Storage
