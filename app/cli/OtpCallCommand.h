#pragma once

#include "CliCommand.h"
#include "api/OtpCallOptions.h"

#include <QCommandLineOption>
#include <QString>
#include <QUrl>

class OtpCall;
class OtpClient;
class QCommandLineParser;
struct OtpAppConfig;
struct OtpResult;

// What otpctl request and verify share: the target (an app of the local store, or --base-url
// with --key), the per-call options, the secret (keychain, or OTP_SECRET / stdin), the event
// loop, the output (human or --json), the history and the exit code.
class OtpCallCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(OtpCallCommand)

public:
    ExitCode run(const QStringList &arguments) override;

    // 0 success, 1 API error or refused URL, 3 transport, timeout, invalid answer, cancelled.
    static ExitCode exitCodeFor(const OtpResult &result);
    // The lines of the human output.
    static QStringList describe(const OtpResult &result);

protected:
    virtual OtpOperation operation() const = 0;
    virtual QString description() const = 0;
    // The command's own options.
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Checks them after parsing; prints and returns an exit code when they are wrong.
    virtual std::optional<ExitCode> checkOptions(const QCommandLineParser &parser) = 0;
    // The number the history row shows (request: the msisdn; verify: --msisdn if given).
    virtual QString historyMsisdn() const = 0;
    virtual OtpCall *startWithApp(OtpClient &client, const OtpAppConfig &app, const QString &secret,
                                  const OtpCallOptions &options)
        = 0;
    virtual OtpCall *startAt(OtpClient &client, const QUrl &baseUrl, const QString &key,
                             const QString &secret, const OtpCallOptions &options)
        = 0;
};
