#include "api/ErrorCatalog.h"
#include "api/ErrorDecoder.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct VendorRow {
    int row;
    int http;
    int status;
    const char16_t *name;
    const char16_t *description;
};

// The vendor's table (error-codes.tsv), transcribed here as the spec the catalog must match.
const VendorRow vendorTable[] = {
    {1, 200, 0, u"success", u"Code is correct"},
    {2, 201, 0, u"NO_ERROR", u"No Error."},
    {3, 500, 1, u"ERROR_SYSTEM_FAILURE", u"System Failure."},
    {4, 405, 2, u"ERROR_METHOD_NOT_ALLOWED", u"Method Not Allowed."},
    {5, 404, 3, u"ERROR_NOT_FOUND", u"Not Found."},
    {6, 500, 4, u"ERROR_DB_FAILURE", u"Database Failure."},
    {7, 500, 5, u"ERROR_DB_RECOVERING", u"Database Recovering."},
    {8, 500, 6, u"ERROR_DB_RECOVERED_FAIL", u"Database Recovered Failed."},
    {9, 500, 8, u"ERROR_QUEUE_FAILURE", u"Queue Failure."},
    {10, 500, 7, u"ERROR_QUEUE_RECOVERING", u"Queue Recovering."},
    {11, 500, 9, u"ERROR_QUEUE_RECOVERED_FAIL", u"Queue Recovered Failed."},
    {12, 500, 10, u"ERROR_CACHE_FAILURE", u"Cache Failure."},
    {13, 500, 11, u"ERROR_CACHE_RECOVERING", u"Cache Recovering."},
    {14, 500, 12, u"ERROR_CACHE_RECOVERED_FAIL", u"Cache Recovered Failed."},
    {15, 500, 13, u"ERROR_CONNECTION_TIMEOUT", u"Connection Timeout."},
    {16, 500, 14, u"ERROR_CONNECTION_REFUSED", u"Connection Refused."},
    {17, 500, 15, u"ERROR_CONNECTION_FAILURE", u"Connection Failure."},
    {18, 500, 50, u"ERROR_JSON_MARSHAL", u"JSON Marshal failed."},
    {19, 500, 51, u"ERROR_JSON_UNMARSHAL", u"JSON Unmarshal failed."},
    {20, 500, 52, u"ERROR_GIN_VARIABLE_NOT_FOUND", u"GIN variable not found."},
    {21, 500, 53, u"ERROR_QUERY_STRING", u"Querystring values failed."},
    {22, 500, 54, u"ERROR_MAKE_REQUEST", u"Cannot make request for request to client."},
    {23, 500, 55, u"ERROR_IO_BODY", u"Cannot read response from client."},
    {24, 400, 56, u"ERROR_FORM", u"Form is invalid."},
    {25, 401, 100, u"ERROR_AUTHENTICATION_FAILED", u"Authentication failed."},
    {26, 403, 101, u"ERROR_API_KEY_SUSPENDED", u"This API key has been suspended."},
    {27, 403, 102, u"ERROR_IP_SUSPENDED", u"This IP has been suspended."},
    {28, 500, 103, u"ERROR_IP_WHITELIST", u"IP Whitelist failed."},
    {29, 403, 104, u"ERROR_IP_NOT_ALLOWED", u"This IP is not allowed."},
    {30, 404, 105, u"ERROR_USER_NOT_FOUND", u"User not found."},
    {31, 403, 106, u"ERROR_USER_BLOCKED", u"User has been blocked."},
    {32, 404, 107, u"ERROR_USER_PROFILE_NOT_FOUND", u"User profile not found."},
    {33, 403, 108, u"ERROR_USER_TRIAL",
     u"You are a trial member that can use the registered phone number only."},
    {34, 400, 109, u"ERROR_FORCE", u"Force is invalid."},
    {35, 400, 110, u"ERROR_SENDER", u"Sender is invalid."},
    {36, 400, 111, u"ERROR_SENDER_NOT_FOUND", u"Sender not found."},
    {37, 400, 112, u"ERROR_MESSAGE", u"The message is invalid."},
    {38, 400, 113, u"ERROR_MESSAGE_TOO_LONG", u"The message is too long."},
    {39, 400, 114, u"ERROR_MSISDN", u"Gateway response send sms fail."},
    {40, 400, 115, u"ERROR_MSISDN_EXCEEDED_LIMIT", u"MSISDN exceeded the limit."},
    {41, 423, 116, u"ERROR_INSUFFICIENT_CREDIT", u"Insufficient credit."},
    {42, 400, 118, u"ERROR_CALLBACK_URL", u"Callback Url is invalid."},
    {43, 400, 119, u"ERROR_CALLBACK_METHOD",
     u"You can choose callback method are GET, POST or PUT method."},
    {44, 400, 120, u"ERROR_SCHEDULED_DELIVERY",
     u"Scheduled delivery must be ISO-8601 (RFC-3339) format"},
    {45, 400, 121, u"ERROR_SCHEDULED_DELIVERY_TOO_FAR",
     u"Scheduled delivery must be less than 1 year."},
    {46, 400, 122, u"ERROR_SCHEDULED_DELIVERY_TIMEZONE",
     u"Scheduled delivery must be used Asia/Bangkok timezone (+07:00)."},
    {47, 400, 123, u"ERROR_TAGS", u"Tags is invalid."},
    {48, 400, 124, u"ERROR_TAGS_EXCEEDED_LENGTH", u"Tags exceeded the limit."},
    {49, 500, 125, u"ERROR_TAGS_CREATE", u"Cannot create new tags."},
    {50, 400, 126, u"ERROR_TAGS_EXIST", u"Tags exist."},
    {51, 403, 128, u"ERROR_API_KEY_DISABLED", u"This API key has been disabled."},
    {52, 500, 131, u"ERROR_SCHEDULED_DELIVERY_CREATE", u"Cannot create scheduled delivery."},
    {53, 500, 132, u"ERROR_PUBLISH_OUTBOUND", u"Cannot publish outbound SMS data."},
    {54, 500, 133, u"ERROR_API_KEY_DELETE_CACHE", u"Cannot delete cache of api_key."},
    {55, 404, 134, u"ERROR_ACC_ID_NOT_FOUND", u"Acc ID not found."},
    {56, 500, 135, u"ERROR_USER_TEMPLATE", u"User template failure."},
    {57, 400, 136, u"ERROR_USER_TEMPLATE_NOT_MATCH", u"User template not match."},
    {58, 400, 137, u"ERROR_TTL_FORMAT", u"ttl expire must be HH:mm format"},
    {59, 400, 138, u"ERROR_TTL",
     u"Expiration period is invalid, expire time must be more than 5 minutes and not more than "
     u"11 hours."},
    {60, 400, 400, u"-", u"Application not found."},
    {61, 400, 400, u"-", u"Code is invalid."},
    {62, 400, 400, u"-", u"Token is expire."},
    {63, 400, 400, u"-", u"Code is correct."},
};

