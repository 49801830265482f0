#pragma once

#include "CliCommand.h"
#include "reports/ReportQuery.h"

#include <QString>

class QCommandLineParser;

// otpctl report: the Reports page's figures and transaction rows for a period, from the same
// core code (ReportEngine, TransactionTable), as text, JSON or CSV. Reads while OTP Manager or
// a recording `otpctl sandbox` writes the same data folder.
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    enum class Format { Text, Json, Csv };

    struct Options {
        ReportQuery query;
        QString app; // --app as given (name or id); empty: all apps
        Format format = Format::Text;
        int rows = 100; // transactions in the JSON
        QString dataDir;
    };

    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    ExitCode run(const QStringList &arguments) override;

    static ParsedOptions<Options> parseOptions(const QStringList &arguments);
    static ExitCode execute(const Options &options);
    // "2024-05-01" (local midnight in zone; endOfDay: the midnight after) or an ISO date-time.
    static QDateTime parseTime(const QString &text, const QTimeZone &zone, bool endOfDay);

private:
    static ParsedOptions<Options> checkedOptions(const QCommandLineParser &parser);
    static ExitCode usageError(const QString &message);
};
