#include "domain/OtpAppDraft.h"

#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;

// A change to one field of a draft.
using DraftChange = std::function<void(OtpAppDraft &)>;
Q_DECLARE_METATYPE(DraftChange)

namespace {

// Every field set to something other than its default, so a change is never a no-op.
OtpAppDraft filledDraft()
{
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.id = QUuid(u"{2b7c1f4e-0000-4000-8000-000000000001}"_s);
    draft.name = u"Shop"_s;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA"_s;
    draft.digits = 6;
    draft.expiry = u"00:10"_s;
    draft.ipRanges = u"203.0.113.0/24"_s;
    draft.environment = Environment::Custom;
    draft.baseUrl = u"https://otp.example.com"_s;
    draft.appKey = u"1234567890123456"_s;
    return draft;
}

} // namespace

class TestOtpAppDraft : public QObject
{
    Q_OBJECT

private slots:
    void equalWhenEveryFieldIsEqual();
    void anyChangedFieldMakesDraftsUnequal_data();
    void anyChangedFieldMakesDraftsUnequal();
};

void TestOtpAppDraft::equalWhenEveryFieldIsEqual()
{
    const OtpAppDraft draft = filledDraft();
    const OtpAppDraft copy = draft;
    QVERIFY(draft == copy);
    QVERIFY(!(draft != copy));
    QVERIFY(OtpAppDraft() == OtpAppDraft());
    QVERIFY(OtpAppDraft::forNewApp(Language::Thai) == OtpAppDraft::forNewApp(Language::Thai));
}

void TestOtpAppDraft::anyChangedFieldMakesDraftsUnequal_data()
{
    QTest::addColumn<DraftChange>("change");

    QTest::newRow("id") << DraftChange([](OtpAppDraft &d) { d.id = QUuid::createUuid(); });
    QTest::newRow("name") << DraftChange([](OtpAppDraft &d) { d.name = u"Shop 2"_s; });
    QTest::newRow("name: case") << DraftChange([](OtpAppDraft &d) { d.name = u"shop"_s; });
    QTest::newRow("name: trailing space")
        << DraftChange([](OtpAppDraft &d) { d.name = u"Shop "_s; });
    QTest::newRow("contact email")
        << DraftChange([](OtpAppDraft &d) { d.contactEmail = u"dev@example.com"_s; });
    QTest::newRow("contact name") << DraftChange(
        [](OtpAppDraft &d) { d.contactName = u"ทีม QA"_s; });
    QTest::newRow("digits") << DraftChange([](OtpAppDraft &d) { d.digits = 4; });
    QTest::newRow("message template")
        << DraftChange([](OtpAppDraft &d) { d.messageTemplate = u"{otp}"_s; });
    QTest::newRow("expiry") << DraftChange([](OtpAppDraft &d) { d.expiry = u"00:05"_s; });
    QTest::newRow("IP ranges") << DraftChange([](OtpAppDraft &d) { d.ipRanges.clear(); });
    QTest::newRow("environment") << DraftChange(
        [](OtpAppDraft &d) { d.environment = Environment::Live; });
    QTest::newRow("base URL") << DraftChange(
        [](OtpAppDraft &d) { d.baseUrl = u"https://staging.example.com"_s; });
    QTest::newRow("App Key") << DraftChange(
        [](OtpAppDraft &d) { d.appKey = u"1234567890123457"_s; });
}

void TestOtpAppDraft::anyChangedFieldMakesDraftsUnequal()
{
    QFETCH(DraftChange, change);
    const OtpAppDraft before = filledDraft();
    OtpAppDraft after = before;
    change(after);
    QVERIFY(!(after == before));
    QVERIFY(after != before);
    QVERIFY(before != after);
}

QTEST_MAIN(TestOtpAppDraft)
#include "tst_otpappdraft.moc"
