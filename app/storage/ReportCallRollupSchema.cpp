#include "ReportCallRollupSchema.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const QString Columns = u"app_id, started_at, call, http_status, outcome, latency_ms, token"_s;

// One call row of a trigger (NEW or OLD) as a table the statements can read.
QString oneRow(const QString &row)
{
    QStringList fields;
    for (const QString &column : Columns.split(u", "_s))
        fields << u"%1.%2 AS %2"_s.arg(row, column);
    return u"(SELECT "_s + fields.join(u", "_s) + u')';
}

} // namespace

QString ReportCallRollupSchema::unpairedExpression(const QString &table, const QString &alias)
{
    return u"(%2.call = 'verify' AND (%2.token = '' OR NOT EXISTS (SELECT 1 FROM %1 q"
           " WHERE q.token = %2.token AND q.call = 'request')))"_s.arg(table, alias);
}

QString ReportCallRollupSchema::shadowedExpression(int src, const QString &alias)
{
    if (src != 0)
        return u"0"_s;
    return u"(%1.token <> '' AND EXISTS (SELECT 1 FROM sandbox_traffic s"
           " WHERE s.token = %1.token))"_s.arg(alias);
}

// Each row goes in by itself, its count added on conflict: no GROUP BY, whose sorter inside a
// trigger would open a temporary file for every call written.
QStringList ReportCallRollupSchema::applied(int src, const QString &table, const Move &move)
{
    const QString unpaired
        = move.unpaired ? QString::number(*move.unpaired) : unpairedExpression(table, u"c"_s);
    const QString shadowed
        = move.shadowed ? QString::number(*move.shadowed) : shadowedExpression(src, u"c"_s);
    const QString where = move.where.isEmpty() ? u"1"_s : move.where;
    // One statement for the call's app, one for all apps: a join with a two-row list would
    // be materialized, again a temporary file per call. The WHERE before ON CONFLICT is what
    // SQLite's upsert asks of an INSERT ... SELECT.
    QStringList sql;
    for (const QString &app : {u"c.app_id"_s, u"'%1'"_s.arg(QLatin1String(AllApps))}) {
        sql << u"INSERT INTO report_calls (src, app_id, hour, call, http_status, outcome,"
               " unpaired, shadowed, calls) SELECT %1, %2, c.started_at / %3, c.call,"
               " COALESCE(c.http_status, 0), c.outcome, %4, %5, %6 FROM %7 c WHERE %8"
               " ON CONFLICT DO UPDATE SET calls = calls + excluded.calls"_s.arg(
                   QString::number(src), app, QString::number(HourMs), unpaired, shadowed,
                   QString::number(move.sign), move.rows, where);
        if (!move.latency)
            continue;
        sql << u"INSERT INTO report_latency (src, app_id, day, shadowed, step, calls)"
               " SELECT %1, %2, c.started_at / %3, %4, CAST(ROUND(c.latency_ms * 10) AS INTEGER),"
               " %5 FROM %6 c WHERE (%7) AND c.latency_ms IS NOT NULL"
               " ON CONFLICT DO UPDATE SET calls = calls + excluded.calls"_s.arg(
                   QString::number(src), app, QString::number(DayMs), shadowed,
                   QString::number(move.sign), move.rows, where);
    }
    return sql;
}

// Counts taken to zero leave the rollups (pruning would otherwise leave every old hour behind).
QString ReportCallRollupSchema::removedWhenZero(const QString &table, const QString &count,
                                                const QStringList &key)
{
    QStringList same;
    for (const QString &column : key)
        same << u"%1 = NEW.%1"_s.arg(column);
    return u"CREATE TRIGGER %1_zero AFTER UPDATE OF %2 ON %1 WHEN NEW.%2 = 0 BEGIN"
           " DELETE FROM %1 WHERE %3; END"_s.arg(table, count, same.join(u" AND "_s));
}

