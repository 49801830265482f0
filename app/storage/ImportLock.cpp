#include "ImportLock.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

QString ImportLock::fileName()
{
    return u"otp-manager.import.lock"_s;
}

ImportLock::ImportLock(const QString &dataDir) : m_lockFile(QDir(dataDir).filePath(fileName()))
{
    // 0: never stale by age (a long import is still alive); a dead holder is found by its pid.
    m_lockFile.setStaleLockTime(0);
}

ImportLock::~ImportLock() = default;

Result<void> ImportLock::tryLock()
{
    if (m_lockFile.isLocked() || m_lockFile.tryLock(0))
        return Result<void>::success();
    qint64 pid = 0;
    QString host, application;
    if (m_lockFile.error() == QLockFile::LockFailedError
        && m_lockFile.getLockInfo(&pid, &host, &application)) {
        return Result<void>::failure(
            tr("Another import of apps is being stored (process %1 on %2). Try again when it "
               "has finished.")
                .arg(pid)
                .arg(host));
    }
    return Result<void>::failure(
        tr("Could not lock the data folder for the import (%1). Check that the folder is "
           "writable and try again.")
            .arg(QDir::toNativeSeparators(m_lockFile.fileName())));
}
