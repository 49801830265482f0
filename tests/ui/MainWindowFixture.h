#pragma once

#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "pages/AppsPage.h"
#include "sandbox/ManualClock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SystemRandomSource.h"
#include "secrets/MemorySecretStore.h"
#include "services/AppSettings.h"
#include "services/OtpAppService.h"
#include "services/SandboxAppSync.h"
#include "services/SandboxInboxRecorder.h"
#include "services/SandboxTrafficRecorder.h"
#include "services/Workspace.h"

#include <QTableView>
#include <QTemporaryDir>

#include <memory>

// Everything a MainWindow needs, on a throwaway data folder, with secrets in memory and the
// embedded sandbox serving the store's sandbox apps (started by the tests that need it).
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<AppSettings> settings;
    MemorySecretStore secrets;
    std::unique_ptr<OtpAppService> apps;
    // A clock the tests can move, so tokens expire without waiting.
    std::shared_ptr<ManualClock> clock
        = std::make_shared<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    SandboxServer sandbox{clock, std::make_shared<SystemRandomSource>()};
    std::unique_ptr<SandboxInboxRecorder> recorder;
    std::unique_ptr<SandboxTrafficRecorder> traffic; // for the Reports page
    std::unique_ptr<SandboxAppSync> sync;
    Translations translations;
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        workspace = Workspace::open(dir.path(), true).workspace;
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        settings->setSandboxPort(0);
        apps = std::make_unique<OtpAppService>(workspace->apps(), &secrets);
        recorder = std::make_unique<SandboxInboxRecorder>(sandbox, workspace->inbox());
        traffic = std::make_unique<SandboxTrafficRecorder>(sandbox, dir.path());
        traffic->followSettings(*settings); // as GuiStartup does
        sync = std::make_unique<SandboxAppSync>(*apps, sandbox);
        translations.install(Language::English);
        openWindow();
    }
    void openWindow()
    {
        window = std::make_unique<MainWindow>(
            AppContext{*workspace, *apps, sandbox, *recorder, *traffic, *settings, translations});
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the main window did not become active");
    }
    AppsPage *page() const { return window->appsPage(); }
    QTableView *table() const
    {
        return GuiTest::child<QTableView>(window.get(), QStringLiteral("appTable"));
    }
    int rows() const { return table()->model()->rowCount(); }
};
