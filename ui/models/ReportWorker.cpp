#include "ReportWorker.h"

#include "reports/ReportCsv.h"
#include "reports/ReportEngine.h"
#include "reports/ReportSql.h"
#include "reports/TransactionTable.h"
#include "storage/Database.h"
#include "util/AtomicFile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
using Table = ReportSql::Table;
constexpr int ExportChunkRows = 500;
} // namespace

// What the worker thread keeps between jobs: its connection, and the figures of the latest
// report with the newest call of each table they count, so a catch-up applies only newer ones.
struct ReportWorker::State {
    QString dataDir;
    std::unique_ptr<Database> database;
    std::optional<ReportFigures> figures;
    QMap<Table, qint64> lastIds;

    Result<void> open()
    {
        if (database)
            return Result<void>::success();
        auto opened = std::make_unique<Database>(dataDir);
        opened->setSetsDamageAside(false); // the window's workspace decided about damage
        const DatabaseOpenReport report = opened->open();
        if (!report.isUsable())
            return Result<void>::failure(report.message);
        database = std::move(opened);
        return Result<void>::success();
    }

    // The ids after `after` in a table, in the order stored.
    Result<QList<qint64>> idsAfter(Table table, qint64 after) const
    {
        QSqlQuery query(database->connection());
        query.setForwardOnly(true);
        if (!query.exec(
                u"SELECT id FROM %1 WHERE id > %2 ORDER BY id"_s.arg(ReportSql::tableName(table))
                    .arg(after)))
            return Result<QList<qint64>>::failure(query.lastError().text());
        QList<qint64> ids;
        while (query.next())
            ids << query.value(0).toLongLong();
        return Result<QList<qint64>>::success(ids);
    }

    Result<qint64> maxId(Table table) const
    {
        QSqlQuery query(database->connection());
        if (!query.exec(u"SELECT COALESCE(MAX(id), 0) FROM %1"_s.arg(ReportSql::tableName(table)))
            || !query.next())
            return Result<qint64>::failure(query.lastError().text());
        return Result<qint64>::success(query.value(0).toLongLong());
    }

    // The figures and the newest ids read in one transaction: one snapshot of the file, so a
    // call stored meanwhile is either counted now or applied by the next catch-up, never both.
    Result<ReportFigures> compute(const ReportQuery &query)
    {
        if (const Result<void> opened = open(); !opened)
            return Result<ReportFigures>::failure(opened.error);
        QSqlDatabase connection = database->connection();
        connection.transaction();
        Result<ReportFigures> result = ReportEngine(*database).figures(query);
        for (const Table table : {Table::Exchanges, Table::SandboxTraffic}) {
            const Result<qint64> last = maxId(table);
            if (result && !last)
                result = Result<ReportFigures>::failure(last.error);
            lastIds[table] = last.value;
        }
        connection.commit();
        figures = result ? std::optional<ReportFigures>(result.value) : std::nullopt;
        return result;
    }

    Result<ReportFigures> applyNewCalls()
    {
        QSqlDatabase connection = database->connection();
        connection.transaction();
        // The sandbox's rows first: a console call to the sandbox is in both tables, and its
        // history row is left out of "both" only once the sandbox's row is there.
        QMap<Table, QList<qint64>> newIds;
        qint64 count = 0;
        for (const Table table : {Table::SandboxTraffic, Table::Exchanges}) {
            const Result<QList<qint64>> ids = idsAfter(table, lastIds.value(table));
            if (!ids) {
                connection.rollback();
                return Result<ReportFigures>::failure(ids.error);
            }
            newIds[table] = ids.value;
            count += ids.value.size();
        }
        connection.commit();
        if (count > MaxCallsApplied)
            return compute(figures->query);
        const ReportEngine engine(*database);
        for (const Table table : {Table::SandboxTraffic, Table::Exchanges}) {
            for (const qint64 id : newIds.value(table)) {
                if (const Result<void> applied = engine.applyCall(&*figures, table, id); !applied)
                    return Result<ReportFigures>::failure(applied.error);
                lastIds[table] = id;
            }
        }
        return Result<ReportFigures>::success(*figures);
    }

    Result<QByteArray> csv(const ReportQuery &report, TransactionQuery filter, qint64 *rows)
    {
        if (const Result<void> opened = open(); !opened)
            return Result<QByteArray>::failure(opened.error);
        QByteArray bytes = ReportCsv::header();
        const TransactionTable table(*database);
        filter.limit = ExportChunkRows;
        for (filter.offset = 0;; filter.offset += ExportChunkRows) {
            const Result<TransactionPage> page = table.page(report, filter);
            if (!page)
                return Result<QByteArray>::failure(page.error);
            bytes += ReportCsv::lines(page.value.rows);
            *rows += page.value.rows.size();
            if (page.value.rows.size() < ExportChunkRows)
                return Result<QByteArray>::success(bytes);
        }
    }

