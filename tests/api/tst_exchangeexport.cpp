#include "api/CurlExporter.h"
#include "api/HarExporter.h"
#include "api/OtpClient.h"
#include "api/OtpResultBuilder.h"
#include "api/SecretMasker.h"
#include "services/ExchangeHistory.h"
#include "storage/Database.h"
#include "storage/ExchangeRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Secret = u"0123456789abcdef0123456789abcdef"_s;

// A record as the client makes it: masked body, explicit headers, phases, an answer.
ExchangeRecord sampleRecord(BodyFormat format = BodyFormat::Form)
{
    const QList<OtpClient::Field> fields{
        {u"key"_s, u"1234567890123456"_s}, {u"secret"_s, Secret}, {u"msisdn"_s, u"+66812345678"_s}};
    const QByteArray body = OtpClient::encodeBody(fields, format);
    ExchangeRecord record;
    record.startedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 15, 250), Qt::UTC);
    record.connectingMs = 0.412;
    record.requestSentMs = 1.5;
    record.headersReceivedMs = 40.25;
    record.finishedMs = 41.0;
    record.url = QUrl(u"http://127.0.0.1:8765/v2/otp/request"_s);
    record.requestHeaders = {{"Host", "127.0.0.1:8765"},
                             {"User-Agent", OtpClient::userAgent()},
                             {"Accept", "application/json"},
                             {"Content-Type", OtpClient::contentType(format)},
                             {"Content-Length", QByteArray::number(body.size())},
                             {"Connection", "Keep-Alive"}};
    record.requestBody = SecretMasker::maskBody(body, OtpClient::contentType(format), Secret);
    record.requestBodySize = body.size();
    record.hasResponse = true;
    record.httpVersion = u"HTTP/1.1"_s;
    record.status = 200;
    record.reasonPhrase = "OK";
    record.responseHeaders = {{"Content-Type", "application/json"}, {"Content-Length", "55"}};
    record.responseBody = R"({"status":"success","token":"tok-1","refno":"T3A57"})";
    record.responseBodySize = record.responseBody.size();
    return record;
}

QStringList bashArguments(const QString &command)
{
    // Parse the command the way a shell does, and print each argument on its own line.
    return {u"-c"_s, u"printf '%s\\n' "_s + command.mid(5)}; // drop "curl "
}

} // namespace

// Exchange records as values and what is made of them: JSON round trip, cURL (masked and
// explicit), HAR 1.2, and the history table.
class TestExchangeExport : public QObject
{
    Q_OBJECT

private slots:
    void recordRoundTrip_data();
    void recordRoundTrip();
    void recordFromJsonRefusesOtherData_data();
    void recordFromJsonRefusesOtherData();
    void curlIsMaskedByDefault_data();
    void curlIsMaskedByDefault();
    void curlWithSecretIsExplicit_data();
    void curlWithSecretIsExplicit();
    void curlQuotesForTheShell();
    void curlRunsAfterOneExport_data();
    void curlRunsAfterOneExport();
    void curlForTheWindowsCommandPrompt();
    void harStructure();
    void harTimingsAddUp_data();
    void harTimingsAddUp();
    void harOfAFailureAndBinaryBody();
    void historyAppendAndReadBack();
};

void TestExchangeExport::recordRoundTrip_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("form answer") << 0;
    QTest::newRow("json answer") << 1;
    QTest::newRow("no answer, tls errors") << 2;
    QTest::newRow("binary bodies, truncated") << 3;
}

