#pragma once

#include "sandbox/SandboxFaults.h"

#include <QLabel>

class SandboxServer;

// The status bar's note that the sandbox is not answering as the real service would: fault
// injection on (latency, an error, dropped connections, for which requests) and the clock
// moved forward. Hidden when neither; follows changes made anywhere (Inbox page, control API).
class SandboxModeLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SandboxModeLabel(SandboxServer &sandbox, QWidget *parent = nullptr);

    static QString describe(const SandboxFaults &faults, qint64 clockOffsetSeconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString describeFaults(const SandboxFaults &faults);
    static QString describeOffset(qint64 seconds);
    void refresh();

    SandboxServer &m_sandbox;
    SandboxFaults m_faults;
    qint64 m_offset = 0;
};
