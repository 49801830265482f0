#include "GuiTestHelpers.h"
#include "widgets/OtpCallForm.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalSpy>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;
using GuiTest::child;
using GuiTest::typeText;

namespace {

OtpAppConfig app(const QString &name, int digits, Environment environment)
{
    OtpAppConfig config;
    config.id = QUuid::createUuid();
    config.name = name;
    config.digits = digits;
    config.environment = environment;
    return config;
}

} // namespace

// The test console's form on its own: what it lets a user type and press, per app.
class TestOtpCallForm : public QObject
{
    Q_OBJECT

private slots:
    void pinFollowsTheAppsDigits();
    void buttonsFollowTheInput();
    void cancelShowsWhileBusy();
    void selectionSurvivesNewApps();
    void callOptionsRoundTrip_data();
    void callOptionsRoundTrip();
};

void TestOtpCallForm::pinFollowsTheAppsDigits()
{
    OtpCallForm form;
    const OtpAppConfig four = app(u"Four"_s, 4, Environment::Sandbox);
    const OtpAppConfig eight = app(u"Eight"_s, 8, Environment::Live);
    form.setApps({four, eight});
    auto *pin = child<QLineEdit>(&form, u"consolePin"_s);
    const auto typed = [&](const QString &text) {
        pin->clear();
        pin->setFocus();
        typeText(pin, text);
        return pin->text();
    };
    QCOMPARE(typed(u"12a345678"_s), u"1234"_s); // digits only, four of them
    form.selectApp(eight.id);
    QCOMPARE(typed(u"123456789"_s), u"12345678"_s);
    form.selectApp(four.id);
    QCOMPARE(typed(u"123456"_s), u"1234"_s);
    // One validator, whatever the number of app changes.
    QCOMPARE(pin->findChildren<QRegularExpressionValidator *>().size(), 1);
}

void TestOtpCallForm::buttonsFollowTheInput()
{
    OtpCallForm form;
    auto *request = child<QPushButton>(&form, u"requestButton"_s);
    auto *verify = child<QPushButton>(&form, u"verifyButton"_s);
    auto *fillPin = child<QPushButton>(&form, u"fillPinButton"_s);
    auto *hint = child<QLabel>(&form, u"consolePhoneHint"_s);
    form.setPhone(u"0812345678"_s);
    QVERIFY(!request->isEnabled()); // no app yet
    const OtpAppConfig sandbox = app(u"Shop"_s, 6, Environment::Sandbox);
    const OtpAppConfig live = app(u"Live"_s, 6, Environment::Live);
    form.setApps({sandbox, live});
    QVERIFY(request->isEnabled());
    QCOMPARE(form.msisdn()->international(), u"+66812345678"_s);
    QVERIFY(hint->text().contains(u"+66812345678"_s));
    form.setPhone(u"12345"_s);
    QVERIFY(!request->isEnabled());
    QVERIFY(!form.msisdn());

    QSignalSpy verifyClicked(&form, &OtpCallForm::verifyClicked);
    QVERIFY(!verify->isEnabled());
    form.expectPinFor(u" token-1 "_s);
    QCOMPARE(form.token(), u"token-1"_s);
    QVERIFY(form.pin().isEmpty());
    form.setPin(u"12345"_s);
    QVERIFY(!verify->isEnabled()); // one digit short
    form.setPin(u"123456"_s);
    QVERIFY(verify->isEnabled());
    QTest::mouseClick(verify, Qt::LeftButton);
    QCOMPARE(verifyClicked.size(), 1);

    QVERIFY(!fillPin->isHidden()); // a sandbox app has an inbox
    form.selectApp(live.id);
    QVERIFY(fillPin->isHidden());
}

void TestOtpCallForm::cancelShowsWhileBusy()
{
    OtpCallForm form;
    auto *cancel = child<QPushButton>(&form, u"cancelButton"_s);
    QSignalSpy cancelClicked(&form, &OtpCallForm::cancelClicked);
    QVERIFY(cancel->isHidden());
    form.setBusy(true);
    QVERIFY(!cancel->isHidden());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelClicked.size(), 1);
    form.setBusy(false);
    QVERIFY(cancel->isHidden());
}

void TestOtpCallForm::selectionSurvivesNewApps()
{
    OtpCallForm form;
    const OtpAppConfig a = app(u"A"_s, 6, Environment::Sandbox);
    const OtpAppConfig b = app(u"B"_s, 6, Environment::Sandbox);
    form.setApps({a, b});
    form.selectApp(b.id);
    form.setApps({app(u"0"_s, 6, Environment::Sandbox), a, b});
    QCOMPARE(form.selectedAppId(), b.id);
    QCOMPARE(form.selectedApp()->name, u"B"_s);
    form.setApps({a});
    QCOMPARE(form.selectedAppId(), a.id); // B is gone: the first app
    form.setApps({});
    QVERIFY(!form.selectedApp());
}

void TestOtpCallForm::callOptionsRoundTrip_data()
{
    QTest::addColumn<ApiVersion>("version");
    QTest::addColumn<BodyFormat>("format");
    QTest::addColumn<int>("timeoutMs");
    QTest::newRow("defaults") << ApiVersion::V2 << BodyFormat::Form << 15000;
    QTest::newRow("v1 json") << ApiVersion::V1 << BodyFormat::Json << 1000;
    QTest::newRow("v2 json, 10 min") << ApiVersion::V2 << BodyFormat::Json << 600000;
}

void TestOtpCallForm::callOptionsRoundTrip()
{
    QFETCH(ApiVersion, version);
    QFETCH(BodyFormat, format);
    QFETCH(int, timeoutMs);
    OtpCallForm form;
    OtpCallOptions options;
    options.version = version;
    options.bodyFormat = format;
    options.timeoutMs = timeoutMs;
    form.setCallOptions(options);
    QCOMPARE(form.callOptions(), options);
    QCOMPARE(child<QComboBox>(&form, u"consoleApiVersion"_s)->currentText(), enumId(version));
    QCOMPARE(child<QSpinBox>(&form, u"consoleTimeout"_s)->value(), timeoutMs / 1000);
}

QTEST_MAIN(TestOtpCallForm)
#include "tst_otpcallform.moc"
