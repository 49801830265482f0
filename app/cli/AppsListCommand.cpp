#include "AppsListCommand.h"

#include "CliOutput.h"
#include "services/Workspace.h"
#include "storage/AppExporter.h"
#include "storage/AppRepository.h"
#include "storage/DataDirectory.h"
#include "util/DisplayWidth.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

QString targetOf(const OtpAppConfig &app)
{
    switch (app.environment) {
    case Environment::Sandbox:
        return AppsListCommand::tr("local sandbox");
    case Environment::Live:
        return u"https://otp.thaibulksms.com"_s;
    case Environment::Custom:
        return app.baseUrl.toString();
    }
    return {};
}

// Columns as wide as their widest cell in terminal columns (a Thai name's marks take none), two
// spaces apart.
void printTable(const QList<OtpAppConfig> &apps)
{
    const QStringList headers{AppsListCommand::tr("Name"), AppsListCommand::tr("Environment"),
                              AppsListCommand::tr("App Key"), AppsListCommand::tr("Calls go to")};
    QList<QStringList> rows;
    for (const OtpAppConfig &app : apps)
        rows << QStringList{app.name, enumId(app.environment), app.appKey, targetOf(app)};
    QList<qsizetype> widths;
    for (qsizetype column = 0; column < headers.size(); ++column) {
        qsizetype width = DisplayWidth::of(headers.at(column));
        for (const QStringList &row : std::as_const(rows))
            width = std::max(width, DisplayWidth::of(row.at(column)));
        widths << width;
    }
    const auto line = [&widths](const QStringList &cells) {
        QString text;
        for (qsizetype column = 0; column < cells.size(); ++column)
            text += column + 1 < cells.size()
                ? DisplayWidth::padded(cells.at(column), widths.at(column) + 2)
                : cells.at(column);
        return text;
    };
    CliOutput &out = CliOutput::instance();
    out.out(line(headers));
    for (const QStringList &row : std::as_const(rows))
        out.out(line(row));
}

} // namespace

QString AppsListCommand::summary() const
{
    return tr("Show the apps (--json for scripts).");
}

ExitCode AppsListCommand::run(const QStringList &arguments)
{
    return parseThenExecute(parseOptions(arguments), &AppsListCommand::execute);
}

ParsedOptions<AppsListCommand::Options> AppsListCommand::parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    DataDirectory::addOption(parser);
    if (const auto done = parse(parser, arguments, tr("Show the OTP apps of the local store.")))
        return *done;
    return Options{dataDirOption(parser), parser.isSet(u"json"_s)};
}

ExitCode AppsListCommand::execute(const Options &options)
{
    OpenedWorkspace opened = openWorkspace(options.dataDir);
    if (!opened.workspace)
        return opened.exitCode;
    const std::unique_ptr<Workspace> workspace = std::move(opened.workspace);
    const QList<OtpAppConfig> apps = workspace->apps().list();
    CliOutput &out = CliOutput::instance();
    if (options.json) {
        QJsonArray array;
        for (const OtpAppConfig &app : apps)
            array.append(AppExporter::toJson(app));
        out.jsonLine({{u"apps"_s, array}});
    } else if (apps.isEmpty()) {
        out.out(tr("No apps yet. Create one with \"otpctl apps add --name NAME --email EMAIL "
                   "--contact NAME\"."));
    } else {
        printTable(apps);
    }
    return ExitCode::Ok;
}