bool containsThai(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x0E01 && c.unicode() <= 0x0E5B; });
}

void addVendorRows()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("http");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    for (const VendorRow &v : vendorTable) {
        QTest::addRow("row %d %s", v.row, qUtf8Printable(QString::fromUtf16(v.name)))
            << v.row << v.http << v.status << QString::fromUtf16(v.name)
            << QString::fromUtf16(v.description);
    }
}

} // namespace

class TestErrorCatalog : public QObject
{
    Q_OBJECT

private slots:
    void hasAllRowsInOrder();
    void matchesVendorTable_data();
    void matchesVendorTable();
    void translationsAndHints_data();
    void translationsAndHints();
    void hintsAreDistinct();
    void languageSwitch();
    void displayNameAndSuccess_data();
    void displayNameAndSuccess();
    void byRowOutOfRange();
    void byStatusCode_data();
    void byStatusCode();
    void byName_data();
    void byName();
    void byMessage_data();
    void byMessage();
    void exampleBodyExact_data();
    void exampleBodyExact();
    void exampleBodyRoundTrips_data();
    void exampleBodyRoundTrips();
};

void TestErrorCatalog::hasAllRowsInOrder()
{
    const QList<ErrorEntry> &all = ErrorCatalog::entries();
    QCOMPARE(all.size(), 63);
    QCOMPARE(int(std::size(vendorTable)), 63);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).row, i + 1);
    // Built once: the same list every time.
    QCOMPARE(&ErrorCatalog::entries(), &all);
}

void TestErrorCatalog::matchesVendorTable_data()
{
    addVendorRows();
}

