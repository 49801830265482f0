#include "StartupProbe.h"

#include <QAbstractEventDispatcher>
#include <QEvent>

#include <chrono>

StartupProbe::StartupProbe(QWidget *window, std::function<void()> onIdle, QObject *parent)
    : QObject(parent), m_window(window), m_onIdle(std::move(onIdle))
{
    window->installEventFilter(this);
}

void StartupProbe::markReady()
{
    m_ready = true;
    check();
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    // The top-level widget gets its paint event when the backing store is drawn, which is then
    // flushed to the screen before control returns to the event loop.
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        check();
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::check()
{
    if (!m_painted || !m_ready || m_aboutToBlock)
        return;
    // aboutToBlock: the loop has handled every pending event and would now wait.
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(thread());
    m_aboutToBlock = connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, [this] {
        if (m_done)
            return;
        m_done = true;
        disconnect(m_aboutToBlock);
        m_onIdle();
    });
}

qint64 StartupProbe::nowUnixNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}
