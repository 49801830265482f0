#pragma once

#include "ExitCode.h"
#include "sandbox/SandboxServer.h"
#include "services/WebhookNotifier.h"

#include <QFile>
#include <QJsonObject>
#include <QList>

#include <memory>

// `otpctl sandbox` once its options are checked: the server and its output until SIGINT or
// SIGTERM. Prints every SMS and request as it comes (each SMS also to the inbox file) and,
// once started, the listening line followed by one line per served app.
class SandboxServing
{
public:
    // options: served on this thread. Each SMS is also posted to every webhook URL.
    SandboxServing(const SandboxServerOptions &options, const SandboxFaults &faults,
                   std::unique_ptr<QFile> inboxFile, const QList<QUrl> &webhooks = {});

    SandboxServer &server() { return m_server; }

    // Starts the server (its apps set) and prints the listening line, then appLines; if it
    // cannot start, prints why and ends the run with TransportOrSystem.
    void start(const QList<QJsonObject> &appLines);
    // Prints message on stderr and ends the run with code.
    static void fail(const QString &message, ExitCode code);
    // Runs the event loop until a termination signal (Ok) or fail().
    ExitCode exec();

private:
    void printEvents();

    SandboxServerOptions m_options;
    std::unique_ptr<QFile> m_inboxFile;
    SandboxServer m_server;
    WebhookNotifier m_webhooks;
};
