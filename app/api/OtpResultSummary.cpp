#include "OtpResultSummary.h"

#include "ErrorCatalog.h"
#include "OtpResult.h"

#include <QLocale>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

using Outcome = OtpResult::Outcome;
using Reason = OtpResult::Reason;

QString withoutFinalPeriod(QString text)
{
    text = text.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

// "host:port" of the call, the port written out even when it is the scheme's default.
QString hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    QString host = url.host();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    return host + u':' + QString::number(port);
}

QString seconds(int ms)
{
    return QLocale().toString(ms / 1000.0, 'g', 3);
}

QString kibibytes(qint64 bytes)
{
    return QLocale().toString(bytes / 1024.0, 'f', 0);
}

// A reason without a sentence of its own (or a catalog error without its entry).
QString callFailed(const OtpResult &result)
{
    return OtpResult::tr("The call failed: %1").arg(result.problem);
}

QString success(const OtpResult &result)
{
    if (result.operation == OtpOperation::Verify) {
        const ErrorEntry entry = result.entry.value_or(*ErrorCatalog::byRow(1));
        //: Summary of a result: the catalog's description, then its hint.
        return OtpResult::tr("%1. %2").arg(withoutFinalPeriod(entry.description()), entry.hint());
    }
    if (result.refno.isEmpty()) {
        return OtpResult::tr("OTP sent: token %1 (no reference number; API v1 sends none). Verify "
                             "the code the user types with this token.")
            .arg(result.token);
    }
    return OtpResult::tr("OTP sent: token %1, reference %2. Verify the code the user types with "
                         "this token.")
        .arg(result.token, result.refno);
}

QString catalogError(const OtpResult &result)
{
    const ErrorEntry &entry = *result.entry;
    QString text
        = OtpResult::tr("%1. %2").arg(withoutFinalPeriod(entry.description()), entry.hint());
    const int status = result.httpStatus;
    if (status >= 200 && status < 300) {
        text += u' '
            + OtpResult::tr(
                  "(The error arrived with HTTP %1; the service normally sends it with %2.)")
                  .arg(status)
                  .arg(entry.httpStatus);
    }
    return text;
}

QString invalidParameter(const OtpResult &result)
{
    const QStringList fields = result.invalidFields();
    if (fields.isEmpty()) {
        return OtpResult::tr("Invalid Parameter: the service did not say which field. Check that "
                             "key, secret and %1 are all sent and not empty, then send again.")
            .arg(result.operation == OtpOperation::Request ? u"msisdn"_s : u"token, pin"_s);
    }
    return OtpResult::tr("Invalid Parameter: %1. Correct these fields and send again (msisdn: "
                         "0812345678, 66812345678 or +66812345678).")
        .arg(fields.join(u", "_s));
}

QString unknownApiError(const OtpResult &result)
{
    const int status = result.httpStatus;
    if (result.message.isEmpty()) {
        return OtpResult::tr("HTTP %1: an error body without a message. The answer does not say "
                             "what went wrong; check the request and the base URL.")
            .arg(status);
    }
    return OtpResult::tr("HTTP %1: the service answered “%2”, which is not in the catalog of the "
                         "vendor's codes. Check the request fields; ask ThaiBulkSMS support if it "
                         "persists.")
        .arg(QString::number(status), result.message);
}

QString apiError(const OtpResult &result)
{
    switch (result.reason) {
    case Reason::CatalogError:
        return result.entry ? catalogError(result) : callFailed(result);
    case Reason::InvalidParameter:
        return invalidParameter(result);
    case Reason::UnknownApiError:
        return unknownApiError(result);
    default:
        return callFailed(result);
    }
}

QString emptyBody(int status)
{
    if (status >= 500) {
        return OtpResult::tr("HTTP %1 with an empty body: the server or a proxy in front of it "
                             "failed before the OTP API could answer. Retry later; if it persists, "
                             "check the base URL.")
            .arg(status);
    }
    return OtpResult::tr("HTTP %1 with an empty body: this is not an answer of the OTP API. Check "
                         "the base URL and the API version.")
        .arg(status);
}

QString redirect(int status, const QString &location)
{
    if (location.isEmpty()) {
        return OtpResult::tr("HTTP %1 redirect without a Location, not followed: use the final "
                             "address of the API as the base URL.")
            .arg(status);
    }
    return OtpResult::tr("HTTP %1 redirect to %2, not followed (a redirect could drop the body or "
                         "send the App Secret elsewhere): use the final address as the base URL.")
        .arg(QString::number(status), location);
}

