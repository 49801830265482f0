#include "api/ErrorCatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run otpctl(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(OTPCTL_PATH), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(10000))
        qFatal("otpctl did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestOtpctlDecode : public QObject
{
    Q_OBJECT

private slots:
    void statusCode();
    void everyRowDecodesFromItsBody_data();
    void everyRowDecodesFromItsBody();
    void nameAndMessage();
    void bodyFromStandardInput();
    void unknownInputExitsOne();
    void outOfRangeNumberIsNoCode_data();
    void outOfRangeNumberIsNoCode();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void thaiOutput();
    void helpAndVersion();
};

void TestOtpctlDecode::statusCode()
{
    const Run run = otpctl({u"decode"_s, u"116"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"ERROR_INSUFFICIENT_CREDIT (status 116, HTTP 423)"_s));
    QVERIFY(run.out.contains(u"Insufficient credit."_s));
    QVERIFY(run.out.contains(ErrorCatalog::byStatusCode(116)->hintEn));

    // Status 0 needs the HTTP code to tell success from NO_ERROR.
    QCOMPARE(json(otpctl({u"decode"_s, u"0"_s, u"--http"_s, u"201"_s, u"--json"_s}))
                 .value(u"name"_s)
                 .toString(),
             u"NO_ERROR"_s);
    QCOMPARE(json(otpctl({u"decode"_s, u"0"_s, u"--http"_s, u"200"_s, u"--json"_s}))
                 .value(u"name"_s)
                 .toString(),
             u"success"_s);
}

void TestOtpctlDecode::everyRowDecodesFromItsBody_data()
{
    QTest::addColumn<int>("row");
    // A sample across the shapes: SMS-API rows, the four OTP rows, success.
    for (int row : {1, 2, 3, 29, 41, 58, 59, 60, 61, 62, 63})
        QTest::addRow("row %d", row) << row;
}

void TestOtpctlDecode::everyRowDecodesFromItsBody()
{
    QFETCH(int, row);
    const ErrorEntry entry = *ErrorCatalog::byRow(row);
    const Run run = otpctl({u"decode"_s, QString::fromUtf8(ErrorCatalog::exampleBody(entry)),
                            u"--http"_s, QString::number(entry.httpStatus), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = json(run);
    QCOMPARE(object.value(u"known"_s).toBool(), true);
    QCOMPARE(object.value(u"row"_s).toInt(), row);
    QCOMPARE(object.value(u"http"_s).toInt(), entry.httpStatus);
    QCOMPARE(object.value(u"descriptionEn"_s).toString(), entry.descriptionEn);
}

void TestOtpctlDecode::nameAndMessage()
{
    QCOMPARE(json(otpctl({u"decode"_s, u"error_ip_not_allowed"_s, u"--json"_s}))
                 .value(u"status"_s)
                 .toInt(),
             104);
    QCOMPARE(json(otpctl({u"decode"_s, u"code is invalid"_s, u"--json"_s})).value(u"row"_s).toInt(),
             61);
}

void TestOtpctlDecode::bodyFromStandardInput()
{
    const Run run = otpctl({u"decode"_s, u"-"_s, u"--http"_s, u"403"_s, u"--json"_s},
                           R"({"code":403,"errors":[{"message":"This IP is not allowed."}]})");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run).value(u"name"_s).toString(), u"ERROR_IP_NOT_ALLOWED"_s);
    QCOMPARE(json(run).value(u"shape"_s).toString(), u"otp-v2-error"_s);
}

void TestOtpctlDecode::unknownInputExitsOne()
{
    Run run = otpctl({u"decode"_s, u"999"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(u"Not in the catalog"_s));

    run = otpctl({u"decode"_s, uR"({"code":400,"errors":[{"message":"Invalid Parameter."}]})"_s,
                  u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(json(run).value(u"known"_s).toBool(), false);
    QCOMPARE(json(run).value(u"message"_s).toString(), u"Invalid Parameter."_s);

    run = otpctl({u"decode"_s, u"<html>502 Bad Gateway</html>"_s});
    QCOMPARE(run.exitCode, 1);
}

void TestOtpctlDecode::outOfRangeNumberIsNoCode_data()
{
    // toInt of these failed and gave 0, which decoded as "success (status 0, HTTP 200)".
    QTest::addColumn<QString>("number");
    QTest::newRow("2^31") << u"2147483648"_s;
    QTest::newRow("2^32") << u"4294967296"_s;
    QTest::newRow("2^32 + 116") << u"4294967412"_s;
    QTest::newRow("20 digits") << u"99999999999999999999"_s;
    QTest::newRow("-2^31 - 1") << u"-2147483649"_s;
    QTest::newRow("300 digits") << QString(300, u'9');
}

void TestOtpctlDecode::outOfRangeNumberIsNoCode()
{
    QFETCH(QString, number);
    // "--" lets a negative number through as the input rather than an option.
    Run run = otpctl({u"decode"_s, u"--http"_s, u"200"_s, u"--"_s, number});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"Not in the catalog"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"out of range"_s), qPrintable(run.out));
    QVERIFY(!run.out.contains(u"success"_s));

    run = otpctl({u"decode"_s, u"--json"_s, u"--"_s, number});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(json(run).value(u"known"_s).toBool(), false);
    QVERIFY(!json(run).contains(u"row"_s));
    QCOMPARE(json(run).value(u"input"_s).toString(), number);
}

void TestOtpctlDecode::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no input") << QStringList{u"decode"_s};
    QTest::newRow("two inputs") << QStringList{u"decode"_s, u"1"_s, u"2"_s};
    QTest::newRow("bad http") << QStringList{u"decode"_s, u"1"_s, u"--http"_s, u"abc"_s};
    QTest::newRow("unknown option") << QStringList{u"decode"_s, u"1"_s, u"--frobnicate"_s};
    QTest::newRow("unknown command") << QStringList{u"decodex"_s};
    QTest::newRow("nothing") << QStringList{};
}

void TestOtpctlDecode::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = otpctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QString(run.err + run.out).trimmed().isEmpty());
}

void TestOtpctlDecode::thaiOutput()
{
    const Run run = otpctl({u"decode"_s, u"104"_s, u"--lang"_s, u"th"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const ErrorEntry entry = *ErrorCatalog::byStatusCode(104);
    QCOMPARE(json(run).value(u"description"_s).toString(), entry.descriptionTh);
    QCOMPARE(json(run).value(u"hint"_s).toString(), entry.hintTh);

    // Help, Qt's own parser texts included, follows --lang too.
    const Run help = otpctl({u"decode"_s, u"--help"_s, u"--lang"_s, u"th"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"ตัวเลือก"_s), qPrintable(help.out));
    QVERIFY(!help.out.contains(u"Options:"_s));
}

void TestOtpctlDecode::helpAndVersion()
{
    Run run = otpctl({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), u"otpctl "_s + QStringLiteral(OTP_VERSION_STRING));
    run = otpctl({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"decode"_s));
    run = otpctl({u"decode"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"--http"_s));
}

QTEST_GUILESS_MAIN(TestOtpctlDecode)
#include "tst_otpctldecode.moc"
