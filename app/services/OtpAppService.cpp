#include "OtpAppService.h"

#include "AtomicAppInsert.h"
#include "FutureCallback.h"
#include "api/ErrorLookup.h"
#include "domain/OtpAppValidator.h"
#include "secrets/CredentialGenerator.h"
#include "secrets/SecretStore.h"
#include "storage/AppRepository.h"

#include <QPromise>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

QFuture<OtpAppService::SaveResult> ready(OtpAppService::SaveResult result)
{
    QPromise<OtpAppService::SaveResult> promise;
    promise.start();
    promise.addResult(std::move(result));
    promise.finish();
    return promise.future();
}

void settle(QPromise<OtpAppService::SaveResult> &promise, const OtpAppService::SaveResult &result)
{
    promise.addResult(result);
    promise.finish();
}

OtpAppService::SaveResult failure(const QString &error)
{
    return OtpAppService::SaveResult::failure(error);
}

OtpAppService::SaveResult saved(const OtpAppConfig &app, const QString &generatedSecret = {})
{
    return OtpAppService::SaveResult::success({app, generatedSecret, {}});
}

// A Sandbox app's fake credentials: the key goes into config, the secret is returned.
QString giveSandboxCredentials(OtpAppConfig &config)
{
    const CredentialGenerator::Credentials credentials = CredentialGenerator::sandboxCredentials();
    config.appKey = credentials.appKey;
    return credentials.appSecret;
}

} // namespace

QString OtpAppService::noSecretStore()
{
    return tr("No keychain is available for App Secrets. Accept the session-only "
              "mode or make the system keychain available, then try again.");
}

OtpAppService::OtpAppService(AppRepository &repository, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_repository(repository), m_secrets(secrets)
{
    m_apps = m_repository.list();
}

void OtpAppService::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
}

std::optional<OtpAppConfig> OtpAppService::app(const QUuid &id) const
{
    for (const OtpAppConfig &app : m_apps) {
        if (app.id == id)
            return app;
    }
    return std::nullopt;
}

QStringList OtpAppService::namesExcept(const QUuid &id) const
{
    QStringList names;
    for (const OtpAppConfig &app : m_apps) {
        if (app.id != id || id.isNull())
            names << app.name;
    }
    return names;
}

QList<OtpAppConfig> OtpAppService::storedApps() const
{
    return m_repository.list();
}

void OtpAppService::reload()
{
    m_apps = m_repository.list();
    emit appsChanged();
}

Result<void> OtpAppService::validate(const OtpAppDraft &draft, const QUuid &ownId) const
{
    const ValidationIssues issues
        = OtpAppValidator::validate(draft, namesExcept(ownId), ErrorLookup::namesCatalogEntry);
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            return Result<void>::failure(issue.message);
    }
    return Result<void>::success();
}

QFuture<OtpAppService::SaveResult>
OtpAppService::create(const OtpAppDraft &draft, const QString &secret, const QUuid &copySecretFrom)
{
    if (const Result<void> check = validate(draft, {}); !check)
        return ready(failure(check.error));
    if (!m_secrets)
        return ready(failure(noSecretStore()));

    OtpAppConfig config = OtpAppValidator::toConfig(draft);
    config.id = QUuid(); // the repository makes a new one
    QString newSecret = secret.trimmed();
    QString generatedSecret;
    if (config.environment == Environment::Sandbox) {
        generatedSecret = giveSandboxCredentials(config);
        newSecret = generatedSecret;
    }
    const Result<OtpAppConfig> inserted = m_repository.insert(config);
    if (!inserted)
        return ready(failure(inserted.error));
    m_apps = m_repository.list();
    emit appsChanged();

    if (newSecret.isEmpty() && !copySecretFrom.isNull()) {
        // A duplicate of a Live/Custom app keeps the original's secret.
        const OtpAppConfig app = inserted.value;
        auto promise = std::make_shared<QPromise<SaveResult>>();
        promise->start();
        whenFinished(this, m_secrets->read(copySecretFrom),
                     [this, app, promise](const SecretResult &original) {
                         if (!original.ok()) {
                             settle(*promise, failure(undoInsert(app, original.message)));
                             return;
                         }
                         whenFinished(
                             this, storeSecret(app, original.secret, true, {}),
                             [promise](const SaveResult &stored) { settle(*promise, stored); });
                     });
        return promise->future();
    }
    return storeSecret(inserted.value, newSecret, true, generatedSecret);
}

