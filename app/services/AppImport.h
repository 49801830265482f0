#pragma once

#include "AppImportReport.h"
#include "domain/Environment.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class OtpAppService;

// Importing an apps file (docs/file-formats.md), the one policy both faces call: the file is
// read and checked by AppImporter; a Sandbox app with "key" and "secret" keeps them, one
// without gets generated credentials; the App Secret of every Live or Custom app is asked for
// once, all together, through the face's `ask` (an empty answer: imported without a secret for
// now; a cancelled ask: nothing stored; an invalid one: that app is not stored). An app of the
// file that is stored already (same App Key, or same id) is left as it is, so importing a file
// again adds nothing. Then OtpAppService::insertAll stores the others, all or nothing across
// keychain and database: the secrets first, then every app in one transaction.
class AppImport
{
public:
    // A Live or Custom app whose App Secret the user is asked for.
    struct SecretRequest {
        int index = 0; // position in the file's "apps" array, from 0
        QString name; // the name it is stored under (renamed when the file's was taken)
        Environment environment = Environment::Live;
    };
    // One answer per request, in the requests' order (missing ones count as empty); an empty
    // answer imports that app without a secret. std::nullopt: the user cancelled the import.
    using SecretAnswers = std::optional<QStringList>;
    using Reply = std::function<void(const SecretAnswers &)>;
    // Called once, and only when an app needs a secret. It replies once, at once (otpctl reads
    // standard input) or later (the GUI's dialog); a second reply is ignored.
    using AskSecrets = std::function<void(const QList<SecretRequest> &, const Reply &)>;

    explicit AppImport(OtpAppService &apps) : m_apps(apps) { }

    // Delivered when everything is settled: every keychain call answered, the apps stored or
    // not. Its progress (range and value) counts the App Secrets written, for a progress bar.
    // Cancelled (no result) only if the service is destroyed first.
    QFuture<AppImportReport> importFile(const QString &path, const AskSecrets &ask);
    // Stops the running import before its commit point: no more secrets are written, those
    // written are removed, and the report says Cancelled. Too late once the apps are committed
    // (the report then says what was stored).
    void cancel();

private:
    OtpAppService &m_apps;
    std::shared_ptr<bool> m_cancelRequested; // the running import's
};
