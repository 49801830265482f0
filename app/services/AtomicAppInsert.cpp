#include "AtomicAppInsert.h"

#include "FutureCallback.h"
#include "PendingSecretCleanup.h"
#include "SecretBatch.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/ImportLock.h"
#include "storage/PendingSecrets.h"

#include <QSet>

using Outcome = OtpAppService::InsertOutcome;

AtomicAppInsert::AtomicAppInsert(AppRepository &repository, SecretStore *secrets,
                                 QList<OtpAppService::NewApp> apps,
                                 OtpAppService::CancelCheck cancelled, QObject *parent)
    : QObject(parent), m_repository(repository), m_secrets(secrets), m_apps(std::move(apps)),
      m_cancelled(std::move(cancelled)),
      m_lock(std::make_unique<ImportLock>(repository.database().dataDir()))
{
    m_outcome.results.fill(Result<OtpAppConfig>::success({}), m_apps.size());
    m_written.fill(false, m_apps.size());
}

AtomicAppInsert::~AtomicAppInsert() = default;

QFuture<Outcome> AtomicAppInsert::start()
{
    m_promise.start();
    QFuture<Outcome> future = m_promise.future();
    if (const Result<void> locked = m_lock->tryLock(); !locked) {
        failAll(locked.error);
        finish();
        return future;
    }
    assignIds();
    if (!m_secrets) {
        recordAndWrite();
        return future;
    }
    // A half-finished earlier import is cleaned first: its ids never collide with ours, but its
    // secrets are ones the user no longer has an app for.
    whenFinished(this, PendingSecretCleanup::runLocked(m_repository, *m_secrets),
                 [this](const PendingSecretCleanup::Summary &) { recordAndWrite(); });
    return future;
}

void AtomicAppInsert::assignIds()
{
    // A secret is written under its app's id before the insert: that id must belong to no
    // stored app (another process may have added one), or its secret would be overwritten.
    QSet<QUuid> used;
    for (OtpAppService::NewApp &app : m_apps) {
        QUuid &id = app.config.id;
        if (id.isNull() || used.contains(id) || m_repository.find(id))
            id = QUuid::createUuid();
        used.insert(id);
    }
}

void AtomicAppInsert::recordAndWrite()
{
    QList<QUuid> ids;
    for (qsizetype i = 0; i < m_apps.size(); ++i) {
        if (m_apps.at(i).secret.isEmpty())
            continue;
        if (!m_secrets) {
            m_outcome.results[i] = Result<OtpAppConfig>::failure(OtpAppService::noSecretStore());
            continue;
        }
        m_toWrite << i;
        ids << m_apps.at(i).config.id;
    }
    // On disk before the first keychain write: a kill from here on leaves a trace to clean.
    if (const Result<void> recorded = PendingSecrets(m_repository.database()).add(ids); !recorded) {
        failAll(recorded.error);
        finish();
        return;
    }
    writeSecrets();
}

void AtomicAppInsert::writeSecrets()
{
    m_promise.setProgressRange(0, int(m_toWrite.size()));
    m_promise.setProgressValue(0);
    auto *batch = new SecretBatch(
        m_toWrite.size(),
        [this](qsizetype k) {
            const OtpAppService::NewApp &app = m_apps.at(m_toWrite.at(k));
            return m_secrets->write(app.config.id, app.secret);
        },
        [this] { return m_cancelled && m_cancelled(); }, this);
    auto answered = std::make_shared<int>(0);
    connect(batch, &SecretBatch::answered, this,
            [this, answered](qsizetype k, const SecretResult &written) {
                const qsizetype i = m_toWrite.at(k);
                if (written.ok())
                    m_written[i] = true;
                else
                    m_outcome.results[i] = Result<OtpAppConfig>::failure(written.message);
                m_promise.setProgressValue(++*answered);
            });
    connect(batch, &SecretBatch::finished, this, [this] {
        if (m_cancelled && m_cancelled()) {
            m_outcome.cancelled = true; // before the commit point: nothing is stored
            undo();
            return;
        }
        commit();
    });
    batch->start();
}

void AtomicAppInsert::commit()
{
    QList<OtpAppConfig> configs;
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < m_apps.size(); ++i) {
        if (m_outcome.results.at(i).ok()) {
            configs << m_apps.at(i).config;
            rows << i;
        }
    }
    const Result<QList<OtpAppConfig>> inserted = configs.isEmpty()
        ? Result<QList<OtpAppConfig>>::success({})
        : m_repository.insertAll(configs, AppRepository::SettlePendingSecrets::Yes);
    if (!inserted) {
        for (const qsizetype row : std::as_const(rows))
            m_outcome.results[row] = Result<OtpAppConfig>::failure(inserted.error);
    } else {
        for (qsizetype k = 0; k < rows.size(); ++k)
            m_outcome.results[rows.at(k)] = Result<OtpAppConfig>::success(inserted.value.at(k));
        if (!configs.isEmpty())
            emit committed();
    }
    undo(); // the secrets of the apps not inserted, and the rows of failed writes
}

// Everything still in the journal belongs to this run (it holds the lock) and has no app.
void AtomicAppInsert::undo()
{
    if (!m_secrets) {
        finish();
        return;
    }
    whenFinished(this, PendingSecretCleanup::runLocked(m_repository, *m_secrets),
                 [this](const PendingSecretCleanup::Summary &) { finish(); });
}

void AtomicAppInsert::failAll(const QString &error)
{
    for (Result<OtpAppConfig> &result : m_outcome.results)
        result = Result<OtpAppConfig>::failure(error);
}

void AtomicAppInsert::finish()
{
    m_lock->unlock();
    m_promise.addResult(m_outcome);
    m_promise.finish();
    deleteLater();
}
