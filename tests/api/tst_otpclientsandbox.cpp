#include "SandboxTestSupport.h"
#include "api/CurlExporter.h"
#include "api/ErrorCatalog.h"
#include "api/HarExporter.h"
#include "api/OtpClient.h"
#include "sandbox/ManualClock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SeededRandomSource.h"
#include "services/ExchangeHistory.h"
#include "storage/Database.h"
#include "storage/ExchangeRepository.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Outcome = OtpResult::Outcome;
using Reason = OtpResult::Reason;

const QString Key = u"1234567890123456"_s;
const QString Secret = u"0123456789abcdef0123456789abcdef"_s;

OtpResult waitFor(OtpCall *call, int timeoutMs = 15000)
{
    QSignalSpy finished(call, &OtpCall::finished);
    if (!finished.wait(timeoutMs) || finished.size() != 1)
        qFatal("the call did not finish");
    return finished.at(0).at(0).value<OtpResult>();
}

} // namespace

// The client against the real embedded sandbox (port 0, 127.0.0.1): happy paths and every error
// path, in v1 and v2, form and JSON; and the secret in no byte of what is kept.
class TestOtpClientSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<OtpResult>(); }
    void init();
    void cleanup();

    void requestThenVerify_data();
    void requestThenVerify();
    void errorPaths_data();
    void errorPaths();
    void faults_data();
    void faults();
    void secretInNoRecordHarCurlOrHistory();

private:
    OtpCallOptions options() const;
    OtpMessage lastMessage() const { return m_server->inbox().last(); }

    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<OtpClient> m_client;
    SandboxApp m_app;
};

void TestOtpClientSandbox::init()
{
    m_clock = std::make_shared<ManualClock>();
    m_server = std::make_unique<SandboxServer>(m_clock, std::make_shared<SeededRandomSource>(7));
    SandboxServerOptions serverOptions;
    serverOptions.port = 0;
    const Result<SandboxListening> started = m_server->start(serverOptions);
    QVERIFY2(started.ok(), qPrintable(started.error));
    m_app = SandboxTest::makeApp(u"Shop"_s, Key, Secret, 6);
    m_server->setApps({m_app});
    m_client = std::make_unique<OtpClient>();
    m_client->setSandboxUrl(started.value.url);
}

void TestOtpClientSandbox::cleanup()
{
    m_client.reset();
    m_server.reset();
}

OtpCallOptions TestOtpClientSandbox::options() const
{
    OtpCallOptions options;
    if (QTest::currentDataTag()) {
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        options.version = tag.contains(u"v1"_s) ? ApiVersion::V1 : ApiVersion::V2;
        options.bodyFormat = tag.contains(u"json"_s) ? BodyFormat::Json : BodyFormat::Form;
    }
    return options;
}

void TestOtpClientSandbox::requestThenVerify_data()
{
    QTest::addColumn<QString>("msisdn");
    QTest::newRow("v2 form") << u"0812345678"_s;
    QTest::newRow("v2 json") << u"+66812345678"_s;
    QTest::newRow("v1 form") << u"66812345678"_s;
    QTest::newRow("v1 json") << u"081-234-5678"_s;
}

void TestOtpClientSandbox::requestThenVerify()
{
    QFETCH(QString, msisdn);
    const OtpCallOptions options = this->options();
    const bool v1 = options.version == ApiVersion::V1;

    const OtpResult requested = waitFor(m_client->request(m_app.config, Secret, msisdn, options));
    QVERIFY2(requested.isSuccess(), qPrintable(requested.summary()));
    QCOMPARE(requested.httpStatus, 200);
    const OtpMessage sms = lastMessage();
    QCOMPARE(requested.token, sms.token);
    QCOMPARE(sms.msisdn, u"+66812345678"_s);
    QCOMPARE(requested.refno, v1 ? QString() : sms.refno); // v1 sends no refno
    QVERIFY(requested.summary().contains(sms.token));
    QCOMPARE(requested.record.url.path(), u"/%1/otp/request"_s.arg(enumId(options.version)));
    QCOMPARE(requested.record.requestContentType(), OtpClient::contentType(options.bodyFormat));
    QVERIFY(requested.latencyMs().value_or(-1) >= 0);

    const OtpResult verified
        = waitFor(m_client->verify(m_app.config, Secret, requested.token, sms.code, options));
    QVERIFY2(verified.isSuccess(), qPrintable(verified.summary()));
    QCOMPARE(verified.message, u"Code is correct."_s);
    QVERIFY(verified.entry);
    QVERIFY(verified.entry->isSuccess());
    QVERIFY(verified.summary().startsWith(u"Code is correct."_s));
    QCOMPARE(lastMessage().state, OtpMessage::State::Verified);
}

