#include "../storage/DamagedStore.h"
#include "OtpctlTestSupport.h"
#include "storage/DatabaseDamageNote.h"
#include "storage/InstanceLock.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace DamagedStore;
using OtpctlTest::otpctl;

namespace {
using Damage = std::function<bool(const QString &dir)>;
constexpr int Recovered = 4; // ExitCode::DatabaseRecovered, as documented in docs/otpctl.md

// The kept copy named on stderr: "<data>/otp-manager.sqlite3.corrupt-<time>[-n]".
QString keptCopyIn(const QString &text)
{
    static const QRegularExpression path(u"(/\\S+\\.sqlite3\\.corrupt-[0-9-]+)"_s);
    return path.match(text).captured(1);
}
} // namespace

// otpctl on a damaged store, as a user or a CI job runs it (issue 15, item 5): the command that
// sets the store aside says so on stderr with the kept copy's path and exits 4; the next
// command works on the new store.
class TestOtpctlRecovery : public QObject
{
    Q_OBJECT

private slots:
    void damagedStoreIsSaidAndExitsFour_data();
    void damagedStoreIsSaidAndExitsFour();
    void everyCommandThatRecoversSaysSo_data();
    void everyCommandThatRecoversSaysSo();
    void damageIsLeftAloneWhileOtpManagerRuns_data();
    void damageIsLeftAloneWhileOtpManagerRuns();
};

void TestOtpctlRecovery::damagedStoreIsSaidAndExitsFour_data()
{
    QTest::addColumn<bool>("withWal");
    QTest::addColumn<Damage>("damage");

    QTest::newRow("a file of garbage") << false << Damage(writeGarbage);
    QTest::newRow("cut by one byte") << false << Damage(cutByOneByte);
    QTest::newRow("random bytes in page 3")
        << false << Damage([](const QString &dir) { return randomPage(dir, 3); });
    QTest::newRow("a damaged -wal")
        << true << Damage([](const QString &dir) { return damageWalFrame(dir, 0); });
    QTest::newRow("damage the GUI's background check noted")
        << false << Damage([](const QString &dir) {
               return damageHistory(dir)
                   && DatabaseDamageNote::write(databasePath(dir), u"quick_check: damaged"_s).ok();
           });
}

void TestOtpctlRecovery::damagedStoreIsSaidAndExitsFour()
{
    QFETCH(bool, withWal);
    QFETCH(Damage, damage);

    QTemporaryDir dir;
    const QString store = dir.filePath(u"data"_s);
    QVERIFY(withWal ? makeStoreWithWal(store) : makeStore(store, 3, 400));
    QVERIFY(damage(store));
    const QByteArray bytes = StorageTestSupport::readAll(databasePath(store));
    const QByteArray walBytes = StorageTestSupport::readAll(databasePath(store) + u"-wal"_s);
    const QProcessEnvironment env = OtpctlTest::environment(store);

    const OtpctlTest::Run first = otpctl({u"apps"_s, u"list"_s}, env);
    QCOMPARE(first.exitCode, Recovered);
    QVERIFY2(first.out.isEmpty(), qPrintable(first.out)); // no "No apps yet" as if all is well
    const QString kept = keptCopyIn(first.err);
    QVERIFY2(!kept.isEmpty(), qPrintable(first.err));
    QVERIFY2(first.err.contains(u"damaged"_s), qPrintable(first.err));
    QCOMPARE(StorageTestSupport::readAll(kept), bytes);
    QCOMPARE(StorageTestSupport::readAll(kept + u"-wal"_s), walBytes);

    // "The first time": the next command works on the new, empty store.
    const OtpctlTest::Run second = otpctl({u"apps"_s, u"list"_s, u"--json"_s}, env);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.isEmpty(), qPrintable(second.err));
    QCOMPARE(second.json().value(u"apps"_s).toArray().size(), 0);
}

void TestOtpctlRecovery::everyCommandThatRecoversSaysSo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("apps list --json") << QStringList{u"apps"_s, u"list"_s, u"--json"_s};
    QTest::newRow("apps export") << QStringList{u"apps"_s, u"export"_s};
    QTest::newRow("apps remove") << QStringList{u"apps"_s, u"remove"_s, u"Shop 1"_s};
    QTest::newRow("request --app")
        << QStringList{u"request"_s, u"--app"_s, u"Shop 1"_s, u"--msisdn"_s, u"0812345678"_s};
}

void TestOtpctlRecovery::everyCommandThatRecoversSaysSo()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QVERIFY(makeStore(dir.path(), 3, 0));
    QVERIFY(cutByOneByte(dir.path()));

    const OtpctlTest::Run run = otpctl(arguments, OtpctlTest::environment(dir.path()));
    QCOMPARE(run.exitCode, Recovered);
    QVERIFY2(QFileInfo::exists(keptCopyIn(run.err)), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

void TestOtpctlRecovery::damageIsLeftAloneWhileOtpManagerRuns_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::newRow("cut by one byte") << Damage(cutByOneByte);
    QTest::newRow("damage OTP Manager's background check noted") << Damage([](const QString &dir) {
        return damageHistory(dir)
            && DatabaseDamageNote::write(databasePath(dir), u"quick_check: damaged"_s).ok();
    });
}

void TestOtpctlRecovery::damageIsLeftAloneWhileOtpManagerRuns()
{
    // OTP Manager has the file open: setting it aside under it would send its writes into the
    // kept copy. otpctl leaves the file as it is until OTP Manager is closed.
    QFETCH(Damage, damage);
    QTemporaryDir dir;
    QVERIFY(makeStore(dir.path(), 3, 400));
    QVERIFY(damage(dir.path()));
    const QByteArray bytes = StorageTestSupport::readAll(databasePath(dir.path()));
    {
        InstanceLock gui(dir.path());
        QVERIFY(gui.tryLock().acquired);
        const OtpctlTest::Run run
            = otpctl({u"apps"_s, u"list"_s}, OtpctlTest::environment(dir.path()));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"Quit OTP Manager"_s), qPrintable(run.err));
        QCOMPARE(StorageTestSupport::readAll(databasePath(dir.path())), bytes);
        QCOMPARE(QDir(dir.path()).entryList({u"*.corrupt-*"_s}, QDir::Files).size(), 0);
    }
    const OtpctlTest::Run run = otpctl({u"apps"_s, u"list"_s}, OtpctlTest::environment(dir.path()));
    QCOMPARE(run.exitCode, Recovered);
}

QTEST_GUILESS_MAIN(TestOtpctlRecovery)
#include "tst_otpctlrecovery.moc"
