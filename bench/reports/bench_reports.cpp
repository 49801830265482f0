// Reports on a large store: CALLS stored calls over the year up to now, 20 apps, half in the
// history and half in the recorded sandbox traffic. Times (median of REPEATS) the figures and
// series for the last 30 days (goal < 300 ms) and for the whole year (goal < 1 s), the
// transaction table's first page (goal < 100 ms), and prints the peak memory (goal < 150 MiB).
//   bench_reports DATA_DIR [CALLS=1000000] [REPEATS=5]
// The store is filled once when DATA_DIR holds none.
#include "reports/ReportEngine.h"
#include "reports/TransactionTable.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int Apps = 20;
constexpr qint64 DayMs = 24 * 3600 * 1000LL;
constexpr qint64 FillBatchOtps = 2000; // about 4,500 calls per transaction

struct Inserter {
    QSqlQuery query;
    bool history;
    void add(const QString &app, const QString &call, qint64 at, int status, const QString &outcome,
             double latency, const QString &token, const QVariant &expiresAt)
    {
        query.addBindValue(app);
        query.addBindValue(call);
        query.addBindValue(at);
        query.addBindValue(status);
        query.addBindValue(outcome);
        query.addBindValue(history ? QVariant(qint64(latency)) : QVariant(latency));
        query.addBindValue(token);
        query.addBindValue(expiresAt);
        query.exec();
    }
};

// One OTP and its verifies; returns the calls written. The mix: 5 % refused, 70 % verified at
// once, 10 % after a wrong PIN, 10 % never verified, 5 % burned.
int writeOtp(Inserter &out, const QString &app, qint64 at, qint64 serial)
{
    QRandomGenerator *random = QRandomGenerator::global();
    const int kind = random->bounded(100);
    const double latency
        = out.history ? 150 + random->bounded(400) : 0.1 + random->bounded(30) / 10.0;
    if (kind < 5) {
        out.add(app, u"request"_s, at, 400, u"Invalid Parameter."_s, latency, QString(),
                QVariant());
        return 1;
    }
    const QString token
        = (out.history ? u"H"_s : u"S"_s) + QString::number(serial).rightJustified(20, u'0');
    out.add(app, u"request"_s, at, 200, u"success"_s, latency, token, at + 300000);
    qint64 t = at + 5000 + random->bounded(60000);
    int calls = 1;
    const auto verify = [&](int status, const QString &outcome) {
        out.add(app, u"verify"_s, t, status, outcome, latency, token, QVariant());
        t += 2000 + random->bounded(10000);
        ++calls;
    };
    if (kind < 75) {
        verify(200, u"success"_s);
    } else if (kind < 85) {
        verify(400, u"Code is invalid."_s);
        verify(200, u"success"_s);
    } else if (kind >= 95) {
        for (int i = 0; i < 5; ++i)
            verify(400, u"Code is invalid."_s);
    }
    return calls;
}

void fill(Database &database, qint64 calls)
{
    QSqlQuery pragma(database.connection());
    pragma.exec(u"PRAGMA synchronous = OFF"_s);
    QStringList apps;
    for (int i = 0; i < Apps; ++i)
        apps << QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = now - 365 * DayMs;
    QElapsedTimer timer;
    timer.start();
    for (const bool history : {true, false}) {
        const QString table = history ? u"exchanges"_s : u"sandbox_traffic"_s;
        pragma.exec(u"BEGIN"_s);
        Inserter out{QSqlQuery(database.connection()), history};
        out.query.prepare(u"INSERT INTO %1 (app_id, app_name, call, started_at, http_status,"
                          " outcome, latency_ms, token, expires_at) VALUES (?, 'App', ?, ?, ?, ?,"
                          " ?, ?, ?)"_s.arg(table));
        qint64 written = 0;
        qint64 serial = 0;
        const qint64 share = calls / 2;
        const qint64 step = std::max<qint64>(1, 365 * DayMs / (share / 2));
        for (qint64 at = start; written < share; at += step) {
            ++serial;
            written += writeOtp(out, apps.at(int(serial % Apps)), std::min(at, now - 1), serial);
            // A commit every few thousand calls, as the recorder's batches do: one transaction
            // of 500,000 rows, moving the rollups' B-trees too, outgrows SQLite's page cache
            // and thrashes it.
            if (serial % FillBatchOtps == 0) {
                pragma.exec(u"COMMIT"_s);
                pragma.exec(u"BEGIN"_s);
            }
        }
        out.query.finish();
        pragma.exec(u"COMMIT"_s);
        std::printf("filled %s: %lld calls\n", qPrintable(table), written);
    }
    pragma.exec(u"ANALYZE"_s);
    std::printf("fill took %.1f s\n", double(timer.elapsed()) / 1000);
}

