#pragma once

#include "SecretResult.h"

#include <QFuture>
#include <QObject>
#include <QUuid>

// Where App Secrets live: one secret per app id. Every call returns at once; its future is
// fulfilled later on the store's thread (never synchronously inside the call), so callers
// attach `.then(context, ...)` and never block. If the store is destroyed first, pending
// futures are cancelled, so continuations bound to a context simply do not run.
// Call the store from the thread it lives in.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SecretStore() override;

    virtual QFuture<SecretResult> read(const QUuid &appId) = 0;
    // Creates or overwrites.
    virtual QFuture<SecretResult> write(const QUuid &appId, const QString &secret) = 0;
    // Ok also when there was nothing to remove.
    virtual QFuture<SecretResult> remove(const QUuid &appId) = 0;

    // False for a store that forgets everything on exit (session-only mode): the UI shows a
    // banner while such a store is in use.
    virtual bool isPersistent() const = 0;
};
