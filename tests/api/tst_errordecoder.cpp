#include "api/ErrorCatalog.h"
#include "api/ErrorDecoder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Shape = DecodedResponse::Shape;

Q_DECLARE_METATYPE(DecodedResponse::Shape)

namespace {

int rowOf(const DecodedResponse &decoded)
{
    return decoded.entry ? decoded.entry->row : 0;
}

// The body of a 502 from a reverse proxy, as the client really sees it.
const QByteArray html502 = R"(<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
)"_ba;

} // namespace

class TestErrorDecoder : public QObject
{
    Q_OBJECT

private slots:
    void everyRowDecodes_data();
    void everyRowDecodes();
    void shapes_data();
    void shapes();
    void detail_data();
    void detail();
    void emptyBodyDoesNotGuess_data();
    void emptyBodyDoesNotGuess();
    void hostile_data();
    void hostile();
    void rawTextIsCapped_data();
    void rawTextIsCapped();
    void largeJsonBody();
};

void TestErrorDecoder::everyRowDecodes_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Shape>("shape");

    QCOMPARE(ErrorCatalog::entries().size(), 63);
    for (const ErrorEntry &entry : ErrorCatalog::entries()) {
        const Shape shape = entry.row == 1 ? Shape::OtpV2Success
            : entry.row >= 60              ? Shape::OtpV2Error
                                           : Shape::SmsApiError;
        QTest::addRow("row %d %s", entry.row, qUtf8Printable(entry.displayName()))
            << entry.row << entry.httpStatus << ErrorCatalog::exampleBody(entry) << shape;
    }
}

void TestErrorDecoder::everyRowDecodes()
{
    QFETCH(int, row);
    QFETCH(int, http);
    QFETCH(QByteArray, body);
    QFETCH(Shape, shape);

    const DecodedResponse decoded = ErrorDecoder::decode(http, body);
    QCOMPARE(decoded.shape, shape);
    QCOMPARE(decoded.httpStatus, http);
    QCOMPARE(rowOf(decoded), row);
    QVERIFY(decoded.isKnown());
    const ErrorEntry entry = *ErrorCatalog::byRow(row);
    // The message is what the body carried; only row 1's body adds a period to the table text.
    QCOMPARE(decoded.message, row == 1 ? u"Code is correct."_s : entry.descriptionEn);
    QCOMPARE(decoded.rawText, QString::fromUtf8(body));
}