QStringList ReportCallRollupSchema::triggersFor(int src, const QString &table)
{
    const auto trigger
        = [&](const QString &name, const QString &event, const QStringList &body) -> QString {
        // event: INSERT or DELETE, then a WHEN clause if any
        const QString when = event.section(u' ', 1);
        return u"CREATE TRIGGER %1_%2 AFTER %3 ON %1 %4 BEGIN "_s.arg(
                   table, name, event.section(u' ', 0, 0), when)
            + body.join(u"; "_s) + u"; END"_s;
    };
    const QString verifiesOf = u"c.token = %1.token AND c.call = 'verify'"_s;
    const QString otherRequest = u"EXISTS (SELECT 1 FROM %1 q WHERE q.token = %2.token"
                                 " AND q.call = 'request'"_s;
    return {
        trigger(u"calls_insert"_s, u"INSERT"_s,
                applied(src, table, {oneRow(u"NEW"_s), {}, 1, {}, {}, true})),
        trigger(u"calls_delete"_s, u"DELETE"_s,
                applied(src, table, {oneRow(u"OLD"_s), {}, -1, {}, {}, true})),
        // The token's first request pairs the verifies stored before it (the history stores a
        // call when its answer came); its last one, pruned, leaves them unpaired.
        trigger(u"calls_paired"_s,
                u"INSERT WHEN NEW.call = 'request' AND NEW.token <> '' AND NOT "_s
                    + otherRequest.arg(table, u"NEW"_s) + u" AND q.id <> NEW.id)"_s,
                applied(src, table, {table, verifiesOf.arg(u"NEW"_s), -1, 1, {}, false})
                    + applied(src, table, {table, verifiesOf.arg(u"NEW"_s), 1, {}, {}, false})),
        trigger(u"calls_unpaired"_s,
                u"DELETE WHEN OLD.call = 'request' AND OLD.token <> '' AND NOT "_s
                    + otherRequest.arg(table, u"OLD"_s) + u")"_s,
                applied(src, table, {table, verifiesOf.arg(u"OLD"_s), -1, 0, {}, false})
                    + applied(src, table, {table, verifiesOf.arg(u"OLD"_s), 1, {}, {}, false})),
    };
}

// A console call to the embedded sandbox is in both tables; the history's calls of a token
// the sandbox's traffic holds are "shadowed" (left out of a report of both sources). The
// sandbox's first row of a token shadows them, its last one gone unshadows them.
QStringList ReportCallRollupSchema::shadowTriggers()
{
    const QString history = u"exchanges"_s;
    const QString ofToken = u"c.token = %1.token"_s;
    const QString otherRow = u"EXISTS (SELECT 1 FROM sandbox_traffic q WHERE q.token = %1.token"_s;
    const auto moved = [&](const QString &row, int before) {
        return applied(0, history, {history, ofToken.arg(row), -1, {}, before, true})
            + applied(0, history, {history, ofToken.arg(row), 1, {}, {}, true});
    };
    return {
        u"CREATE TRIGGER sandbox_traffic_calls_shadow AFTER INSERT ON sandbox_traffic"
        " WHEN NEW.token <> '' AND NOT "_s
            + otherRow.arg(u"NEW"_s) + u" AND q.id <> NEW.id) BEGIN "_s
            + moved(u"NEW"_s, 0).join(u"; "_s) + u"; END"_s,
        u"CREATE TRIGGER sandbox_traffic_calls_unshadow AFTER DELETE ON sandbox_traffic"
        " WHEN OLD.token <> '' AND NOT "_s
            + otherRow.arg(u"OLD"_s) + u") BEGIN "_s + moved(u"OLD"_s, 1).join(u"; "_s)
            + u"; END"_s,
    };
}

QStringList ReportCallRollupSchema::statements()
{
    QStringList sql{
        u"CREATE TABLE report_calls ("
        " src INTEGER NOT NULL," // 0: exchanges (the history), 1: sandbox_traffic
        " app_id TEXT NOT NULL," // the call's app, or '*': all apps
        " hour INTEGER NOT NULL," // started_at / 3600000: the UTC hour
        " call TEXT NOT NULL,"
        " http_status INTEGER NOT NULL,"
        " outcome TEXT NOT NULL,"
        " unpaired INTEGER NOT NULL," // a verify whose token no request of its table issued
        " shadowed INTEGER NOT NULL," // a history call whose token sandbox_traffic holds
        " calls INTEGER NOT NULL,"
        " PRIMARY KEY (src, app_id, hour, call, http_status, outcome, unpaired, shadowed))"
        " WITHOUT ROWID"_s,
        u"CREATE TABLE report_latency ("
        " src INTEGER NOT NULL,"
        " app_id TEXT NOT NULL,"
        " day INTEGER NOT NULL," // started_at / 86400000: the UTC day
        " shadowed INTEGER NOT NULL,"
        " step INTEGER NOT NULL," // latency in steps of 0.1 ms
        " calls INTEGER NOT NULL,"
        " PRIMARY KEY (src, app_id, day, shadowed, step)) WITHOUT ROWID"_s,
    };
    sql << triggersFor(0, u"exchanges"_s) << triggersFor(1, u"sandbox_traffic"_s)
        << shadowTriggers()
        << removedWhenZero(u"report_calls"_s, u"calls"_s,
                           {u"src"_s, u"app_id"_s, u"hour"_s, u"call"_s, u"http_status"_s,
                            u"outcome"_s, u"unpaired"_s, u"shadowed"_s})
        << removedWhenZero(u"report_latency"_s, u"calls"_s,
                           {u"src"_s, u"app_id"_s, u"day"_s, u"shadowed"_s, u"step"_s});
    // The calls stored before, as the triggers would have counted them.
    for (const auto &[src, table] : {std::pair{0, u"exchanges"_s}, {1, u"sandbox_traffic"_s}}) {
        Move all;
        all.rows = table;
        sql << applied(src, table, all);
    }
    return sql;
}
