#include "StorageTestSupport.h"
#include "secrets/CredentialGenerator.h"
#include "secrets/MemorySecretStore.h"
#include "storage/AppExporter.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/ExchangeRepository.h"
#include "storage/InboxRepository.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StorageTestSupport;

namespace {
// Every encoding a secret could end up in a file with.
QList<QByteArray> encodings(const QString &secret)
{
    const auto utf16 = [&secret](bool bigEndian) {
        QByteArray bytes;
        for (const QChar c : secret) {
            const char high = char(c.unicode() >> 8);
            const char low = char(c.unicode() & 0xff);
            bytes.append(bigEndian ? high : low);
            bytes.append(bigEndian ? low : high);
        }
        return bytes;
    };
    const QList<QByteArray> all{secret.toUtf8(), utf16(false), utf16(true)};
    Q_ASSERT(all.at(1).size() == 2 * secret.size());
    return all;
}

// Paths of the files under `roots` (files or folders) that contain one of the secrets.
QStringList filesContaining(const QStringList &roots, const QStringList &secrets, int *filesScanned)
{
    QStringList files;
    for (const QString &root : roots) {
        if (QFileInfo(root).isFile()) {
            files << root;
            continue;
        }
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    QStringList hits;
    for (const QString &path : std::as_const(files)) {
        ++*filesScanned;
        const QByteArray bytes = readAll(path);
        for (const QString &secret : secrets) {
            for (const QByteArray &encoded : encodings(secret)) {
                if (bytes.contains(encoded)) {
                    const qsizetype at = bytes.indexOf(encoded);
                    hits << path + u": "_s + secret + u" near: "_s
                            + QString::fromLatin1(
                                bytes.mid(qMax(0, at - 80), 200).toPercentEncoding());
                }
            }
        }
    }
    return hits;
}

// How the API client records a request: the body with the secret replaced.
QByteArray recordOfRequest(const OtpAppConfig &app, const QString &secret)
{
    QJsonObject body{{u"key"_s, app.appKey}, {u"secret"_s, secret}, {u"msisdn"_s, u"0812345678"_s}};
    body.insert(u"secret"_s, u"••••"_s); // masked before the record is made
    const QJsonObject record{
        {u"request"_s,
         QJsonObject{{u"url"_s, u"https://otp.thaibulksms.com/v2/otp/request"_s},
                     {u"body"_s, body}}},
        {u"response"_s,
         QJsonObject{{u"status"_s, 200}, {u"body"_s, u"{\"status\":\"success\"}"_s}}}};
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}
} // namespace

class TestSecretLeak : public QObject
{
    Q_OBJECT

private slots:
    void scannerFindsAPlantedSecret();
    void noSecretReachesAnyFile();
};

// The scan below proves nothing unless it can find a secret that is there.
void TestSecretLeak::scannerFindsAPlantedSecret()
{
    QTemporaryDir dir;
    const QString secret = u"Planted-Canary-ความลับ-42"_s;
    QVERIFY(writeAll(dir.path() + u"/utf16.bin"_s,
                     QByteArray("xx") + encodings(secret).at(1) + QByteArray("yy")));
    QVERIFY(QDir(dir.path()).mkpath(u"sub"_s));
    QVERIFY(writeAll(dir.path() + u"/sub/utf8.txt"_s, QByteArray("..") + secret.toUtf8()));
    QVERIFY(writeAll(dir.path() + u"/clean.txt"_s, QByteArray("nothing to see")));
    int scanned = 0;
    const QStringList hits = filesContaining({dir.path()}, {secret}, &scanned);
    QCOMPARE(scanned, 3);
    QCOMPARE(hits.size(), 2); // the UTF-16 file and the UTF-8 file in the subfolder
}

void TestSecretLeak::noSecretReachesAnyFile()
{
    QTemporaryDir dataDir;
    QTemporaryDir exportDir;
    const QStringList secrets{
        CredentialGenerator::appSecret(), // a sandbox secret as generated
        u"LIVE-secret-Canary-7f3a9c1e5b"_s, // pasted from the vendor's dashboard
        u"ความลับ-custom-Canary-0d1e"_s, // anything a user may paste, Thai included
    };
    const QList<OtpAppConfig> configs{sampleApp(u"Sandbox ร้านค้า"_s, Environment::Sandbox),
                                      sampleApp(u"Live shop"_s, Environment::Live),
                                      sampleApp(u"Custom staging"_s, Environment::Custom)};

    MemorySecretStore secretStore;
    {
        Database db(dataDir.path());
        QVERIFY(db.open().isUsable());
        AppRepository apps(db);
        ExchangeRepository history(db);
        InboxRepository inbox(db);

        for (int i = 0; i < configs.size(); ++i) {
            OtpAppConfig app = configs.at(i);
            if (app.environment == Environment::Sandbox)
                app.appKey = CredentialGenerator::appKey();
            const Result<OtpAppConfig> stored = apps.insert(app);
            QVERIFY(stored.ok());
            QFuture<SecretResult> written = secretStore.write(stored.value.id, secrets.at(i));
            QTRY_VERIFY(written.isFinished());
            QVERIFY(written.result().ok());

            StoredExchange call;
            call.appId = stored.value.id;
            call.appName = stored.value.name;
            call.startedAt = QDateTime::currentDateTimeUtc();
            call.msisdn = u"+66812345678"_s;
            call.httpStatus = 200;
            call.outcome = u"success"_s;
            call.recordJson = recordOfRequest(stored.value, secrets.at(i));
            QVERIFY(history.append(call).ok());

            OtpMessage sms;
            sms.appId = stored.value.id;
            sms.appName = stored.value.name;
            sms.msisdn = call.msisdn;
            sms.code = u"093892"_s;
            sms.text = u"Your code is 093892"_s;
            QVERIFY(inbox.append(sms).ok());
        }
        // The secrets are really there to be leaked: the store answers with them.
        for (int i = 0; i < configs.size(); ++i) {
            QFuture<SecretResult> read = secretStore.read(apps.list().at(i).id);
            QTRY_VERIFY(read.isFinished());
            QVERIFY(secrets.contains(read.result().secret));
        }

        const QList<OtpAppConfig> all = apps.list();
        QVERIFY(AppExporter::writeFile(dataDir.path() + u"/export.json"_s, all).ok());
        QVERIFY(AppExporter::writeFile(exportDir.path() + u"/apps.json"_s, all).ok());

        // While the database is open (the WAL holds the latest pages) ...
        int scanned = 0;
        const QStringList hits
            = filesContaining({dataDir.path(), exportDir.path()}, secrets, &scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
        QVERIFY(scanned >= 3); // database, its WAL, the exports
    }
    // ... and after it was closed and checkpointed.
    int scanned = 0;
    const QStringList hits = filesContaining({dataDir.path(), exportDir.path()}, secrets, &scanned);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    QVERIFY(scanned >= 2);
}

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
