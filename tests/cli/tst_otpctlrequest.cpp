#include "OtpctlTestSupport.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace OtpctlTest;

namespace {

const QString Key = u"1234567890123456"_s;
const QString Secret = u"0123456789abcdef0123456789abcdef"_s;

} // namespace

// otpctl request, verify and the store-only parts of apps, as processes: against `otpctl
// sandbox --apps` with --base-url/--key and the secret from OTP_SECRET or stdin, so no keychain
// is involved (tst_otpctlapps covers the keychain side).
class TestOtpctlRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void requestVerifyHumanOutput();
    void jsonOutputForScripts_data();
    void jsonOutputForScripts();
    void secretFromStandardInput();
    void invalidNumber();
    void insecureUrlIsRefused();
    void connectionRefusedExitsThree();
    void timeoutExitsThree();
    void injectedErrorExitsOne();
    void usageErrors_data();
    void usageErrors();
    void unknownAppOfTheStore();
    void thaiOutput();
    void appsWithoutKeychain();

private:
    QProcessEnvironment env(bool withSecret = true) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_url;
};

QProcessEnvironment TestOtpctlRequest::env(bool withSecret) const
{
    QProcessEnvironment env = environment(m_dir.filePath(u"data"_s));
    if (withSecret)
        env.insert(u"OTP_SECRET"_s, Secret);
    return env;
}

void TestOtpctlRequest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString apps = m_dir.filePath(u"apps.json"_s);
    QVERIFY(writeAppsFile(apps, {appObject(u"CI Shop"_s, u"sandbox"_s, Key, Secret)}));
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{u"--port"_s, u"0"_s, u"--apps"_s, apps}, env(false));
    m_url = m_sandbox->url();
    QVERIFY2(m_url.startsWith(u"http://127.0.0.1:"_s),
             m_sandbox->process().readAllStandardError().constData());
}

void TestOtpctlRequest::requestVerifyHumanOutput()
{
    const Run requested = otpctl(
        {u"request"_s, u"--base-url"_s, m_url, u"--key"_s, Key, u"--msisdn"_s, u"0812345678"_s},
        env());
    QCOMPARE(requested.exitCode, 0);
    QVERIFY2(requested.out.startsWith(u"Result:    Success (HTTP 200, "_s),
             qPrintable(requested.out));
    const QJsonObject sms = m_sandbox->next(u"sms"_s);
    const QString token = sms.value(u"token"_s).toString();
    QVERIFY(requested.out.contains(u"Token:     "_s + token));
    QVERIFY(requested.out.contains(u"Reference: "_s + sms.value(u"refno"_s).toString()));
    QVERIFY(requested.out.contains(u"Summary:   OTP sent: token "_s + token));
    QVERIFY(requested.out.contains(u"Sent:      POST "_s + m_url + u"/v2/otp/request"_s));

    const Run wrong = otpctl({u"verify"_s, u"--base-url"_s, m_url, u"--key"_s, Key, u"--token"_s,
                              token, u"--pin"_s, u"x"_s},
                             env());
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.out.startsWith(u"Result:    API error (HTTP 400, "_s));
    QVERIFY(wrong.out.contains(u"Code:      Code is invalid. (status 400, HTTP 400)\n"_s));
    QVERIFY2(wrong.out.contains(u"Summary:   Code is invalid. The PIN does not match: ask the "
                                "user to check the code in the SMS"_s),
             qPrintable(wrong.out));

    const Run right = otpctl({u"verify"_s, u"--base-url"_s, m_url, u"--key"_s, Key, u"--token"_s,
                              token, u"--pin"_s, sms.value(u"code"_s).toString()},
                             env());
    QCOMPARE(right.exitCode, 0);
    QVERIFY(right.out.contains(u"Message:   Code is correct."_s));
    for (const Run &run : {requested, wrong, right})
        QVERIFY(!run.all().contains(Secret));
}

