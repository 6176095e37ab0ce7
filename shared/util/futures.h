// Continuations of QFuture that run on a QObject's thread: Util::whenFinished(future, context, f)
// is what QFuture::then(context, f) promises, without the Qt 6.4 race in which a future finished on
// another thread while its continuation was being attached ran the continuation twice, the second
// time on a moved-from promise (a crash in QFutureInterfaceBase::reportStarted, seen under load).
// It watches the future with a QFutureWatcher (Qt's signal path, not its continuation path).
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <memory>
#include <type_traits>
#include <utility>

namespace Turno::Util
{

namespace Detail
{
template <typename T, typename F> struct ContinuationResult {
    using type = std::invoke_result_t<F, T>;
};
template <typename F> struct ContinuationResult<void, F> {
    using type = std::invoke_result_t<F>;
};

// Calls `function` with the result of the finished `future` and puts what it returns in `promise`.
template <typename T, typename R, typename F> void complete(const QFuture<T> &future, QPromise<R> &promise, F &function)
{
    promise.start();
    if (future.isCanceled()) {
        // As with then(): a cancelled future cancels what follows it and runs nothing.
        promise.future().cancel();
        promise.finish();
        return;
    }
    if constexpr (std::is_void_v<T> && std::is_void_v<R>) {
        function();
    } else if constexpr (std::is_void_v<T>) {
        promise.addResult(function());
    } else if constexpr (std::is_void_v<R>) {
        function(future.result());
    } else {
        promise.addResult(function(future.result()));
    }
    promise.finish();
}
} // namespace Detail

// Runs `function(result)` (or `function()` for QFuture<void>) on `context`'s thread once `future`
// has finished, and returns a future of what it returns. Call it from `context`'s thread. If the
// future has already finished, the function runs at once, as then(context) does; otherwise from
// the event loop. If `context` is destroyed first, the function never runs and the returned future
// is cancelled. A cancelled `future` cancels the returned one without running the function.
template <typename T, typename F>
auto whenFinished(const QFuture<T> &future, QObject *context, F function)
    -> QFuture<typename Detail::ContinuationResult<T, F>::type>
{
    using R = typename Detail::ContinuationResult<T, F>::type;
    Q_ASSERT(context);
    Q_ASSERT(context->thread() == QThread::currentThread());

    if (future.isFinished()) {
        QPromise<R> promise;
        QFuture<R> out = promise.future();
        Detail::complete(future, promise, function);
        return out;
    }

    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> out = promise->future();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, promise, function = std::move(function)]() mutable {
                         watcher->deleteLater();
                         Detail::complete(watcher->future(), *promise, function);
                     });
    watcher->setFuture(future);
    return out;
}

} // namespace Turno::Util
