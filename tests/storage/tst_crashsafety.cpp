#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/ExchangeRepository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// A writer process is killed with SIGKILL at a random moment, 20 times over one data folder.
// Every time, the database must reopen without recovery, pass integrity_check and hold every
// row whose commit the writer had reported.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void survivesSigkillDuringWrites();
};

void TestCrashSafety::survivesSigkillDuringWrites()
{
    constexpr int Runs = 20;
    QTemporaryDir dir;
    QSet<QString> committedApps;
    QSet<qint64> committedExchanges;
    int minDelay = 1000;
    int maxDelay = 0;

    for (int run = 0; run < Runs; ++run) {
        QProcess writer;
        writer.start(QStringLiteral(OTP_STORAGE_TEST_CHILD), {u"write"_s, dir.path()});
        QVERIFY(writer.waitForStarted(10000));
        QVERIFY(writer.waitForReadyRead(10000));
        QVERIFY2(writer.readLine().startsWith("ready"), "the writer could not open the database");

        const int delay = QRandomGenerator::global()->bounded(20, 301);
        minDelay = qMin(minDelay, delay);
        maxDelay = qMax(maxDelay, delay);
        QTest::qWait(delay);
        writer.kill(); // SIGKILL on Unix
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        // Only complete lines: a line cut by the kill was not reported.
        const QByteArray output = writer.readAllStandardOutput();
        const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
        int reported = 0;
        for (const QByteArray &line : lines) {
            if (line.startsWith("app ")) {
                committedApps.insert(QString::fromLatin1(line.mid(4)));
                ++reported;
            } else if (line.startsWith("exchange ")) {
                committedExchanges.insert(line.mid(9).toLongLong());
                ++reported;
            } else {
                QVERIFY2(line.isEmpty(), line.constData());
            }
        }

        Database db(dir.path());
        const DatabaseOpenReport opened = db.open();
        QVERIFY2(opened.status == DatabaseOpenReport::Status::Opened, qPrintable(opened.message));
        QCOMPARE(db.integrityCheck(), u"ok"_s);

        AppRepository apps(db);
        QSet<QString> storedApps;
        for (const OtpAppConfig &app : apps.list())
            storedApps.insert(app.id.toString(QUuid::WithoutBraces));
        QSet<qint64> storedExchanges;
        for (const StoredExchange &exchange : ExchangeRepository(db).list())
            storedExchanges.insert(exchange.id);
        for (const QString &id : std::as_const(committedApps))
            QVERIFY2(storedApps.contains(id), qPrintable(u"lost app "_s + id));
        for (const qint64 id : std::as_const(committedExchanges))
            QVERIFY2(storedExchanges.contains(id), qPrintable(u"lost exchange %1"_s.arg(id)));
        qInfo("run %2d: killed after %3d ms, %4d commits reported, %lld apps / %lld calls stored",
              run + 1, delay, reported, qint64(storedApps.size()), qint64(storedExchanges.size()));
    }
    qInfo("%d kills (delays %d-%d ms): %lld committed apps and %lld committed calls all present",
          Runs, minDelay, maxDelay, qint64(committedApps.size()),
          qint64(committedExchanges.size()));
    QVERIFY2(!committedApps.isEmpty(), "the writer never committed anything: nothing was tested");
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
