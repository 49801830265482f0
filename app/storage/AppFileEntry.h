#pragma once

#include "domain/OtpAppDraft.h"
#include "domain/ValidationIssue.h"

#include <QString>

class QJsonObject;

// One object of an apps file's "apps" array (docs/file-formats.md), read leniently and not yet
// validated: digits may be "6", expiry a number of minutes, ipRanges one text with a range per
// line; unknown fields are ignored; a value of the wrong type, or a missing or unknown
// environment, is an error under its field. AppImporter validates the draft and decides where
// the secret comes from.
struct AppFileEntry {
    OtpAppDraft draft;
    QString secret; // trimmed; set only when hasSecret
    bool hasSecret = false; // a non-blank "secret" text
    ValidationIssues issues;

    static AppFileEntry read(const QJsonObject &object);
};