// An HTTP answer that is not a usable answer of the OTP API: the status and what is wrong.
QString invalidResponse(const OtpResult &result)
{
    const int status = result.httpStatus;
    const QString &problem = result.problem;
    switch (result.reason) {
    case Reason::EmptyBody:
        return emptyBody(status);
    case Reason::HtmlPage:
        return OtpResult::tr("HTTP %1 with an HTML page (“%2”) instead of the API's JSON: a web "
                             "server, proxy or gateway answered, not the OTP API. Check the base "
                             "URL; retry later if it is a 5xx.")
            .arg(QString::number(status), problem.isEmpty() ? OtpResult::tr("untitled") : problem);
    case Reason::NotJson:
        return OtpResult::tr("HTTP %1 with a body that is not valid JSON (%2): the answer is cut "
                             "off or not from the OTP API. Check the base URL; retry if the "
                             "connection is unstable.")
            .arg(QString::number(status), problem);
    case Reason::InvalidUtf8:
        return OtpResult::tr("HTTP %1 with a body that is not valid UTF-8 text: the answer is "
                             "damaged or not from the OTP API. Check the base URL and any proxy in "
                             "between.")
            .arg(status);
    case Reason::UnknownJson:
        return OtpResult::tr("HTTP %1 with JSON the OTP API never sends: the server is not the OTP "
                             "API, or speaks another version. Check the base URL and the API "
                             "version (v1/v2).")
            .arg(status);
    case Reason::MissingField:
        return OtpResult::tr("HTTP %1 says success, but “%2” is missing or not a string: the "
                             "answer cannot be used. Check that the base URL points to the OTP "
                             "API.")
            .arg(QString::number(status), problem);
    case Reason::UnexpectedStatus:
        return OtpResult::tr("The body says success but the status is HTTP %1: the answer "
                             "contradicts itself, so it is treated as failed. Check the server at "
                             "the base URL.")
            .arg(status);
    case Reason::Redirect:
        return redirect(status, problem);
    case Reason::TooLarge:
        return OtpResult::tr("The answer is larger than %1 KiB, so reading stopped: no OTP answer "
                             "is that big. Check that the base URL points to the OTP API.")
            .arg(kibibytes(ExchangeRecord::MaxBodySize));
    default:
        return callFailed(result);
    }
}

QString connectionClosed(const OtpResult &result)
{
    const QString where = hostAndPort(result.record.url);
    if (result.record.hasResponse) {
        return OtpResult::tr("The connection to %1 was closed after HTTP %2 and %3 bytes, before "
                             "the whole answer arrived (%4). Retry; if it persists, check the "
                             "server or the proxy in between.")
            .arg(where, QString::number(result.httpStatus),
                 QString::number(result.record.responseBodySize), result.problem);
    }
    return OtpResult::tr("The connection to %1 was closed before an answer arrived (%2). Retry; if "
                         "it persists, check the server or the proxy in between.")
        .arg(where, result.problem);
}

// No complete answer: where the call went and what the network said.
QString transportError(const OtpResult &result)
{
    const QUrl &url = result.record.url;
    switch (result.reason) {
    case Reason::RefusedUrl:
        return result.problem;
    case Reason::ConnectionRefused:
        return OtpResult::tr("Connection refused at %1: nothing listens there. Start the server "
                             "(for a Sandbox app: the sandbox), or correct the host and port.")
            .arg(hostAndPort(url));
    case Reason::HostNotFound:
        return OtpResult::tr("The host name %1 could not be resolved (DNS): check the spelling of "
                             "the URL and the network connection.")
            .arg(url.host());
    case Reason::TlsError:
        return OtpResult::tr("TLS problem with %1: %2. Nothing was sent; fix the server's "
                             "certificate or use the host name it is issued for (certificate "
                             "errors are never ignored).")
            .arg(hostAndPort(url), result.problem);
    case Reason::ConnectionClosed:
        return connectionClosed(result);
    case Reason::NetworkError:
        return OtpResult::tr("Network error calling %1: %2. Check the network connection and the "
                             "URL, then retry.")
            .arg(hostAndPort(url), result.problem);
    default:
        return callFailed(result);
    }
}

// How far the call got before the time ran out: connecting, waiting, or reading.
QString timeout(const OtpResult &result)
{
    const QString limit = seconds(result.options.timeoutMs);
    const ExchangeRecord &record = result.record;
    if (!record.requestSentMs) {
        return OtpResult::tr("Timeout after %1 s: no connection to %2 could be made in time. Check "
                             "that the server is reachable, then retry or raise the timeout.")
            .arg(limit, hostAndPort(record.url));
    }
    if (!record.hasResponse) {
        return OtpResult::tr("Timeout after %1 s: %2 accepted the request but did not answer. The "
                             "server is stuck or very slow; retry, or raise the timeout.")
            .arg(limit, hostAndPort(record.url));
    }
    return OtpResult::tr("Timeout after %1 s: the answer was still arriving (%2 bytes so far). The "
                         "server or the network is too slow; retry, or raise the timeout.")
        .arg(limit, QString::number(record.responseBodySize));
}

QString cancelled()
{
    return OtpResult::tr("Cancelled before the answer arrived; nothing is known about the "
                         "outcome. Send the call again if needed.");
}

} // namespace

QString OtpResultSummary::of(const OtpResult &result)
{
    // By the reason's outcome, not result.outcome: the text depends on the reason alone, and
    // Timeout and Cancelled are the only reasons of their outcomes.
    switch (OtpResult::outcomeOf(result.reason)) {
    case Outcome::Success:
        return success(result);
    case Outcome::ApiError:
        return apiError(result);
    case Outcome::InvalidResponse:
        return invalidResponse(result);
    case Outcome::TransportError:
        return transportError(result);
    case Outcome::Timeout:
        return timeout(result);
    case Outcome::Cancelled:
        return cancelled();
    }
    return callFailed(result);
}