    std::optional<qint64> historyRequestOf(const QString &token) const
    {
        QSqlQuery query(database->connection());
        if (token.isEmpty()
            || !query.exec(u"SELECT id FROM exchanges WHERE token = %1 AND call = 'request'"
                           " ORDER BY id LIMIT 1"_s.arg(ReportSql::quoted(token)))
            || !query.next())
            return std::nullopt;
        return query.value(0).toLongLong();
    }
};

ReportWorker::ReportWorker(const QString &dataDir, QObject *parent)
    : QObject(parent), m_state(std::make_unique<State>())
{
    m_state->dataDir = dataDir;
    m_thread.setObjectName(u"reports"_s);
    m_threadContext = new QObject; // no parent: it moves to the thread
    m_threadContext->moveToThread(&m_thread);
    m_thread.start();
}

ReportWorker::~ReportWorker()
{
    // The connection belongs to the worker thread: closed there, after the jobs still queued.
    QMetaObject::invokeMethod(m_threadContext, [state = m_state.get()] {
        state->figures.reset();
        state->database.reset();
    });
    m_thread.quit();
    m_thread.wait();
    delete m_threadContext;
}

template<typename T>
void ReportWorker::post(std::function<T(State &)> work, std::function<void(const T &)> done)
{
    if (++m_pendingJobs == 1)
        emit busyChanged(true);
    QMetaObject::invokeMethod(m_threadContext, [this, work, done] {
        T result = work(*m_state);
        QMetaObject::invokeMethod(this, [this, done, result] {
            done(result);
            jobFinished();
        });
    });
}

void ReportWorker::jobFinished()
{
    if (--m_pendingJobs == 0)
        emit busyChanged(false);
}

void ReportWorker::run(const ReportQuery &query)
{
    const int run = ++m_latestRun;
    using Outcome = std::optional<Result<ReportFigures>>;
    post<Outcome>(
        [this, run, query](State &state) -> Outcome {
            if (run != m_latestRun) // a newer report is queued behind this one
                return std::nullopt;
            return state.compute(query);
        },
        [this](const Outcome &outcome) {
            if (!outcome)
                return;
            if (*outcome)
                emit figuresReady(outcome->value, false);
            else
                emit failed(outcome->error);
        });
}

void ReportWorker::catchUp()
{
    using Outcome = std::optional<Result<ReportFigures>>;
    post<Outcome>(
        [](State &state) -> Outcome {
            if (!state.figures || !state.database)
                return std::nullopt; // no report yet: the next one counts everything
            return state.applyNewCalls();
        },
        [this](const Outcome &outcome) {
            if (!outcome)
                return;
            if (*outcome)
                emit figuresReady(outcome->value, true);
            else
                emit failed(outcome->error);
        });
}

int ReportWorker::fetchPage(const ReportQuery &report, const TransactionQuery &page)
{
    const int ticket = ++m_nextTicket;
    post<Result<TransactionPage>>(
        [report, page](State &state) {
            if (const Result<void> opened = state.open(); !opened)
                return Result<TransactionPage>::failure(opened.error);
            return TransactionTable(*state.database).page(report, page);
        },
        [this, ticket](const Result<TransactionPage> &result) {
            if (result)
                emit pageReady(ticket, result.value);
            else
                emit failed(result.error);
        });
    return ticket;
}

void ReportWorker::exportCsv(const ReportQuery &report, const TransactionQuery &filter,
                             const QString &path)
{
    using Outcome = std::pair<qint64, QString>;
    post<Outcome>(
        [report, filter, path](State &state) {
            qint64 rows = 0;
            const Result<QByteArray> bytes = state.csv(report, filter, &rows);
            if (!bytes)
                return Outcome{0, bytes.error};
            const Result<void> written = AtomicFile::write(path, bytes.value);
            return Outcome{rows, written.error};
        },
        [this, path](const Outcome &outcome) {
            emit csvExported(path, outcome.first, outcome.second);
        });
}

void ReportWorker::findExchange(ReportSource source, qint64 requestId, const QString &token)
{
    using Outcome = std::optional<qint64>;
    post<Outcome>(
        [source, requestId, token](State &state) -> Outcome {
            if (source == ReportSource::Calls)
                return requestId;
            if (!state.open())
                return std::nullopt;
            return state.historyRequestOf(token);
        },
        [this](const Outcome &historyId) { emit exchangeFound(historyId); });
}
