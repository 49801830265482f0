#pragma once

#include "SandboxAppSet.h"

#include <QMutex>

#include <memory>

// The apps the running server answers for, replaceable at any time from any thread (the GUI
// edits apps while the server runs). A request takes one snapshot and uses it throughout.
class SandboxAppRegistry
{
public:
    SandboxAppRegistry();

    void replace(const QList<SandboxApp> &apps);
    std::shared_ptr<const SandboxAppSet> snapshot() const;

private:
    mutable QMutex m_mutex;
    std::shared_ptr<const SandboxAppSet> m_current;
};
