// The app's main window on a data folder with the test console and the sandbox inbox shown,
// each with its first page of rows: for peak memory against an empty store. Prints the
// "startup-idle-unix-ns" line bench/startup/measure.py reads (after the pages are painted and
// the event loop is idle), then quits; measure.py takes the peak resident set.
// Usage: bench_history_window DATA_DIR
#include "BenchServices.h"
#include "MainWindow.h"
#include "StartupProbe.h"

#include <QApplication>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_history_window DATA_DIR\n");
        return 2;
    }
    BenchServices services;
    if (!services.open(QString::fromLocal8Bit(argv[1])))
        return 1;
    MainWindow window(services.context());
    window.show();
    StartupProbe probe(&window, [] {
        std::printf("startup-idle-unix-ns %lld\n",
                    static_cast<long long>(StartupProbe::nowUnixNs()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    QTimer::singleShot(0, &window, [&] {
        window.showPage(MainWindow::Page::TestConsole);
        window.showPage(MainWindow::Page::Inbox);
        probe.markReady();
    });
    return QApplication::exec();
}