void TestOtpctlRequest::jsonOutputForScripts_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("contentType");
    QTest::newRow("v2 form") << QStringList() << u"/v2/otp/request"_s
                             << u"application/x-www-form-urlencoded"_s;
    QTest::newRow("v2 json") << QStringList{u"--json-body"_s} << u"/v2/otp/request"_s
                             << u"application/json"_s;
    QTest::newRow("v1 form") << QStringList{u"--api"_s, u"v1"_s} << u"/v1/otp/request"_s
                             << u"application/x-www-form-urlencoded"_s;
    QTest::newRow("v1 json") << QStringList{u"--api"_s, u"v1"_s, u"--json-body"_s}
                             << u"/v1/otp/request"_s << u"application/json"_s;
    QTest::newRow("--api 1") << QStringList{u"--api"_s, u"1"_s} << u"/v1/otp/request"_s
                             << u"application/x-www-form-urlencoded"_s;
    QTest::newRow("--api V2") << QStringList{u"--api"_s, u"V2"_s} << u"/v2/otp/request"_s
                              << u"application/x-www-form-urlencoded"_s;
}

void TestOtpctlRequest::jsonOutputForScripts()
{
    QFETCH(QStringList, options);
    QFETCH(QString, path);
    QFETCH(QString, contentType);
    const Run run = otpctl(QStringList{u"request"_s, u"--base-url"_s, m_url, u"--key"_s, Key,
                                       u"--msisdn"_s, u"+66812345678"_s, u"--json"_s}
                               + options,
                           env());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count(u'\n'), 1); // one JSON line
    const QJsonObject result = run.json();
    QCOMPARE(result.value(u"outcome"_s).toString(), u"success"_s);
    QCOMPARE(result.value(u"httpStatus"_s).toInt(), 200);
    const QJsonObject sms = m_sandbox->next(u"sms"_s);
    QCOMPARE(result.value(u"token"_s).toString(), sms.value(u"token"_s).toString());
    QCOMPARE(result.value(u"refno"_s).toString(),
             path.startsWith(u"/v1"_s) ? QString() : sms.value(u"refno"_s).toString());
    QVERIFY(result.value(u"latencyMs"_s).toDouble() >= 0);
    QVERIFY(!result.value(u"summary"_s).toString().isEmpty());
    const QJsonObject request = result.value(u"record"_s).toObject().value(u"request"_s).toObject();
    QCOMPARE(QUrl(request.value(u"url"_s).toString()).path(), path);
    bool typeFound = false;
    for (const QJsonValue &header : request.value(u"headers"_s).toArray()) {
        if (header.toObject().value(u"name"_s).toString() == u"Content-Type")
            typeFound = header.toObject().value(u"value"_s).toString() == contentType;
    }
    QVERIFY(typeFound);
    QVERIFY(request.value(u"body"_s).toString().contains(u"••••••••"_s));
    QVERIFY(!run.all().contains(Secret));
}

void TestOtpctlRequest::secretFromStandardInput()
{
    const Run run = otpctl({u"request"_s, u"--base-url"_s, m_url, u"--key"_s, Key, u"--msisdn"_s,
                            u"0812345678"_s, u"--json"_s},
                           env(false), Secret.toUtf8() + "\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"outcome"_s).toString(), u"success"_s);
    m_sandbox->next(u"sms"_s);

    // A wrong secret on stdin: the API's answer, exit 1.
    const Run wrong = otpctl(
        {u"request"_s, u"--base-url"_s, m_url, u"--key"_s, Key, u"--msisdn"_s, u"0812345678"_s},
        env(false), "ffffffffffffffffffffffffffffffff\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.out.contains(u"Application not found."_s));

    // Nothing on stdin and no OTP_SECRET: a usage error that says where the secret comes from.
    const Run none = otpctl(
        {u"request"_s, u"--base-url"_s, m_url, u"--key"_s, Key, u"--msisdn"_s, u"0812345678"_s},
        env(false));
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(u"OTP_SECRET"_s), qPrintable(none.err));
}

void TestOtpctlRequest::invalidNumber()
{
    const Run checked = otpctl(
        {u"request"_s, u"--base-url"_s, m_url, u"--key"_s, Key, u"--msisdn"_s, u"12345"_s}, env());
    QCOMPARE(checked.exitCode, 1);
    QVERIFY(checked.out.isEmpty()); // refused before sending
    QVERIFY2(checked.err.contains(u"0812345678"_s), qPrintable(checked.err)); // the accepted forms

    const Run sent = otpctl({u"request"_s, u"--base-url"_s, m_url, u"--key"_s, Key, u"--msisdn"_s,
                             u"12345"_s, u"--no-check"_s},
                            env());
    QCOMPARE(sent.exitCode, 1);
    QVERIFY2(sent.out.contains(u"Summary:   Invalid Parameter: msisdn (invalid)."_s),
             qPrintable(sent.out));
    QVERIFY(sent.out.contains(u"Code:      not in the catalog"_s));
}

void TestOtpctlRequest::insecureUrlIsRefused()
{
    const Run run = otpctl({u"request"_s, u"--base-url"_s, u"http://otp.example.com"_s, u"--key"_s,
                            Key, u"--msisdn"_s, u"0812345678"_s},
                           env());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"would travel unencrypted"_s), qPrintable(run.err));
}