void TestErrorCatalog::matchesVendorTable()
{
    QFETCH(int, row);
    QFETCH(int, http);
    QFETCH(int, status);
    QFETCH(QString, name);
    QFETCH(QString, description);

    const std::optional<ErrorEntry> entry = ErrorCatalog::byRow(row);
    QVERIFY(entry);
    QCOMPARE(entry->row, row);
    QCOMPARE(entry->httpStatus, http);
    QCOMPARE(entry->statusCode, status);
    QCOMPARE(entry->name, name);
    QCOMPARE(entry->descriptionEn, description);
    QCOMPARE(ErrorCatalog::entries().at(row - 1).descriptionEn, description);
}

void TestErrorCatalog::translationsAndHints_data()
{
    addVendorRows();
}

void TestErrorCatalog::translationsAndHints()
{
    QFETCH(int, row);
    const ErrorEntry entry = *ErrorCatalog::byRow(row);

    QVERIFY(!entry.descriptionTh.trimmed().isEmpty());
    QVERIFY2(containsThai(entry.descriptionTh), qPrintable(entry.descriptionTh));
    QVERIFY(!entry.hintEn.trimmed().isEmpty());
    QVERIFY(!entry.hintTh.trimmed().isEmpty());
    QVERIFY2(containsThai(entry.hintTh), qPrintable(entry.hintTh));
    QVERIFY2(!containsThai(entry.hintEn), qPrintable(entry.hintEn));
    // One line each, and no stray spaces a UI would have to trim.
    for (const QString &text : {entry.descriptionTh, entry.hintEn, entry.hintTh}) {
        QVERIFY2(!text.contains(u'\n'), qPrintable(text));
        QCOMPARE(text, text.trimmed());
    }
    QVERIFY(entry.hintEn != entry.descriptionEn);
    QVERIFY(entry.hintTh != entry.descriptionTh);

    QCOMPARE(entry.description(Language::English), entry.descriptionEn);
    QCOMPARE(entry.description(Language::Thai), entry.descriptionTh);
    QCOMPARE(entry.hint(Language::English), entry.hintEn);
    QCOMPARE(entry.hint(Language::Thai), entry.hintTh);
}

void TestErrorCatalog::hintsAreDistinct()
{
    QSet<QString> seen;
    for (const ErrorEntry &entry : ErrorCatalog::entries()) {
        QVERIFY2(!seen.contains(entry.hintEn), qPrintable(entry.hintEn));
        seen.insert(entry.hintEn);
        QVERIFY2(!seen.contains(entry.hintTh), qPrintable(entry.hintTh));
        seen.insert(entry.hintTh);
    }
    QCOMPARE(seen.size(), 2 * 63);
}

void TestErrorCatalog::languageSwitch()
{
    const Language before = currentLanguage();
    const ErrorEntry entry = *ErrorCatalog::byRow(41);
    QVERIFY(entry.hintEn.contains(u"Top up"_s));

    setCurrentLanguage(Language::Thai);
    QCOMPARE(entry.description(), entry.descriptionTh);
    QCOMPARE(entry.hint(), entry.hintTh);
    setCurrentLanguage(Language::English);
    QCOMPARE(entry.description(), u"Insufficient credit."_s);
    QCOMPARE(entry.hint(), entry.hintEn);
    setCurrentLanguage(before);
}

void TestErrorCatalog::displayNameAndSuccess_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<bool>("success");

    QTest::newRow("1 success") << 1 << u"success"_s << true;
    QTest::newRow("2 NO_ERROR") << 2 << u"NO_ERROR"_s << true;
    QTest::newRow("3 system failure") << 3 << u"ERROR_SYSTEM_FAILURE"_s << false;
    QTest::newRow("29 ip") << 29 << u"ERROR_IP_NOT_ALLOWED"_s << false;
    QTest::newRow("41 credit") << 41 << u"ERROR_INSUFFICIENT_CREDIT"_s << false;
    QTest::newRow("59 ttl") << 59 << u"ERROR_TTL"_s << false;
    QTest::newRow("60 app") << 60 << u"Application not found."_s << false;
    QTest::newRow("61 invalid") << 61 << u"Code is invalid."_s << false;
    QTest::newRow("62 expire") << 62 << u"Token is expire."_s << false;
    QTest::newRow("63 correct") << 63 << u"Code is correct."_s << true;
}

void TestErrorCatalog::displayNameAndSuccess()
{
    QFETCH(int, row);
    QFETCH(QString, displayName);
    QFETCH(bool, success);
    const ErrorEntry entry = *ErrorCatalog::byRow(row);
    QCOMPARE(entry.displayName(), displayName);
    QCOMPARE(entry.isSuccess(), success);
}

