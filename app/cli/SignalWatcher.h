#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM (Ctrl+C and `kill`; Ctrl+C/close on Windows consoles) into a Qt
// signal on the main thread, so a serving command can shut down cleanly. The handler only
// writes a byte to a pipe (async-signal-safe); the event loop does the rest.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};
