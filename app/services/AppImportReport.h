#pragma once

#include "domain/OtpAppConfig.h"
#include "domain/ValidationIssue.h"

#include <QList>
#include <QString>

// What an import of an apps file did (AppImport): for each app of the file, in the file's
// order, what became of it; or why nothing was stored at all. Both faces (File ▸ Import Apps…
// and `otpctl apps import`) tell the user exactly this, so neither claims an app that was not
// stored.
struct AppImportReport {
    enum class Status {
        Finished, // `entries` says what became of each app
        Cancelled, // the user cancelled (asked for the secrets, or while storing): nothing stored
        FileRefused, // not an apps file (`error` says why): nothing stored
    };

    enum class Outcome {
        Saved, // stored with its App Secret (from the file, or the one the user gave)
        SavedWithoutSecret, // stored; the user gave no secret and adds it later (edit the app)
        SavedWithGeneratedCredentials, // a Sandbox app, stored with a new key and secret
        InvalidSecret, // not stored: the secret the user gave is not valid (`error`)
        NotSaved, // not stored: the keychain or the database failed (`error`)
        Rejected, // not stored: the file's entry is not a valid app (`issues`)
        AlreadyThere, // not stored again: `app` is the stored app it is (same App Key or id)
    };

    struct Entry {
        int index = 0; // position in the file's "apps" array, from 0
        Outcome outcome = Outcome::Rejected;
        QString nameInFile; // may be empty for a rejected entry
        bool renamed = false; // app.name differs from nameInFile: the name was taken
        // As stored (as it would have been when not stored; AlreadyThere: the stored app);
        // empty if Rejected.
        OtpAppConfig app;
        QString generatedSecret; // SavedWithGeneratedCredentials: to show once (key: app.appKey)
        QString error; // InvalidSecret, NotSaved: translated, says why
        ValidationIssues issues; // Rejected: the problems; otherwise warnings worth telling

        bool isSaved() const; // stored by this import
        bool isProblem() const; // not stored, and not because it was there already
        // The name to show: as stored, or as in the file for a rejected entry.
        QString name() const { return outcome == Outcome::Rejected ? nameInFile : app.name; }
    };

    Status status = Status::Finished;
    QString error; // FileRefused: translated, says why
    QList<Entry> entries;

    int savedCount() const;
    bool has(Outcome outcome) const;
};
