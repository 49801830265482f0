#pragma once

class AppSettings;
class OtpAppService;
class SandboxInboxRecorder;
class SandboxServer;
class SandboxTrafficRecorder;
class Translations;
class Workspace;

// The services the windows work with, made by the start-up code (or a test) and outliving
// every window. All of them always exist (the sandbox may be stopped, never absent), so they
// are references: no page checks for a missing service.
struct AppContext {
    Workspace &workspace;
    OtpAppService &apps;
    SandboxServer &sandbox;
    SandboxInboxRecorder &inboxRecorder; // persists what the sandbox sends
    SandboxTrafficRecorder &trafficRecorder; // the sandbox's OTP calls, for reports
    AppSettings &settings;
    Translations &translations;
};
