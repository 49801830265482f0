#pragma once

#include "ValidationIssue.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// A Thai mobile number, as the OTP API takes it. Accepted: 0[689]XXXXXXXX,
// 66[689]XXXXXXXX, +66[689]XXXXXXXX, with spaces and dashes ignored.
class Msisdn
{
    Q_DECLARE_TR_FUNCTIONS(Msisdn)

public:
    static std::optional<Msisdn> parse(const QString &text);
    // No issue, or the "msisdn.invalid" error that lists the accepted forms.
    static ValidationIssues validate(const QString &text);

    QString international() const; // +66812345678
    QString domestic() const; // 0812345678
    QString masked() const; // 081***5678: middle digits hidden, for history lists

    friend bool operator==(const Msisdn &a, const Msisdn &b)
    {
        return a.m_subscriber == b.m_subscriber;
    }

private:
    explicit Msisdn(QString subscriber) : m_subscriber(std::move(subscriber)) { }
    QString m_subscriber; // the 9 digits after the country code / trunk 0, e.g. "812345678"
};
