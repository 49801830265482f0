#include "ReportTexts.h"

#include "api/ErrorCatalog.h"

#include <QLocale>

QString ReportTexts::fateName(OtpFate fate)
{
    switch (fate) {
    case OtpFate::Failed:
        //: State of an OTP whose request was refused (no SMS sent)
        return tr("Failed");
    case OtpFate::Pending:
        //: State of an OTP still valid and not verified yet
        return tr("Pending");
    case OtpFate::Verified:
        return tr("Verified");
    case OtpFate::Expired:
        return tr("Expired");
    case OtpFate::Burned:
        //: State of an OTP locked after five wrong PINs
        return tr("Burned");
    }
    return {};
}

QString ReportTexts::sourceName(ReportSource source)
{
    switch (source) {
    case ReportSource::Calls:
        //: Source of a report row: a call made from OTP Manager (console, otpctl)
        return tr("OTP Manager");
    case ReportSource::Sandbox:
        //: Source of a report row: a call the local sandbox answered
        return tr("Sandbox");
    case ReportSource::All:
        return tr("Both");
    }
    return {};
}

QString ReportTexts::callName(OtpOperation call)
{
    //: An OTP API call: request an OTP, or verify a PIN
    return call == OtpOperation::Request ? tr("Request") : tr("Verify");
}

QString ReportTexts::outcomeName(const QString &name, int httpStatus)
{
    if (name == u"success") // the catalog's "success" row is a verify's "Code is correct"
        //: Outcome of a call the service answered with success
        return tr("Success");
    std::optional<ErrorEntry> entry = ErrorCatalog::byName(name);
    if (!entry)
        entry = ErrorCatalog::byMessage(name, httpStatus);
    return entry ? entry->description() : name;
}

QString ReportTexts::outcomeLabel(const ReportFigures::OutcomeKey &key)
{
    //: Outcome chart: %1 the call (Request, Verify), %2 its decoded answer
    return tr("%1: %2").arg(callName(key.call), outcomeName(key.name, key.httpStatus));
}

QString ReportTexts::count(qint64 value)
{
    return QLocale().toString(value);
}

QString ReportTexts::rate(std::optional<double> rate)
{
    if (!rate)
        return dash();
    //: A rate in percent, e.g. 87.5%
    return tr("%1%").arg(QLocale().toString(*rate * 100, 'f', 1));
}

QString ReportTexts::milliseconds(std::optional<double> ms)
{
    if (!ms)
        return dash();
    if (*ms >= 1000)
        return tr("%1 s").arg(QLocale().toString(*ms / 1000, 'f', 2));
    return tr("%1 ms").arg(QLocale().toString(*ms, 'f', 1));
}

QString ReportTexts::duration(std::optional<qint64> ms)
{
    if (!ms)
        return dash();
    const qint64 seconds = (*ms + 500) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    //: A duration: %1 minutes, %2 seconds
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}
