#include "MemorySecretStore.h"

#include <QPromise>

#include <memory>

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent) { }

MemorySecretStore::~MemorySecretStore() = default;

QFuture<SecretResult> MemorySecretStore::deliver(const SecretResult &result)
{
    auto promise = std::make_shared<QPromise<SecretResult>>();
    promise->start();
    QFuture<SecretResult> future = promise->future();
    // Queued on this object: if the store is destroyed first, the call is dropped and the
    // promise's destructor cancels the future.
    QMetaObject::invokeMethod(
        this,
        [promise, result]() {
            promise->addResult(result);
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<SecretResult> MemorySecretStore::read(const QUuid &appId)
{
    if (m_failure)
        return deliver(SecretResult::failure(*m_failure));
    const auto found = m_secrets.constFind(appId);
    if (found == m_secrets.cend())
        return deliver(SecretResult::failure(SecretResult::Status::NotFound));
    return deliver(SecretResult::success(*found));
}

QFuture<SecretResult> MemorySecretStore::write(const QUuid &appId, const QString &secret)
{
    if (m_failure)
        return deliver(SecretResult::failure(*m_failure));
    m_secrets.insert(appId, secret);
    return deliver(SecretResult::success());
}

QFuture<SecretResult> MemorySecretStore::remove(const QUuid &appId)
{
    if (m_failure)
        return deliver(SecretResult::failure(*m_failure));
    m_secrets.remove(appId);
    return deliver(SecretResult::success());
}