void TestErrorDecoder::shapes_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<int>("row"); // 0: unknown
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("refno");

    const QString none;

    // Successes.
    QTest::newRow("v2 request") << 200
                                << R"({"status":"success","token":"tok-1","refno":"T3A57"})"_ba
                                << Shape::OtpV2Success << 1 << none << u"tok-1"_s << u"T3A57"_s;
    QTest::newRow("v2 verify") << 200 << R"({"status":"success","message":"Code is correct."})"_ba
                               << Shape::OtpV2Success << 1 << u"Code is correct."_s << none << none;
    QTest::newRow("v2 status upper case") << 200 << R"({"status":"SUCCESS","token":"t"})"_ba
                                          << Shape::OtpV2Success << 1 << none << u"t"_s << none;
    QTest::newRow("v2 token wrong type")
        << 200 << R"({"status":"success","token":5,"refno":null})"_ba << Shape::OtpV2Success << 1
        << none << none << none;
    QTest::newRow("v1 request") << 200 << R"({"data":{"status":"success","token":"tok-v1"}})"_ba
                                << Shape::OtpV1Success << 1 << none << u"tok-v1"_s << none;
    QTest::newRow("v1 verify") << 200
                               << R"({"data":{"status":"success","message":"Code is correct."}})"_ba
                               << Shape::OtpV1Success << 1 << u"Code is correct."_s << none << none;

    // OTP errors, v2 and v1.
    QTest::newRow("v2 app not found")
        << 400 << R"({"code":400,"errors":[{"message":"Application not found."}]})"_ba
        << Shape::OtpV2Error << 60 << u"Application not found."_s << none << none;
    QTest::newRow("v2 code invalid")
        << 400 << R"({"code":400,"errors":[{"message":"Code is invalid."}]})"_ba
        << Shape::OtpV2Error << 61 << u"Code is invalid."_s << none << none;
    QTest::newRow("v2 token expire")
        << 400 << R"({"code":400,"errors":[{"message":"Token is expire.","detail":{}}]})"_ba
        << Shape::OtpV2Error << 62 << u"Token is expire."_s << none << none;
    QTest::newRow("v2 code correct as error")
        << 400 << R"({"code":400,"errors":[{"message":"Code is correct."}]})"_ba
        << Shape::OtpV2Error << 63 << u"Code is correct."_s << none << none;
    QTest::newRow("v2 ip not allowed, 403")
        << 403 << R"({"code":403,"errors":[{"message":"This IP is not allowed."}]})"_ba
        << Shape::OtpV2Error << 29 << u"This IP is not allowed."_s << none << none;
    QTest::newRow("v2 credit, 423")
        << 423 << R"({"code":423,"errors":[{"message":"Insufficient credit."}]})"_ba
        << Shape::OtpV2Error << 41 << u"Insufficient credit."_s << none << none;
    QTest::newRow("v2 no http: body code decides")
        << 0 << R"({"code":400,"errors":[{"message":"Code is correct."}]})"_ba << Shape::OtpV2Error
        << 63 << u"Code is correct."_s << none << none;
    QTest::newRow("v1 code invalid")
        << 400 << R"({"error":{"code":400,"errors":[{"message":"Code is invalid."}]}})"_ba
        << Shape::OtpV1Error << 61 << u"Code is invalid."_s << none << none;
    QTest::newRow("v1 app not found")
        << 400
        << R"({"error":{"code":400,"errors":[{"message":"Application not found.","detail":[]}]}})"_ba
        << Shape::OtpV1Error << 60 << u"Application not found."_s << none << none;

    // Case and trailing period.
    QTest::newRow("lower case, no period")
        << 400 << R"({"code":400,"errors":[{"message":"token is expire"}]})"_ba << Shape::OtpV2Error
        << 62 << u"token is expire"_s << none << none;
    QTest::newRow("upper case")
        << 400 << R"({"code":400,"errors":[{"message":"APPLICATION NOT FOUND."}]})"_ba
        << Shape::OtpV2Error << 60 << u"APPLICATION NOT FOUND."_s << none << none;
    QTest::newRow("period added to table text")
        << 400 << R"({"code":400,"errors":[{"message":"ttl expire must be HH:mm format."}]})"_ba
        << Shape::OtpV2Error << 58 << u"ttl expire must be HH:mm format."_s << none << none;

    // Messages the catalog does not know, and wrong types inside the error shape.
    QTest::newRow("unknown message")
        << 400 << R"({"code":400,"errors":[{"message":"Invalid Parameter."}]})"_ba
        << Shape::OtpV2Error << 0 << u"Invalid Parameter."_s << none << none;
    QTest::newRow("empty errors") << 400 << R"({"code":400,"errors":[]})"_ba << Shape::OtpV2Error
                                  << 0 << none << none << none;
    QTest::newRow("message wrong type") << 400 << R"({"code":400,"errors":[{"message":5}]})"_ba
                                        << Shape::OtpV2Error << 0 << none << none << none;
    QTest::newRow("first usable error wins")
        << 400
        << R"({"code":"abc","errors":[1,"x",{"detail":{}},{"message":"Code is invalid."},{"message":"Token is expire."}]})"_ba
        << Shape::OtpV2Error << 61 << u"Code is invalid."_s << none << none;

    // SMS-API errors.
    QTest::newRow("sms credit")
        << 423
        << R"({"error":{"code":116,"name":"ERROR_INSUFFICIENT_CREDIT","description":"Insufficient credit."}})"_ba
        << Shape::SmsApiError << 41 << u"Insufficient credit."_s << none << none;
    QTest::newRow("sms status 0, 201: NO_ERROR")
        << 201 << R"({"error":{"code":0,"name":"NO_ERROR","description":"No Error."}})"_ba
        << Shape::SmsApiError << 2 << u"No Error."_s << none << none;
    QTest::newRow("sms status 0, 200: success")
        << 200 << R"({"error":{"code":0,"name":"NO_ERROR","description":"No Error."}})"_ba
        << Shape::SmsApiError << 1 << u"No Error."_s << none << none;
    QTest::newRow("sms status 0, no http, name decides")
        << 0 << R"({"error":{"code":0,"name":"NO_ERROR","description":"No Error."}})"_ba
        << Shape::SmsApiError << 2 << u"No Error."_s << none << none;
    QTest::newRow("sms status 0, 500, nothing else: success")
        << 500 << R"({"error":{"code":0}})"_ba << Shape::SmsApiError << 1 << none << none << none;
    QTest::newRow("sms code wins over name")
        << 403 << R"({"error":{"code":104,"name":"ERROR_SYSTEM_FAILURE","description":"x"}})"_ba
        << Shape::SmsApiError << 29 << u"x"_s << none << none;
    QTest::newRow("sms code as float")
        << 423 << R"({"error":{"code":116.0,"name":"?","description":"?"}})"_ba
        << Shape::SmsApiError << 41 << u"?"_s << none << none;
    QTest::newRow("sms code string: by name")
        << 403 << R"({"error":{"code":"abc","name":"ERROR_IP_NOT_ALLOWED","description":"?"}})"_ba
        << Shape::SmsApiError << 29 << u"?"_s << none << none;
    QTest::newRow("sms code fraction: by name")
        << 400 << R"({"error":{"code":138.5,"name":"error_ttl"}})"_ba << Shape::SmsApiError << 59
        << none << none << none;
    QTest::newRow("sms unknown code: by name")
        << 500 << R"({"error":{"code":999,"name":"ERROR_DB_FAILURE"}})"_ba << Shape::SmsApiError
        << 6 << none << none << none;
    QTest::newRow("sms by description only")
        << 400 << R"({"error":{"description":"Sender not found"}})"_ba << Shape::SmsApiError << 36
        << u"Sender not found"_s << none << none;
    QTest::newRow("sms code 400: by description")
        << 400 << R"({"error":{"code":400,"name":"-","description":"Token is expire."}})"_ba
        << Shape::SmsApiError << 62 << u"Token is expire."_s << none << none;
    QTest::newRow("sms nothing known")
        << 418 << R"({"error":{"code":117,"name":"ERROR_TEAPOT","description":"I'm a teapot."}})"_ba
        << Shape::SmsApiError << 0 << u"I'm a teapot."_s << none << none;

    // Valid JSON of no known shape, including wrong types where a shape was expected.
    QTest::newRow("empty object") << 200 << "{}"_ba << Shape::UnknownJson << 0 << none << none
                                  << none;
    QTest::newRow("empty array") << 200 << "[]"_ba << Shape::UnknownJson << 0 << none << none
                                 << none;
    QTest::newRow("array of errors") << 400 << R"([{"message":"Token is expire."}])"_ba
                                     << Shape::UnknownJson << 0 << none << none << none;
    QTest::newRow("status fail") << 400 << R"({"status":"fail","message":"Token is expire."})"_ba
                                 << Shape::UnknownJson << 0 << none << none << none;
    QTest::newRow("status wrong type") << 200 << R"({"status":1,"token":"t"})"_ba
                                       << Shape::UnknownJson << 0 << none << none << none;
    QTest::newRow("errors wrong type") << 400 << R"({"code":400,"errors":"x"})"_ba
                                       << Shape::UnknownJson << 0 << none << none << none;
    QTest::newRow("errors object")
        << 400 << R"({"code":400,"errors":{"message":"Code is invalid."}})"_ba << Shape::UnknownJson
        << 0 << none << none << none;
    QTest::newRow("data wrong type")
        << 200 << R"({"data":"success"})"_ba << Shape::UnknownJson << 0 << none << none << none;
    QTest::newRow("data without success") << 200 << R"({"data":{"status":"pending"}})"_ba
                                          << Shape::UnknownJson << 0 << none << none << none;
    QTest::newRow("error string") << 500 << R"({"error":"Internal Server Error"})"_ba
                                  << Shape::UnknownJson << 0 << none << none << none;
    QTest::newRow("error empty object")
        << 500 << R"({"error":{}})"_ba << Shape::UnknownJson << 0 << none << none << none;
    QTest::newRow("error fields wrong types")
        << 500 << R"({"error":{"code":"116","name":116,"description":[]}})"_ba << Shape::UnknownJson
        << 0 << none << none << none;
    QTest::newRow("spring-style error")
        << 404 << R"({"timestamp":"2024-01-01","status":404,"error":"Not Found","path":"/v2"})"_ba
        << Shape::UnknownJson << 0 << none << none << none;
    QTest::newRow("UTF-8 BOM") << 200 << "\xEF\xBB\xBF{\"status\":\"success\",\"token\":\"b\"}"_ba
                               << Shape::OtpV2Success << 1 << none << u"b"_s << none;
}

