// StartupProbe decides where start-up measurements stop: never before the window is painted
// and the caller's start-up work is handed out, then once, as soon as the event loop is idle.
// The probe listens for the event loop about to wait, which QTest::qWait never does (it polls),
// so these tests run a real QEventLoop, as the application does.
#include "StartupProbe.h"

#include <QDateTime>
#include <QEventLoop>
#include <QLabel>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

class TestStartupProbe : public QObject
{
    Q_OBJECT

private slots:
    void firesOnceAfterPaintAndReady();
    void waitsForQueuedWork();
    void clockIsTheUnixEpoch();
};

namespace {

// Runs a real event loop for ms milliseconds.
void runLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

void TestStartupProbe::firesOnceAfterPaintAndReady()
{
    QLabel window(u"start"_s);
    int fired = 0;
    StartupProbe probe(&window, [&fired] { ++fired; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    runLoop(100); // painted and idle, but not ready
    QCOMPARE(fired, 0);

    probe.markReady();
    runLoop(100);
    QCOMPARE(fired, 1);
    window.update(); // later paints and idle passes change nothing
    runLoop(100);
    QCOMPARE(fired, 1);
}

void TestStartupProbe::waitsForQueuedWork()
{
    QLabel window(u"start"_s);
    bool workDone = false;
    int fired = 0;
    bool workDoneWhenFired = false;
    StartupProbe probe(&window, [&] {
        ++fired;
        workDoneWhenFired = workDone;
    });
    // Ready before the first paint, with work queued behind it (as GuiStartup queues the
    // sandbox start): the probe waits for the paint, then for the queue to empty.
    probe.markReady();
    window.show();
    QTimer::singleShot(0, &window, [&workDone] { workDone = true; });
    runLoop(200);
    QCOMPARE(fired, 1);
    QVERIFY(workDoneWhenFired);
}

void TestStartupProbe::clockIsTheUnixEpoch()
{
    const qint64 ns = StartupProbe::nowUnixNs();
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(qAbs(ns / 1000000 - ms) < 1000);
}

QTEST_MAIN(TestStartupProbe)
#include "tst_startupprobe.moc"
