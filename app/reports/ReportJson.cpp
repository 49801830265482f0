#include "ReportJson.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonValue optional(const std::optional<double> &value, int decimals = 1)
{
    if (!value)
        return QJsonValue::Null;
    double scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return qRound64(*value * scale) / scale;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

QJsonObject ReportJson::headline(const ReportFigures &figures)
{
    return QJsonObject{
        {u"requested"_s, figures.requested()},
        {u"delivered"_s, figures.delivered()},
        {u"failedRequests"_s, figures.fate(OtpFate::Failed)},
        {u"attempted"_s, figures.attempted},
        {u"verified"_s, figures.fate(OtpFate::Verified)},
        {u"verifiedFirstTry"_s, figures.firstTryVerified},
        {u"firstTryRate"_s, optional(figures.firstTryRate(), 4)},
        {u"overallRate"_s, optional(figures.overallRate(), 4)},
        {u"expired"_s, figures.fate(OtpFate::Expired)},
        {u"burned"_s, figures.fate(OtpFate::Burned)},
        {u"pending"_s, figures.fate(OtpFate::Pending)},
        {u"verifyCalls"_s, figures.verifyCalls()},
        {u"unpairedVerifies"_s, figures.unpairedVerifies},
        {u"latencyMedianMs"_s, optional(figures.latencyPercentileMs(0.5))},
        {u"latencyP95Ms"_s, optional(figures.latencyPercentileMs(0.95))},
        {u"timeToVerifyMedianMs"_s, optional(figures.timeToVerifyPercentileMs(0.5), 0)},
    };
}

QJsonArray ReportJson::series(const ReportFigures &figures)
{
    QJsonArray points;
    for (const ReportFigures::Point &point : figures.series) {
        points.append(QJsonObject{{u"start"_s, isoTime(point.start)},
                                  {u"requests"_s, point.requests},
                                  {u"delivered"_s, point.delivered},
                                  {u"verifyCalls"_s, point.verifyCalls},
                                  {u"verified"_s, point.verified}});
    }
    return points;
}

QJsonArray ReportJson::outcomes(const ReportFigures &figures)
{
    QJsonArray lines;
    for (auto it = figures.outcomes.cbegin(); it != figures.outcomes.cend(); ++it) {
        if (it.value() == 0)
            continue;
        lines.append(QJsonObject{{u"call"_s, enumId(it.key().call)},
                                 {u"httpStatus"_s, it.key().httpStatus},
                                 {u"name"_s, it.key().name},
                                 {u"count"_s, it.value()}});
    }
    return lines;
}

QJsonArray ReportJson::histogram(const ReportFigures &figures)
{
    QJsonArray bins;
    for (const ReportFigures::HistogramBin &bin : figures.latencyHistogram()) {
        bins.append(QJsonObject{{u"fromMs"_s, bin.fromMs},
                                {u"toMs"_s, bin.toMs ? QJsonValue(*bin.toMs) : QJsonValue::Null},
                                {u"count"_s, bin.count}});
    }
    return bins;
}

QJsonObject ReportJson::figures(const ReportFigures &figures)
{
    const ReportQuery &query = figures.query;
    return QJsonObject{
        {u"format"_s, u"otp-manager-report"_s},
        {u"version"_s, FormatVersion},
        {u"from"_s, isoTime(query.from)},
        {u"to"_s, isoTime(query.to)},
        {u"now"_s, isoTime(query.nowOrCurrent())},
        {u"timeZone"_s, QString::fromUtf8(query.timeZone.id())},
        {u"app"_s,
         query.appId ? QJsonValue(query.appId->toString(QUuid::WithoutBraces)) : QJsonValue::Null},
        {u"source"_s, enumId(query.source)},
        {u"bucket"_s, enumId(query.bucket())},
        {u"figures"_s, headline(figures)},
        {u"series"_s, series(figures)},
        {u"outcomes"_s, outcomes(figures)},
        {u"latencyHistogram"_s, histogram(figures)},
    };
}

QJsonObject ReportJson::transaction(const TransactionRow &row)
{
    return QJsonObject{
        {u"source"_s, enumId(row.source)},
        {u"id"_s, row.requestId},
        {u"requestedAt"_s, isoTime(row.requestedAt)},
        {u"app"_s, row.appName},
        {u"appId"_s, row.appId.toString(QUuid::WithoutBraces)},
        {u"number"_s, row.maskedNumber},
        {u"refno"_s, row.refno},
        {u"token"_s, row.token},
        {u"state"_s, enumId(row.fate)},
        {u"attempts"_s, row.attempts},
        {u"wrongPins"_s, row.wrongPins},
        {u"timeToVerifyMs"_s,
         row.timeToVerifyMs ? QJsonValue(*row.timeToVerifyMs) : QJsonValue::Null},
        {u"codes"_s, QJsonArray::fromStringList(row.codes)},
    };
}

QJsonObject ReportJson::report(const ReportFigures &figures, const QList<TransactionRow> &rows)
{
    QJsonObject object = ReportJson::figures(figures);
    QJsonArray transactions;
    for (const TransactionRow &row : rows)
        transactions.append(transaction(row));
    object.insert(u"transactions"_s, transactions);
    return object;
}