void TestErrorDecoder::shapes()
{
    QFETCH(int, http);
    QFETCH(QByteArray, body);
    QFETCH(Shape, shape);
    QFETCH(int, row);
    QFETCH(QString, message);
    QFETCH(QString, token);
    QFETCH(QString, refno);

    const DecodedResponse decoded = ErrorDecoder::decode(http, body);
    QCOMPARE(decoded.shape, shape);
    QCOMPARE(decoded.httpStatus, http);
    QCOMPARE(rowOf(decoded), row);
    QCOMPARE(decoded.isKnown(), row != 0);
    QCOMPARE(decoded.message, message);
    QCOMPARE(decoded.token, token);
    QCOMPARE(decoded.refno, refno);
    QCOMPARE(decoded.isSuccessShape(),
             shape == Shape::OtpV2Success || shape == Shape::OtpV1Success);
    // The body's text is always kept (small bodies whole), so "unknown" can show it.
    QCOMPARE(decoded.rawText, QString::fromUtf8(body));
}

void TestErrorDecoder::detail_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QJsonValue>("detail");

    QTest::newRow("object")
        << R"({"code":400,"errors":[{"message":"Token is expire.","detail":{"token":"abc","tries":3}}]})"_ba
        << QJsonValue(QJsonObject{{u"token"_s, u"abc"_s}, {u"tries"_s, 3}});
    QTest::newRow("array")
        << R"({"code":400,"errors":[{"message":"Token is expire.","detail":["pin","token"]}]})"_ba
        << QJsonValue(QJsonArray{u"pin"_s, u"token"_s});
    QTest::newRow("v1 array")
        << R"({"error":{"code":400,"errors":[{"message":"Token is expire.","detail":[{"field":"pin"}]}]}})"_ba
        << QJsonValue(QJsonArray{QJsonObject{{u"field"_s, u"pin"_s}}});
    QTest::newRow("empty object")
        << R"({"code":400,"errors":[{"message":"Token is expire.","detail":{}}]})"_ba
        << QJsonValue(QJsonObject());
    QTest::newRow("missing") << R"({"code":400,"errors":[{"message":"Token is expire."}]})"_ba
                             << QJsonValue();
}