void TestExchangeExport::recordRoundTrip()
{
    QFETCH(int, variant);
    ExchangeRecord record = sampleRecord(variant == 1 ? BodyFormat::Json : BodyFormat::Form);
    if (variant == 2) {
        record.hasResponse = false;
        record.status = 0;
        record.httpVersion.clear();
        record.reasonPhrase.clear();
        record.responseHeaders.clear();
        record.responseBody.clear();
        record.responseBodySize = 0;
        record.headersReceivedMs.reset();
        record.encryptedMs.reset();
        record.error = u"The TLS/SSL handshake failed"_s;
        record.tlsErrors = {u"The certificate is self-signed, and untrusted"_s,
                            u"The host name did not match any of the valid hosts"_s};
    } else if (variant == 3) {
        record.requestBody = QByteArray("\x00\x01\xff", 3);
        record.responseBody = QByteArray("\xc3\x28\x80 binary", 10);
        record.responseBodySize = 5'000'000;
        record.responseTruncated = true;
        record.responseHeaders << ExchangeRecord::Header{"X-Latin1", "caf\xe9"};
    }
    const QJsonObject json = record.toJson();
    QCOMPARE(json.value(u"format"_s).toString(), u"otp-manager-exchange"_s);
    QCOMPARE(json.value(u"startedAt"_s).toString(), u"2026-03-01T09:30:15.250Z"_s);
    const std::optional<ExchangeRecord> back = ExchangeRecord::fromJson(json);
    QVERIFY(back);
    QCOMPARE(*back, record);
    QCOMPARE(*ExchangeRecord::fromJsonBytes(record.toJsonBytes()), record);
    QVERIFY(!record.toJsonBytes().contains(Secret.toUtf8()));
    if (variant == 3)
        QCOMPARE(json.value(u"request"_s).toObject().value(u"bodyEncoding"_s).toString(),
                 u"base64"_s);
}

void TestExchangeExport::recordFromJsonRefusesOtherData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("not json") << "{"_ba << QString();
    QTest::newRow("other format") << R"({"format":"har","version":1})"_ba << u"not an exchange"_s;
    QTest::newRow("newer version")
        << R"({"format":"otp-manager-exchange","version":2})"_ba << u"newer OTP Manager"_s;
    QTest::newRow("no request")
        << R"({"format":"otp-manager-exchange","version":1,"startedAt":"2026-03-01T09:30:15.250Z"})"_ba
        << u"no request"_s;
    QTest::newRow("bad base64")
        << R"({"format":"otp-manager-exchange","version":1,"startedAt":"2026-03-01T09:30:15Z","request":{"method":"POST","url":"http://x","body":"!!","bodyEncoding":"base64"}})"_ba
        << u"request has a wrong"_s;
}

void TestExchangeExport::recordFromJsonRefusesOtherData()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(!ExchangeRecord::fromJsonBytes(json, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestExchangeExport::curlIsMaskedByDefault_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("form") << int(BodyFormat::Form);
    QTest::newRow("json") << int(BodyFormat::Json);
}

void TestExchangeExport::curlIsMaskedByDefault()
{
    QFETCH(int, format);
    const ExchangeRecord record = sampleRecord(BodyFormat(format));
    const QString curl = CurlExporter::toCurl(record);
    QVERIFY(curl.startsWith(u"curl 'http://127.0.0.1:8765/v2/otp/request'"_s));
    QVERIFY(curl.contains(u"--header 'User-Agent: OTP-Manager/"_s));
    QVERIFY(curl.contains(u"--header 'Content-Type: %1'"_s.arg(
        QString::fromLatin1(OtpClient::contentType(BodyFormat(format))))));
    QVERIFY(!curl.contains(u"Host:"_s)); // curl writes these itself
    QVERIFY(!curl.contains(u"Content-Length:"_s));
    // The shell's variable where the secret goes, never the secret and never the dots.
    QVERIFY(!curl.contains(SecretMasker::mask()));
    QVERIFY(!curl.contains(Secret));
    if (BodyFormat(format) == BodyFormat::Form) {
        QVERIFY(curl.endsWith(
            u"--data-raw 'key=1234567890123456&secret='\"$OTP_SECRET\"'&msisdn=%2B66812345678'"_s));
    } else {
        QVERIFY(curl.endsWith(
            u"--data-raw '{\"key\":\"1234567890123456\",\"secret\":\"'\"$OTP_SECRET\"'\",\"msisdn\":\"+66812345678\"}'"_s));
    }
    QCOMPARE(curl.count(u" \\\n"_s), 4); // one option per line: 3 headers, the data
}

void TestExchangeExport::curlWithSecretIsExplicit_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("inBody");
    QTest::newRow("form") << int(BodyFormat::Form) << Secret << Secret;
    QTest::newRow("form, special") << int(BodyFormat::Form) << u"a+b&c=d"_s << u"a%2Bb%26c%3Dd"_s;
    QTest::newRow("json, special") << int(BodyFormat::Json) << u"q\"uote"_s << u"q\\\"uote"_s;
}

