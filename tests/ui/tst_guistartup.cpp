#include "../storage/DamagedStore.h"
#include "storage/DatabaseDamageNote.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace DamagedStore;

namespace {
// otp-manager as a process on a store of the test's: offscreen, no sandbox, no keychain, no
// settings of the user's.
class GuiProcess
{
public:
    GuiProcess(const QString &dataDir, const QString &home, const QStringList &extraArguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        m_process.setProcessEnvironment(env);
        m_process.start(
            QStringLiteral(OTP_MANAGER_PATH),
            QStringList{u"--data-dir"_s, dataDir, u"--no-sandbox"_s, u"--lang"_s, u"en"_s}
                + extraArguments);
    }
    ~GuiProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QProcess &process() { return m_process; }
    QString err() { return m_err += QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QString m_err;
};
} // namespace

// The desktop app's start on a damaged store (issue 15, item 5): the recovery is said without a
// dialog that stops the start, and damage the open leaves to the background check is found
// while the window runs.
class TestGuiStartup : public QObject
{
    Q_OBJECT

private slots:
    void recoveredStoreDoesNotHoldUpQuitAfterStartup();
    void backgroundCheckFindsDamageWhileTheWindowRuns();
    void printsWithoutDisplay_data();
    void printsWithoutDisplay();
};

void TestGuiStartup::recoveredStoreDoesNotHoldUpQuitAfterStartup()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(u"data"_s);
    QVERIFY(writeGarbage(data));

    GuiProcess gui(data, dir.filePath(u"home"_s), {u"--quit-after-startup"_s});
    QVERIFY(gui.process().waitForStarted(10000));
    // Before the fix, a modal box waited for a click that never comes.
    QVERIFY2(gui.process().waitForFinished(30000), "the start waits on the recovery dialog");
    QCOMPARE(gui.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(gui.process().exitCode(), 0);
    QVERIFY(QString::fromUtf8(gui.process().readAllStandardOutput())
                .contains(u"startup-idle-unix-ns"_s));
    const QString err = gui.err();
    static const QRegularExpression kept(u"(/\\S+\\.sqlite3\\.corrupt-[0-9-]+)"_s);
    const QString keptPath = kept.match(err).captured(1);
    QVERIFY2(QFileInfo::exists(keptPath), qPrintable(err));
    QCOMPARE(StorageTestSupport::readAll(keptPath), randomBytes(64 * 1024, 42));
}

void TestGuiStartup::backgroundCheckFindsDamageWhileTheWindowRuns()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(u"data"_s);
    QVERIFY(makeStore(data, 3, 400));
    QVERIFY(damageHistory(data));

    GuiProcess gui(data, dir.filePath(u"home"_s), {});
    QVERIFY(gui.process().waitForStarted(10000));
    QElapsedTimer timer;
    timer.start();
    while (!DatabaseDamageNote::read(databasePath(data)) && timer.elapsed() < 30000) {
        QVERIFY2(gui.process().state() == QProcess::Running, qPrintable(gui.err()));
        gui.process().waitForReadyRead(200);
    }
    QVERIFY2(DatabaseDamageNote::read(databasePath(data)), "no damage noted");
    QTRY_VERIFY_WITH_TIMEOUT(gui.err().contains(u"Export your apps now"_s), 10000);
    QCOMPARE(gui.process().state(), QProcess::Running); // told, not stopped
}

void TestGuiStartup::printsWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"--data-dir <dir>"_s;
    QTest::newRow("-h in Thai") << QStringList{u"--lang"_s, u"th"_s, u"-h"_s} << u"--no-sandbox"_s;
    // Settings stay in the system's store (~/.config on Linux) whatever --data-dir says.
    QTest::newRow("--data-dir does not promise settings")
        << QStringList{u"--help"_s} << u"Preferences stay where the system keeps them."_s;
    QTest::newRow("--version") << QStringList{u"--version"_s}
                               << u"OTP Manager %1"_s.arg(QStringLiteral(OTP_VERSION_STRING));
    QTest::newRow("-v") << QStringList{u"-v"_s} << QStringLiteral(OTP_VERSION_STRING);
}

// --help and --version on a machine without a window system (a terminal over ssh, a CI job):
// before the fix, QApplication aborted with "could not connect to display".
void TestGuiStartup::printsWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OTP_MANAGER_PATH), arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QVERIFY2(out.simplified().contains(expected), qPrintable(out + err));
}

QTEST_GUILESS_MAIN(TestGuiStartup)
#include "tst_guistartup.moc"
