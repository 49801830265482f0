#pragma once

#include "ReportQuery.h"

#include <QList>
#include <QString>

#include <optional>

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

        bool isWholePeriod() const { return !onlyTable && !callId && !token && !verifiesUpToId; }
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
    QString rolledUpOtps() const;

    // The ids of the period's requests (one per OTP), for counting without the joins.
    QString requests() const;

    static QString quoted(const QString &text);

private:
    QString callsOf(Table table, const Scope &scope, bool withUnpaired) const;
    QString otpsOf(Table table, const Scope &scope, const QString &requestOrder, int limit,
                   bool withCodes) const;
    QString withFate(const QString &otps) const;
    QString periodConditions(const QString &alias) const;
    QString notSeenBySandbox(Table table, const QString &alias) const;
    QString localBucket(const QString &column) const;

    ReportQuery m_query;
};