void TestExchangeExport::curlWithSecretIsExplicit()
{
    QFETCH(int, format);
    QFETCH(QString, secret);
    QFETCH(QString, inBody);
    const ExchangeRecord record = sampleRecord(BodyFormat(format));
    const QString curl = CurlExporter::toCurlWithSecret(record, secret);
    QVERIFY2(curl.contains(inBody), qPrintable(curl));
    QVERIFY(!curl.contains(SecretMasker::mask()));
    // Everything else is the masked command's.
    QString masked = CurlExporter::toCurl(record);
    masked.replace(u"'\"$OTP_SECRET\"'"_s, inBody);
    QCOMPARE(curl, masked);
}

void TestExchangeExport::curlQuotesForTheShell()
{
    QCOMPARE(CurlExporter::shellQuote(u"it's"_s), u"'it'\\''s'"_s);
    if (QStandardPaths::findExecutable(u"bash"_s).isEmpty())
        QFAIL("bash is needed to check the quoting");
    ExchangeRecord record = sampleRecord();
    record.requestBody = "a='$(rm -rf /)' & b=\"`x`\" \\ c=!";
    QProcess shell;
    shell.start(u"bash"_s, bashArguments(CurlExporter::toCurl(record)));
    QVERIFY(shell.waitForFinished(10000));
    const QStringList arguments = QString::fromUtf8(shell.readAllStandardOutput()).split(u'\n');
    QVERIFY(arguments.contains(QString::fromUtf8(record.requestBody)));
    QVERIFY(arguments.contains(u"User-Agent: "_s + QString::fromLatin1(OtpClient::userAgent())));
}

void TestExchangeExport::curlRunsAfterOneExport_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("body");
    QTest::newRow("form") << int(BodyFormat::Form)
                          << u"key=1234567890123456&secret=%1&msisdn=%2B66812345678"_s.arg(Secret);
    QTest::newRow("json")
        << int(BodyFormat::Json)
        << u"{\"key\":\"1234567890123456\",\"secret\":\"%1\",\"msisdn\":\"+66812345678\"}"_s.arg(
               Secret);
}

// The masked command, pasted into bash after `export OTP_SECRET=…`, sends the real body.
void TestExchangeExport::curlRunsAfterOneExport()
{
    QFETCH(int, format);
    QFETCH(QString, body);
    if (QStandardPaths::findExecutable(u"bash"_s).isEmpty())
        QFAIL("bash is needed to run the command");
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"OTP_SECRET"_s, Secret);
    shell.setProcessEnvironment(environment);
    shell.start(u"bash"_s, bashArguments(CurlExporter::toCurl(sampleRecord(BodyFormat(format)))));
    QVERIFY(shell.waitForFinished(10000));
    const QStringList arguments = QString::fromUtf8(shell.readAllStandardOutput()).split(u'\n');
    QVERIFY2(arguments.contains(body), qPrintable(arguments.join(u'\n')));
}