QString OtpAppService::undoInsert(const OtpAppConfig &app, const QString &why)
{
    const Result<bool> removed = m_repository.remove(app.id);
    reload();
    if (removed)
        return why;
    return tr("%1 “%2” stays in the list without its App Secret, because removing it failed too: "
              "%3 Add the secret by editing the app, or delete it.")
        .arg(why, app.name, removed.error);
}

QFuture<OtpAppService::SaveResult> OtpAppService::storeSecret(const OtpAppConfig &app,
                                                              const QString &secret,
                                                              bool undoInsertOnFailure,
                                                              const QString &generatedSecret)
{
    if (!m_secrets)
        return ready(failure(noSecretStore()));
    auto promise = std::make_shared<QPromise<SaveResult>>();
    promise->start();
    whenFinished(
        this, m_secrets->write(app.id, secret),
        [this, app, undoInsertOnFailure, generatedSecret, promise](const SecretResult &written) {
            if (!written.ok()) {
                // Never leave an app whose secret is nowhere: undo the insert.
                settle(*promise,
                       failure(undoInsertOnFailure ? undoInsert(app, written.message)
                                                   : written.message));
                return;
            }
            emit secretChanged(app.id);
            settle(*promise, saved(app, generatedSecret));
        });
    return promise->future();
}

QFuture<OtpAppService::InsertOutcome> OtpAppService::insertAll(const QList<NewApp> &apps,
                                                               const CancelCheck &cancelled)
{
    auto *run = new AtomicAppInsert(m_repository, m_secrets, apps, cancelled, this);
    connect(run, &AtomicAppInsert::committed, this, [this] {
        m_apps = m_repository.list();
        emit appsChanged();
    });
    return run->start();
}

QFuture<OtpAppService::SaveResult> OtpAppService::update(const OtpAppDraft &draft,
                                                         const QString &newSecret)
{
    const std::optional<OtpAppConfig> existing = app(draft.id);
    if (!existing)
        return ready(failure(tr("This app no longer exists; it may have been deleted.")));
    if (const Result<void> check = validate(draft, draft.id); !check)
        return ready(failure(check.error));

    OtpAppConfig config = OtpAppValidator::toConfig(draft);
    config.createdAt = existing->createdAt;
    QString secret = newSecret.trimmed();
    QString generatedSecret;
    if (config.environment == Environment::Sandbox) {
        if (existing->environment == Environment::Sandbox) {
            config.appKey = existing->appKey; // keep working credentials
        } else {
            generatedSecret = giveSandboxCredentials(config);
            secret = generatedSecret;
        }
    }
    const Result<OtpAppConfig> updated = m_repository.update(config);
    if (!updated)
        return ready(failure(updated.error));
    m_apps = m_repository.list();
    emit appsChanged();
    if (secret.isEmpty())
        return ready(saved(updated.value));
    return storeSecret(updated.value, secret, false, generatedSecret);
}

QFuture<OtpAppService::SaveResult> OtpAppService::remove(const QUuid &id)
{
    const std::optional<OtpAppConfig> existing = app(id);
    if (!existing)
        return ready(failure(tr("This app no longer exists; it may have been deleted.")));
    const Result<bool> removed = m_repository.remove(id);
    if (!removed)
        return ready(failure(removed.error));
    m_apps = m_repository.list();
    emit appsChanged();
    if (!m_secrets)
        return ready(saved(*existing));
    const OtpAppConfig app = *existing;
    auto promise = std::make_shared<QPromise<SaveResult>>();
    promise->start();
    whenFinished(this, m_secrets->remove(id), [app, promise](const SecretResult &result) {
        // The app is gone either way; a keychain entry left behind is reported, not fatal.
        SaveResult removed = saved(app);
        if (!result.ok())
            removed.value.warning = result.message;
        settle(*promise, removed);
    });
    return promise->future();
}

QFuture<SecretResult> OtpAppService::secret(const QUuid &id) const
{
    if (!m_secrets) {
        QPromise<SecretResult> promise;
        promise.start();
        promise.addResult(SecretResult::failure(SecretResult::Status::Unavailable));
        promise.finish();
        return promise.future();
    }
    return m_secrets->read(id);
}
