#include "OtpCallOutput.h"

#include "CliOutput.h"
#include "api/OtpResult.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

QString latencyText(const OtpResult &result)
{
    const std::optional<double> latency = result.latencyMs();
    if (!latency)
        return {};
    return OtpCallOutput::tr("%1 ms").arg(qRound64(*latency));
}

} // namespace

ExitCode OtpCallOutput::exitCodeFor(const OtpResult &result)
{
    switch (result.outcome) {
    case OtpResult::Outcome::Success:
        return ExitCode::Ok;
    case OtpResult::Outcome::ApiError:
        return ExitCode::ApiOrValidationError;
    case OtpResult::Outcome::TransportError:
        // A URL refused before sending is the user's input failing validation.
        return result.reason == OtpResult::Reason::RefusedUrl ? ExitCode::ApiOrValidationError
                                                              : ExitCode::TransportOrSystem;
    case OtpResult::Outcome::Timeout:
    case OtpResult::Outcome::Cancelled:
    case OtpResult::Outcome::InvalidResponse:
        break;
    }
    return ExitCode::TransportOrSystem;
}

QStringList OtpCallOutput::describe(const OtpResult &result)
{
    QStringList facts;
    if (result.httpStatus > 0)
        facts << tr("HTTP %1").arg(result.httpStatus);
    if (const QString latency = latencyText(result); !latency.isEmpty())
        facts << latency;
    QString headline = result.outcomeText();
    if (!facts.isEmpty())
        headline += u" ("_s + facts.join(u", "_s) + u')';

    QStringList lines;
    lines << tr("Result:    %1").arg(headline);
    if (!result.token.isEmpty())
        lines << tr("Token:     %1").arg(result.token);
    if (!result.refno.isEmpty())
        lines << tr("Reference: %1").arg(result.refno);
    if (!result.message.isEmpty())
        lines << tr("Message:   %1").arg(result.message);
    if (result.entry) {
        QString code = tr("Code:      %1 (status %2, HTTP %3)")
                           .arg(result.entry->displayName())
                           .arg(result.entry->statusCode)
                           .arg(result.entry->httpStatus);
        // The OTP rows are named by their message; repeat the text only when it says more.
        if (result.entry->description() != result.entry->displayName())
            code += u": "_s + result.entry->description();
        lines << code;
    } else if (result.outcome == OtpResult::Outcome::ApiError) {
        lines << tr("Code:      not in the catalog of the vendor's codes");
    }
    lines << tr("Summary:   %1").arg(result.summary());
    if (!result.record.url.isEmpty()) {
        lines << tr("Sent:      %1 %2")
                     .arg(QString::fromLatin1(result.record.method),
                          result.record.url.toString(QUrl::FullyEncoded));
    }
    return lines;
}

void OtpCallOutput::print(const OtpResult &result, bool json, const QString &appName)
{
    CliOutput &out = CliOutput::instance();
    if (json) {
        QJsonObject object = result.toJson();
        if (!appName.isEmpty())
            object.insert(u"app"_s, appName);
        out.jsonLine(object);
    } else {
        for (const QString &line : describe(result))
            out.out(line);
    }
}
