// Util::whenFinished, the continuation every server component attaches to futures that other
// threads finish (the store's writer, the password hasher): it runs exactly once, on the context's
// thread, in order, and never after its context is gone, also when the future finishes on another
// thread at the very moment the continuation is attached: the window in which Qt 6.4's
// then(context) can run a continuation twice and crash (rare enough that only the log-in storm of
// tools/bench-asan-storm showed it; docs/performance.md).
#include "util/futures.h"

#include <QtTest>

#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <memory>
#include <vector>

using Turno::Util::whenFinished;

namespace
{
// Finishes each promise handed to it as soon as it gets it, on its own thread.
class Finisher : public QThread
{
public:
    void hand(std::shared_ptr<QPromise<int>> promise)
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back(std::move(promise));
        m_ready.wakeOne();
    }
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_ready.wakeOne();
    }

protected:
    void run() override
    {
        for (;;) {
            std::shared_ptr<QPromise<int>> promise;
            {
                QMutexLocker lock(&m_mutex);
                while (m_queue.empty() && !m_stopping)
                    m_ready.wait(&m_mutex);
                if (m_queue.empty())
                    return;
                promise = std::move(m_queue.front());
                m_queue.pop_front();
            }
            promise->addResult(1);
            promise->finish();
        }
    }

private:
    QMutex m_mutex;
    QWaitCondition m_ready;
    std::deque<std::shared_ptr<QPromise<int>>> m_queue;
    bool m_stopping = false;
};
} // namespace

class TestFutures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsOnceOnTheContextThreadWithTheResult();
    void finishedFutureRunsAtOnce();
    void continuationsRunInTheOrderTheyWereChained();
    void destroyedContextRunsNothingAndCancels();
    void cancelledFutureRunsNothingAndCancels();
    void voidFuturesAndVoidFunctions();
    void futuresFinishedWhileAttachingRunExactlyOnce();
};

void TestFutures::runsOnceOnTheContextThreadWithTheResult()
{
    QObject context;
    Finisher finisher;
    finisher.start();
    auto promise = std::make_shared<QPromise<int>>();
    promise->start();
    int calls = 0;
    QThread *ranOn = nullptr;
    QFuture<QString> out = whenFinished(promise->future(), &context, [&](int value) {
        ++calls;
        ranOn = QThread::currentThread();
        return QString::number(value * 21);
    });
    finisher.hand(promise);
    QTRY_VERIFY(out.isFinished());
    QCOMPARE(calls, 1);
    QCOMPARE(ranOn, QThread::currentThread());
    QCOMPARE(out.result(), QStringLiteral("21"));
    finisher.stop();
    finisher.wait();
}

void TestFutures::finishedFutureRunsAtOnce()
{
    QObject context;
    int seen = 0;
    QFuture<int> out = whenFinished(QtFuture::makeReadyFuture(7), &context, [&](int value) {
        seen = value;
        return value + 1;
    });
    // No event loop turn: the caller may rely on it having run, as with then(context).
    QCOMPARE(seen, 7);
    QVERIFY(out.isFinished());
    QCOMPARE(out.result(), 8);
}

void TestFutures::continuationsRunInTheOrderTheyWereChained()
{
    QObject context;
    QPromise<int> first;
    first.start();
    std::vector<int> order;
    QFuture<int> chain = first.future();
    for (int i = 0; i < 50; ++i) {
        chain = whenFinished(chain, &context, [&order, i](int value) {
            order.push_back(i);
            return value + 1;
        });
    }
    QVERIFY(order.empty());
    first.addResult(0);
    first.finish();
    QTRY_VERIFY(chain.isFinished());
    QCOMPARE(chain.result(), 50);
    QCOMPARE(order.size(), size_t(50));
    for (int i = 0; i < 50; ++i)
        QCOMPARE(order[size_t(i)], i);
}

void TestFutures::destroyedContextRunsNothingAndCancels()
{
    auto context = std::make_unique<QObject>();
    QPromise<int> promise;
    promise.start();
    bool ran = false;
    QFuture<int> out = whenFinished(promise.future(), context.get(), [&](int value) {
        ran = true;
        return value;
    });
    context.reset();
    promise.addResult(3);
    promise.finish();
    QTRY_VERIFY(out.isFinished());
    QVERIFY(out.isCanceled());
    QCoreApplication::processEvents();
    QVERIFY(!ran);
}

void TestFutures::cancelledFutureRunsNothingAndCancels()
{
    QObject context;
    bool ran = false;
    QFuture<int> out;
    {
        QPromise<int> promise; // destroyed unfinished, as when a hasher shuts down with work queued
        promise.start();
        out = whenFinished(promise.future(), &context, [&](int value) {
            ran = true;
            return value;
        });
    }
    QTRY_VERIFY(out.isFinished());
    QVERIFY(out.isCanceled());
    QVERIFY(!ran);
}

void TestFutures::voidFuturesAndVoidFunctions()
{
    QObject context;
    QPromise<void> promise;
    promise.start();
    int calls = 0;
    QFuture<void> out = whenFinished(promise.future(), &context, [&] { ++calls; });
    QFuture<int> counted = whenFinished(out, &context, [&] { return calls * 10; });
    promise.finish();
    QTRY_VERIFY(counted.isFinished());
    QCOMPARE(calls, 1);
    QCOMPARE(counted.result(), 10);
}

void TestFutures::futuresFinishedWhileAttachingRunExactlyOnce()
{
    // Each future is handed to another thread that finishes it at once, while this thread attaches
    // the continuation: the window in which Qt 6.4's then(context) runs a continuation twice.
    QObject context;
    Finisher finisher;
    finisher.start();
    constexpr int kFutures = 20'000;
    std::vector<int> calls(kFutures, 0);
    int finished = 0;
    for (int i = 0; i < kFutures; ++i) {
        auto promise = std::make_shared<QPromise<int>>();
        promise->start();
        QFuture<int> future = promise->future();
        finisher.hand(std::move(promise));
        whenFinished(future, &context, [&calls, &finished, i](int value) {
            calls[size_t(i)] += value;
            ++finished;
        });
        if (i % 500 == 0)
            QCoreApplication::processEvents();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, kFutures, 60'000);
    QCoreApplication::processEvents();
    for (int i = 0; i < kFutures; ++i) {
        if (calls[size_t(i)] != 1)
            QFAIL(qPrintable(QStringLiteral("continuation %1 ran %2 times").arg(i).arg(calls[size_t(i)])));
    }
    QCOMPARE(finished, kFutures);
    finisher.stop();
    finisher.wait();
}

QTEST_GUILESS_MAIN(TestFutures)
#include "tst_futures.moc"
