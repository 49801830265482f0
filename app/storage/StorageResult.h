#pragma once

#include <QString>

#include <variant>

// The outcome of a storage call: a value, or a translated sentence saying what went wrong and
// what the user can do about it. Repositories return these instead of bools or exceptions.
template<typename T> struct StorageResult {
    T value{};
    QString error; // empty on success

    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }

    static StorageResult success(T value) { return StorageResult{std::move(value), {}}; }
    static StorageResult failure(QString error) { return StorageResult{T{}, std::move(error)}; }
};

// For calls that succeed or fail but have nothing to return.
using StorageStatus = StorageResult<std::monostate>;
