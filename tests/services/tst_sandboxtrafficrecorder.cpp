#include "../sandbox/SandboxTestSupport.h"
#include "sandbox/SandboxServer.h"
#include "services/SandboxTrafficRecorder.h"
#include "storage/Database.h"
#include "storage/SandboxTrafficRepository.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SandboxTest;

namespace {
const QString Key = u"1234567890abcdef"_s;
const QString Secret = u"s3cr3t-0f-the-app-9f8e7d6c"_s;
} // namespace

class TestSandboxTrafficRecorder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordsEveryOtpCallWithoutSecretOrPin();
    void writesInBatchesNotOneCommitPerCall();
    void callsDroppedAreSaid();
    void recordsFaultsAndUnknownApps();
    void prunesByAgeAndRowCap();

private:
    QUrl url(const QString &path) const { return QUrl(m_url.toString() + path); }
    HttpResult call(const QString &path, const Fields &fields)
    {
        return post(*m_manager, url(path), "application/x-www-form-urlencoded", formBody(fields));
    }
    // Waits until the recorder has seen count handled requests (queued from the server
    // thread), then until they are written.
    void recordedAfter(int count)
    {
        QTRY_COMPARE(m_handled->count(), count);
        m_recorder->flushAndWait();
    }
    // Every text stored in the table, joined: what must never hold a secret or a PIN.
    QString everyStoredText();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTrafficRecorder> m_recorder;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<QSignalSpy> m_handled;
    QUrl m_url;
    SandboxApp m_app;
};

void TestSandboxTrafficRecorder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    { // the workspace's schema, as the GUI or otpctl opens it first
        Database database(m_dir->path());
        QVERIFY(database.open().isUsable());
    }
    m_server = std::make_unique<SandboxServer>();
    m_app = makeApp(u"Shop"_s, Key, Secret);
    m_server->setApps({m_app});
    m_recorder = std::make_unique<SandboxTrafficRecorder>(*m_server, m_dir->path());
    m_handled = std::make_unique<QSignalSpy>(m_server.get(), &SandboxServer::requestHandled);
    SandboxServerOptions options;
    options.port = 0;
    const Result<SandboxListening> started = m_server->start(options);
    QVERIFY2(started.ok(), qPrintable(started.error));
    m_url = QUrl(started.value.urlString());
    m_manager = makeManager();
}

void TestSandboxTrafficRecorder::cleanup()
{
    m_handled.reset();
    m_recorder.reset();
    m_server.reset();
    m_manager.reset();
    m_dir.reset();
}

QString TestSandboxTrafficRecorder::everyStoredText()
{
    Database database(m_dir->path());
    if (!database.open().isUsable())
        return {};
    QSqlQuery query(database.connection());
    query.exec(u"SELECT * FROM sandbox_traffic"_s);
    QStringList texts;
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            texts << query.value(i).toString();
    }
    return texts.join(u'|');
}

void TestSandboxTrafficRecorder::recordsEveryOtpCallWithoutSecretOrPin()
{
    const HttpResult requested
        = call(u"/v2/otp/request"_s,
               {{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}});
    QCOMPARE(requested.status, 200);
    const QString token = requested.json().value(u"token"_s).toString();
    const QString code = m_server->inbox().constLast().code;
    const QString wrongPin = code == u"000000"_s ? u"111111"_s : u"000000"_s;
    QCOMPARE(
        call(u"/v2/otp/verify"_s,
             {{u"key"_s, Key}, {u"secret"_s, Secret}, {u"token"_s, token}, {u"pin"_s, wrongPin}})
            .status,
        400);
    QCOMPARE(call(u"/v2/otp/verify"_s,
                  {{u"key"_s, Key}, {u"secret"_s, Secret}, {u"token"_s, token}, {u"pin"_s, code}})
                 .status,
             200);
    QCOMPARE(get(*m_manager, url(u"/health"_s)).status, 200); // not an OTP call: not recorded
    recordedAfter(4);

    Database database(m_dir->path());
    QVERIFY(database.open().isUsable());
    const QList<SandboxTrafficRow> rows = SandboxTrafficRepository(database).list();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).call, OtpOperation::Request);
    QCOMPARE(rows.at(0).appId, m_app.config.id);
    QCOMPARE(rows.at(0).appName, u"Shop"_s);
    QCOMPARE(rows.at(0).maskedMsisdn, u"081***5678"_s);
    QCOMPARE(rows.at(0).token, token);
    QVERIFY(!rows.at(0).refno.isEmpty());
    QVERIFY(rows.at(0).expiresAt > rows.at(0).startedAt);
    QCOMPARE(rows.at(0).outcome, u"success"_s);
    QCOMPARE(*rows.at(0).statusCode, 0);
    QCOMPARE(rows.at(0).remoteAddress.contains(u"127.0.0.1"_s), true);
    QCOMPARE(rows.at(1).call, OtpOperation::Verify);
    QCOMPARE(rows.at(1).token, token);
    QCOMPARE(rows.at(1).httpStatus, 400);
    QCOMPARE(rows.at(1).outcome, u"Code is invalid."_s);
    QCOMPARE(*rows.at(1).statusCode, 400);
    QCOMPARE(rows.at(2).outcome, u"success"_s);
    QVERIFY(rows.at(2).latencyMs > 0);
    QVERIFY(!rows.at(2).faultInjected);

    const QString stored = everyStoredText();
    QVERIFY(!stored.contains(Secret));
    QVERIFY(!stored.contains(u"|"_s + code + u"|"_s));
    QVERIFY(!stored.contains(u"|"_s + wrongPin + u"|"_s));
    QVERIFY(!stored.contains(u"0812345678"_s));
    QVERIFY(!stored.contains(u"812345678"_s));
}