void TestExchangeExport::curlForTheWindowsCommandPrompt()
{
    const QString form = CurlExporter::toCurl(sampleRecord(), CurlExporter::Shell::WindowsCmd);
    QVERIFY(form.startsWith(u"curl \"http://127.0.0.1:8765/v2/otp/request\" ^\n"_s));
    QVERIFY2(
        form.endsWith(
            u"--data-raw \"key=1234567890123456&secret=%OTP_SECRET%&msisdn=%2B66812345678\""_s),
        qPrintable(form));
    // Quotes inside an argument are doubled: what cmd and the C runtime read as one quote.
    const QString json
        = CurlExporter::toCurl(sampleRecord(BodyFormat::Json), CurlExporter::Shell::WindowsCmd);
    QVERIFY2(json.endsWith(u"--data-raw \"{\"\"key\"\":\"\"1234567890123456\"\",\"\"secret\"\":"
                           u"\"\"%OTP_SECRET%\"\",\"\"msisdn\"\":\"\"+66812345678\"\"}\""_s),
             qPrintable(json));
    QVERIFY(CurlExporter::toCurlWithSecret(sampleRecord(), Secret, CurlExporter::Shell::WindowsCmd)
                .contains(u"secret=%1&"_s.arg(Secret)));
}

void TestExchangeExport::harStructure()
{
    ExchangeRecord later = sampleRecord(BodyFormat::Json);
    later.startedAt = later.startedAt.addSecs(60);
    const ExchangeRecord earlier = sampleRecord();
    const QByteArray document = HarExporter::toDocument({later, earlier});
    QVERIFY(!document.contains(Secret.toUtf8()));
    const QJsonObject log = QJsonDocument::fromJson(document).object().value(u"log"_s).toObject();
    QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
    QCOMPARE(log.value(u"creator"_s).toObject().value(u"name"_s).toString(), u"OTP Manager"_s);
    QVERIFY(!log.value(u"creator"_s).toObject().value(u"version"_s).toString().isEmpty());
    const QJsonArray entries = log.value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 2);

    const QJsonObject entry = entries.at(0).toObject(); // oldest first
    QCOMPARE(entry.value(u"startedDateTime"_s).toString(), u"2026-03-01T09:30:15.250Z"_s);
    for (const char16_t *key :
         {u"startedDateTime", u"time", u"request", u"response", u"cache", u"timings"})
        QVERIFY2(entry.contains(QStringView(key)), qPrintable(QString::fromUtf16(key)));
    const QJsonObject request = entry.value(u"request"_s).toObject();
    QCOMPARE(request.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(request.value(u"url"_s).toString(), u"http://127.0.0.1:8765/v2/otp/request"_s);
    QCOMPARE(request.value(u"httpVersion"_s).toString(), u"HTTP/1.1"_s);
    QVERIFY(request.value(u"cookies"_s).isArray());
    QVERIFY(request.value(u"queryString"_s).isArray());
    QCOMPARE(request.value(u"headersSize"_s).toInt(), -1);
    QCOMPARE(request.value(u"bodySize"_s).toInt(), int(earlier.requestBodySize));
    const QJsonArray headers = request.value(u"headers"_s).toArray();
    QCOMPARE(headers.size(), earlier.requestHeaders.size());
    QCOMPARE(headers.at(1).toObject().value(u"name"_s).toString(), u"User-Agent"_s);
    const QJsonObject postData = request.value(u"postData"_s).toObject();
    QCOMPARE(postData.value(u"mimeType"_s).toString(), u"application/x-www-form-urlencoded"_s);
    QVERIFY(postData.value(u"text"_s).toString().contains(u"secret=••••••••"_s));

    const QJsonObject response = entry.value(u"response"_s).toObject();
    QCOMPARE(response.value(u"status"_s).toInt(), 200);
    QCOMPARE(response.value(u"statusText"_s).toString(), u"OK"_s);
    QCOMPARE(response.value(u"httpVersion"_s).toString(), u"HTTP/1.1"_s);
    QCOMPARE(response.value(u"redirectURL"_s).toString(), QString());
    QCOMPARE(response.value(u"headersSize"_s).toInt(), -1);
    QCOMPARE(response.value(u"bodySize"_s).toInt(), int(earlier.responseBodySize));
    const QJsonObject content = response.value(u"content"_s).toObject();
    QCOMPARE(content.value(u"mimeType"_s).toString(), u"application/json"_s);
    QCOMPARE(content.value(u"text"_s).toString(), QString::fromUtf8(earlier.responseBody));
    QCOMPARE(content.value(u"size"_s).toInt(), int(earlier.responseBodySize));
    QVERIFY(!content.contains(u"encoding"_s));

    QCOMPARE(entries.at(1)
                 .toObject()
                 .value(u"request"_s)
                 .toObject()
                 .value(u"postData"_s)
                 .toObject()
                 .value(u"mimeType"_s)
                 .toString(),
             u"application/json"_s);
}

