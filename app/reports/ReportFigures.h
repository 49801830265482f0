#pragma once

#include "OtpFate.h"
#include "ReportDistribution.h"
#include "ReportQuery.h"
#include "domain/OtpOperation.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// A report's numbers for one ReportQuery: what the Reports page and `otpctl report` show.
// Plain counts and step distributions, so ReportEngine::applyCall can move them by one call;
// rates, percentiles and the histogram are derived when asked. docs/reports.md defines each.
struct ReportFigures {
    // Latency in steps of 0.1 ms, time from SMS to a correct PIN in steps of 0.1 s.
    static constexpr double LatencyStepMs = 0.1;
    static constexpr double TimeToVerifyStepMs = 100;

    struct Point { // one bucket of the time series
        QDateTime start; // UTC
        qint64 requests = 0; // request calls
        qint64 delivered = 0; // of them, answered with a token
        qint64 verifyCalls = 0;
        qint64 verified = 0; // verify calls answered "correct"
    };
    struct OutcomeKey { // one line of "outcomes by status code"
        OtpOperation call = OtpOperation::Request;
        int httpStatus = 0; // 0: no HTTP answer
        QString name; // "success", the catalog name, the OTP message, or the client's reason

        friend bool operator<(const OutcomeKey &a, const OutcomeKey &b)
        {
            return std::tie(a.call, a.httpStatus, a.name) < std::tie(b.call, b.httpStatus, b.name);
        }
        friend bool operator==(const OutcomeKey &a, const OutcomeKey &b)
        {
            return a.call == b.call && a.httpStatus == b.httpStatus && a.name == b.name;
        }
    };
    struct HistogramBin {
        double fromMs = 0;
        std::optional<double> toMs; // none: the last, open bin
        qint64 count = 0;
    };

    ReportQuery query;
    QMap<OtpFate, qint64> fates; // per OTP requested in the period
    qint64 attempted = 0; // OTPs with a token that saw at least one verify
    qint64 firstTryVerified = 0; // ... whose first verify was correct
    qint64 unpairedVerifies = 0; // verify calls whose token no stored request issued
    ReportDistribution latency; // every call of the period that has one
    ReportDistribution timeToVerify; // every verified OTP
    QMap<qint64, Point> series; // by ReportQuery::bucketKey; every bucket of the period
    QMap<OutcomeKey, qint64> outcomes;

    // An empty report of the query: every bucket present with zeros.
    static ReportFigures emptyFor(const ReportQuery &query);

    qint64 fate(OtpFate fate) const { return fates.value(fate); }
    qint64 requested() const; // every request call (an OTP or a failed request)
    qint64 delivered() const { return requested() - fate(OtpFate::Failed); }
    qint64 verifyCalls() const;
    std::optional<double> firstTryRate() const; // firstTryVerified / attempted
    std::optional<double> overallRate() const; // verified / attempted
    std::optional<double> latencyPercentileMs(double p) const;
    std::optional<double> timeToVerifyPercentileMs(double p) const;
    QList<HistogramBin> latencyHistogram() const;

    friend bool operator==(const ReportFigures &a, const ReportFigures &b);
};
