#include "SandboxStoppedBanner.h"

#include "sandbox/SandboxServer.h"

#include <QEvent>

using namespace Qt::Literals::StringLiterals;

SandboxStoppedBanner::SandboxStoppedBanner(SandboxServer &sandbox, QWidget *parent)
    : MessageBanner(parent), m_sandbox(sandbox)
{
    setObjectNames(u"sandboxStoppedBanner"_s, u"sandboxStoppedText"_s, u"startSandboxButton"_s);
    connect(this, &MessageBanner::actionTriggered, this, [this] {
        m_startError.clear();
        emit startRequested();
    });
    connect(&m_sandbox, &SandboxServer::started, this, [this] {
        m_startError.clear();
        hide();
    });
    connect(&m_sandbox, &SandboxServer::error, this, [this](const QString &message) {
        if (isHidden() || m_sandbox.isRunning())
            return;
        m_startError = message;
        showText();
    });
}

void SandboxStoppedBanner::showStopped()
{
    m_startError.clear();
    showText();
}

void SandboxStoppedBanner::showText()
{
    //: The button on the Test console's banner when a sandbox app was called while stopped
    const QString start = tr("Start the sandbox");
    if (!m_startError.isEmpty()) {
        showMessage(Kind::Error,
                    tr("The sandbox could not start: %1\nChoose another port in Settings, then "
                       "start it again.")
                        .arg(m_startError),
                    start);
        return;
    }
    showMessage(Kind::Warning,
                tr("The sandbox is stopped, so nothing was sent: Sandbox apps are answered by "
                   "the sandbox built into OTP Manager. Start it, then send again."),
                start);
}

void SandboxStoppedBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !isHidden())
        showText();
    MessageBanner::changeEvent(event);
}
