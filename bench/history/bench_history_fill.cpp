// Fills a data folder with a large, realistic history and inbox for bench/history: CALLS stored
// calls (default 200,000) and MESSAGES sandbox SMS (default 50,000) over six apps and the last
// 90 days, each table written in one transaction through the repositories, as the app stores
// them (ExchangeHistory::toStored: the full OtpResult with its exchange record).
// Usage: bench_history_fill DATA_DIR [CALLS] [MESSAGES]
#include "api/ErrorCatalog.h"
#include "services/ExchangeHistory.h"
#include "services/Workspace.h"
#include "storage/AppRepository.h"
#include "storage/ExchangeRepository.h"
#include "storage/InboxRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

QList<OtpAppConfig> benchApps()
{
    const QStringList names{u"ร้านกาแฟ Beans"_s, u"ShopDee"_s,           u"Krungthep Pay"_s,
                            u"QA Sandbox"_s,    u"Thai Rail Tickets"_s, u"Food2Go"_s};
    QList<OtpAppConfig> apps;
    for (int i = 0; i < names.size(); ++i) {
        OtpAppConfig app;
        app.id = QUuid::createUuid();
        app.name = names.at(i);
        app.contactEmail = u"qa@example.com"_s;
        app.contactName = u"QA"_s;
        app.messageTemplate = u"รหัส OTP ของ {app} คือ {otp} (Ref: {ref}) ใช้ได้ {minutes} นาที"_s;
        app.environment = Environment::Live;
        app.appKey = QString::number(1234567890123400LL + i);
        apps << app;
    }
    return apps;
}

QString randomMsisdn(QRandomGenerator &random)
{
    static const QStringList prefixes{u"+6681"_s, u"+6689"_s, u"+6692"_s, u"+6696"_s, u"+6662"_s};
    return prefixes.at(random.bounded(int(prefixes.size())))
        + u"%1"_s.arg(random.bounded(10000000), 7, 10, QChar(u'0'));
}

QString randomText(QRandomGenerator &random, int length, const char *alphabet)
{
    const int size = int(qstrlen(alphabet));
    QString text;
    for (int i = 0; i < length; ++i)
        text += QLatin1Char(alphabet[random.bounded(size)]);
    return text;
}

// The wire part of a call: what the client records for a request or verify to the live API.
ExchangeRecord record(QRandomGenerator &random, OtpOperation call, const QDateTime &when,
                      const QString &msisdn)
{
    ExchangeRecord record;
    record.startedAt = when;
    const double connect = 20 + random.bounded(40);
    record.connectingMs = 0.4;
    record.encryptedMs = connect;
    record.requestSentMs = connect + 0.6;
    record.headersReceivedMs = connect + 40 + random.bounded(300);
    record.finishedMs = *record.headersReceivedMs + 0.5;
    record.url
        = QUrl(call == OtpOperation::Request ? u"https://otp.thaibulksms.com/v2/otp/request"_s
                                             : u"https://otp.thaibulksms.com/v2/otp/verify"_s);
    record.requestBody = "key=1234567890123456&secret=%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2";
    if (call == OtpOperation::Request)
        record.requestBody += "&msisdn=" + msisdn.toUtf8().mid(1);
    else
        record.requestBody
            += "&token=" + randomText(random, 32, "0123456789abcdef").toUtf8() + "&pin=123456";
    record.requestBodySize = record.requestBody.size();
    record.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"},
                             {"Accept", "application/json"},
                             {"User-Agent", "OTP-Manager/0.1.0"},
                             {"Content-Length", QByteArray::number(record.requestBodySize)}};
    record.hasResponse = true;
    record.httpVersion = u"HTTP/1.1"_s;
    record.responseHeaders = {{"Content-Type", "application/json; charset=utf-8"},
                              {"Date", when.toString(Qt::RFC2822Date).toUtf8()},
                              {"Server", "nginx"},
                              {"Cache-Control", "no-cache, private"}};
    return record;
}

void answerWithError(OtpResult *result, const ErrorEntry &entry)
{
    result->outcome = OtpResult::Outcome::ApiError;
    result->reason = OtpResult::Reason::CatalogError;
    result->entry = entry;
    result->httpStatus = entry.httpStatus;
    result->record.status = entry.httpStatus;
    result->record.responseBody = ErrorCatalog::exampleBody(entry);
}

void answerWithoutResponse(OtpResult *result, OtpResult::Reason reason)
{
    result->outcome = reason == OtpResult::Reason::Timeout ? OtpResult::Outcome::Timeout
                                                           : OtpResult::Outcome::TransportError;
    result->reason = reason;
    result->record.hasResponse = false;
    result->record.responseHeaders.clear();
    result->record.headersReceivedMs.reset();
    result->record.error
        = reason == OtpResult::Reason::Timeout ? u"Operation timed out"_s : u"Connection refused"_s;
}

