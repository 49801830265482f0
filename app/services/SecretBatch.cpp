#include "SecretBatch.h"

#include <QFutureWatcher>

SecretBatch::SecretBatch(qsizetype count, Call call, StopCheck stop, QObject *parent)
    : QObject(parent), m_count(count), m_call(std::move(call)), m_stop(std::move(stop))
{ }

void SecretBatch::start()
{
    for (int i = 0; i < Window; ++i)
        startNext();
    if (m_inFlight == 0) {
        emit finished(m_next);
        deleteLater();
    }
}

void SecretBatch::startNext()
{
    if (m_next >= m_count || m_stopped)
        return;
    if (m_stop && m_stop()) {
        m_stopped = true;
        return;
    }
    const qsizetype index = m_next++;
    ++m_inFlight;
    auto *watcher = new QFutureWatcher<SecretResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, index] {
        const QFuture<SecretResult> done = watcher->future();
        watcher->deleteLater();
        onAnswer(index,
                 !done.isCanceled() && done.resultCount() > 0
                     ? done.result()
                     : SecretResult::failure(SecretResult::Status::Failed));
    });
    watcher->setFuture(m_call(index));
}

void SecretBatch::onAnswer(qsizetype index, const SecretResult &result)
{
    --m_inFlight;
    emit answered(index, result);
    startNext();
    if (m_inFlight == 0) {
        emit finished(m_next);
        deleteLater();
    }
}
