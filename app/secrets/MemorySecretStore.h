#pragma once

#include "SecretStore.h"

#include <QHash>

#include <optional>

// Secrets in this process's memory only: for UI tests, and for the session-only mode the user
// accepts when no keychain is reachable (secrets are forgotten on exit). Answers arrive
// asynchronously (queued), like the keychain's, so callers cannot come to rely on a
// synchronous answer.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    QFuture<SecretResult> read(const QUuid &appId) override;
    QFuture<SecretResult> write(const QUuid &appId, const QString &secret) override;
    QFuture<SecretResult> remove(const QUuid &appId) override;
    bool isPersistent() const override { return false; }

    // Test seam: while set, every call fails with this status (e.g. Unavailable) and changes
    // nothing. std::nullopt: work normally.
    void setFailure(std::optional<SecretResult::Status> status) { m_failure = status; }
    qsizetype size() const { return m_secrets.size(); }

private:
    QFuture<SecretResult> deliver(const SecretResult &result);

    QHash<QUuid, QString> m_secrets;
    std::optional<SecretResult::Status> m_failure;
};