void TestErrorDecoder::detail()
{
    QFETCH(QByteArray, body);
    QFETCH(QJsonValue, detail);
    const DecodedResponse decoded = ErrorDecoder::decode(400, body);
    QCOMPARE(rowOf(decoded), 62);
    QCOMPARE(decoded.detail, detail);
}

void TestErrorDecoder::emptyBodyDoesNotGuess_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("body");

    // Even where the HTTP code fits a single row (405, 423, 401), an empty answer stays unknown.
    for (int http : {0, 200, 201, 204, 400, 401, 403, 405, 423, 500, 502}) {
        QTest::addRow("%d, empty", http) << http << QByteArray();
        QTest::addRow("%d, whitespace", http) << http << " \r\n\t "_ba;
    }
}

void TestErrorDecoder::emptyBodyDoesNotGuess()
{
    QFETCH(int, http);
    QFETCH(QByteArray, body);
    const DecodedResponse decoded = ErrorDecoder::decode(http, body);
    QCOMPARE(decoded.shape, Shape::Empty);
    QCOMPARE(decoded.httpStatus, http);
    QVERIFY(!decoded.entry);
    QVERIFY(decoded.message.isEmpty());
    QVERIFY(decoded.rawText.isEmpty());
}

void TestErrorDecoder::hostile_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QString>("rawText");

    QTest::newRow("null") << "null"_ba << Shape::NotJson << u"null"_s;
    QTest::newRow("number") << "42"_ba << Shape::NotJson << u"42"_s;
    QTest::newRow("string") << R"("Token is expire.")"_ba << Shape::NotJson
                            << u"\"Token is expire.\""_s;
    QTest::newRow("true") << "true"_ba << Shape::NotJson << u"true"_s;
    QTest::newRow("open brace") << "{"_ba << Shape::NotJson << u"{"_s;
    QTest::newRow("open bracket") << "["_ba << Shape::NotJson << u"["_s;
    QTest::newRow("truncated") << R"({"code":400,"errors":[{"message":"Tok)"_ba << Shape::NotJson
                               << uR"({"code":400,"errors":[{"message":"Tok)"_s;
    QTest::newRow("trailing garbage")
        << R"({"status":"success"}xyz)"_ba << Shape::NotJson << uR"({"status":"success"}xyz)"_s;
    QTest::newRow("html 502") << html502 << Shape::NotJson << QString::fromUtf8(html502);
    QTest::newRow("plain text") << "Service Unavailable"_ba << Shape::NotJson
                                << u"Service Unavailable"_s;
    QTest::newRow("invalid UTF-8 bytes")
        << "\xff\xfe\xfd"_ba << Shape::NotJson << u"\uFFFD\uFFFD\uFFFD"_s;
    QTest::newRow("invalid UTF-8 in a JSON string")
        << "{\"code\":400,\"errors\":[{\"message\":\"Code\xC0 is invalid.\"}]}"_ba << Shape::NotJson
        << u"{\"code\":400,\"errors\":[{\"message\":\"Code\uFFFD is invalid.\"}]}"_s;
    QTest::newRow("binary with NULs") << QByteArray("\x00\x01\x02{\x00}", 6) << Shape::NotJson
                                      << QString::fromUtf8(QByteArray("\x00\x01\x02{\x00}", 6));
    QTest::newRow("single quotes")
        << "{'status':'success'}"_ba << Shape::NotJson << u"{'status':'success'}"_s;
    // Qt's parser stops at 1024 levels: far deeper input is rejected, not recursed into.
    QTest::newRow("100000 open brackets")
        << QByteArray(100000, '[') << Shape::NotJson << QString(ErrorDecoder::MaxRawText, u'[');
    QTest::newRow("2000 nested, balanced")
        << QByteArray(2000, '[') + QByteArray(2000, ']') << Shape::NotJson
        << QString(2000, u'[') + QString(2000, u']');
    QTest::newRow("1000 nested, under the limit")
        << QByteArray(1000, '[') + QByteArray(1000, ']') << Shape::UnknownJson
        << QString(1000, u'[') + QString(1000, u']');
    QTest::newRow("100000 nested objects")
        << QByteArray(100000, '{') << Shape::NotJson << QString(ErrorDecoder::MaxRawText, u'{');
}

