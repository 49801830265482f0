#include "api/ErrorLookup.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ErrorLookup::InputKind)

class TestErrorLookup : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void sharedStatus400Explains();
    void outOfRangeNumberExplains();
};

void TestErrorLookup::find_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("http");
    QTest::addColumn<ErrorLookup::InputKind>("kind");
    QTest::addColumn<int>("row"); // 0: not found

    using K = ErrorLookup::InputKind;
    QTest::newRow("status") << u"116"_s << 0 << K::StatusCode << 41;
    QTest::newRow("status with spaces") << u" 104 "_s << 0 << K::StatusCode << 29;
    QTest::newRow("status 0 http 201") << u"0"_s << 201 << K::StatusCode << 2;
    QTest::newRow("status 0 http 200") << u"0"_s << 200 << K::StatusCode << 1;
    QTest::newRow("unknown status") << u"117"_s << 0 << K::StatusCode << 0;
    // Past the range of int: no code, whatever the HTTP status (toInt's 0 was "success").
    QTest::newRow("2^31") << u"2147483648"_s << 0 << K::StatusCode << 0;
    QTest::newRow("2^31 http 200") << u"2147483648"_s << 200 << K::StatusCode << 0;
    QTest::newRow("2^31 http 201") << u"2147483648"_s << 201 << K::StatusCode << 0;
    QTest::newRow("20 digits") << u"99999999999999999999"_s << 0 << K::StatusCode << 0;
    QTest::newRow("int max") << u"2147483647"_s << 0 << K::StatusCode << 0;
    QTest::newRow("negative") << u"-1"_s << 0 << K::StatusCode << 0;
    QTest::newRow("-2^31 - 1") << u"-2147483649"_s << 200 << K::StatusCode << 0;
    QTest::newRow("minus alone") << u"-"_s << 0 << K::Message << 0;
    QTest::newRow("name") << u"ERROR_IP_NOT_ALLOWED"_s << 0 << K::Name << 29;
    QTest::newRow("name lower-case") << u"error_ttl"_s << 0 << K::Name << 59;
    QTest::newRow("message") << u"Token is expire"_s << 0 << K::Message << 62;
    QTest::newRow("message shared, http 400") << u"code is correct."_s << 400 << K::Message << 63;
    QTest::newRow("message shared, http 200") << u"Code is correct"_s << 200 << K::Message << 1;
    QTest::newRow("unknown message") << u"Invalid Parameter."_s << 0 << K::Message << 0;
    QTest::newRow("v2 body") << uR"({"code":400,"errors":[{"message":"Code is invalid."}]})"_s
                             << 400 << K::Body << 61;
    QTest::newRow("sms api body")
        << uR"({"error":{"code":116,"name":"ERROR_INSUFFICIENT_CREDIT","description":"Insufficient credit."}})"_s
        << 423 << K::Body << 41;
    QTest::newRow("html page") << u"<html><body>502 Bad Gateway</body></html>"_s << 502 << K::Body
                               << 0;
    QTest::newRow("truncated json") << u"{\"code\":40"_s << 400 << K::Body << 0;
    QTest::newRow("empty") << QString() << 0 << K::Message << 0;
}

void TestErrorLookup::find()
{
    QFETCH(QString, input);
    QFETCH(int, http);
    QFETCH(ErrorLookup::InputKind, kind);
    QFETCH(int, row);
    const ErrorLookup::Match result = ErrorLookup::find(input, http);
    QCOMPARE(result.kind, kind);
    QCOMPARE(result.entry ? result.entry->row : 0, row);
    QCOMPARE(result.decoded.has_value(), kind == ErrorLookup::InputKind::Body);
}

void TestErrorLookup::sharedStatus400Explains()
{
    const ErrorLookup::Match result = ErrorLookup::find(u"400"_s);
    QVERIFY(!result.entry);
    QVERIFY(result.message.contains(u"message"_s));
}

void TestErrorLookup::outOfRangeNumberExplains()
{
    const ErrorLookup::Match result = ErrorLookup::find(u"4294967296"_s, 200);
    QVERIFY(!result.entry);
    QVERIFY2(result.message.contains(u"4294967296 is out of range"_s), qPrintable(result.message));
    // In range but unknown: no message, as before.
    QVERIFY(ErrorLookup::find(u"2147483647"_s).message.isEmpty());
}

QTEST_GUILESS_MAIN(TestErrorLookup)
#include "tst_errorlookup.moc"