void TestExchangeExport::harTimingsAddUp_data()
{
    QTest::addColumn<bool>("newConnection");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("answered");
    QTest::newRow("new plain connection") << true << false << true;
    QTest::newRow("new tls connection") << true << true << true;
    QTest::newRow("reused connection") << false << false << true;
    QTest::newRow("no answer") << true << false << false;
}

void TestExchangeExport::harTimingsAddUp()
{
    QFETCH(bool, newConnection);
    QFETCH(bool, tls);
    QFETCH(bool, answered);
    ExchangeRecord record = sampleRecord();
    if (!newConnection)
        record.connectingMs.reset();
    if (tls)
        record.encryptedMs = 20.0;
    if (tls)
        record.requestSentMs = 21.0;
    if (!answered) {
        record.headersReceivedMs.reset();
        record.hasResponse = false;
    }
    const QJsonObject entry = HarExporter::entry(record);
    const QJsonObject timings = entry.value(u"timings"_s).toObject();
    double sum = 0;
    for (const char16_t *part : {u"blocked", u"dns", u"connect", u"send", u"wait", u"receive"}) {
        QVERIFY(timings.value(QStringView(part)).isDouble());
        const double value = timings.value(QStringView(part)).toDouble();
        QVERIFY(value >= 0 || value == -1);
        if (value > 0)
            sum += value;
    }
    QCOMPARE(timings.value(u"dns"_s).toDouble(), -1.0); // Qt does not report it
    QVERIFY(qAbs(sum - *record.finishedMs) < 0.01);
    QVERIFY(qAbs(entry.value(u"time"_s).toDouble() - *record.finishedMs) < 0.01);
    QCOMPARE(timings.value(u"connect"_s).toDouble() < 0, !newConnection);
    if (tls) {
        QCOMPARE(timings.value(u"ssl"_s).toDouble(), 20.0 - 0.412);
        QVERIFY(timings.value(u"connect"_s).toDouble() >= timings.value(u"ssl"_s).toDouble());
    } else {
        QCOMPARE(timings.value(u"ssl"_s).toDouble(), -1.0);
    }
    if (!answered)
        QCOMPARE(entry.value(u"response"_s).toObject().value(u"status"_s).toInt(), 0);
}

void TestExchangeExport::harOfAFailureAndBinaryBody()
{
    ExchangeRecord failed = sampleRecord();
    failed.hasResponse = false;
    failed.responseBody.clear();
    failed.responseHeaders.clear();
    failed.error = u"Connection refused"_s;
    failed.tlsErrors = {u"The certificate has expired"_s};
    const QJsonObject entry = HarExporter::entry(failed);
    QCOMPARE(entry.value(u"comment"_s).toString(),
             u"Connection refused; The certificate has expired"_s);
    QCOMPARE(entry.value(u"response"_s).toObject().value(u"bodySize"_s).toInt(), -1);

    ExchangeRecord binary = sampleRecord();
    binary.responseBody = QByteArray("\xff\xfe\x00", 3);
    binary.responseTruncated = true;
    binary.responseBodySize = 9'000'000;
    const QJsonObject content
        = HarExporter::entry(binary).value(u"response"_s).toObject().value(u"content"_s).toObject();
    QCOMPARE(content.value(u"encoding"_s).toString(), u"base64"_s);
    QCOMPARE(QByteArray::fromBase64(content.value(u"text"_s).toString().toLatin1()),
             binary.responseBody);
    QVERIFY(content.value(u"comment"_s).toString().contains(u"truncated"_s));
    QCOMPARE(content.value(u"size"_s).toInt(), 9'000'000);

    // A hand-made record with the secret in the clear still comes out masked.
    ExchangeRecord leaky = sampleRecord();
    leaky.requestBody = "key=1&secret=" + Secret.toUtf8();
    QVERIFY(!HarExporter::toDocument({leaky}).contains(Secret.toUtf8()));
    QVERIFY(!CurlExporter::toCurl(leaky).contains(Secret));
}