void TestSandboxTrafficRecorder::writesInBatchesNotOneCommitPerCall()
{
    QSignalSpy batches(m_recorder.get(), &SandboxTrafficRecorder::batchWritten);
    constexpr int Calls = 60;
    for (int i = 0; i < Calls; ++i)
        call(u"/v2/otp/request"_s,
             {{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}});
    recordedAfter(Calls);
    int rows = 0;
    for (const QList<QVariant> &batch : std::as_const(batches))
        rows += batch.first().toInt();
    QCOMPARE(rows, Calls);
    // One transaction per FlushIntervalMs at most: sixty local calls take far less than
    // sixty intervals.
    QVERIFY2(batches.size() < Calls / 4, qPrintable(QString::number(batches.size())));
    QCOMPARE(m_recorder->droppedCount(), 0);
}

void TestSandboxTrafficRecorder::callsDroppedAreSaid()
{
    // A writer that cannot keep up (here: no room at all) drops calls, and says how many.
    m_recorder->setQueueLimit(0);
    QSignalSpy failed(m_recorder.get(), &SandboxTrafficRecorder::failed);
    for (int i = 0; i < 3; ++i)
        call(u"/v2/otp/request"_s,
             {{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}});
    QTRY_COMPARE(m_recorder->droppedCount(), 3); // requestHandled arrives queued
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.size(), 1); // once for the burst, not once per call
    QVERIFY2(failed.first().first().toString().contains(u": 3 of them are missing"_s),
             qPrintable(failed.first().first().toString()));

    // Room again: the next call is stored, and nothing more is said.
    m_recorder->setQueueLimit(SandboxTrafficRecorder::MaxQueuedRows);
    call(u"/v2/otp/request"_s,
         {{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}});
    recordedAfter(4);
    QCOMPARE(m_recorder->droppedCount(), 3);
    QTest::qWait(SandboxTrafficRecorder::DropReportMs + 200);
    QCOMPARE(failed.size(), 1);
    Database database(m_dir->path());
    QVERIFY(database.open().isUsable());
    QCOMPARE(SandboxTrafficRepository(database).count(), 1);
}

void TestSandboxTrafficRecorder::recordsFaultsAndUnknownApps()
{
    SandboxFaults faults;
    QVERIFY(m_server->setFaults(faults));
    call(u"/v2/otp/request"_s,
         {{u"key"_s, Key}, {u"secret"_s, u"wrong"_s}, {u"msisdn"_s, u"0812345678"_s}});
    faults.action = SandboxFaults::Action::Error;
    faults.errorRow = 3; // ERROR_SYSTEM_FAILURE
    QVERIFY(m_server->setFaults(faults));
    call(u"/v1/otp/verify"_s,
         {{u"key"_s, Key}, {u"secret"_s, Secret}, {u"token"_s, u"x"_s}, {u"pin"_s, u"1"_s}});
    recordedAfter(2);

    Database database(m_dir->path());
    QVERIFY(database.open().isUsable());
    const QList<SandboxTrafficRow> rows = SandboxTrafficRepository(database).list();
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).appId.isNull());
    QCOMPARE(rows.at(0).outcome, u"Application not found."_s);
    QCOMPARE(rows.at(0).maskedMsisdn, u"081***5678"_s);
    QVERIFY(!rows.at(0).faultInjected);
    QCOMPARE(rows.at(1).call, OtpOperation::Verify);
    QVERIFY(rows.at(1).faultInjected);
    QCOMPARE(rows.at(1).outcome, u"ERROR_SYSTEM_FAILURE"_s);
    QCOMPARE(*rows.at(1).statusCode, 1);
    QCOMPARE(rows.at(1).httpStatus, 500);
}

void TestSandboxTrafficRecorder::prunesByAgeAndRowCap()
{
    Database database(m_dir->path());
    QVERIFY(database.open().isUsable());
    SandboxTrafficRepository repository(database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<SandboxTrafficRow> rows;
    for (int i = 0; i < 30; ++i) {
        SandboxTrafficRow row;
        row.startedAt = now.addDays(i < 10 ? -100 : -1); // ten beyond 90 days
        row.token = u"T%1"_s.arg(i);
        rows << row;
    }
    QVERIFY(repository.appendAll(rows).ok());

    const Result<qint64> removed = repository.prune(now.addDays(-90), 15, 4);
    QVERIFY(removed.ok());
    QCOMPARE(removed.value, 15); // ten too old, then five over the cap of 15
    const QList<SandboxTrafficRow> kept = repository.list();
    QCOMPARE(kept.size(), 15);
    QCOMPARE(kept.first().token, u"T15"_s); // the newest stay

    // The recorder's retention does the same in the background.
    m_recorder.reset();
    TrafficRetention retention;
    retention.maxRows = 5;
    m_recorder = std::make_unique<SandboxTrafficRecorder>(*m_server, m_dir->path(), retention);
    QSignalSpy pruned(m_recorder.get(), &SandboxTrafficRecorder::pruned);
    m_recorder->pruneNow();
    QVERIFY(pruned.wait());
    QCOMPARE(pruned.first().first().toLongLong(), 10);
    QCOMPARE(repository.count(), 5);
}

QTEST_GUILESS_MAIN(TestSandboxTrafficRecorder)
#include "tst_sandboxtrafficrecorder.moc"
