#pragma once

#include "domain/Language.h"

#include <QString>

// One row of the vendor's "Status Code & Error Code" table (63 rows), with our Thai
// translation and a hint on what to do about it.
struct ErrorEntry {
    int row = 0; // 1..63, the "No." column of the vendor's table
    int httpStatus = 0; // HTTP status the code arrives with
    int statusCode = 0; // the service's status code (0 for success/NO_ERROR, 400 for OTP rows)
    QString name; // ERROR_... ; "success" and "NO_ERROR" for 0; "-" for the OTP rows
    QString descriptionEn; // the vendor's text, verbatim
    QString descriptionTh;
    QString hintEn; // one line: what the user should do
    QString hintTh;

    QString description(Language language) const;
    QString description() const { return description(currentLanguage()); }
    QString hint(Language language) const;
    QString hint() const { return hint(currentLanguage()); }

    // "ERROR_IP_NOT_ALLOWED", or for the OTP rows (name "-") the message itself.
    QString displayName() const;
    // The four OTP rows have no name in the vendor's table ("-"): their message is what
    // identifies them.
    bool hasName() const { return name != u"-"; }
    bool isSuccess() const; // rows 1 and 2 (status 0) and "Code is correct." (row 63)

    friend bool operator==(const ErrorEntry &a, const ErrorEntry &b) { return a.row == b.row; }
};
