// The baseline for bench/startup/run.sh: the smallest Qt Widgets window, shown, then quit as
// soon as the event loop is idle — the same point otp-manager --quit-after-startup stops at.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1180, 760);
    window.show();
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
