#pragma once

#include "ReportQuery.h"
#include "ReportSql.h"
#include "TransactionPage.h"
#include "TransactionQuery.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QVariantList>

class Database;

// The transaction table of a report, a page at a time, from SQL. Use on the Database's thread.
class TransactionTable
{
    Q_DECLARE_TR_FUNCTIONS(TransactionTable)

public:
    explicit TransactionTable(Database &database);

    Result<TransactionPage> page(const ReportQuery &report, const TransactionQuery &page) const;

    static QString maskedNumber(const QString &stored); // the history keeps numbers as typed

private:
    static QString rolledUpPageSql(const ReportSql &sql, const TransactionQuery &page);
    qint64 total(const ReportSql &sql, const QString &where, const QVariantList &values) const;

    Database &m_database;
};
