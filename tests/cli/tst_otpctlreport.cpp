#include "../reports/ReportTestStore.h"
#include "OtpctlTestSupport.h"
#include "reports/ReportEngine.h"
#include "reports/ReportJson.h"
#include "reports/TransactionTable.h"
#include "storage/Database.h"
#include "storage/InstanceLock.h"
#include "storage/SandboxTrafficRepository.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace OtpctlTest;

namespace {
const QDateTime D0(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc());
const QString Key = u"1234567890abcdef"_s;
const QString Secret = u"ci-secret-of-the-shop-app"_s;

QDateTime at(int hours, int seconds = 0)
{
    return D0.addSecs(hours * 3600 + seconds);
}
} // namespace

class TestOtpctlReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonEqualsTheCoreFigures_data();
    void jsonEqualsTheCoreFigures();
    void csvHasOneLinePerOtp();
    void textNamesTheFigures();
    void usageErrors_data();
    void usageErrors();
    void recordsTheSandboxAndReportsIt();
    void recordingKeepsItsRetention();

private:
    QStringList dayArguments() const
    {
        return {u"report"_s,     u"--from"_s, u"2024-05-01"_s, u"--to"_s,
                u"2024-05-01"_s, u"--tz"_s,   u"UTC"_s};
    }
    std::unique_ptr<ReportTestStore> m_store;
};

void TestOtpctlReport::initTestCase()
{
    m_store = std::make_unique<ReportTestStore>();
    ReportTestStore &store = *m_store;
    store.request(at(1), u"T1"_s);
    store.verify(at(1, 20), u"T1"_s, u"success"_s);
    store.request(at(2), u"T2"_s);
    for (int i = 1; i <= 5; ++i)
        store.verify(at(2, i), u"T2"_s, u"Code is invalid."_s);
    store.request(at(3), u"T3"_s, u"Invalid Parameter."_s);
    store.setTable(ReportSql::Table::Exchanges);
    store.request(at(4), u"H4"_s);
    store.verify(at(4, 9), u"H4"_s, u"Code is invalid."_s);
    store.verify(at(4, 30), u"H4"_s, u"success"_s);
}

void TestOtpctlReport::jsonEqualsTheCoreFigures_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("requested");
    QTest::newRow("all") << u"all"_s << 4;
    QTest::newRow("calls") << u"calls"_s << 1;
    QTest::newRow("sandbox") << u"sandbox"_s << 3;
}

void TestOtpctlReport::jsonEqualsTheCoreFigures()
{
    QFETCH(QString, source);
    QFETCH(int, requested);
    const Run run = otpctl(dayArguments() + QStringList{u"--source"_s, source, u"--json"_s},
                           environment(m_store->dataDir()));
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    const QJsonObject json = run.json();

    ReportQuery query;
    query.from = D0;
    query.to = D0.addDays(1);
    query.timeZone = QTimeZone::utc();
    query.source = *enumFromId<ReportSource>(source);
    query.now = QDateTime::fromString(json.value(u"now"_s).toString(), Qt::ISODateWithMs);
    const Result<ReportFigures> core = ReportEngine(m_store->database()).figures(query);
    QVERIFY(core.ok());
    QJsonObject expected = ReportJson::figures(core.value);
    QCOMPARE(json.value(u"figures"_s).toObject(), expected.value(u"figures"_s).toObject());
    QCOMPARE(json.value(u"series"_s).toArray(), expected.value(u"series"_s).toArray());
    QCOMPARE(json.value(u"outcomes"_s).toArray(), expected.value(u"outcomes"_s).toArray());
    QCOMPARE(json.value(u"figures"_s).toObject().value(u"requested"_s).toInt(), requested);
    QCOMPARE(json.value(u"transactions"_s).toArray().size(), requested);
    if (source == u"all") {
        const QJsonObject figures = json.value(u"figures"_s).toObject();
        QCOMPARE(figures.value(u"verified"_s).toInt(), 2);
        QCOMPARE(figures.value(u"burned"_s).toInt(), 1);
        QCOMPARE(figures.value(u"failedRequests"_s).toInt(), 1);
        QCOMPARE(figures.value(u"firstTryRate"_s).toDouble(), 0.3333);
        QCOMPARE(json.value(u"bucket"_s).toString(), u"hour"_s);
    }
}

void TestOtpctlReport::csvHasOneLinePerOtp()
{
    const Run run
        = otpctl(dayArguments() + QStringList{u"--csv"_s}, environment(m_store->dataDir()));
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.first().startsWith(u"requested_at,source,app"_s));
    QVERIFY(lines.at(1).contains(u"\"H4\",verified,2,1,30000"_s));
    QVERIFY(lines.at(3).contains(u"burned"_s));
}

void TestOtpctlReport::textNamesTheFigures()
{
    const Run run = otpctl(dayArguments(), environment(m_store->dataDir()));
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    QVERIFY(run.out.contains(u"OTPs requested"_s));
    QVERIFY(run.out.contains(u"Burned by wrong PINs"_s));
    QVERIFY(run.out.contains(u"Code is invalid."_s));
}

