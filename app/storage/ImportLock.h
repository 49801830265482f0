#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

// <dataDir>/otp-manager.import.lock (QLockFile): held by an import from its journal entry
// (PendingSecrets) to its commit or undo, and by the clean-up of what a killed import left.
// So the clean-up of one process never removes the secrets of an import another process is
// still storing (otpctl does not take the instance lock; the GUI may run beside it). A lock
// whose process died is taken over, as InstanceLock's is.
class ImportLock
{
    Q_DECLARE_TR_FUNCTIONS(ImportLock)

public:
    static QString fileName(); // "otp-manager.import.lock"

    explicit ImportLock(const QString &dataDir);
    ~ImportLock(); // releases the lock if held
    ImportLock(const ImportLock &) = delete;
    ImportLock &operator=(const ImportLock &) = delete;

    // Does not wait. The error says which process is importing.
    Result<void> tryLock();
    void unlock() { m_lockFile.unlock(); }
    bool isLocked() const { return m_lockFile.isLocked(); }

private:
    QLockFile m_lockFile;
};
