#include "OtpAppService.h"

#include "FutureCallback.h"
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
    OtpAppService::SaveResult result;
    result.error = error;
    return result;
}

QString noSecretStore()
{
    return QCoreApplication::translate(
        "OtpAppService",
        "No keychain is available for App Secrets. Accept the session-only "
        "mode or make the system keychain available, then try again.");
}

} // namespace

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

void OtpAppService::reload()
{
    m_apps = m_repository.list();
    emit appsChanged();
}

OtpAppService::SaveResult OtpAppService::validationFailure(const OtpAppDraft &draft,
                                                           const QUuid &ownId) const
{
    const ValidationIssues issues = OtpAppValidator::validate(draft, namesExcept(ownId));
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            return failure(issue.message);
    }
    return {true, {}, {}, {}};
}

QFuture<OtpAppService::SaveResult>
OtpAppService::create(const OtpAppDraft &draft, const QString &secret, const QUuid &copySecretFrom)
{
    if (const SaveResult check = validationFailure(draft, {}); !check.ok)
        return ready(check);
    if (!m_secrets)
        return ready(failure(noSecretStore()));

    OtpAppConfig config = OtpAppValidator::toConfig(draft);
    config.id = QUuid(); // the repository makes a new one
    QString newSecret = secret.trimmed();
    QString generatedSecret;
    if (config.environment == Environment::Sandbox) {
        const CredentialGenerator::Credentials credentials
            = CredentialGenerator::sandboxCredentials();
        config.appKey = credentials.appKey;
        newSecret = credentials.appSecret;
        generatedSecret = credentials.appSecret;
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
            settle(*promise, SaveResult{true, app, generatedSecret, {}});
        });
    return promise->future();
}

QFuture<OtpAppService::SaveResult> OtpAppService::insert(const OtpAppConfig &config,
                                                         const QString &secret)
{
    if (!m_secrets && !secret.isEmpty())
        return ready(failure(noSecretStore()));
    const Result<OtpAppConfig> inserted = m_repository.insert(config);
    if (!inserted)
        return ready(failure(inserted.error));
    m_apps = m_repository.list();
    emit appsChanged();
    if (secret.isEmpty())
        return ready({true, inserted.value, {}, {}});
    return storeSecret(inserted.value, secret, true, {});
}

QFuture<OtpAppService::SaveResult> OtpAppService::update(const OtpAppDraft &draft,
                                                         const QString &newSecret)
{
    const std::optional<OtpAppConfig> existing = app(draft.id);
    if (!existing)
        return ready(failure(tr("This app no longer exists; it may have been deleted.")));
    if (const SaveResult check = validationFailure(draft, draft.id); !check.ok)
        return ready(check);

    OtpAppConfig config = OtpAppValidator::toConfig(draft);
    config.createdAt = existing->createdAt;
    QString secret = newSecret.trimmed();
    QString generatedSecret;
    if (config.environment == Environment::Sandbox) {
        if (existing->environment == Environment::Sandbox) {
            config.appKey = existing->appKey; // keep working credentials
        } else {
            const CredentialGenerator::Credentials credentials
                = CredentialGenerator::sandboxCredentials();
            config.appKey = credentials.appKey;
            secret = credentials.appSecret;
            generatedSecret = credentials.appSecret;
        }
    }
    const Result<OtpAppConfig> updated = m_repository.update(config);
    if (!updated)
        return ready(failure(updated.error));
    m_apps = m_repository.list();
    emit appsChanged();
    if (secret.isEmpty())
        return ready({true, updated.value, {}, {}});
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
        return ready({true, *existing, {}, {}});
    const OtpAppConfig app = *existing;
    auto promise = std::make_shared<QPromise<SaveResult>>();
    promise->start();
    whenFinished(this, m_secrets->remove(id), [app, promise](const SecretResult &result) {
        // The app is gone either way; a keychain entry left behind is reported, not fatal.
        SaveResult saved{true, app, {}, {}};
        if (!result.ok())
            saved.error = result.message;
        settle(*promise, saved);
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
