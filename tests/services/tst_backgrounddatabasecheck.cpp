#include "../storage/DamagedStore.h"
#include "services/BackgroundDatabaseCheck.h"
#include "services/Workspace.h"
#include "storage/DatabaseDamageNote.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace DamagedStore;
using Status = DatabaseOpenReport::Status;

// The whole-file check after start-up (issue 15, item 5): it finds the damage the open leaves to
// it, on a thread of its own while the store is in use, notes it for the next open, and says
// what to do; the open and the caller never wait for it.
class TestBackgroundDatabaseCheck : public QObject
{
    Q_OBJECT

private slots:
    void findsDamageTheOpenLeavesToIt();
    void cleanStoreReportsNothing();
    void runsBesideTheCallerWithoutBlockingIt();
};

void TestBackgroundDatabaseCheck::findsDamageTheOpenLeavesToIt()
{
    QTemporaryDir dir;
    QVERIFY(makeStore(dir.path(), 3, 400));
    QVERIFY(damageHistory(dir.path()));
    const QString file = databasePath(dir.path());

    Workspace::Opening opened = Workspace::open(dir.path(), true);
    QVERIFY(opened.workspace);
    QCOMPARE(opened.database.status, Status::Opened);

    BackgroundDatabaseCheck check(file);
    QSignalSpy damage(&check, &BackgroundDatabaseCheck::damageFound);
    QSignalSpy finished(&check, &BackgroundDatabaseCheck::finished);
    check.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(damage.count(), 1);
    const QString message = damage.first().first().toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
    QVERIFY2(message.contains(u"Export"_s), qPrintable(message)); // what to do now
    QVERIFY(DatabaseDamageNote::read(file).has_value());

    // The next start sets the damaged file aside, every byte kept.
    const QByteArray bytes = StorageTestSupport::readAll(file);
    opened.workspace.reset();
    Workspace::Opening next = Workspace::open(dir.path(), true);
    QVERIFY(next.workspace);
    QCOMPARE(next.database.status, Status::Recovered);
    QCOMPARE(StorageTestSupport::readAll(next.database.movedAsidePath), bytes);
}

void TestBackgroundDatabaseCheck::cleanStoreReportsNothing()
{
    QTemporaryDir dir;
    QVERIFY(makeStore(dir.path(), 3, 400));
    Workspace::Opening opened = Workspace::open(dir.path(), true);
    QVERIFY(opened.workspace);

    BackgroundDatabaseCheck check(databasePath(dir.path()));
    QSignalSpy damage(&check, &BackgroundDatabaseCheck::damageFound);
    QSignalSpy finished(&check, &BackgroundDatabaseCheck::finished);
    check.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(damage.count(), 0);
    QVERIFY(!DatabaseDamageNote::read(databasePath(dir.path())));
}

void TestBackgroundDatabaseCheck::runsBesideTheCallerWithoutBlockingIt()
{
    // A check held until the test lets it go: start() returns, the event loop runs, the
    // database is used, and only then the answer comes.
    QTemporaryDir dir;
    QVERIFY(makeStore(dir.path(), 3, 0));
    Workspace::Opening opened = Workspace::open(dir.path(), true);
    QVERIFY(opened.workspace);

    QSemaphore release;
    std::atomic<QThread *> ranOn{nullptr};
    BackgroundDatabaseCheck check(databasePath(dir.path()), [&](const QString &) {
        ranOn = QThread::currentThread();
        release.acquire();
        return Result<QString>::success(u"quick_check: page 5 is damaged"_s);
    });
    QSignalSpy damage(&check, &BackgroundDatabaseCheck::damageFound);
    QElapsedTimer timer;
    timer.start();
    check.start();
    QVERIFY(timer.elapsed() < 1000);
    QTest::qWait(200);
    QVERIFY(check.isRunning());
    QCOMPARE(damage.count(), 0);
    QCOMPARE(opened.workspace->apps().list().size(), 3); // the store is in use meanwhile
    QVERIFY(ranOn.load() != nullptr && ranOn.load() != QThread::currentThread());

    release.release();
    QTRY_COMPARE(damage.count(), 1);
}

QTEST_GUILESS_MAIN(TestBackgroundDatabaseCheck)
#include "tst_backgrounddatabasecheck.moc"
