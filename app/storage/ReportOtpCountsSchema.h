#pragma once

#include <QStringList>

// The reports' OTP counts (docs/reports.md): report_otp_counts counts the rows of report_otps
// per (UTC day of the request, app and all apps, shadowed, state, attempted, verified at the
// first try, time-to-verify step). Triggers on report_otps keep it current: a verify that moves
// its OTP moves one count from the OTP's old cell to its new one. A report reads whole days
// here, the edges of its period from report_otps; "open" OTPs (delivered, not verified, burned
// nor answered expired) are split into expired and pending by their expiry at read time.
class ReportOtpCountsSchema
{
public:
    static constexpr int BurnedAfter = 5; // wrong PINs: TokenStore::MaxWrongAttempts

    // The table, filled from report_otps, then its triggers: after ReportRollupSchema's.
    static QStringList statements();

    // The state of an OTP of report_otps (alias): failed, verified, burned, expired (a verify
    // answered "Token is expire.") or open.
    static QString stateExpression(const QString &alias);
    // A time to verify (an expression in ms) in steps of 0.1 s up to 10 s, of 1 s beyond (a
    // step a multiple of 10), so a day of OTPs holds a few dozen steps; NULL stays NULL.
    static QString timeToVerifyStep(const QString &ms);

private:
    static QString cellValues(const QString &row, int sign);
};
