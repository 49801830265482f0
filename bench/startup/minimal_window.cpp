// The baseline for bench/startup/run.sh: the smallest Qt Widgets window, measured to the same
// point as otp-manager --quit-after-startup (StartupProbe: shown, painted once, event loop
// idle), where it prints the time and quits.
#include "StartupProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1180, 760);
    StartupProbe probe(&window, [] {
        std::printf("startup-idle-unix-ns %lld\n",
                    static_cast<long long>(StartupProbe::nowUnixNs()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    window.show();
    probe.markReady();
    return app.exec();
}
