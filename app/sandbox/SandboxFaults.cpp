#include "SandboxFaults.h"

#include "api/ErrorCatalog.h"

SandboxFaults SandboxFaults::latency(int ms, int jitterMs)
{
    SandboxFaults faults;
    faults.latencyMs = ms;
    faults.jitterMs = jitterMs;
    return faults;
}

SandboxFaults SandboxFaults::error(int catalogRow, Scope scope, int count, double fraction)
{
    SandboxFaults faults;
    faults.action = Action::Error;
    faults.errorRow = catalogRow;
    faults.scope = scope;
    faults.count = count;
    faults.fraction = fraction;
    return faults;
}

SandboxFaults SandboxFaults::drop(Scope scope, int count, double fraction)
{
    SandboxFaults faults;
    faults.action = Action::Drop;
    faults.scope = scope;
    faults.count = count;
    faults.fraction = fraction;
    return faults;
}

QString SandboxFaults::problem() const
{
    if (latencyMs < 0 || latencyMs > MaxLatencyMs || jitterMs < 0 || jitterMs > MaxLatencyMs)
        return tr("Latency and jitter must be between 0 and %1 ms.").arg(MaxLatencyMs);
    if (action == Action::Error && !ErrorCatalog::byRow(errorRow)) {
        return tr("Row %1 is not in the error catalog; choose a row from 1 to %2.")
            .arg(errorRow)
            .arg(ErrorCatalog::entries().size());
    }
    if (scope == Scope::NextRequests && count < 0)
        return tr("The number of requests to fail cannot be negative.");
    if (scope == Scope::Fraction && !(fraction >= 0.0 && fraction <= 1.0))
        return tr("The share of requests to fail must be between 0 and 1.");
    return {};
}
