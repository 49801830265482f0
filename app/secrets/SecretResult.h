#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>

// The answer of a SecretStore call. `message` is translated and says what is wrong and how to
// fix it; it never contains the secret.
struct SecretResult {
    enum class Status {
        Ok,
        NotFound, // no secret stored for this app (or, on Linux, the keyring is locked)
        Unavailable, // no keychain reachable (no D-Bus session, no keyring service, no backend)
        AccessDenied, // keychain locked, or the user / system refused access
        Timeout, // no answer within the time limit
        Failed, // anything else
    };

    Status status = Status::Failed;
    QString secret; // read() with Ok only
    QString message; // empty for Ok

    bool ok() const { return status == Status::Ok; }

    static SecretResult success(QString secret = {});
    // detail: the backend's own words, appended for support; may be empty.
    static SecretResult failure(Status status, const QString &detail = {});
    static SecretResult timeout(std::chrono::milliseconds limit);

    Q_DECLARE_TR_FUNCTIONS(SecretResult) // last: the macro leaves the access at private
};
