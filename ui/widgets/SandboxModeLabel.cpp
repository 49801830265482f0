#include "SandboxModeLabel.h"

#include "api/ErrorCatalog.h"
#include "sandbox/SandboxServer.h"

#include <QEvent>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

SandboxModeLabel::SandboxModeLabel(SandboxServer &sandbox, QWidget *parent)
    : QLabel(parent), m_sandbox(sandbox), m_faults(sandbox.faults()),
      m_offset(sandbox.clockOffsetSeconds())
{
    setObjectName(u"sandboxModeStatus"_s);
    connect(&m_sandbox, &SandboxServer::faultsChanged, this, [this](const SandboxFaults &faults) {
        m_faults = faults;
        refresh();
    });
    connect(&m_sandbox, &SandboxServer::clockChanged, this, [this](qint64 offset) {
        m_offset = offset;
        refresh();
    });
    refresh();
}

QString SandboxModeLabel::describeFaults(const SandboxFaults &faults)
{
    QStringList parts;
    if (faults.latencyMs > 0 || faults.jitterMs > 0) {
        parts << (faults.jitterMs > 0
                      ? tr("latency %1 ms + up to %2 ms").arg(faults.latencyMs).arg(faults.jitterMs)
                      : tr("latency %1 ms").arg(faults.latencyMs));
    }
    QString action;
    if (faults.action == SandboxFaults::Action::Drop) {
        action = tr("connections dropped");
    } else if (faults.action == SandboxFaults::Action::Error) {
        const std::optional<ErrorEntry> entry = ErrorCatalog::byRow(faults.errorRow);
        action
            = tr("error %1").arg(entry ? entry->displayName() : QString::number(faults.errorRow));
    }
    if (!action.isEmpty()) {
        if (faults.scope == SandboxFaults::Scope::NextRequests)
            action = tr("%1 on the next %n request(s)", nullptr, faults.count).arg(action);
        else if (faults.scope == SandboxFaults::Scope::Fraction)
            action = tr("%1 on %2 % of requests")
                         .arg(action, QLocale().toString(faults.fraction * 100.0, 'g', 3));
        parts << action;
    }
    //: Status bar: %1 what the sandbox's fault injection does, e.g. "latency 200 ms, error X"
    return parts.isEmpty() ? QString() : tr("Fault injection on: %1").arg(parts.join(u", "_s));
}

QString SandboxModeLabel::describeOffset(qint64 seconds)
{
    if (seconds == 0)
        return {};
    const qint64 minutes = seconds / 60;
    const QString amount = seconds % 60 == 0
        ? tr("%n min", nullptr, int(qMin<qint64>(minutes, INT_MAX)))
        : tr("%n s", nullptr, int(qMin<qint64>(seconds, INT_MAX)));
    //: Status bar: the sandbox's clock runs ahead of real time by %1 (e.g. "5 min")
    return tr("Sandbox clock +%1").arg(amount);
}

QString SandboxModeLabel::describe(const SandboxFaults &faults, qint64 clockOffsetSeconds)
{
    QStringList parts;
    for (const QString &part : {describeFaults(faults), describeOffset(clockOffsetSeconds)}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(u" · "_s);
}

void SandboxModeLabel::refresh()
{
    const QString text = describe(m_faults, m_offset);
    setText(text);
    setVisible(!text.isEmpty());
}

void SandboxModeLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}
