#include "InstanceLock.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

QString InstanceLock::fileName()
{
    return u"otp-manager.lock"_s;
}

InstanceLock::InstanceLock(const QString &dataDir)
    : m_dataDir(QDir::cleanPath(dataDir)), m_filePath(QDir(m_dataDir).filePath(fileName())),
      m_lockFile(m_filePath)
{
    // 0: never stale by age. The default (30 s) would let a second instance steal the lock
    // of a first one that has simply been running for a while. Dead holders are still
    // detected by their pid.
    m_lockFile.setStaleLockTime(0);
}

InstanceLock::~InstanceLock() = default;

InstanceLock::Attempt InstanceLock::tryLock()
{
    Attempt result;
    if (m_lockFile.isLocked()) {
        result.acquired = true;
        return result;
    }
    QDir().mkpath(m_dataDir);
    if (m_lockFile.tryLock(0)) {
        result.acquired = true;
        return result;
    }

    const QString folder = QDir::toNativeSeparators(m_dataDir);
    switch (m_lockFile.error()) {
    case QLockFile::LockFailedError:
        m_lockFile.getLockInfo(&result.holderPid, &result.holderHost, &result.holderApp);
        if (result.holderPid > 0) {
            result.message
                = tr("OTP Manager is already running (process %1 on %2) and is using the data "
                     "folder %3. Switch to that window, or close it and try again. To run a second "
                     "copy at the same time, start it with another --data-dir.")
                      .arg(result.holderPid)
                      .arg(result.holderHost.isEmpty() ? tr("this computer") : result.holderHost,
                           folder);
        } else {
            result.message = tr("Another OTP Manager is using the data folder %1. Close it and "
                                "try again, or start this one with another --data-dir.")
                                 .arg(folder);
        }
        break;
    case QLockFile::PermissionError:
        result.message = tr("Could not create the lock file in the data folder %1: permission "
                            "denied. Make the folder writable for you, or start OTP Manager "
                            "with another --data-dir.")
                             .arg(folder);
        break;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        result.message = tr("Could not create the lock file %1. Check that the data folder "
                            "exists and the disk is not full, or start OTP Manager with another "
                            "--data-dir.")
                             .arg(QDir::toNativeSeparators(m_filePath));
        break;
    }
    return result;
}

void InstanceLock::unlock()
{
    if (m_lockFile.isLocked())
        m_lockFile.unlock();
}