void TestExchangeExport::historyAppendAndReadBack()
{
    QTemporaryDir dir;
    Database database(dir.path());
    QVERIFY(database.open().isUsable());
    ExchangeRepository repository(database);

    OtpAppConfig app;
    app.id = QUuid::createUuid();
    app.name = u"Shop"_s;
    const OtpResult success
        = OtpResultBuilder::fromResponse(OtpOperation::Request, {}, sampleRecord());
    QCOMPARE(success.outcome, OtpResult::Outcome::Success);
    ExchangeRecord wrongPinRecord = sampleRecord();
    wrongPinRecord.startedAt = wrongPinRecord.startedAt.addSecs(30);
    wrongPinRecord.status = 400;
    wrongPinRecord.responseBody = R"({"code":400,"errors":[{"message":"Code is invalid."}]})";
    const OtpResult wrongPin
        = OtpResultBuilder::fromResponse(OtpOperation::Verify, {}, wrongPinRecord);
    ExchangeRecord refusedRecord = sampleRecord();
    refusedRecord.startedAt = refusedRecord.startedAt.addSecs(60);
    refusedRecord.hasResponse = false;
    refusedRecord.finishedMs = 2.4;
    const OtpResult refused = OtpResultBuilder::failure(
        OtpOperation::Request, {}, refusedRecord, OtpResult::Reason::ConnectionRefused, u"x"_s);

    QVERIFY(ExchangeHistory::append(repository, success, app, u"+66812345678"_s));
    QVERIFY(ExchangeHistory::append(repository, wrongPin, app, u"+66812345678"_s));
    QVERIFY(ExchangeHistory::append(repository, refused, app));

    const QList<StoredExchange> rows = repository.list();
    QCOMPARE(rows.size(), 3);
    const StoredExchange &first = rows.at(2); // lists are newest first
    QCOMPARE(first.appId, app.id);
    QCOMPARE(first.appName, u"Shop"_s);
    QCOMPARE(first.call, OtpOperation::Request);
    QCOMPARE(first.startedAt, sampleRecord().startedAt);
    QCOMPARE(first.msisdn, u"+66812345678"_s);
    QCOMPARE(first.httpStatus, 200);
    QCOMPARE(first.outcome, u"success"_s);
    QCOMPARE(first.latencyMs, 41);
    QCOMPARE(rows.at(1).call, OtpOperation::Verify);
    QCOMPARE(rows.at(1).outcome, u"Code is invalid."_s);
    QCOMPARE(rows.at(0).outcome, u"connection-refused"_s);
    QVERIFY(!rows.at(0).httpStatus);

    for (const StoredExchange &row : rows)
        QVERIFY(!row.recordJson.contains(Secret.toUtf8()));
    const std::optional<OtpResult> back = ExchangeHistory::resultOf(rows.at(1));
    QVERIFY(back);
    QCOMPARE(back->record, wrongPinRecord);
    QCOMPARE(back->entry->row, 61);
    QCOMPARE(back->summary(), wrongPin.summary());

    StoredExchange broken = rows.at(0);
    broken.recordJson = "not json";
    QString error;
    QVERIFY(!ExchangeHistory::resultOf(broken, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestExchangeExport)
#include "tst_exchangeexport.moc"
