#pragma once

#include "TransactionRow.h"

#include <QByteArray>
#include <QList>

// The transaction table as CSV (RFC 4180): `otpctl report --csv` and the page's export.
class ReportCsv
{
public:
    static QByteArray header();
    static QByteArray lines(const QList<TransactionRow> &rows);
};
