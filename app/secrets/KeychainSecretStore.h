#pragma once

#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <chrono>

// App Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows): one entry per app, service "<prefix><app uuid>",
// key "app-secret". Never an insecure (plaintext) fallback.
//
// Every call finishes within the time limit even if the keychain never answers (locked and
// waiting for a prompt nobody sees, a hung service): a QTimer guard fulfils the future with
// Timeout. The QtKeychain job itself cannot be aborted; it is left to finish and delete itself,
// and its late answer is ignored.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};

    static QString defaultServicePrefix(); // "th.otpmanager.OtpManager/"
    static QString entryKey(); // "app-secret"
    // Loads the system library QtKeychain uses, from any thread, ahead of the first call that
    // would load it on the caller's (Linux: libsecret and GLib's D-Bus code, a tenth of the
    // desktop app's start-up). Elsewhere the keychain is part of the system: nothing to do.
    static void preloadBackend();

    explicit KeychainSecretStore(QObject *parent = nullptr);
    KeychainSecretStore(QString servicePrefix, std::chrono::milliseconds timeout,
                        QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QFuture<SecretResult> read(const QUuid &appId) override;
    QFuture<SecretResult> write(const QUuid &appId, const QString &secret) override;
    QFuture<SecretResult> remove(const QUuid &appId) override;
    bool isPersistent() const override { return true; }

    QString serviceName(const QUuid &appId) const;

    // How a finished QtKeychain job's error reads for the user (public for tests).
    static SecretResult resultForError(QKeychain::Error error, const QString &errorString);

private:
    enum class Operation { Read, Write, Remove };
    QFuture<SecretResult> start(QKeychain::Job *job, Operation operation);

    QString m_servicePrefix;
    std::chrono::milliseconds m_timeout;
};
