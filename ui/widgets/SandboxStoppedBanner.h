#pragma once

#include "MessageBanner.h"

class SandboxServer;

// The Test console's banner for a call to a Sandbox app while the embedded sandbox is stopped:
// nothing was sent, and a button starts the sandbox (startRequested; the window starts it with
// the port of the settings). It hides itself once the sandbox runs, and says why when it
// could not start.
class SandboxStoppedBanner : public MessageBanner
{
    Q_OBJECT

public:
    explicit SandboxStoppedBanner(SandboxServer &sandbox, QWidget *parent = nullptr);

    // After a call was refused because the sandbox is stopped.
    void showStopped();

signals:
    void startRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showText();

    SandboxServer &m_sandbox;
    QString m_startError; // the sandbox's own words when the last start failed
};
