#pragma once

#include "domain/OtpAppConfig.h"
#include "domain/OtpAppDraft.h"
#include "secrets/SecretResult.h"
#include "secrets/SecretStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class AppRepository;

// OTP apps together with their App Secrets: the one place that keeps the database row and
// the keychain entry in step. Creating a Sandbox app generates its key and secret; a failed
// keychain write undoes the database insert; an import writes the secrets before its one
// transaction; deleting an app deletes its keychain entry. Used by the GUI and by otpctl, on
// the thread that owns the repository.
class OtpAppService : public QObject
{
    Q_OBJECT

public:
    struct SavedApp {
        OtpAppConfig app; // as stored (or as it was, for remove)
        QString generatedSecret; // a new Sandbox app's secret, to show once
        // Translated: done, but something is left to tell (remove: the keychain entry stayed).
        QString warning;
    };
    using SaveResult = Result<SavedApp>;

    OtpAppService(AppRepository &repository, SecretStore *secrets, QObject *parent = nullptr);

    // The store for secrets; switching (to the session-only memory store) takes effect for the
    // next call.
    void setSecretStore(SecretStore *secrets);
    SecretStore *secretStore() const { return m_secrets; }

    QList<OtpAppConfig> apps() const { return m_apps; } // ordered by name
    QList<OtpAppConfig> storedApps() const; // read from the database now (no appsChanged)
    std::optional<OtpAppConfig> app(const QUuid &id) const;
    QStringList namesExcept(const QUuid &id = {}) const;
    void reload(); // re-reads the database (another process may have changed it)

    // Validates again (the caller's form may be stale). secret: the pasted App Secret of a
    // Live/Custom app; for Sandbox apps a key and secret are generated. copySecretFrom: a
    // duplicate of a Live/Custom app with no new secret takes the original's.
    QFuture<SaveResult> create(const OtpAppDraft &draft, const QString &secret,
                               const QUuid &copySecretFrom = {});
    // An already validated app to store as it is (its key kept), with its App Secret; an empty
    // secret: a Live/Custom app whose secret the user adds later.
    struct NewApp {
        OtpAppConfig config;
        QString secret;
    };
    using InsertResults = QList<Result<OtpAppConfig>>;
    struct InsertOutcome {
        // One per app, in order: the app as stored, or why it is not (the keychain's or the
        // database's message).
        InsertResults results;
        bool cancelled = false; // stopped before the commit point: nothing stored
    };
    // Asked before each keychain write; true stops before the commit point.
    using CancelCheck = std::function<bool()>;
    // Stores new apps (the import), all or nothing across keychain and database even if the
    // process is killed (AtomicAppInsert): every secret is written first, under an id given
    // now (a null or taken id is replaced) and recorded in the import's journal; then the apps
    // whose secret was stored, or that have none, are inserted in one transaction; secrets
    // written for apps not inserted are removed again. Delivered when every keychain call has
    // answered, with progress (the future's progress value: secrets written of its range);
    // appsChanged once.
    QFuture<InsertOutcome> insertAll(const QList<NewApp> &apps, const CancelCheck &cancelled = {});
    // newSecret empty: keep the stored one (a switch to Sandbox generates new credentials).
    QFuture<SaveResult> update(const OtpAppDraft &draft, const QString &newSecret);
    QFuture<SaveResult> remove(const QUuid &id);
    QFuture<SecretResult> secret(const QUuid &id) const;

    static QString noSecretStore(); // translated: no keychain to write to

signals:
    void appsChanged();
    // A secret was stored or replaced (after appsChanged for a new app: the keychain answers
    // later than the database). Not for insertAll(): its secrets are stored before its apps.
    void secretChanged(const QUuid &id);

private:
    QFuture<SaveResult> storeSecret(const OtpAppConfig &app, const QString &secret,
                                    bool undoInsertOnFailure, const QString &generatedSecret);
    // Removes an app whose secret could not be stored; returns the message for the user.
    QString undoInsert(const OtpAppConfig &app, const QString &why);
    // The first error of the draft (the caller's form may be stale), against the other names.
    Result<void> validate(const OtpAppDraft &draft, const QUuid &ownId) const;

    AppRepository &m_repository;
    QPointer<SecretStore> m_secrets;
    QList<OtpAppConfig> m_apps;
};