void TestOtpctlReport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("json and csv") << QStringList{u"--json"_s, u"--csv"_s} << 2;
    QTest::newRow("bad date") << QStringList{u"--from"_s, u"yesterday"_s} << 2;
    QTest::newRow("from after to")
        << QStringList{u"--from"_s, u"2024-05-03"_s, u"--to"_s, u"2024-05-01"_s} << 2;
    QTest::newRow("bad source") << QStringList{u"--source"_s, u"both"_s} << 2;
    QTest::newRow("bad zone") << QStringList{u"--tz"_s, u"Mars/Olympus"_s} << 2;
    QTest::newRow("unknown app") << QStringList{u"--app"_s, u"Nope"_s} << 1;
}

void TestOtpctlReport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run run = otpctl(QStringList{u"report"_s} + arguments, environment(m_store->dataDir()));
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
}

void TestOtpctlReport::recordsTheSandboxAndReportsIt()
{
    QTemporaryDir dir;
    const QString apps = dir.filePath(u"apps.json"_s);
    QVERIFY(writeAppsFile(apps, {appObject(u"CI Shop"_s, u"sandbox"_s, Key, Secret)}));
    const QProcessEnvironment env = environment(dir.filePath(u"data"_s));
    {
        SandboxProcess sandbox({u"--port"_s, u"0"_s, u"--apps"_s, apps, u"--record"_s}, env);
        const QString url = sandbox.url();
        QVERIFY(!url.isEmpty());
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        for (const QString &path : {u"/v2/otp/request"_s, u"/v2/otp/verify"_s}) {
            QNetworkRequest request(QUrl(url + path));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              u"application/x-www-form-urlencoded"_s);
            const QByteArray body = "key=" + Key.toUtf8() + "&secret=" + Secret.toUtf8()
                + "&msisdn=0812345678&token=nope&pin=123456";
            QNetworkReply *reply = manager.post(request, body);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(10000));
            reply->deleteLater();
        }
        QVERIFY(!sandbox.next(u"request"_s).isEmpty());

        // Read while the sandbox records and OTP Manager holds the folder (its lock): the
        // report waits for neither (WAL readers), and sees the request once its batch is in.
        InstanceLock gui(dir.filePath(u"data"_s));
        QVERIFY(gui.tryLock().acquired);
        int requested = -1;
        QElapsedTimer waited;
        waited.start();
        while (requested != 1 && waited.elapsed() < 15000) {
            const Run live = otpctl({u"report"_s, u"--source"_s, u"sandbox"_s, u"--json"_s}, env);
            QVERIFY2(live.exitCode == 0, qPrintable(live.all()));
            requested = live.json().value(u"figures"_s).toObject().value(u"requested"_s).toInt();
        }
        QCOMPARE(requested, 1);
        sandbox.process().terminate(); // SIGTERM: the recorder writes what waits
        QVERIFY(sandbox.process().waitForFinished(10000));
    }
    const Run run = otpctl({u"report"_s, u"--source"_s, u"sandbox"_s, u"--json"_s}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    const QJsonObject figures = run.json().value(u"figures"_s).toObject();
    QCOMPARE(figures.value(u"requested"_s).toInt(), 1);
    QCOMPARE(figures.value(u"verifyCalls"_s).toInt(), 1);
    QCOMPARE(figures.value(u"unpairedVerifies"_s).toInt(), 1);
    QVERIFY(!run.out.contains(Secret));
}

void TestOtpctlReport::recordingKeepsItsRetention()
{
    QTemporaryDir dir;
    const QString apps = dir.filePath(u"apps.json"_s);
    QVERIFY(writeAppsFile(apps, {appObject(u"CI Shop"_s, u"sandbox"_s, Key, Secret)}));
    const QString dataDir = dir.filePath(u"data"_s);
    const QProcessEnvironment env = environment(dataDir);
    const auto recorded = [&dataDir] {
        Database database(dataDir);
        return database.open().isUsable() ? SandboxTrafficRepository(database).count() : -1;
    };
    {
        // Calls recorded by an earlier run: three 10 days old, two from an hour ago.
        Database database(dataDir);
        QVERIFY(database.open().isUsable());
        QList<SandboxTrafficRow> rows;
        for (int i = 0; i < 5; ++i) {
            SandboxTrafficRow row;
            row.startedAt = QDateTime::currentDateTimeUtc().addSecs(i < 3 ? -10 * 86400 : -3600);
            row.token = u"T%1"_s.arg(i);
            rows << row;
        }
        QVERIFY(SandboxTrafficRepository(database).appendAll(rows).ok());
    }

    // The limits are the recording's: without --record they are a usage error, as is a value
    // that is not a whole number in range.
    const QStringList serve{u"sandbox"_s, u"--port"_s, u"0"_s, u"--apps"_s, apps};
    Run run = otpctl(serve + QStringList{u"--keep-days"_s, u"5"_s}, env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--keep-days"_s) && run.err.contains(u"--record"_s),
             qPrintable(run.err));
    run = otpctl(serve + QStringList{u"--record"_s, u"--max-rows"_s, u"many"_s}, env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--max-rows"_s), qPrintable(run.err));
    QCOMPARE(recorded(), 5);

    // Recording with 5 days: the calls of 10 days ago go soon after the start.
    SandboxProcess sandbox(
        {u"--port"_s, u"0"_s, u"--apps"_s, apps, u"--record"_s, u"--keep-days"_s, u"5"_s}, env);
    QVERIFY(!sandbox.url().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(recorded(), 2, 20000);
}

QTEST_GUILESS_MAIN(TestOtpctlReport)
#include "tst_otpctlreport.moc"
