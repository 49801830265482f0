#include "ReportCommand.h"

#include "CliOutput.h"
#include "ReportText.h"
#include "reports/ReportCsv.h"
#include "reports/ReportEngine.h"
#include "reports/ReportJson.h"
#include "reports/TransactionTable.h"
#include "services/Workspace.h"
#include "storage/AppRepository.h"
#include "storage/DataDirectory.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int DefaultDays = 30;
constexpr int CsvPageRows = 2000;

// The app of --app: a stored app's name or id, or any id (sandbox traffic of an apps file).
std::optional<QUuid> appIdOf(Workspace &workspace, const QString &app)
{
    if (const std::optional<OtpAppConfig> named = workspace.apps().findByName(app))
        return named->id;
    const QUuid id = QUuid::fromString(app);
    return id.isNull() ? std::nullopt : std::optional<QUuid>(id);
}

ExitCode printCsv(Database &database, const ReportQuery &query)
{
    const TransactionTable table(database);
    CliOutput &out = CliOutput::instance();
    out.rawLine(ReportCsv::header());
    TransactionQuery page;
    page.limit = CsvPageRows;
    for (;;) {
        const Result<TransactionPage> rows = table.page(query, page);
        if (!rows) {
            out.err(rows.error);
            return ExitCode::TransportOrSystem;
        }
        if (!rows.value.rows.isEmpty())
            out.rawLine(ReportCsv::lines(rows.value.rows));
        if (rows.value.rows.size() < page.limit)
            return ExitCode::Ok;
        page.offset += page.limit;
    }
}
} // namespace

QString ReportCommand::summary() const
{
    return tr("Report on the OTPs of a period: figures, outcomes, transactions.");
}

ExitCode ReportCommand::run(const QStringList &arguments)
{
    return parseThenExecute(parseOptions(arguments), &ReportCommand::execute);
}

QDateTime ReportCommand::parseTime(const QString &text, const QTimeZone &zone, bool endOfDay)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (date.isValid() && text.trimmed().size() == 10)
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), zone).toUTC();
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime) // no offset given: the zone's
        time = QDateTime(time.date(), time.time(), zone);
    return time.toUTC();
}

ParsedOptions<ReportCommand::Options> ReportCommand::parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"from"_s, tr("Start of the period (YYYY-MM-DD or ISO date-time). Default: 30 days ago."),
         u"DATE"_s},
        {u"to"_s, tr("End of the period, not included; a date counts in full. Default: now."),
         u"DATE"_s},
        {u"app"_s, tr("One app, by name or id. Default: all apps."), u"APP"_s},
        {u"source"_s,
         tr("calls (made from OTP Manager, the console or otpctl request/verify), sandbox "
            "(answered by the sandbox) or all. Default: all."),
         u"calls|sandbox|all"_s},
        {u"tz"_s,
         tr("Time zone of dates and day buckets (e.g. Asia/Bangkok). Default: the system's."),
         u"ZONE"_s},
        {u"json"_s, tr("Print the figures, series, outcomes and transactions as JSON.")},
        {u"csv"_s, tr("Print the transaction table as CSV.")},
        {u"rows"_s, tr("Transactions in the JSON (default 100)."), u"N"_s},
    });
    DataDirectory::addOption(parser);
    if (const auto done = parse(parser, arguments,
                                tr("Report on the OTPs of a period, as the Reports page shows "
                                   "them (docs/reports.md).")))
        return *done;
    return checkedOptions(parser);
}

ExitCode ReportCommand::usageError(const QString &message)
{
    CliOutput::instance().err(message);
    return ExitCode::Usage;
}

ParsedOptions<ReportCommand::Options>
ReportCommand::checkedOptions(const QCommandLineParser &parser)
{
    Options options;
    options.dataDir = parser.value(QString::fromLatin1(DataDirectory::OptionName));
    options.app = parser.value(u"app"_s).trimmed();
    if (parser.isSet(u"json"_s) && parser.isSet(u"csv"_s))
        return usageError(tr("Give --json or --csv, not both."));
    options.format = parser.isSet(u"json"_s) ? Format::Json
        : parser.isSet(u"csv"_s)             ? Format::Csv
                                             : Format::Text;
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (parser.isSet(u"tz"_s)) {
        zone = QTimeZone(parser.value(u"tz"_s).trimmed().toUtf8());
        if (!zone.isValid())
            return usageError(tr("Unknown time zone \"%1\".").arg(parser.value(u"tz"_s)));
    }
    ReportQuery &query = options.query;
    query = ReportQuery::lastDays(DefaultDays);
    query.timeZone = zone;
    if (parser.isSet(u"to"_s))
        query.to = parseTime(parser.value(u"to"_s), zone, true);
    if (parser.isSet(u"from"_s))
        query.from = parseTime(parser.value(u"from"_s), zone, false);
    else if (query.to.isValid())
        query.from = query.to.addDays(-DefaultDays);
    if (!query.from.isValid() || !query.to.isValid())
        return usageError(tr("Dates are YYYY-MM-DD or an ISO date-time such as "
                             "2024-05-01T09:00:00+07:00."));
    if (query.from >= query.to)
        return usageError(tr("--from must be before --to."));
    if (parser.isSet(u"source"_s)) {
        const auto source = enumFromId<ReportSource>(parser.value(u"source"_s));
        if (!source)
            return usageError(tr("--source is calls, sandbox or all."));
        query.source = *source;
    }
    if (parser.isSet(u"rows"_s)) {
        bool ok = false;
        options.rows = parser.value(u"rows"_s).toInt(&ok);
        if (!ok || options.rows < 0)
            return usageError(tr("--rows is a number, 0 or more."));
    }
    return options;
}

ExitCode ReportCommand::execute(const Options &options)
{
    OpenedWorkspace opened = openWorkspace(options.dataDir);
    if (!opened.workspace)
        return opened.exitCode;
    const std::unique_ptr<Workspace> workspace = std::move(opened.workspace);
    CliOutput &out = CliOutput::instance();
    ReportQuery query = options.query;
    if (!options.app.isEmpty()) {
        query.appId = appIdOf(*workspace, options.app);
        if (!query.appId) {
            out.err(
                tr("No app named \"%1\". \"otpctl apps list\" shows the apps.").arg(options.app));
            return ExitCode::ApiOrValidationError;
        }
    }
    if (options.format == Format::Csv)
        return printCsv(workspace->database(), query);

    const Result<ReportFigures> figures = ReportEngine(workspace->database()).figures(query);
    if (!figures) {
        out.err(figures.error);
        return ExitCode::TransportOrSystem;
    }
    if (options.format == Format::Text) {
        ReportText::print(figures.value);
        return ExitCode::Ok;
    }
    TransactionQuery first;
    first.limit = options.rows;
    const Result<TransactionPage> rows = TransactionTable(workspace->database()).page(query, first);
    if (!rows) {
        out.err(rows.error);
        return ExitCode::TransportOrSystem;
    }
    out.jsonLine(ReportJson::report(figures.value, rows.value.rows));
    return ExitCode::Ok;
}