void TestOtpClientSandbox::errorPaths_data()
{
    QTest::addColumn<QString>("path");
    for (const char *combination : {"v2 form", "v2 json", "v1 form", "v1 json"}) {
        for (const char *path :
             {"wrong pin", "token used", "expired", "burned", "wrong secret", "unknown key",
              "ip not allowed", "invalid msisdn", "missing pin", "unknown token"}) {
            QTest::addRow("%s, %s", combination, path) << QString::fromLatin1(path);
        }
    }
}

void TestOtpClientSandbox::errorPaths()
{
    QFETCH(QString, path);
    const OtpCallOptions options = this->options();

    // The expected catalog row (0: "Invalid Parameter.", not in the catalog), HTTP status,
    // and a piece of the summary.
    int row = 0;
    int status = 400;
    QString summaryPart;
    OtpResult result;
    const auto requestToken = [&] {
        const OtpResult requested
            = waitFor(m_client->request(m_app.config, Secret, u"0812345678"_s, options));
        if (!requested.isSuccess())
            qFatal("request failed: %s", qPrintable(requested.summary()));
        return requested.token;
    };
    const auto verify = [&](const QString &token, const QString &pin) {
        return waitFor(m_client->verify(m_app.config, Secret, token, pin, options));
    };
    const QString wrongPin = u"000000"_s;

    if (path == u"wrong pin") {
        const QString token = requestToken();
        result = verify(token, lastMessage().code == wrongPin ? u"111111"_s : wrongPin);
        row = 61;
    } else if (path == u"token used") {
        const QString token = requestToken();
        QVERIFY(verify(token, lastMessage().code).isSuccess());
        result = verify(token, lastMessage().code);
        row = 62;
    } else if (path == u"expired") {
        const QString token = requestToken();
        m_clock->advance(std::chrono::minutes(6));
        result = verify(token, lastMessage().code);
        row = 62;
    } else if (path == u"burned") {
        const QString token = requestToken();
        const QString code = lastMessage().code;
        const QString wrong = code == wrongPin ? u"111111"_s : wrongPin;
        for (int attempt = 0; attempt < 10 && lastMessage().state == OtpMessage::State::Pending;
             ++attempt)
            verify(token, wrong);
        QCOMPARE(lastMessage().state, OtpMessage::State::Burned);
        result = verify(token, code);
        row = 62;
    } else if (path == u"wrong secret") {
        result = waitFor(m_client->request(m_app.config, u"ffffffffffffffffffffffffffffffff"_s,
                                           u"0812345678"_s, options));
        row = 60;
    } else if (path == u"unknown key") {
        OtpAppConfig other = m_app.config;
        other.appKey = u"9999999999999999"_s;
        result = waitFor(m_client->request(other, Secret, u"0812345678"_s, options));
        row = 60;
    } else if (path == u"ip not allowed") {
        SandboxApp restricted = m_app;
        restricted.config.ipRanges = {u"203.0.113.0/24"_s};
        m_server->setApps({restricted});
        result = waitFor(m_client->request(m_app.config, Secret, u"0812345678"_s, options));
        row = 29;
        status = 403;
    } else if (path == u"invalid msisdn") {
        result = waitFor(m_client->request(m_app.config, Secret, u"12345"_s, options));
        summaryPart = u"Invalid Parameter: msisdn (invalid)."_s;
    } else if (path == u"missing pin") {
        result = verify(requestToken(), QString());
        summaryPart = u"Invalid Parameter: pin (required)."_s;
    } else if (path == u"unknown token") {
        result = verify(u"no-such-token"_s, u"123456"_s);
        row = 61; // the sandbox's choice: an unknown token reads as a wrong code
    }

    QCOMPARE(result.outcome, Outcome::ApiError);
    QCOMPARE(result.httpStatus, status);
    if (row > 0) {
        QCOMPARE(result.reason, Reason::CatalogError);
        QVERIFY(result.entry);
        QCOMPARE(result.entry->row, row);
        const ErrorEntry entry = *ErrorCatalog::byRow(row);
        QVERIFY2(result.summary().startsWith(
                     entry.descriptionEn.chopped(entry.descriptionEn.endsWith(u'.') ? 1 : 0)),
                 qPrintable(result.summary()));
        QVERIFY(result.summary().endsWith(entry.hintEn));
    } else {
        QCOMPARE(result.reason, Reason::InvalidParameter);
        QVERIFY2(result.summary().startsWith(summaryPart), qPrintable(result.summary()));
    }
    QVERIFY(!result.record.toJsonBytes().contains(Secret.toUtf8()));
}

