#include "storage/InstanceLock.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestInstanceLock : public QObject
{
    Q_OBJECT

private slots:
    void firstInstanceGetsTheLock();
    void secondLockInTheSameProcessFails();
    void anotherProcessHoldingTheLockIsNamed();
    void lockOfAKilledProcessIsTakenOver();
    void differentFoldersDoNotConflict();

private:
    // Starts the helper holding the lock on `dir`; returns its pid, 0 on failure.
    qint64 startHolder(QProcess &process, const QString &dir);
};

qint64 TestInstanceLock::startHolder(QProcess &process, const QString &dir)
{
    process.start(QStringLiteral(OTP_STORAGE_TEST_CHILD), {u"hold-lock"_s, dir});
    if (!process.waitForStarted(10000))
        return 0;
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(10000))
            return 0;
    }
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    if (!line.startsWith(u"locked "))
        return 0;
    return line.mid(7).toLongLong();
}

void TestInstanceLock::firstInstanceGetsTheLock()
{
    QTemporaryDir dir;
    InstanceLock lock(dir.path());
    const InstanceLock::Attempt result = lock.tryLock();
    QVERIFY(result.acquired);
    QVERIFY(result.message.isEmpty());
    QVERIFY(lock.isLocked());
    QVERIFY(QFileInfo::exists(QDir(dir.path()).filePath(InstanceLock::fileName())));
    lock.unlock();
    QVERIFY(!QFileInfo::exists(lock.filePath()));
}

void TestInstanceLock::secondLockInTheSameProcessFails()
{
    QTemporaryDir dir;
    InstanceLock first(dir.path());
    QVERIFY(first.tryLock().acquired);
    InstanceLock second(dir.path());
    const InstanceLock::Attempt result = second.tryLock();
    QVERIFY(!result.acquired);
    QCOMPARE(result.holderPid, QCoreApplication::applicationPid());
    QVERIFY2(result.message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(result.message));
    QVERIFY(first.isLocked()); // the failed attempt did not break the first lock

    first.unlock();
    QVERIFY(second.tryLock().acquired);
}

void TestInstanceLock::anotherProcessHoldingTheLockIsNamed()
{
    QTemporaryDir dir;
    QProcess holder;
    const qint64 pid = startHolder(holder, dir.path());
    QVERIFY(pid > 0);

    InstanceLock lock(dir.path());
    const InstanceLock::Attempt result = lock.tryLock();
    QVERIFY(!result.acquired);
    QCOMPARE(result.holderPid, pid);
    QCOMPARE(result.holderHost, QSysInfo::machineHostName());
    QVERIFY2(result.message.contains(QString::number(pid)), qPrintable(result.message));
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(dir.path())),
             qPrintable(result.message));
    QVERIFY2(result.message.contains(u"--data-dir"), qPrintable(result.message));

    holder.kill();
    QVERIFY(holder.waitForFinished(10000));
}

void TestInstanceLock::lockOfAKilledProcessIsTakenOver()
{
    QTemporaryDir dir;
    QProcess holder;
    QVERIFY(startHolder(holder, dir.path()) > 0);
    holder.kill(); // SIGKILL: the lock file stays behind
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(QFileInfo::exists(QDir(dir.path()).filePath(InstanceLock::fileName())));

    InstanceLock lock(dir.path());
    const InstanceLock::Attempt result = lock.tryLock();
    QVERIFY2(result.acquired, qPrintable(result.message));
}

void TestInstanceLock::differentFoldersDoNotConflict()
{
    QTemporaryDir one;
    QTemporaryDir two;
    InstanceLock first(one.path());
    InstanceLock second(two.path());
    QVERIFY(first.tryLock().acquired);
    QVERIFY(second.tryLock().acquired);
}

QTEST_GUILESS_MAIN(TestInstanceLock)
#include "tst_instancelock.moc"
