#include "DecodeCommand.h"

#include "CliOutput.h"
#include "api/ErrorDecoder.h"
#include "api/ErrorLookup.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

QString shapeId(DecodedResponse::Shape shape)
{
    switch (shape) {
    case DecodedResponse::Shape::Empty:
        return u"empty"_s;
    case DecodedResponse::Shape::NotJson:
        return u"not-json"_s;
    case DecodedResponse::Shape::OtpV2Success:
        return u"otp-v2-success"_s;
    case DecodedResponse::Shape::OtpV1Success:
        return u"otp-v1-success"_s;
    case DecodedResponse::Shape::OtpV2Error:
        return u"otp-v2-error"_s;
    case DecodedResponse::Shape::OtpV1Error:
        return u"otp-v1-error"_s;
    case DecodedResponse::Shape::SmsApiError:
        return u"sms-api-error"_s;
    case DecodedResponse::Shape::UnknownJson:
        return u"unknown-json"_s;
    }
    return {};
}

} // namespace

QString DecodeCommand::summary() const
{
    return tr("Explain a status code, error name, message or response body.");
}

ExitCode DecodeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        u"input"_s,
        tr("A status code (116), an error name (ERROR_IP_NOT_ALLOWED), a message (\"Code is "
           "invalid.\"), a JSON response body, or - to read the body from standard input."),
        u"CODE_OR_BODY"_s);
    const QCommandLineOption httpOption(
        u"http"_s, tr("The HTTP status the answer came with (tells apart rows that share a code)."),
        u"STATUS"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print the result as one JSON object."));
    parser.addOption(httpOption);
    parser.addOption(jsonOption);
    if (const auto done
        = parse(parser, arguments,
                tr("Decode a ThaiBulkSMS OTP or SMS API answer through the catalog of the "
                   "vendor's 63 status codes.\nExit code 0: found in the catalog; 1: not "
                   "found; 2: usage error.")))
        return *done;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        CliOutput::instance().err(tr("Give exactly one CODE_OR_BODY (quote a body)."));
        return ExitCode::Usage;
    }
    int http = 0;
    if (parser.isSet(httpOption)) {
        bool ok = false;
        http = parser.value(httpOption).toInt(&ok);
        if (!ok || http < 100 || http > 599) {
            CliOutput::instance().err(tr("--http needs an HTTP status from 100 to 599, not \"%1\".")
                                          .arg(parser.value(httpOption)));
            return ExitCode::Usage;
        }
    }

    QString input = positional.first().trimmed();
    if (input == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            CliOutput::instance().err(tr("Cannot read standard input."));
            return ExitCode::TransportOrSystem;
        }
        input = QString::fromUtf8(in.readAll()).trimmed();
    }

    const ErrorLookup::Result lookup = ErrorLookup::find(input, http);
    const std::optional<ErrorEntry> &entry = lookup.entry;
    const QString shape = lookup.decoded ? shapeId(lookup.decoded->shape) : QString();
    const QString &rawMessage = lookup.message;

    const Language language = currentLanguage();
    if (parser.isSet(jsonOption)) {
        QJsonObject object{{u"known"_s, entry.has_value()}};
        if (!shape.isEmpty())
            object.insert(u"shape"_s, shape);
        if (entry) {
            object.insert(u"row"_s, entry->row);
            object.insert(u"http"_s, entry->httpStatus);
            object.insert(u"status"_s, entry->statusCode);
            object.insert(u"name"_s, entry->name);
            object.insert(u"description"_s, entry->description(language));
            object.insert(u"descriptionEn"_s, entry->descriptionEn);
            object.insert(u"hint"_s, entry->hint(language));
        } else {
            object.insert(u"input"_s, input.left(ErrorDecoder::MaxRawText));
            if (!rawMessage.isEmpty())
                object.insert(u"message"_s, rawMessage);
        }
        CliOutput::instance().jsonLine(object);
    } else if (entry) {
        CliOutput::instance().out(tr("%1 (status %2, HTTP %3)")
                                      .arg(entry->displayName())
                                      .arg(entry->statusCode)
                                      .arg(entry->httpStatus));
        CliOutput::instance().out(entry->description(language));
        if (language != Language::English)
            CliOutput::instance().out(entry->descriptionEn);
        CliOutput::instance().out(tr("What to do: %1").arg(entry->hint(language)));
    } else {
        CliOutput::instance().out(tr("Not in the catalog of the vendor's 63 status codes."));
        if (!rawMessage.isEmpty())
            CliOutput::instance().out(tr("Message: %1").arg(rawMessage));
    }
    return entry ? ExitCode::Ok : ExitCode::ApiOrValidationError;
}
