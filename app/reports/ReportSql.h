#pragma once

#include "ReportQuery.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

// The SQL of reports, written once for both tables (the history `exchanges` and
// `sandbox_traffic` have the same columns for what reports read). Every value is a number, a
// UUID or a token read from the database, inlined as a literal (quoted where text): the
// statements bind nothing, so the same text is reused for both arms of a UNION ALL.
class ReportSql
{
public:
    enum class Table { Exchanges, SandboxTraffic };

    // Narrows a report to one call or one OTP: what ReportEngine::applyCall re-reads.
    struct Scope {
        std::optional<Table> onlyTable;
        std::optional<qint64> callId; // calls: this one only; OTPs: the request with this id
        std::optional<QString> token; // OTPs: the requests of this token only
        std::optional<qint64> verifiesUpToId; // OTPs: count the verifies up to this id only
        // Calls: those started in [first, second) ms since the epoch only (an edge of the
        // period, read from the calls when the rollups hold the rest).
        std::optional<std::pair<qint64, qint64>> range;

        bool isWholePeriod() const
        {
            return !onlyTable && !callId && !token && !verifiesUpToId && !range;
        }
    };

    explicit ReportSql(const ReportQuery &query);

    QList<Table> tables(const Scope &scope = {}) const;
    static QString tableName(Table table);
    static QString sourceId(Table table); // "calls", "sandbox"

    // Every call of the period: call, http_status, outcome, latency_ms, token, bucket and
    // unpaired (a verify whose token no stored request of its table issued; 0 without
    // withUnpaired, which spares a lookup per verify where it is not read).
    QString calls(const Scope &scope = {}, bool withUnpaired = true) const;
    // One row per OTP (request) of the period: source, id, at, app_id, app_name, msisdn, token,
    // refno, request_outcome, expires_at, delivered, verifies, wrong, first_verify,
    // correct_verify, correct_at, expire_answer, codes, fate, ttv_ms. requestOrder (with
    // limit): the requests of each table are taken in that order, at most limit of them,
    // before their verifies are joined (a table page by time).
    // codes only with withCodes (the table's): a distinct set per OTP costs a temporary table
    // each.
    QString otps(const Scope &scope = {}, const QString &requestOrder = {}, int limit = -1,
                 bool withCodes = false) const;

    // The same OTPs (without the request's details: msisdn, refno, codes, app_name) from the
    // rollup report_otps: one index range, no join; src 0 is the history, 1 the sandbox.
    // range: the OTPs requested in [first, second) ms only (an edge of the period).
    QString rolledUpOtps(const std::optional<std::pair<qint64, qint64>> &range = {}) const;
    // The OTP counts (report_otp_counts) of whole UTC days [firstDay, endDay): state,
    // attempted, first_try, ttv_step, otps; and how many of their "open" OTPs are pending at
    // the query's now (the rest expired).
    QString rolledUpOtpCounts(qint64 firstDay, qint64 endDay) const;
    QString pendingOtps(qint64 firstDay, qint64 endDay) const;

    // The call rollups (report_calls, report_latency) of the query's source and app over
    // whole UTC hours [firstHour, endHour) or days [firstDay, endDay). Calls: call,
    // http_status, outcome, bucket, calls, unpaired (the calls() grouped); latency: step, calls.
    QString rolledUpCalls(qint64 firstHour, qint64 endHour) const;
    QString rolledUpLatency(qint64 firstDay, qint64 endDay) const;
    // Whether each UTC hour of the period falls in one bucket of the query's zone (every
    // offset of the zone in the period whole hours): the hourly rollup can feed the series.
    bool bucketsFollowUtcHours() const;

    // The ids of the period's requests (one per OTP), for counting without the joins.
    QString requests() const;

    static QString quoted(const QString &text);

private:
    QString callsOf(Table table, const Scope &scope, bool withUnpaired) const;
    QString otpsOf(Table table, const Scope &scope, const QString &requestOrder, int limit,
                   bool withCodes) const;
    QString withFate(const QString &otps) const;
    QString periodConditions(const QString &alias,
                             const std::optional<std::pair<qint64, qint64>> &range = {}) const;
    QString rollupConditions() const; // the source, on report_* alias r
    QString rollupApp() const; // the app id or all apps' marker, quoted
    QString notSeenBySandbox(Table table, const QString &alias) const;
    QString localBucket(const QString &column) const;

    ReportQuery m_query;
};