struct Timing {
    double wallMs = 0;
    double cpuMs = 0; // this process's CPU time: what the work costs on a machine shared at nice
};

// The median of repeats, by wall time; the CPU time of the same run.
Timing medianTiming(int repeats, const std::function<void()> &work)
{
    QList<Timing> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        const std::clock_t cpu = std::clock();
        timer.start();
        work();
        times << Timing{double(timer.nsecsElapsed()) / 1e6,
                        double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC};
    }
    std::sort(times.begin(), times.end(),
              [](const Timing &a, const Timing &b) { return a.wallMs < b.wallMs; });
    return times.at(times.size() / 2);
}

QString peakMemory()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return u"?"_s;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return u"?"_s;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_reports DATA_DIR [CALLS] [REPEATS]\n");
        return 2;
    }
    const qint64 calls = args.value(2, u"1000000"_s).toLongLong();
    const int repeats = args.value(3, u"5"_s).toInt();
    const bool exists = QFileInfo::exists(args.at(1) + u"/otp-manager.sqlite3"_s);
    Database database(args.at(1));
    if (!database.open().isUsable())
        return 3;
    if (!exists)
        fill(database, calls);

    const ReportEngine engine(database);
    const TransactionTable table(database);
    const auto timed = [&](const char *what, int days, double goalMs, auto &&work) {
        ReportQuery query = ReportQuery::lastDays(days);
        query.timeZone = QTimeZone(QByteArrayLiteral("Asia/Bangkok"));
        const Timing time = medianTiming(repeats, [&] { work(query); });
        std::printf("%-44s %8.1f ms wall, %7.1f ms CPU  (goal < %.0f ms)\n", what, time.wallMs,
                    time.cpuMs, goalMs);
    };
    const auto figures = [&](const ReportQuery &query) {
        const Result<ReportFigures> result = engine.figures(query);
        if (!result)
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
    };
    const auto firstPage = [&](const ReportQuery &query) { (void)table.page(query, {}); };
    timed("figures + series, 30 days", 30, 300, figures);
    timed("figures + series, 365 days", 365, 1000, figures);
    timed("transaction table, first page, 30 days", 30, 100, firstPage);
    timed("transaction table, first page, 365 days", 365, 100, firstPage);
    const auto byAttempts = [&](const ReportQuery &query) {
        TransactionQuery page;
        page.sortColumn = TransactionQuery::Column::Attempts;
        (void)table.page(query, page);
    };
    timed("transaction table, by attempts, 30 days", 30, 1000, byAttempts);
    timed("transaction table, by attempts, 365 days", 365, 1000, byAttempts);
    timed("transaction table, next page, 365 days", 365, 100, [&](const ReportQuery &query) {
        TransactionQuery page;
        page.offset = 100;
        page.countTotal = false; // the first page counted
        (void)table.page(query, page);
    });
    const ReportFigures year = engine.figures(ReportQuery::lastDays(365)).value;
    std::printf("year: %lld OTPs requested, %lld verified; peak memory %s (goal < 150 MiB)\n",
                year.requested(), year.fate(OtpFate::Verified), qPrintable(peakMemory()));
    std::printf("database file: %.0f MiB\n",
                double(QFileInfo(database.filePath()).size()) / (1024.0 * 1024.0));
    return 0;
}
