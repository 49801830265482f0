#pragma once

#include "AppContext.h"
#include "i18n/Translations.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "services/AppSettings.h"
#include "services/OtpAppService.h"
#include "services/SandboxAppSync.h"
#include "services/SandboxInboxRecorder.h"
#include "services/SandboxTrafficRecorder.h"
#include "services/Workspace.h"

#include <QTemporaryDir>

#include <cstdio>
#include <memory>

// The services a window of the app works with, made as GuiStartup makes them, on a data folder:
// secrets in memory (the benchmarks reach no keychain), settings in a throwaway file.
struct BenchServices {
    Workspace::Opening opened;
    QTemporaryDir settingsDir;
    std::unique_ptr<AppSettings> settings;
    MemorySecretStore secrets;
    std::unique_ptr<OtpAppService> apps;
    SandboxServer sandbox;
    std::unique_ptr<SandboxAppSync> sync;
    std::unique_ptr<SandboxInboxRecorder> recorder;
    std::unique_ptr<SandboxTrafficRecorder> traffic;
    Translations translations;

    bool open(const QString &dataDir)
    {
        opened = Workspace::open(dataDir, true);
        if (!opened.workspace) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error));
            return false;
        }
        settings = std::make_unique<AppSettings>(settingsDir.filePath(QStringLiteral("s.ini")));
        apps = std::make_unique<OtpAppService>(opened.workspace->apps(), &secrets);
        sync = std::make_unique<SandboxAppSync>(*apps, sandbox);
        recorder = std::make_unique<SandboxInboxRecorder>(sandbox, opened.workspace->inbox());
        traffic = std::make_unique<SandboxTrafficRecorder>(sandbox, dataDir);
        translations.install(Language::English);
        return true;
    }
    Workspace &workspace() { return *opened.workspace; }
    AppContext context()
    {
        return AppContext{*opened.workspace, *apps,     sandbox,     *recorder,
                          *traffic,          *settings, translations};
    }
};
