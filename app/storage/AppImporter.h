#pragma once

#include "domain/OtpAppConfig.h"
#include "domain/ValidationIssue.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads the apps exchange format (docs/file-formats.md) leniently: unknown fields are ignored,
// every app is checked with OtpAppValidator, valid apps are kept and invalid ones reported
// with their position, name and field problems. Nothing is stored: the caller inserts
// result.apps (AppRepository::insertAll) and deals with each app's secret as told.
class AppImporter
{
    Q_DECLARE_TR_FUNCTIONS(AppImporter)

public:
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

    // What the caller does about the App Secret of an imported app.
    enum class SecretSource {
        FromFile, // a Sandbox app whose "secret" (and "key") came with it: store that secret
        Generate, // a Sandbox app without one: generate a new key and secret
        AskUser, // a Live or Custom app: ask for the secret from the vendor's dashboard
    };

    struct ImportedApp {
        int index = 0; // position in the file's "apps" array, from 0
        OtpAppConfig config; // validated, normalised; unique name; id kept or new
        QString nameInFile; // before a clash suffix
        bool renamed = false; // config.name differs from nameInFile because of a clash
        SecretSource secretSource = SecretSource::AskUser;
        QString secret; // FromFile only; never written anywhere by the importer
        ValidationIssues warnings; // kept app, but worth telling the user
    };

    struct RejectedApp {
        int index = 0;
        QString name; // as in the file (may be empty)
        ValidationIssues issues; // at least one error
    };

    // An app of the file that is stored already: same environment and App Key (and base URL
    // for Custom), or, for an entry without a key, the same id. Importing the file again
    // leaves it as it is instead of adding a copy.
    struct StoredApp {
        int index = 0;
        QString nameInFile;
        OtpAppConfig stored; // the app in the store
    };

    // What a readable file holds: the apps to import, those already stored, and those the
    // validator refused.
    struct Plan {
        QList<ImportedApp> apps;
        QList<StoredApp> alreadyStored;
        QList<RejectedApp> rejected;
    };

    // existing: the apps already stored; an app of the file that is one of them goes to
    // alreadyStored, the others avoid their names and ids. A failure refuses the whole file (not
    // JSON, not the apps format, unreadable).
    static Result<Plan> parse(const QByteArray &json, const QList<OtpAppConfig> &existing);
    static Result<Plan> readFile(const QString &path, const QList<OtpAppConfig> &existing);

    // name, or "name (2)", "name (3)", ... the first not in `taken` (case-insensitively),
    // shortened so it stays within OtpAppValidator::MaxNameLength code points.
    static QString uniqueName(const QString &name, const QStringList &taken);

    // "App 2 (“Shop”): template: …" — one translated line per issue, for a report.
    static QStringList describe(const RejectedApp &app);
};
