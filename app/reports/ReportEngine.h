#pragma once

#include "ReportFigures.h"
#include "ReportQuery.h"
#include "ReportSql.h"
#include "util/Result.h"

#include <QCoreApplication>

class Database;
class QSqlQuery;

// Computes a report from the database: SQL counts, this class only adds the grouped rows up.
// Use on the Database's thread; a worker thread opens its own Database on the data folder
// (WAL: it reads while the GUI or a recording `otpctl sandbox` writes).
class ReportEngine
{
    Q_DECLARE_TR_FUNCTIONS(ReportEngine)

public:
    using Table = ReportSql::Table;

    explicit ReportEngine(Database &database);

    Result<ReportFigures> figures(const ReportQuery &query) const;
    // Moves figures by one call just stored (its table and id): the call's own counts, and its
    // OTP's fate before and after it. What a live page does for each new call instead of
    // running figures() again: applied in the order stored, the result equals a new figures()
    // run with the same query (same now; "expired" moves with now only on a new run).
    Result<void> applyCall(ReportFigures *figures, Table table, qint64 id) const;
    // Whether figures() reads the rollups (report_otps, report_calls, report_latency) for the
    // whole hours and days of a period (the default), or everything from the calls: the same
    // figures, slower on a long period; tests and the bench compare both.
    void setUseRollups(bool use) { m_useRollups = use; }

private:
    using Scope = ReportSql::Scope;
    // Adds (sign 1) or takes away (sign -1) what the scope's calls and OTPs count.
    Result<void> addCalls(ReportFigures *figures, const Scope &scope) const;
    Result<void> addRolledUpCalls(ReportFigures *figures) const;
    // Adds rows of (call, http_status, outcome, bucket, calls, unpaired); of (step, calls).
    Result<void> addCallCounts(ReportFigures *figures, const QString &sql) const;
    Result<void> addLatency(ReportFigures *figures, const QString &sql) const;
    Result<void> addOtps(ReportFigures *figures, const Scope &scope, int sign) const;
    Result<void> addRolledUpOtps(ReportFigures *figures) const;
    Result<void> addOtpRows(ReportFigures *figures, const QString &otps, int sign) const;
    Result<void> run(QSqlQuery &query, const QString &sql) const;

    Database &m_database;
    bool m_useRollups = true;
};
