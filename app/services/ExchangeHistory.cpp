#include "ExchangeHistory.h"

#include "sandbox/SandboxRequestParser.h"
#include "storage/ExchangeRepository.h"

#include <QJsonDocument>
#include <QJsonParseError>

StoredExchange ExchangeHistory::toStored(const OtpResult &result, const OtpAppConfig &app,
                                         const QString &msisdn)
{
    StoredExchange exchange;
    exchange.appId = app.id;
    exchange.appName = app.name;
    exchange.call = result.operation;
    exchange.startedAt = result.record.startedAt;
    exchange.msisdn = msisdn.trimmed();
    if (result.httpStatus > 0)
        exchange.httpStatus = result.httpStatus;
    exchange.outcome = result.historyOutcome();
    if (const std::optional<double> latency = result.latencyMs())
        exchange.latencyMs = qRound64(*latency);
    exchange.recordJson = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
    exchange.token = tokenOf(result);
    if (result.operation == OtpOperation::Request && result.isSuccess()
        && exchange.startedAt.isValid()) {
        const int minutes
            = app.expiryMinutes > 0 ? app.expiryMinutes : OtpAppConfig::DefaultExpiryMinutes;
        exchange.expiresAt = exchange.startedAt.addSecs(qint64(minutes) * 60);
    }
    return exchange;
}

QString ExchangeHistory::tokenOf(const OtpResult &result)
{
    if (result.operation == OtpOperation::Request)
        return result.token;
    // The body as sent (secret masked, token intact), read by the sandbox's own parser.
    const SandboxRequestParser::ParsedBody parsed = SandboxRequestParser::parse(
        result.record.requestContentType(), result.record.requestBody);
    return parsed.fields.value(QStringLiteral("token"));
}

Result<qint64> ExchangeHistory::append(ExchangeRepository &repository, const OtpResult &result,
                                       const OtpAppConfig &app, const QString &msisdn)
{
    return repository.append(toStored(result, app, msisdn));
}

std::optional<OtpResult> ExchangeHistory::resultOf(const StoredExchange &exchange, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.recordJson, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    return OtpResult::fromJson(document.object(), error);
}
