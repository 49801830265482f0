#include "storage/AppFileEntry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// One app object of an apps file, read before validation: the lenient forms a hand-written
// file may use are taken, a value of the wrong type is an error under its field.
class TestAppFileEntry : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryField();
    void takesLenientForms_data();
    void takesLenientForms();
    void reportsWrongTypes_data();
    void reportsWrongTypes();
    void secretAndId();
};

void TestAppFileEntry::readsEveryField()
{
    const QJsonObject object{
        {u"id"_s, u"{6f2c1a43-8f0e-4a63-9d55-0b7e3c8e2a11}"_s},
        {u"name"_s, u"ร้านค้า"_s},
        {u"contactEmail"_s, u"qa@example.com"_s},
        {u"contactName"_s, u"QA"_s},
        {u"digits"_s, 6},
        {u"template"_s, u"Code {otp}"_s},
        {u"expiry"_s, u"00:10"_s},
        {u"ipRanges"_s, QJsonArray{u"203.0.113.0/24"_s, u"2001:db8::/32"_s}},
        {u"environment"_s, u"custom"_s},
        {u"baseUrl"_s, u"https://staging.example.com"_s},
        {u"key"_s, u"1234567890123456"_s},
    };
    const AppFileEntry entry = AppFileEntry::read(object);
    QVERIFY(entry.issues.isEmpty());
    QCOMPARE(entry.draft.id, QUuid(u"6f2c1a43-8f0e-4a63-9d55-0b7e3c8e2a11"_s));
    QCOMPARE(entry.draft.name, u"ร้านค้า"_s);
    QCOMPARE(entry.draft.contactEmail, u"qa@example.com"_s);
    QCOMPARE(entry.draft.contactName, u"QA"_s);
    QCOMPARE(entry.draft.digits, 6);
    QCOMPARE(entry.draft.messageTemplate, u"Code {otp}"_s);
    QCOMPARE(entry.draft.expiry, u"00:10"_s);
    QCOMPARE(entry.draft.ipRanges, u"203.0.113.0/24\n2001:db8::/32"_s);
    QCOMPARE(entry.draft.environment, Environment::Custom);
    QCOMPARE(entry.draft.baseUrl, u"https://staging.example.com"_s);
    QCOMPARE(entry.draft.appKey, u"1234567890123456"_s);
    QVERIFY(!entry.hasSecret);
}

void TestAppFileEntry::takesLenientForms_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("expiry");
    QTest::addColumn<QString>("ipRanges");

    QTest::newRow("digits as text")
        << u"digits"_s << QJsonValue(u" 8 "_s) << 8 << u"00:05"_s << QString();
    QTest::newRow("expiry in minutes")
        << u"expiry"_s << QJsonValue(90) << 6 << u"01:30"_s << QString();
    QTest::newRow("ip ranges as one text")
        << u"ipRanges"_s << QJsonValue(u"10.0.0.0/8\n192.0.2.1"_s) << 6 << u"00:05"_s
        << u"10.0.0.0/8\n192.0.2.1"_s;
    QTest::newRow("null is no value")
        << u"digits"_s << QJsonValue() << 6 << u"00:05"_s << QString();
}

void TestAppFileEntry::takesLenientForms()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(int, digits);
    QFETCH(QString, expiry);
    QFETCH(QString, ipRanges);
    const AppFileEntry entry = AppFileEntry::read(
        QJsonObject{{u"environment"_s, u"sandbox"_s}, {u"digits"_s, 6}, {key, value}});
    QVERIFY(entry.issues.isEmpty());
    QCOMPARE(entry.draft.digits, digits);
    QCOMPARE(entry.draft.expiry, expiry);
    QCOMPARE(entry.draft.ipRanges, ipRanges);
}

void TestAppFileEntry::reportsWrongTypes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<ValidationField>("field");
    QTest::addColumn<QString>("code");

    QTest::newRow("name a number")
        << u"name"_s << QJsonValue(42) << ValidationField::Name << u"import.wrongType"_s;
    QTest::newRow("key a list") << u"key"_s << QJsonValue(QJsonArray{1}) << ValidationField::AppKey
                                << u"import.wrongType"_s;
    QTest::newRow("digits as words")
        << u"digits"_s << QJsonValue(u"six"_s) << ValidationField::Digits << u"import.wrongType"_s;
    QTest::newRow("expiry a list") << u"expiry"_s << QJsonValue(QJsonArray{5})
                                   << ValidationField::Expiry << u"import.wrongType"_s;
    QTest::newRow("ip ranges of numbers") << u"ipRanges"_s << QJsonValue(QJsonArray{u"a"_s, 2})
                                          << ValidationField::IpRanges << u"import.wrongType"_s;
    QTest::newRow("secret an object") << u"secret"_s << QJsonValue(QJsonObject{})
                                      << ValidationField::AppSecret << u"import.wrongType"_s;
    QTest::newRow("environment missing")
        << u"environment"_s << QJsonValue() << ValidationField::Environment
        << u"import.environmentMissing"_s;
    QTest::newRow("environment a number")
        << u"environment"_s << QJsonValue(1) << ValidationField::Environment
        << u"import.environmentUnknown"_s;
}

void TestAppFileEntry::reportsWrongTypes()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(ValidationField, field);
    QFETCH(QString, code);
    QJsonObject object{{u"name"_s, u"Shop"_s}, {u"environment"_s, u"live"_s}};
    object.insert(key, value);
    const AppFileEntry entry = AppFileEntry::read(object);
    QCOMPARE(entry.issues.size(), 1);
    const ValidationIssue &issue = entry.issues.constFirst();
    QCOMPARE(issue.field, field);
    QCOMPARE(issue.code, code);
    QVERIFY(issue.isError());
    QVERIFY(!issue.message.isEmpty());
}

void TestAppFileEntry::secretAndId()
{
    const AppFileEntry withSecret = AppFileEntry::read(QJsonObject{{u"environment"_s, u"sandbox"_s},
                                                                   {u"secret"_s, u"  s3cret  "_s},
                                                                   {u"id"_s, u"not a uuid"_s}});
    QVERIFY(withSecret.hasSecret);
    QCOMPARE(withSecret.secret, u"s3cret"_s);
    QVERIFY(withSecret.draft.id.isNull()); // a new id is made on import

    const AppFileEntry blank = AppFileEntry::read(
        QJsonObject{{u"environment"_s, u"sandbox"_s}, {u"secret"_s, u"   "_s}});
    QVERIFY(!blank.hasSecret);
    QVERIFY(blank.secret.isEmpty());
    QVERIFY(blank.issues.isEmpty());
}

QTEST_GUILESS_MAIN(TestAppFileEntry)
#include "tst_appfileentry.moc"
