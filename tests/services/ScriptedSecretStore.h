#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <QPromise>
#include <QSet>

#include <functional>
#include <memory>

// A keychain the tests script: secrets in memory like MemorySecretStore, but a write of a
// secret listed in `failingSecrets` fails as a locked keychain does, and while `holdAnswers`
// is set every answer waits for release(). Answers are never synchronous, like the real ones.
class ScriptedSecretStore : public SecretStore
{
public:
    QSet<QString> failingSecrets;
    bool holdAnswers = false;
    QHash<QUuid, QString> secrets; // what is stored now
    int writes = 0; // write() calls

    QFuture<SecretResult> read(const QUuid &appId) override
    {
        return answer([this, appId] {
            const auto found = secrets.constFind(appId);
            return found == secrets.cend() ? SecretResult::failure(SecretResult::Status::NotFound)
                                           : SecretResult::success(*found);
        });
    }
    QFuture<SecretResult> write(const QUuid &appId, const QString &secret) override
    {
        ++writes;
        return answer([this, appId, secret] {
            if (failingSecrets.contains(secret))
                return SecretResult::failure(SecretResult::Status::AccessDenied);
            secrets.insert(appId, secret);
            return SecretResult::success();
        });
    }
    QFuture<SecretResult> remove(const QUuid &appId) override
    {
        return answer([this, appId] {
            secrets.remove(appId);
            return SecretResult::success();
        });
    }
    bool isPersistent() const override { return true; }

    qsizetype heldAnswers() const { return m_held.size(); }
    void release()
    {
        const QList<std::function<void()>> held = std::exchange(m_held, {});
        for (const auto &deliver : held)
            deliver();
    }

private:
    // The call takes effect when it is answered: a held write has stored nothing yet.
    QFuture<SecretResult> answer(std::function<SecretResult()> outcome)
    {
        auto promise = std::make_shared<QPromise<SecretResult>>();
        promise->start();
        const std::function<void()> deliver = [promise, outcome] {
            promise->addResult(outcome());
            promise->finish();
        };
        if (holdAnswers)
            m_held << deliver;
        else
            QMetaObject::invokeMethod(this, deliver, Qt::QueuedConnection);
        return promise->future();
    }

    QList<std::function<void()>> m_held;
};
