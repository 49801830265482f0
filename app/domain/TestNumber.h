#pragma once

#include <QList>
#include <QString>

// A sandbox app's test number, as Firebase Authentication's test phone numbers and Twilio's
// magic numbers are: a request for it gets a fixed code (the SMS is still delivered), or a
// forced failure instead of an OTP. Exactly one of code and fail is set once validated
// (TestNumberValidator).
struct TestNumber {
    static constexpr int MaxPerApp = 100;

    QString msisdn; // as typed in a draft; "+66…" once validated (OtpAppValidator::toConfig)
    QString code; // the fixed code: exactly the app's digits; empty for a failure
    // "drop" (the connection is closed without an answer), or an error of the vendor's catalog
    // named as otpctl's --fail takes it: an ERROR_… name, a status code or a message.
    QString fail;

    // The fail value that drops the connection (the id of SandboxFaults::Action::Drop).
    static QString dropId();

    bool isFailure() const { return !fail.isEmpty(); }
    bool isDrop() const; // fail is "drop", in any case

    friend bool operator==(const TestNumber &a, const TestNumber &b)
    {
        return a.msisdn == b.msisdn && a.code == b.code && a.fail == b.fail;
    }
    friend bool operator!=(const TestNumber &a, const TestNumber &b) { return !(a == b); }
};
