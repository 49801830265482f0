#include "api/OtpResult.h"
#include "api/OtpResultSummary.h"
#include "i18n/Translations.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Reason = OtpResult::Reason;

OtpResult resultOf(Reason reason, const QString &url = u"https://otp.thaibulksms.com/v2/otp"_s)
{
    OtpResult result;
    result.reason = reason;
    result.outcome = OtpResult::outcomeOf(reason);
    result.record.url = QUrl(url);
    return result;
}

} // namespace

// The sentence for each reason, on its own: the cases the answers of tst_otpresultbuilder do
// not reach, every reason with a sentence of its own, and the sentences in Thai.
class TestOtpResultSummary : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_translations.install(Language::English); }

    void sentence_data();
    void sentence();
    void everyReasonHasItsOwnSentence();
    void sentencesAreTranslated();

private:
    Translations m_translations;
};

void TestOtpResultSummary::sentence_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expectedPart");

    const QString live = u"https://otp.thaibulksms.com/v2/otp"_s;
    QTest::newRow("request without refno")
        << int(Reason::None) << 200 << QString() << QString() << live
        << u"OTP sent: token tok1 (no reference number; API v1 sends none)"_s;
    QTest::newRow("error body without message")
        << int(Reason::UnknownApiError) << 500 << QString() << QString() << live
        << u"HTTP 500: an error body without a message"_s;
    QTest::newRow("message not in the catalog")
        << int(Reason::UnknownApiError) << 400 << QString() << u"Quota gone."_s << live
        << u"HTTP 400: the service answered “Quota gone.”, which is not in the catalog"_s;
    QTest::newRow("catalog error without its entry")
        << int(Reason::CatalogError) << 400 << u"lost row"_s << QString() << live
        << u"The call failed: lost row"_s;
    QTest::newRow("empty body, 5xx") << int(Reason::EmptyBody) << 502 << QString() << QString()
                                     << live << u"HTTP 502 with an empty body: the server"_s;
    QTest::newRow("empty body, 4xx") << int(Reason::EmptyBody) << 404 << QString() << QString()
                                     << live << u"HTTP 404 with an empty body: this is not"_s;
    QTest::newRow("html without title") << int(Reason::HtmlPage) << 502 << QString() << QString()
                                        << live << u"HTTP 502 with an HTML page (“untitled”)"_s;
    QTest::newRow("html with title")
        << int(Reason::HtmlPage) << 502 << u"Bad Gateway"_s << QString() << live
        << u"HTTP 502 with an HTML page (“Bad Gateway”)"_s;
    QTest::newRow("not json") << int(Reason::NotJson) << 200 << u"illegal value at byte 0"_s
                              << QString() << live
                              << u"body that is not valid JSON (illegal value at byte 0)"_s;
    QTest::newRow("missing field") << int(Reason::MissingField) << 200 << u"token"_s << QString()
                                   << live << u"HTTP 200 says success, but “token” is missing"_s;
    QTest::newRow("redirect with location")
        << int(Reason::Redirect) << 302 << u"https://elsewhere.example/"_s << QString() << live
        << u"HTTP 302 redirect to https://elsewhere.example/, not followed"_s;
    QTest::newRow("network error")
        << int(Reason::NetworkError) << 0 << u"Network unreachable"_s << QString() << live
        << u"Network error calling otp.thaibulksms.com:443: Network unreachable."_s;
    QTest::newRow("default http port")
        << int(Reason::ConnectionRefused) << 0 << QString() << QString()
        << u"http://localhost/v2/otp"_s << u"Connection refused at localhost:80:"_s;
    QTest::newRow("ipv6 host") << int(Reason::ConnectionRefused) << 0 << QString() << QString()
                               << u"http://[::1]:8765"_s << u"Connection refused at [::1]:8765:"_s;
}

void TestOtpResultSummary::sentence()
{
    QFETCH(int, reason);
    QFETCH(int, status);
    QFETCH(QString, problem);
    QFETCH(QString, message);
    QFETCH(QString, url);
    QFETCH(QString, expectedPart);

    OtpResult result = resultOf(Reason(reason), url);
    result.httpStatus = status;
    result.problem = problem;
    result.message = message;
    result.token = u"tok1"_s;
    const QString summary = OtpResultSummary::of(result);
    QVERIFY2(summary.contains(expectedPart), qPrintable(summary));
    QCOMPARE(result.summary(), summary);
}

void TestOtpResultSummary::everyReasonHasItsOwnSentence()
{
    // The generic "The call failed" is only for a catalog error that lost its entry; every other
    // reason says what happened, whatever its outcome.
    for (int i = int(Reason::None); i <= int(Reason::Cancelled); ++i) {
        const Reason reason = Reason(i);
        if (reason == Reason::CatalogError)
            continue;
        OtpResult result = resultOf(reason);
        result.problem = u"the problem"_s;
        const QString summary = OtpResultSummary::of(result);
        const QString id = enumId(reason);
        QVERIFY2(!summary.startsWith(u"The call failed"_s), qPrintable(id));
        QVERIFY2(!summary.contains(u'%'), qPrintable(id + u": "_s + summary));
    }
}

void TestOtpResultSummary::sentencesAreTranslated()
{
    const OtpResult refused = resultOf(Reason::ConnectionRefused);
    m_translations.install(Language::Thai);
    const QString thai = OtpResultSummary::of(refused);
    QVERIFY2(thai.startsWith(u"การเชื่อมต่อถูกปฏิเสธที่ otp.thaibulksms.com:443"_s), qPrintable(thai));
    QVERIFY(!OtpResultSummary::of(resultOf(Reason::Cancelled)).startsWith(u"Cancelled"_s));
}

QTEST_GUILESS_MAIN(TestOtpResultSummary)
#include "tst_otpresultsummary.moc"