void TestOtpctlRequest::connectionRefusedExitsThree()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const Run run = otpctl({u"request"_s, u"--base-url"_s, u"http://127.0.0.1:%1"_s.arg(port),
                            u"--key"_s, Key, u"--msisdn"_s, u"0812345678"_s},
                           env());
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.startsWith(u"Result:    Transport error"_s));
    QVERIFY2(run.out.contains(u"Connection refused at 127.0.0.1:%1"_s.arg(port)),
             qPrintable(run.out));
}

void TestOtpctlRequest::timeoutExitsThree()
{
    QTemporaryDir dir;
    const QString apps = dir.filePath(u"apps.json"_s);
    QVERIFY(writeAppsFile(apps, {appObject(u"Slow"_s, u"sandbox"_s, Key, Secret)}));
    SandboxProcess slow({u"--port"_s, u"0"_s, u"--apps"_s, apps, u"--latency"_s, u"5000"_s},
                        env(false));
    const Run run = otpctl({u"request"_s, u"--base-url"_s, slow.url(), u"--key"_s, Key,
                            u"--msisdn"_s, u"0812345678"_s, u"--timeout"_s, u"1"_s, u"--json"_s},
                           env());
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.json().value(u"outcome"_s).toString(), u"timeout"_s);
    QVERIFY(run.json().value(u"summary"_s).toString().startsWith(u"Timeout after 1 s"_s));
}

void TestOtpctlRequest::injectedErrorExitsOne()
{
    QTemporaryDir dir;
    const QString apps = dir.filePath(u"apps.json"_s);
    QVERIFY(writeAppsFile(apps, {appObject(u"Broke"_s, u"sandbox"_s, Key, Secret)}));
    SandboxProcess failing(
        {u"--port"_s, u"0"_s, u"--apps"_s, apps, u"--fail"_s, u"ERROR_INSUFFICIENT_CREDIT"_s},
        env(false));
    const Run run = otpctl({u"request"_s, u"--base-url"_s, failing.url(), u"--key"_s, Key,
                            u"--msisdn"_s, u"0812345678"_s, u"--json"_s},
                           env());
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = run.json();
    QCOMPARE(result.value(u"httpStatus"_s).toInt(), 423);
    QCOMPARE(result.value(u"entry"_s).toObject().value(u"name"_s).toString(),
             u"ERROR_INSUFFICIENT_CREDIT"_s);
    QCOMPARE(result.value(u"entry"_s).toObject().value(u"status"_s).toInt(), 116);
    QVERIFY(result.value(u"summary"_s).toString().contains(u"Top up SMS credit"_s));
}