// Mostly successes; the errors a QA team meets: wrong and expired PINs, no credit, a blocked
// address, time-outs and a refused connection.
OtpResult call(QRandomGenerator &random, const QDateTime &when, const QString &msisdn)
{
    OtpResult result;
    result.operation = random.bounded(100) < 55 ? OtpOperation::Request : OtpOperation::Verify;
    result.record = record(random, result.operation, when, msisdn);
    const int roll = random.bounded(100);
    if (roll < 80) {
        result.outcome = OtpResult::Outcome::Success;
        result.reason = OtpResult::Reason::None;
        result.httpStatus = 200;
        result.record.status = 200;
        result.token = randomText(random, 32, "0123456789abcdef");
        result.refno = randomText(random, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
        result.record.responseBody = result.operation == OtpOperation::Request
            ? QByteArray(R"({"status":"success","token":")" + result.token.toUtf8()
                         + R"(","refno":")" + result.refno.toUtf8() + "\"}")
            : QByteArray(R"({"status":"success","message":"Code is correct."})");
    } else if (roll < 88) {
        answerWithError(&result,
                        result.operation == OtpOperation::Verify
                            ? *ErrorCatalog::byRow(61) // Code is invalid.
                            : *ErrorCatalog::byName(u"ERROR_INSUFFICIENT_CREDIT"));
    } else if (roll < 93) {
        answerWithError(&result,
                        result.operation == OtpOperation::Verify
                            ? *ErrorCatalog::byRow(62) // Token is expire.
                            : *ErrorCatalog::byName(u"ERROR_IP_NOT_ALLOWED"));
    } else {
        answerWithoutResponse(
            &result, roll < 97 ? OtpResult::Reason::Timeout : OtpResult::Reason::ConnectionRefused);
    }
    result.record.responseBodySize = result.record.responseBody.size();
    return result;
}

QList<StoredExchange> calls(QRandomGenerator &random, const QList<OtpAppConfig> &apps, int count,
                            const QDateTime &from, qint64 spanMs)
{
    QList<StoredExchange> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QDateTime when = from.addMSecs(spanMs * i / count + random.bounded(30000));
        const OtpAppConfig &app = apps.at(random.bounded(int(apps.size())));
        const QString msisdn = randomMsisdn(random);
        rows << ExchangeHistory::toStored(call(random, when, msisdn), app, msisdn);
    }
    return rows;
}

OtpMessage message(QRandomGenerator &random, const OtpAppConfig &app, const QDateTime &when,
                   const QDateTime &now)
{
    static const QList<OtpMessage::State> states{
        OtpMessage::State::Verified, OtpMessage::State::Verified, OtpMessage::State::Verified,
        OtpMessage::State::Expired,  OtpMessage::State::Expired,  OtpMessage::State::Burned,
        OtpMessage::State::Evicted};
    OtpMessage sms;
    sms.appId = app.id;
    sms.appName = app.name;
    sms.msisdn = randomMsisdn(random);
    sms.code = randomText(random, 6, "0123456789");
    sms.refno = randomText(random, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    sms.token = randomText(random, 32, "0123456789abcdef");
    sms.text = u"รหัส OTP ของ %1 คือ %2 (Ref: %3) ใช้ได้ 5 นาที"_s.arg(app.name, sms.code, sms.refno);
    sms.createdAt = when;
    sms.expiresAt = when.addSecs(300);
    sms.state = sms.expiresAt > now ? OtpMessage::State::Pending
                                    : states.at(random.bounded(int(states.size())));
    return sms;
}

bool storeInbox(Workspace &workspace, QRandomGenerator &random, const QList<OtpAppConfig> &apps,
                int count, const QDateTime &from, qint64 spanMs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlDatabase connection = workspace.database().connection();
    if (!connection.transaction())
        return false;
    for (int i = 0; i < count; ++i) {
        const QDateTime when = from.addMSecs(spanMs * i / count + random.bounded(30000));
        const OtpAppConfig &app = apps.at(random.bounded(int(apps.size())));
        if (!workspace.inbox().append(message(random, app, when, now)).ok())
            return false;
    }
    return connection.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_history_fill DATA_DIR [CALLS] [MESSAGES]\n");
        return 2;
    }
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    const int callCount = argc > 2 ? QByteArray(argv[2]).toInt() : 200000;
    const int messageCount = argc > 3 ? QByteArray(argv[3]).toInt() : 50000;
    Workspace::Opening opened = Workspace::open(dataDir, true);
    if (!opened.workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    Workspace &workspace = *opened.workspace;
    QRandomGenerator random(13);
    QElapsedTimer timer;
    timer.start();
    const QList<OtpAppConfig> apps = benchApps();
    if (!workspace.apps().insertAll(apps).ok())
        return 1;
    const qint64 spanMs = 90LL * 24 * 3600 * 1000;
    const QDateTime from = QDateTime::currentDateTimeUtc().addMSecs(-spanMs);
    const Result<QList<qint64>> stored
        = workspace.exchanges().appendAll(calls(random, apps, callCount, from, spanMs));
    if (!stored.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(stored.error));
        return 1;
    }
    if (!storeInbox(workspace, random, apps, messageCount, from, spanMs)) {
        std::fprintf(stderr, "writing the inbox failed\n");
        return 1;
    }
    const qint64 bytes
        = QFileInfo(workspace.database().dataDir() + u'/' + Database::fileName()).size();
    std::printf("filled %s: %d calls, %d inbox messages, %d apps in %.1f s (database %.0f MiB "
                "before checkpoint)\n",
                argv[1], callCount, messageCount, int(apps.size()), timer.elapsed() / 1000.0,
                bytes / 1048576.0);
    return 0;
}