void TestErrorDecoder::hostile()
{
    QFETCH(QByteArray, body);
    QFETCH(Shape, shape);
    QFETCH(QString, rawText);

    for (int http : {0, 200, 400, 502}) {
        const DecodedResponse decoded = ErrorDecoder::decode(http, body);
        QCOMPARE(decoded.shape, shape);
        QCOMPARE(decoded.httpStatus, http);
        QVERIFY(!decoded.entry);
        QVERIFY(!decoded.isSuccessShape());
        QVERIFY(decoded.message.isEmpty());
        QCOMPARE(decoded.rawText, rawText);
    }
}

void TestErrorDecoder::rawTextIsCapped_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QString>("rawText");

    const qsizetype tenMiB = 10 * 1024 * 1024;
    const qsizetype cap = ErrorDecoder::MaxRawText;
    const QString thai = u"ก"_s;
    const QString emoji = u"😀"_s; // a surrogate pair in UTF-16

    QTest::newRow("10 MiB ASCII") << QByteArray(tenMiB, 'x') << Shape::NotJson
                                  << QString(cap, u'x');
    QTest::newRow("10 MiB invalid bytes")
        << QByteArray(tenMiB, '\xff') << Shape::NotJson << QString(cap, QChar(0xFFFD));
    QTest::newRow("10 MiB Thai") << thai.toUtf8().repeated(tenMiB / 3) << Shape::NotJson
                                 << thai.repeated(cap);
    // 4-byte characters: the cap falls between the halves of a pair, which is not kept.
    QTest::newRow("odd cap, emoji")
        << emoji.toUtf8().repeated(tenMiB / 4) << Shape::NotJson << emoji.repeated(cap / 2);
    QTest::newRow("10 MiB whitespace then text")
        << QByteArray(tenMiB, ' ') + "x" << Shape::NotJson << QString(cap, u' ');
    QTest::newRow("10 MiB whitespace") << QByteArray(tenMiB, ' ') << Shape::Empty << QString();
    QTest::newRow("exactly the cap")
        << QByteArray(cap, 'y') << Shape::NotJson << QString(cap, u'y');
    QTest::newRow("one over the cap")
        << QByteArray(cap + 1, 'y') << Shape::NotJson << QString(cap, u'y');
    QTest::newRow("10 MiB JSON array")
        << "[" + QByteArray("1,").repeated(tenMiB / 2) + "1]" << Shape::UnknownJson
        << u"["_s + u"1,"_s.repeated(cap / 2 - 1) + u"1"_s;
}