void TestErrorCatalog::byRowOutOfRange()
{
    QVERIFY(!ErrorCatalog::byRow(0));
    QVERIFY(!ErrorCatalog::byRow(64));
    QVERIFY(!ErrorCatalog::byRow(-1));
    QCOMPARE(ErrorCatalog::byRow(63)->row, 63);
    int successes = 0;
    for (const ErrorEntry &entry : ErrorCatalog::entries())
        successes += entry.isSuccess() ? 1 : 0;
    QCOMPARE(successes, 3);
}

void TestErrorCatalog::byStatusCode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("http");
    QTest::addColumn<int>("row"); // 0: nullopt

    // Every status of rows 3..59 is unique and finds its row, with or without the HTTP code.
    for (const VendorRow &v : vendorTable) {
        if (v.status == 0 || v.status == 400)
            continue;
        QTest::addRow("status %d", v.status) << v.status << v.http << v.row;
        QTest::addRow("status %d, no http", v.status) << v.status << 0 << v.row;
    }
    QTest::newRow("0 with 200: success") << 0 << 200 << 1;
    QTest::newRow("0 with 201: NO_ERROR") << 0 << 201 << 2;
    QTest::newRow("0 without http: success") << 0 << 0 << 1;
    QTest::newRow("0 with 500: success") << 0 << 500 << 1;
    QTest::newRow("400 shared by four rows") << 400 << 400 << 0;
    QTest::newRow("400 without http") << 400 << 0 << 0;
    QTest::newRow("117 not in table") << 117 << 400 << 0;
    QTest::newRow("127 not in table") << 127 << 0 << 0;
    QTest::newRow("negative") << -1 << 0 << 0;
    QTest::newRow("999") << 999 << 500 << 0;
}

void TestErrorCatalog::byStatusCode()
{
    QFETCH(int, status);
    QFETCH(int, http);
    QFETCH(int, row);
    const std::optional<ErrorEntry> entry = ErrorCatalog::byStatusCode(status, http);
    QCOMPARE(entry ? entry->row : 0, row);
}

void TestErrorCatalog::byName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("row"); // 0: nullopt

    for (const VendorRow &v : vendorTable) {
        if (QStringView(v.name) == u"-")
            continue;
        const QString name = QString::fromUtf16(v.name);
        QTest::addRow("%s", qUtf8Printable(name)) << name << v.row;
        QTest::addRow("lower %s", qUtf8Printable(name)) << name.toLower() << v.row;
    }
    QTest::newRow("mixed case") << u"Error_Ip_Not_Allowed"_s << 29;
    QTest::newRow("SUCCESS") << u"SUCCESS"_s << 1;
    QTest::newRow("no_error") << u"no_error"_s << 2;
    QTest::newRow("surrounding spaces") << u"  ERROR_TTL "_s << 59;
    QTest::newRow("TTL is not TTL_FORMAT") << u"ERROR_TTL_FORMAT"_s << 58;
    QTest::newRow("dash matches nothing") << u"-"_s << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("unknown") << u"ERROR_SOMETHING_ELSE"_s << 0;
    QTest::newRow("prefix only") << u"ERROR_IP"_s << 0;
    QTest::newRow("description is not a name") << u"Insufficient credit."_s << 0;
}

void TestErrorCatalog::byName()
{
    QFETCH(QString, name);
    QFETCH(int, row);
    const std::optional<ErrorEntry> entry = ErrorCatalog::byName(name);
    QCOMPARE(entry ? entry->row : 0, row);
}

