#pragma once

class AppSettings;
class OtpAppService;
class SandboxInboxRecorder;
class SandboxServer;
class Translations;
class Workspace;

// The services the windows work with, made by the start-up code (or a test) and outliving
// every window. Plain pointers: nothing here is owned by the widgets.
struct AppContext {
    Workspace *workspace = nullptr;
    OtpAppService *apps = nullptr;
    SandboxServer *sandbox = nullptr;
    SandboxInboxRecorder *inboxRecorder = nullptr; // persists what the sandbox sends
    AppSettings *settings = nullptr;
    Translations *translations = nullptr;
};
