#pragma once

#include "sandbox/SandboxApp.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The Sandbox apps of an apps export file (docs/file-formats.md), served as they are, for
// `otpctl sandbox --apps FILE`: a "key" and "secret" may travel with each (sandbox credentials
// are fake and only valid against the local server); an app without them gets generated ones,
// which the caller shows once. Live and Custom apps are left out with a note. Nothing is
// stored.
class SandboxAppsFile
{
    Q_DECLARE_TR_FUNCTIONS(SandboxAppsFile)

public:
    struct ServedApp {
        SandboxApp app;
        bool credentialsGenerated = false; // the file had no key or secret: show them once
    };

    struct Contents {
        QList<ServedApp> apps; // in the file's order; never empty
        // Translated lines, one per app left out: rejected by the importer, or not a Sandbox app.
        QStringList notes;

        QList<SandboxApp> sandboxApps() const;
    };

    // Fails when the file cannot be read or is no apps file, and when it holds no usable
    // Sandbox app: that error also names every app left out, one line each, and why.
    static Result<Contents> read(const QString &path);
};