void TestErrorCatalog::byMessage_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("http");
    QTest::addColumn<int>("row"); // 0: nullopt

    // Every description finds its own row when sent with its own HTTP code.
    for (const VendorRow &v : vendorTable)
        QTest::addRow("row %d verbatim", v.row)
            << QString::fromUtf16(v.description) << v.http << v.row;

    QTest::newRow("period added") << u"Scheduled delivery must be ISO-8601 (RFC-3339) format."_s
                                  << 400 << 44;
    QTest::newRow("period dropped") << u"Token is expire"_s << 400 << 62;
    QTest::newRow("upper case") << u"TOKEN IS EXPIRE."_s << 400 << 62;
    QTest::newRow("lower case, no http") << u"application not found"_s << 0 << 60;
    QTest::newRow("surrounding spaces") << u"  Code is invalid.  "_s << 400 << 61;
    QTest::newRow("ip with 403") << u"This IP is not allowed."_s << 403 << 29;
    QTest::newRow("ip with other http") << u"This IP is not allowed."_s << 400 << 29;
    QTest::newRow("ttl format") << u"TTL EXPIRE MUST BE HH:MM FORMAT"_s << 0 << 58;
    // Rows 1 and 63 share the text: the HTTP code picks, else the first row.
    QTest::newRow("correct, 200") << u"Code is correct"_s << 200 << 1;
    QTest::newRow("correct., 200") << u"Code is correct."_s << 200 << 1;
    QTest::newRow("correct, 400") << u"Code is correct"_s << 400 << 63;
    QTest::newRow("correct., 400") << u"Code is correct."_s << 400 << 63;
    QTest::newRow("correct, no http") << u"code is correct."_s << 0 << 1;
    QTest::newRow("correct, 500") << u"Code is correct."_s << 500 << 1;
    QTest::newRow("unknown OTP message") << u"Invalid Parameter."_s << 400 << 0;
    QTest::newRow("two periods") << u"Token is expire.."_s << 400 << 0;
    QTest::newRow("empty") << QString() << 400 << 0;
    QTest::newRow("only a period") << u"."_s << 0 << 0;
    QTest::newRow("only spaces") << u"   "_s << 0 << 0;
    QTest::newRow("substring") << u"Token is"_s << 400 << 0;
    QTest::newRow("name is not a message") << u"ERROR_TTL"_s << 400 << 0;
}

void TestErrorCatalog::byMessage()
{
    QFETCH(QString, message);
    QFETCH(int, http);
    QFETCH(int, row);
    const std::optional<ErrorEntry> entry = ErrorCatalog::byMessage(message, http);
    QCOMPARE(entry ? entry->row : 0, row);
}

void TestErrorCatalog::exampleBodyExact_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("1 success") << 1 << R"({"status":"success","message":"Code is correct."})"_ba;
    QTest::newRow("2 NO_ERROR")
        << 2 << R"({"error":{"code":0,"name":"NO_ERROR","description":"No Error."}})"_ba;
    QTest::newRow("41 credit") << 41
                               << R"({"error":{"code":116,"name":"ERROR_INSUFFICIENT_CREDIT",)"
                                  R"("description":"Insufficient credit."}})"_ba;
    QTest::newRow("46 timezone")
        << 46
        << R"({"error":{"code":122,"name":"ERROR_SCHEDULED_DELIVERY_TIMEZONE",)"
           R"("description":"Scheduled delivery must be used Asia/Bangkok timezone (+07:00)."}})"_ba;
    QTest::newRow("58 no period")
        << 58
        << R"({"error":{"code":137,"name":"ERROR_TTL_FORMAT","description":"ttl expire must be HH:mm format"}})"_ba;
    QTest::newRow("60 app") << 60
                            << R"({"code":400,"errors":[{"message":"Application not found."}]})"_ba;
    QTest::newRow("62 expire") << 62
                               << R"({"code":400,"errors":[{"message":"Token is expire."}]})"_ba;
    QTest::newRow("63 correct") << 63
                                << R"({"code":400,"errors":[{"message":"Code is correct."}]})"_ba;
}

void TestErrorCatalog::exampleBodyExact()
{
    QFETCH(int, row);
    QFETCH(QByteArray, body);
    QCOMPARE(ErrorCatalog::exampleBody(*ErrorCatalog::byRow(row)), body);
}

void TestErrorCatalog::exampleBodyRoundTrips_data()
{
    addVendorRows();
}

void TestErrorCatalog::exampleBodyRoundTrips()
{
    QFETCH(int, row);
    QFETCH(int, http);
    QFETCH(QString, description);
    const ErrorEntry entry = *ErrorCatalog::byRow(row);
    const QByteArray body = ErrorCatalog::exampleBody(entry);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    QVERIFY(!body.contains('\n')); // compact
    if (row != 1)
        QVERIFY(body.contains(description.toUtf8())); // verbatim, escaping needs none here

    const DecodedResponse decoded = ErrorDecoder::decode(http, body);
    QVERIFY(decoded.entry);
    QCOMPARE(decoded.entry->row, row);
    QCOMPARE(decoded.isSuccessShape(), row == 1);
}

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "tst_errorcatalog.moc"