void TestOtpctlRequest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");
    const QString url = u"http://127.0.0.1:9"_s;
    QTest::newRow("no target") << QStringList{u"request"_s, u"--msisdn"_s, u"0812345678"_s}
                               << u"--app NAME"_s;
    QTest::newRow("both targets")
        << QStringList{u"request"_s, u"--app"_s, u"A"_s,        u"--base-url"_s, url,
                       u"--key"_s,   Key,        u"--msisdn"_s, u"0812345678"_s}
        << u"either"_s;
    QTest::newRow("base url without key")
        << QStringList{u"request"_s, u"--base-url"_s, url, u"--msisdn"_s, u"0812345678"_s}
        << u"--key"_s;
    QTest::newRow("secret on the command line")
        << QStringList{u"request"_s,  u"--base-url"_s, url,           u"--key"_s,     Key,
                       u"--secret"_s, Secret,          u"--msisdn"_s, u"0812345678"_s}
        << u"never taken from the command line"_s;
    QTest::newRow("api v3")
        << QStringList{u"request"_s,  u"--base-url"_s, url,        u"--key"_s, Key,
                       u"--msisdn"_s, u"0812345678"_s, u"--api"_s, u"v3"_s}
        << u"v1 or v2"_s;
    QTest::newRow("timeout words")
        << QStringList{u"request"_s,    u"--base-url"_s, url,      u"--key"_s, Key, u"--msisdn"_s,
                       u"0812345678"_s, u"--timeout"_s,  u"soon"_s}
        << u"--timeout needs seconds"_s;
    QTest::newRow("timeout zero")
        << QStringList{u"request"_s,    u"--base-url"_s, url,   u"--key"_s, Key, u"--msisdn"_s,
                       u"0812345678"_s, u"--timeout"_s,  u"0"_s}
        << u"--timeout needs seconds"_s;
    QTest::newRow("no msisdn") << QStringList{u"request"_s, u"--base-url"_s, url, u"--key"_s, Key}
                               << u"--msisdn"_s;
    QTest::newRow("verify without pin")
        << QStringList{u"verify"_s, u"--base-url"_s, url, u"--key"_s, Key, u"--token"_s, u"t"_s}
        << u"--pin"_s;
    QTest::newRow("stray argument") << QStringList{u"verify"_s, u"extra"_s} << u"extra"_s;
    QTest::newRow("unknown option")
        << QStringList{u"request"_s, u"--frobnicate"_s} << u"frobnicate"_s;
}

void TestOtpctlRequest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    const Run run = otpctl(arguments, env());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(errorPart), qPrintable(run.err));
    QVERIFY(!run.err.contains(Secret) || arguments.contains(u"--secret"_s));
}

void TestOtpctlRequest::unknownAppOfTheStore()
{
    const Run run = otpctl({u"request"_s, u"--app"_s, u"Nope"_s, u"--msisdn"_s, u"0812345678"_s,
                            u"--data-dir"_s, m_dir.filePath(u"empty-store"_s)},
                           env());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"There is no app named “Nope”"_s), qPrintable(run.err));
}

void TestOtpctlRequest::thaiOutput()
{
    const Run run = otpctl({u"verify"_s, u"--base-url"_s, m_url, u"--key"_s, Key, u"--token"_s,
                            u"nope"_s, u"--pin"_s, u"1"_s, u"--json"_s, u"--lang"_s, u"th"_s},
                           env());
    QCOMPARE(run.exitCode, 1);
    const QJsonObject entry = run.json().value(u"entry"_s).toObject();
    QCOMPARE(entry.value(u"descriptionEn"_s).toString(), u"Code is invalid."_s);
    QCOMPARE(entry.value(u"description"_s).toString(), u"รหัส OTP ไม่ถูกต้อง"_s);
    QVERIFY(run.json().value(u"summary"_s).toString().contains(u"รหัสที่กรอกไม่ตรงกัน"_s));
}