void TestErrorDecoder::rawTextIsCapped()
{
    QFETCH(QByteArray, body);
    QFETCH(Shape, shape);
    QFETCH(QString, rawText);

    QElapsedTimer timer;
    timer.start();
    const DecodedResponse decoded = ErrorDecoder::decode(502, body);
    // Generous: linear work on 10 MiB takes well under a second even in a debug build.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(decoded.shape, shape);
    QVERIFY(!decoded.entry);
    QVERIFY(decoded.rawText.size() <= ErrorDecoder::MaxRawText);
    QCOMPARE(decoded.rawText.size(), rawText.size());
    QCOMPARE(decoded.rawText, rawText);
    if (!decoded.rawText.isEmpty())
        QVERIFY(!decoded.rawText.back().isHighSurrogate());
}

void TestErrorDecoder::largeJsonBody()
{
    // A known shape whose message is huge: still decoded, the message kept as sent, rawText
    // capped, and no catalog row claimed.
    const QByteArray padding(2 * 1024 * 1024, 'a');
    const QByteArray body = R"({"code":400,"errors":[{"message":")" + padding + R"("}]})";
    const DecodedResponse decoded = ErrorDecoder::decode(400, body);
    QCOMPARE(decoded.shape, Shape::OtpV2Error);
    QVERIFY(!decoded.entry);
    QCOMPARE(decoded.message.size(), padding.size());
    QCOMPARE(decoded.rawText.size(), ErrorDecoder::MaxRawText);
}

QTEST_GUILESS_MAIN(TestErrorDecoder)
#include "tst_errordecoder.moc"
