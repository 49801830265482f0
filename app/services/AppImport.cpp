#include "AppImport.h"

#include "FutureCallback.h"
#include "OtpAppService.h"
#include "domain/OtpAppValidator.h"
#include "secrets/CredentialGenerator.h"
#include "storage/AppImporter.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>

#include <algorithm>
#include <memory>

namespace {

using Entry = AppImportReport::Entry;
using Outcome = AppImportReport::Outcome;
using SecretSource = AppImporter::SecretSource;

// One import from the file's reading to its report; shared by the steps that wait.
struct ImportRun {
    QPromise<AppImportReport> promise;
    AppImportReport report;
    QList<AppImporter::ImportedApp> apps; // the valid ones, in the file's order
    bool answered = false;
    std::shared_ptr<bool> cancelRequested = std::make_shared<bool>(false);

    void finish()
    {
        std::stable_sort(report.entries.begin(), report.entries.end(),
                         [](const Entry &a, const Entry &b) { return a.index < b.index; });
        promise.addResult(report);
        promise.finish();
    }
};

// An app on its way to the store: its entry in the report and what insertAll gets.
struct Planned {
    Entry entry;
    OtpAppService::NewApp app;
};

Entry rejectedEntry(const AppImporter::RejectedApp &rejected)
{
    Entry entry;
    entry.index = rejected.index;
    entry.outcome = Outcome::Rejected;
    entry.nameInFile = rejected.name;
    entry.issues = rejected.issues;
    return entry;
}

Entry alreadyThereEntry(const AppImporter::StoredApp &known)
{
    Entry entry;
    entry.index = known.index;
    entry.outcome = Outcome::AlreadyThere;
    entry.nameInFile = known.nameInFile;
    entry.app = known.stored;
    return entry;
}

// The insert's progress (secrets written) becomes the report's.
void forwardProgress(const QFuture<OtpAppService::InsertOutcome> &insert,
                     const std::shared_ptr<ImportRun> &run, QObject *context)
{
    auto *watcher = new QFutureWatcher<OtpAppService::InsertOutcome>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::progressRangeChanged, watcher,
        [run](int minimum, int maximum) { run->promise.setProgressRange(minimum, maximum); });
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, watcher,
                     [run](int value) { run->promise.setProgressValue(value); });
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(insert);
}

QList<AppImport::SecretRequest> secretRequests(const QList<AppImporter::ImportedApp> &apps)
{
    QList<AppImport::SecretRequest> requests;
    for (const AppImporter::ImportedApp &app : apps) {
        if (app.secretSource == SecretSource::AskUser)
            requests << AppImport::SecretRequest{app.index, app.config.name,
                                                 app.config.environment};
    }
    return requests;
}

QString errorMessages(const ValidationIssues &issues)
{
    QStringList messages;
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            messages << issue.message;
    }
    return messages.join(u' ');
}

// The secret policy for one app: from the file, generated, or the user's answer (validated).
// nullopt when the answer is invalid: the entry says why, and the app is not stored.
std::optional<Planned> plan(const AppImporter::ImportedApp &imported, const QString &answer,
                            Entry &entry)
{
    entry.index = imported.index;
    entry.nameInFile = imported.nameInFile;
    entry.renamed = imported.renamed;
    entry.app = imported.config;
    entry.issues = imported.warnings;
    OtpAppService::NewApp app{imported.config, {}};
    switch (imported.secretSource) {
    case SecretSource::FromFile:
        app.secret = imported.secret;
        entry.outcome = Outcome::Saved;
        break;
    case SecretSource::Generate: {
        const CredentialGenerator::Credentials credentials
            = CredentialGenerator::sandboxCredentials();
        app.config.appKey = credentials.appKey;
        app.secret = credentials.appSecret;
        entry.app.appKey = credentials.appKey;
        entry.generatedSecret = credentials.appSecret;
        entry.outcome = Outcome::SavedWithGeneratedCredentials;
        break;
    }
    case SecretSource::AskUser: {
        const QString secret = answer.trimmed();
        const ValidationIssues issues
            = OtpAppValidator::validateAppSecret(imported.config.environment, secret, false);
        if (hasErrors(issues)) {
            entry.outcome = Outcome::InvalidSecret;
            entry.error = errorMessages(issues);
            return std::nullopt;
        }
        entry.issues += issues; // warnings only
        app.secret = secret;
        entry.outcome = secret.isEmpty() ? Outcome::SavedWithoutSecret : Outcome::Saved;
        break;
    }
    }
    return Planned{entry, app};
}

