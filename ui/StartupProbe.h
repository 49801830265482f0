#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

// Tells when a window has started up, the point start-up measurements stop at: the window is
// shown and painted once, the start-up work is handed out (markReady), and the event loop has
// nothing left to do. bench/startup uses it in otp-manager and in the minimal window alike, so
// both are measured to the same point.
class StartupProbe : public QObject
{
public:
    StartupProbe(QWidget *window, std::function<void()> onIdle, QObject *parent = nullptr);

    void markReady(); // the caller's own start-up work has been started
    bool eventFilter(QObject *watched, QEvent *event) override;

    // Nanoseconds since the Unix epoch: comparable with a launcher's clock in another process.
    static qint64 nowUnixNs();

private:
    void check();

    QPointer<QWidget> m_window;
    std::function<void()> m_onIdle;
    bool m_painted = false;
    bool m_ready = false;
    bool m_done = false;
    QMetaObject::Connection m_aboutToBlock;
};