void TestOtpClientSandbox::faults_data()
{
    QTest::addColumn<QString>("fault");
    for (const char *combination : {"v2 form", "v1 json"}) {
        for (const char *fault : {"insufficient credit", "system failure", "drop", "slow"})
            QTest::addRow("%s, %s", combination, fault) << QString::fromLatin1(fault);
    }
}

void TestOtpClientSandbox::faults()
{
    QFETCH(QString, fault);
    OtpCallOptions options = this->options();
    if (fault == u"insufficient credit")
        QVERIFY(m_server->setFaults(SandboxFaults::error(41)));
    else if (fault == u"system failure")
        QVERIFY(m_server->setFaults(SandboxFaults::error(3)));
    else if (fault == u"drop")
        QVERIFY(m_server->setFaults(SandboxFaults::drop()));
    else if (fault == u"slow") {
        QVERIFY(m_server->setFaults(SandboxFaults::latency(3000)));
        options.timeoutMs = 1000;
    }
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const OtpResult result
        = waitFor(m_client->request(m_app.config, Secret, u"0812345678"_s, options));
    const QString summary = result.summary();
    if (fault == u"insufficient credit") {
        QCOMPARE(result.outcome, Outcome::ApiError);
        QCOMPARE(result.httpStatus, 423);
        QCOMPARE(result.entry->name, u"ERROR_INSUFFICIENT_CREDIT"_s);
        QCOMPARE(result.historyOutcome(), u"ERROR_INSUFFICIENT_CREDIT"_s);
        QVERIFY(summary.contains(u"Top up SMS credit"_s));
    } else if (fault == u"system failure") {
        QCOMPARE(result.outcome, Outcome::ApiError);
        QCOMPARE(result.httpStatus, 500);
        QCOMPARE(result.entry->name, u"ERROR_SYSTEM_FAILURE"_s);
    } else if (fault == u"drop") {
        QCOMPARE(result.outcome, Outcome::TransportError);
        QCOMPARE(result.reason, Reason::ConnectionClosed);
        QVERIFY2(summary.contains(u"closed before an answer arrived"_s), qPrintable(summary));
        // Sent once, never again behind the user's back (a resend could mean a second SMS).
        QTest::qWait(300);
        QCOMPARE(handled.size(), 1);
    } else {
        QCOMPARE(result.outcome, Outcome::Timeout);
        QVERIFY2(summary.startsWith(u"Timeout after 1 s"_s), qPrintable(summary));
    }
}

void TestOtpClientSandbox::secretInNoRecordHarCurlOrHistory()
{
    QTemporaryDir dir;
    QList<OtpResult> results;
    {
        Database database(dir.path());
        QVERIFY(database.open().isUsable());
        ExchangeRepository history(database);
        for (const BodyFormat format : {BodyFormat::Form, BodyFormat::Json}) {
            OtpCallOptions options;
            options.bodyFormat = format;
            const OtpResult requested
                = waitFor(m_client->request(m_app.config, Secret, u"0812345678"_s, options));
            const OtpResult wrong
                = waitFor(m_client->verify(m_app.config, Secret, requested.token, u"x"_s, options));
            const OtpResult right = waitFor(m_client->verify(m_app.config, Secret, requested.token,
                                                             lastMessage().code, options));
            const OtpResult badSecret = waitFor(
                m_client->request(m_app.config, Secret + u"0"_s, u"0812345678"_s, options));
            for (const OtpResult &result : {requested, wrong, right, badSecret}) {
                results << result;
                QVERIFY(ExchangeHistory::append(history, result, m_app.config, u"0812345678"_s));
            }
        }
        QCOMPARE(history.count(), 8);
    }

    const QByteArray secret = Secret.toUtf8();
    QByteArray everything;
    QList<ExchangeRecord> records;
    for (const OtpResult &result : std::as_const(results)) {
        records << result.record;
        everything += result.record.toJsonBytes();
        everything += QJsonDocument(result.toJson()).toJson();
        everything += CurlExporter::toCurl(result.record).toUtf8();
        everything += result.summary().toUtf8();
    }
    everything += HarExporter::toDocument(records);
    QVERIFY(!everything.isEmpty());
    QVERIFY(!everything.contains(secret));

    // Every byte of the data folder: database, WAL, whatever SQLite left.
    QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        ++scanned;
    }
    QVERIFY(scanned > 0);

    // The explicit action is the only way to the secret.
    QVERIFY(CurlExporter::toCurlWithSecret(records.first(), Secret).contains(Secret));
}

QTEST_GUILESS_MAIN(TestOtpClientSandbox)
#include "tst_otpclientsandbox.moc"
