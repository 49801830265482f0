#include "ReportCsv.h"

#include "util/CsvText.h"

using namespace Qt::Literals::StringLiterals;

QByteArray ReportCsv::header()
{
    return QByteArrayLiteral("requested_at,source,app,number,refno,token,state,attempts,"
                             "wrong_pins,time_to_verify_ms,codes\r\n");
}

QByteArray ReportCsv::lines(const QList<TransactionRow> &rows)
{
    QByteArray out;
    for (const TransactionRow &row : rows) {
        out += CsvText::line({
            CsvText::field(row.requestedAt.toUTC().toString(Qt::ISODateWithMs)),
            enumId(row.source),
            CsvText::field(row.appName),
            CsvText::field(row.maskedNumber),
            CsvText::field(row.refno),
            CsvText::field(row.token),
            enumId(row.fate),
            QString::number(row.attempts),
            QString::number(row.wrongPins),
            row.timeToVerifyMs ? QString::number(*row.timeToVerifyMs) : QString(),
            CsvText::field(row.codes.join(u"; "_s)),
        });
    }
    return out;
}
