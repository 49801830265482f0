#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

// Calls `function(result)` on `context`'s thread when `future` has a result. Nothing is called
// when the future is cancelled, or when `context` is destroyed first: the watcher is its
// child and goes with it. (QFuture::then(context, …) in Qt 6.4 asserts, or silently leaves its
// own future pending, when the context dies before the future finishes — a window closed
// while the keychain was still answering.)
template<typename T, typename Function>
void whenFinished(QObject *context, const QFuture<T> &future, Function &&function)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, function = std::forward<Function>(function)]() mutable {
                         const QFuture<T> done = watcher->future();
                         watcher->deleteLater();
                         if (!done.isCanceled() && done.resultCount() > 0)
                             function(done.result());
                     });
    watcher->setFuture(future);
}