void store(OtpAppService &service, const std::shared_ptr<ImportRun> &run,
           const QStringList &answers)
{
    QList<Planned> planned;
    qsizetype asked = 0;
    for (const AppImporter::ImportedApp &imported : std::as_const(run->apps)) {
        const QString answer
            = imported.secretSource == SecretSource::AskUser ? answers.value(asked++) : QString();
        Entry entry;
        if (std::optional<Planned> next = plan(imported, answer, entry))
            planned << *next;
        else
            run->report.entries << entry;
    }
    QList<OtpAppService::NewApp> apps;
    for (const Planned &next : std::as_const(planned))
        apps << next.app;
    const std::shared_ptr<bool> cancel = run->cancelRequested;
    const QFuture<OtpAppService::InsertOutcome> insert
        = service.insertAll(apps, [cancel] { return *cancel; });
    forwardProgress(insert, run, &service);
    whenFinished(&service, insert, [run, planned](const OtpAppService::InsertOutcome &outcome) {
        if (outcome.cancelled) {
            run->report = AppImportReport{AppImportReport::Status::Cancelled, {}, {}};
            run->finish();
            return;
        }
        const OtpAppService::InsertResults &results = outcome.results;
        for (qsizetype i = 0; i < planned.size(); ++i) {
            Entry entry = planned.at(i).entry;
            const Result<OtpAppConfig> &stored = results.at(i);
            if (stored) {
                entry.app = stored.value;
            } else {
                entry.outcome = Outcome::NotSaved;
                entry.error = stored.error;
                entry.generatedSecret.clear(); // never stored, never to be shown
            }
            run->report.entries << entry;
        }
        run->finish();
    });
}

} // namespace

QFuture<AppImportReport> AppImport::importFile(const QString &path, const AskSecrets &ask)
{
    auto run = std::make_shared<ImportRun>();
    m_cancelRequested = run->cancelRequested;
    run->promise.start();
    QFuture<AppImportReport> future = run->promise.future();

    // The store as it is now, not the service's list: another process may have added apps.
    const Result<AppImporter::Plan> read = AppImporter::readFile(path, m_apps.storedApps());
    if (!read.ok()) {
        run->report.status = AppImportReport::Status::FileRefused;
        run->report.error = read.error;
        run->finish();
        return future;
    }
    for (const AppImporter::RejectedApp &rejected : read.value.rejected)
        run->report.entries << rejectedEntry(rejected);
    for (const AppImporter::StoredApp &known : read.value.alreadyStored)
        run->report.entries << alreadyThereEntry(known);
    run->apps = read.value.apps;

    const QList<SecretRequest> requests = secretRequests(read.value.apps);
    if (requests.isEmpty()) {
        store(m_apps, run, {});
        return future;
    }
    const QPointer<OtpAppService> service(&m_apps);
    ask(requests, [run, service](const SecretAnswers &answers) {
        if (run->answered || !service)
            return;
        run->answered = true;
        if (!answers) {
            run->report = AppImportReport{AppImportReport::Status::Cancelled, {}, {}};
            run->finish();
            return;
        }
        store(*service, run, *answers);
    });
    return future;
}

void AppImport::cancel()
{
    if (m_cancelRequested)
        *m_cancelRequested = true;
}
