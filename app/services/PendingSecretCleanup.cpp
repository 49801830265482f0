#include "PendingSecretCleanup.h"

#include "FutureCallback.h"
#include "SecretBatch.h"
#include "secrets/SecretStore.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/ImportLock.h"
#include "storage/PendingSecrets.h"

#include <QLoggingCategory>
#include <QPromise>

#include <memory>

Q_LOGGING_CATEGORY(lcPendingSecretCleanup, "otp.services.pendingsecrets")

namespace {
using Summary = PendingSecretCleanup::Summary;

QFuture<Summary> ready(const Summary &summary)
{
    QPromise<Summary> promise;
    promise.start();
    promise.addResult(summary);
    promise.finish();
    return promise.future();
}

// One clean-up on its way: the ids to remove and what became of them.
struct Cleanup {
    QPromise<Summary> promise;
    Summary summary;
    QList<QUuid> orphans; // journal ids with no app: their secrets go
    QList<QUuid> settled; // journal rows to delete
};
} // namespace

QFuture<Summary> PendingSecretCleanup::run(AppRepository &apps, SecretStore &secrets)
{
    PendingSecrets journal(apps.database());
    if (journal.isEmpty())
        return ready({});
    auto lock = std::make_shared<ImportLock>(apps.database().dataDir());
    if (!lock->tryLock()) {
        Summary skipped;
        skipped.skipped = true;
        return ready(skipped);
    }
    QFuture<Summary> future = runLocked(apps, secrets);
    // The lock is held until the clean-up has finished (or was cancelled with the store).
    auto *watcher = new QFutureWatcher<Summary>(&secrets);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, lock] {
        lock->unlock();
        watcher->deleteLater();
    });
    watcher->setFuture(future);
    return future;
}

QFuture<Summary> PendingSecretCleanup::runLocked(AppRepository &apps, SecretStore &secrets)
{
    PendingSecrets journal(apps.database());
    const QList<QUuid> ids = journal.list();
    if (ids.isEmpty())
        return ready({});
    auto cleanup = std::make_shared<Cleanup>();
    cleanup->promise.start();
    for (const QUuid &id : ids) {
        // Stored: the import committed (its row should be gone; tidy it). Never remove the
        // secret of an app that exists.
        (apps.find(id) ? cleanup->settled : cleanup->orphans) << id;
    }
    Database *database = &apps.database();
    auto *batch = new SecretBatch(
        cleanup->orphans.size(),
        [cleanup, &secrets](qsizetype i) { return secrets.remove(cleanup->orphans.at(i)); }, {},
        &secrets);
    QObject::connect(batch, &SecretBatch::answered, batch,
                     [cleanup](qsizetype i, const SecretResult &result) {
                         if (result.ok()) {
                             ++cleanup->summary.removed;
                             cleanup->settled << cleanup->orphans.at(i);
                         } else {
                             ++cleanup->summary.kept;
                             cleanup->summary.error = result.message;
                         }
                     });
    QObject::connect(batch, &SecretBatch::finished, batch, [cleanup, database] {
        const Result<void> cleared = PendingSecrets(*database).remove(cleanup->settled);
        if (!cleared)
            qCWarning(lcPendingSecretCleanup) << "journal not cleared:" << cleared.error;
        qCInfo(lcPendingSecretCleanup) << "removed" << cleanup->summary.removed
                                       << "orphaned secrets, kept" << cleanup->summary.kept;
        cleanup->promise.addResult(cleanup->summary);
        cleanup->promise.finish();
    });
    batch->start();
    return cleanup->promise.future();
}

QString PendingSecretCleanup::describe(const Summary &summary)
{
    if (summary.kept > 0) {
        return tr("%n App Secret(s) that an unfinished import left in the keychain could not be "
                  "removed yet (%1). OTP Manager tries again the next time it starts.",
                  nullptr, summary.kept)
            .arg(summary.error);
    }
    if (summary.removed > 0) {
        return tr("Removed %n App Secret(s) that an unfinished import had left in the keychain.",
                  nullptr, summary.removed);
    }
    return {};
}
