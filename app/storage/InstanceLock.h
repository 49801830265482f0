#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

// Only one process writes a data folder at a time: <dataDir>/otp-manager.lock (QLockFile).
// A lock left by a crashed process (its pid no longer runs this program on this host) is
// taken over; a live holder is never considered stale because of its age.
class InstanceLock
{
    Q_DECLARE_TR_FUNCTIONS(InstanceLock)

public:
    struct Attempt {
        bool acquired = false;
        qint64 holderPid = 0; // when not acquired and known
        QString holderHost;
        QString holderApp;
        QString message; // translated; set when not acquired
    };

    static QString fileName(); // "otp-manager.lock"

    explicit InstanceLock(const QString &dataDir);
    ~InstanceLock(); // releases the lock if held
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    // Does not wait: either this process is now the one writer, or the result says who is.
    Attempt tryLock();
    void unlock();
    bool isLocked() const { return m_lockFile.isLocked(); }
    QString filePath() const { return m_filePath; }

private:
    QString m_dataDir;
    QString m_filePath;
    QLockFile m_lockFile;
};
