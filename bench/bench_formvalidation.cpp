#include "api/ErrorLookup.h"
#include "domain/OtpAppValidator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The whole form checked once, as the app form does after an edit, with 400 KB pasted into
// the template or the trusted IP range. Goal: under 50 ms per check, so typing after such a
// paste stays responsive. No pass/fail on timing here: read the figures.
class Bench_FormValidation : public QObject
{
    Q_OBJECT

private slots:
    void pastedTemplate();
    void pastedIpRanges();

private:
    static OtpAppDraft draft();
    static void measure(const OtpAppDraft &draft);
};

OtpAppDraft Bench_FormValidation::draft()
{
    OtpAppDraft d = OtpAppDraft::forNewApp(Language::English);
    d.name = u"Shop"_s;
    d.contactEmail = u"qa@example.com"_s;
    d.contactName = u"QA team"_s;
    return d;
}

void Bench_FormValidation::measure(const OtpAppDraft &draft)
{
    ValidationIssues issues;
    QBENCHMARK
    {
        issues = OtpAppValidator::validate(draft, {}, ErrorLookup::namesCatalogEntry);
    }
    // Sanity: the paste is refused, in a handful of messages.
    QVERIFY(hasErrors(issues));
    QVERIFY(issues.size() <= 5);
}

void Bench_FormValidation::pastedTemplate()
{
    OtpAppDraft d = draft();
    // 9,000 {otp} among 400 KB of text.
    while (d.messageTemplate.size() < 400 * 1024)
        d.messageTemplate += u"Your code is {otp}, and this line is padding to make it longer. "_s;
    measure(d);
}

void Bench_FormValidation::pastedIpRanges()
{
    OtpAppDraft d = draft();
    // A pasted access log: about 4,000 lines that are not addresses among a few that are.
    int line = 0;
    while (d.ipRanges.size() < 400 * 1024) {
        d.ipRanges += ++line % 100 == 0
            ? u"203.0.113.%1\n"_s.arg(line % 256)
            : u"198.51.100.7 - - [10/Oct/2024:13:55:36] \"GET /otp/%1 HTTP/1.1\" 200\n"_s.arg(line);
    }
    measure(d);
}

QTEST_GUILESS_MAIN(Bench_FormValidation)
#include "bench_formvalidation.moc"
