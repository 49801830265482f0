#pragma once

#include <QString>
#include <QtGlobal>

#include <utility>

// A value, or a translated sentence saying what went wrong and what the user can do about it:
// the one shape every fallible call of the core returns (KeePassXC and qBittorrent use
// expected<T, QString> the same way), instead of bools, out-parameters or an ok+error struct per
// class. Result<void> for calls that succeed or fail with nothing to return. A default Result
// reads as success: wait for an answer in a std::optional<Result<T>>, never in a default one.
//
// The documented exceptions, each because its callers need more than "value or error":
// - SecretResult: the keychain's status ("not found" is an answer, not a failure);
// - OtpResult: the outcome of an API call, a domain value with its own outcomes and reasons;
// - ValidationIssues: every problem of a form at once, each under its field;
// - reports of what happened: DatabaseOpenReport (opened, created, upgraded, recovered...),
//   InstanceLock::Attempt (acquired, or who holds the lock), Workspace::Opening (both, and the
//   workspace), AppImportReport (app by app), SandboxRequestParser::ParsedBody (the fields and
//   what was wrong with the body, answered on the wire).
template<typename T> struct [[nodiscard]] Result {
    T value{};
    QString error; // empty on success

    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }

    static Result success(T value) { return Result{std::move(value), {}}; }
    static Result failure(QString error)
    {
        Q_ASSERT(!error.isEmpty()); // an empty error would read as success
        return Result{T{}, std::move(error)};
    }
};

template<> struct [[nodiscard]] Result<void> {
    QString error; // empty on success

    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }

    static Result success() { return Result{}; }
    static Result failure(QString error)
    {
        Q_ASSERT(!error.isEmpty());
        return Result{std::move(error)};
    }
};
