#include "DecodeCommand.h"

#include "CliOutput.h"
#include "api/ErrorDecoder.h"
#include "api/ErrorLookup.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

void printJson(const QString &input, const ErrorLookup::Match &lookup)
{
    QJsonObject object{{u"known"_s, lookup.entry.has_value()}};
    if (lookup.decoded)
        object.insert(u"shape"_s, enumId(lookup.decoded->shape));
    if (const std::optional<ErrorEntry> &entry = lookup.entry) {
        const Language language = currentLanguage();
        object.insert(u"row"_s, entry->row);
        object.insert(u"http"_s, entry->httpStatus);
        object.insert(u"status"_s, entry->statusCode);
        object.insert(u"name"_s, entry->name);
        object.insert(u"description"_s, entry->description(language));
        object.insert(u"descriptionEn"_s, entry->descriptionEn);
        object.insert(u"hint"_s, entry->hint(language));
    } else {
        object.insert(u"input"_s, input.left(ErrorDecoder::MaxRawText));
        if (!lookup.message.isEmpty())
            object.insert(u"message"_s, lookup.message);
    }
    CliOutput::instance().jsonLine(object);
}

void printText(const ErrorLookup::Match &lookup)
{
    CliOutput &out = CliOutput::instance();
    if (const std::optional<ErrorEntry> &entry = lookup.entry) {
        const Language language = currentLanguage();
        out.out(DecodeCommand::tr("%1 (status %2, HTTP %3)")
                    .arg(entry->displayName())
                    .arg(entry->statusCode)
                    .arg(entry->httpStatus));
        out.out(entry->description(language));
        if (language != Language::English)
            out.out(entry->descriptionEn);
        out.out(DecodeCommand::tr("What to do: %1").arg(entry->hint(language)));
    } else {
        out.out(DecodeCommand::tr("Not in the catalog of the vendor's 63 status codes."));
        if (!lookup.message.isEmpty())
            out.out(DecodeCommand::tr("Message: %1").arg(lookup.message));
    }
}

} // namespace

QString DecodeCommand::summary() const
{
    return tr("Explain a status code, error name, message or response body.");
}

ExitCode DecodeCommand::run(const QStringList &arguments)
{
    return parseThenExecute(parseOptions(arguments), &DecodeCommand::execute);
}

ParsedOptions<DecodeCommand::Options> DecodeCommand::parseOptions(const QStringList &arguments)
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

    CliOutput &out = CliOutput::instance();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        out.err(tr("Give exactly one CODE_OR_BODY (quote a body)."));
        return ExitCode::Usage;
    }
    Options options;
    options.json = parser.isSet(jsonOption);
    if (parser.isSet(httpOption)) {
        bool ok = false;
        options.httpStatus = parser.value(httpOption).toInt(&ok);
        if (!ok || options.httpStatus < 100 || options.httpStatus > 599) {
            out.err(tr("--http needs an HTTP status from 100 to 599, not \"%1\".")
                        .arg(parser.value(httpOption)));
            return ExitCode::Usage;
        }
    }
    options.input = positional.first().trimmed();
    if (options.input == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            out.err(tr("Cannot read standard input."));
            return ExitCode::TransportOrSystem;
        }
        options.input = QString::fromUtf8(in.readAll()).trimmed();
    }
    return options;
}

ExitCode DecodeCommand::execute(const Options &options)
{
    const ErrorLookup::Match lookup = ErrorLookup::find(options.input, options.httpStatus);
    if (options.json)
        printJson(options.input, lookup);
    else
        printText(lookup);
    return lookup.entry ? ExitCode::Ok : ExitCode::ApiOrValidationError;
}
