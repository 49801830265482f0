#include "SandboxServing.h"

#include "CliOutput.h"
#include "SandboxEventLines.h"
#include "SignalWatcher.h"

#include <QCoreApplication>

SandboxServing::SandboxServing(const SandboxServerOptions &options, const SandboxFaults &faults,
                               std::unique_ptr<QFile> inboxFile, const QList<QUrl> &webhooks)
    : m_options(options), m_inboxFile(std::move(inboxFile))
{
    // Nothing else runs here: serve on the main thread, without handing every event to another
    // one (bench/sandbox/run-wrk.sh). Each SMS is printed (and appended to the inbox file) as
    // it comes, and kept in the message log the control API reads.
    m_options.ownThread = false;
    m_server.setFaults(faults);
    printEvents();
    if (!webhooks.isEmpty()) {
        // Without webhooks nothing is connected: no cost per SMS.
        m_webhooks.setUrls(webhooks);
        m_webhooks.follow(m_server);
        QObject::connect(
            &m_webhooks, &WebhookNotifier::failed, &m_webhooks, [](const WebhookFailure &failure) {
                CliOutput::instance().rawLine(SandboxEventLines::webhookFailed(failure));
            });
    }
}

void SandboxServing::printEvents()
{
    CliOutput &out = CliOutput::instance();
    QObject::connect(&m_server, &SandboxServer::warning, &m_server,
                     [&out](const QString &message) { out.err(message); });
    // Called directly while each answer is built: no more work here than writing the line.
    QObject::connect(&m_server, &SandboxServer::smsDelivered, &m_server,
                     [&out, inboxFile = m_inboxFile.get()](const OtpMessage &message) {
                         const QByteArray line = SandboxEventLines::sms(message);
                         out.rawLine(line);
                         if (inboxFile) {
                             inboxFile->write(line);
                             inboxFile->flush();
                         }
                     });
    QObject::connect(&m_server, &SandboxServer::requestHandled, &m_server,
                     [&out](const SandboxRequestRecord &record) {
                         out.rawLine(SandboxEventLines::request(record));
                     });
}

void SandboxServing::start(const QList<QJsonObject> &appLines)
{
    const Result<SandboxListening> started = m_server.start(m_options);
    if (!started.ok()) {
        fail(started.error, ExitCode::TransportOrSystem);
        return;
    }
    CliOutput &out = CliOutput::instance();
    if (!started.value.warning.isEmpty())
        out.err(started.value.warning);
    // A generated API token is shown this once; a token the user gave is not repeated.
    out.jsonLine(SandboxEventLines::listening(
        started.value.urlString(),
        started.value.apiTokenGenerated ? started.value.apiToken : QString()));
    for (const QJsonObject &line : appLines)
        out.jsonLine(line);
}

void SandboxServing::fail(const QString &message, ExitCode code)
{
    CliOutput::instance().err(message);
    QCoreApplication::exit(toInt(code));
}

ExitCode SandboxServing::exec()
{
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &m_server,
                     [this](int number) {
                         m_server.stop();
                         CliOutput::instance().jsonLine(SandboxEventLines::stopped(number));
                         QCoreApplication::exit(toInt(ExitCode::Ok));
                     });
    return ExitCode(QCoreApplication::exec());
}