void TestOtpctlRequest::appsWithoutKeychain()
{
    // Live and Custom apps imported without secrets touch no keychain: list, export and the
    // usage errors work anywhere.
    const QString data = m_dir.filePath(u"apps-store"_s);
    const QProcessEnvironment env = environment(data);
    const Run empty = otpctl({u"apps"_s, u"list"_s}, env);
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.out.startsWith(u"No apps yet."_s));

    const QString file = m_dir.filePath(u"import.json"_s);
    QJsonObject custom = appObject(u"Staging"_s, u"custom"_s, Key);
    custom.insert(u"baseUrl"_s, u"https://staging.example.com/otp"_s);
    QJsonObject broken = appObject(u"Broken"_s, u"live"_s);
    broken.remove(u"environment"_s);
    QVERIFY(writeAppsFile(file, {appObject(u"Live One"_s, u"live"_s, Key), custom, broken}));
    const Run imported = otpctl({u"apps"_s, u"import"_s, file, u"--json"_s}, env);
    QCOMPARE(imported.exitCode, 1); // one app rejected
    const QJsonObject report = imported.json();
    QCOMPARE(report.value(u"imported"_s).toArray().size(), 2);
    QCOMPARE(report.value(u"rejected"_s).toArray().size(), 1);
    QCOMPARE(report.value(u"imported"_s).toArray().at(0).toObject().value(u"secretStored"_s),
             QJsonValue(false));
    QVERIFY2(imported.err.contains(u"App 3 (“Broken”)"_s), qPrintable(imported.err));

    const Run listed = otpctl({u"apps"_s, u"list"_s}, env);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(u"Live One"_s));
    QVERIFY(listed.out.contains(u"https://staging.example.com/otp"_s));
    const QJsonArray apps
        = otpctl({u"apps"_s, u"list"_s, u"--json"_s}, env).json().value(u"apps"_s).toArray();
    QCOMPARE(apps.size(), 2);

    const Run exported = otpctl({u"apps"_s, u"export"_s, u"Staging"_s}, env);
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    QCOMPARE(document.value(u"format"_s).toString(), u"otp-manager-apps"_s);
    QCOMPARE(document.value(u"apps"_s).toArray().size(), 1);
    QCOMPARE(document.value(u"apps"_s).toArray().at(0).toObject().value(u"baseUrl"_s).toString(),
             u"https://staging.example.com/otp"_s);
    const QString exportFile = m_dir.filePath(u"export.json"_s);
    QCOMPARE(otpctl({u"apps"_s, u"export"_s, u"--output"_s, exportFile}, env).exitCode, 0);
    QVERIFY(QFile::exists(exportFile));

    QCOMPARE(otpctl({u"apps"_s, u"export"_s, u"Nope"_s}, env).exitCode, 1);
    QCOMPARE(otpctl({u"apps"_s, u"frobnicate"_s}, env).exitCode, 2);
    QCOMPARE(otpctl({u"apps"_s}, env).exitCode, 2);
    QCOMPARE(otpctl({u"apps"_s, u"--help"_s}, env).exitCode, 0);
    QCOMPARE(otpctl({u"apps"_s, u"import"_s, m_dir.filePath(u"missing.json"_s)}, env).exitCode, 3);
    const Run badAdd = otpctl({u"apps"_s, u"add"_s, u"--name"_s, u"X"_s}, env);
    QCOMPARE(badAdd.exitCode, 1);
    QVERIFY2(badAdd.err.contains(u"--email:"_s) && badAdd.err.contains(u"--contact:"_s),
             qPrintable(badAdd.err));
    // A Live app without a secret on stdin is refused before anything is stored.
    const Run noSecret
        = otpctl({u"apps"_s, u"add"_s, u"--name"_s, u"Live Two"_s, u"--environment"_s, u"live"_s,
                  u"--key"_s, Key, u"--email"_s, u"qa@example.com"_s, u"--contact"_s, u"QA"_s},
                 env);
    QCOMPARE(noSecret.exitCode, 1);
    QVERIFY2(noSecret.err.contains(u"App Secret"_s), qPrintable(noSecret.err));
    QCOMPARE(
        otpctl({u"apps"_s, u"list"_s, u"--json"_s}, env).json().value(u"apps"_s).toArray().size(),
        2);
}

QTEST_GUILESS_MAIN(TestOtpctlRequest)
#include "tst_otpctlrequest.moc"
