#include "SchemaMigrations.h"

#include "ReportCallRollupSchema.h"
#include "ReportOtpCountsSchema.h"
#include "ReportRollupSchema.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// Version 1: apps, call history and the sandbox inbox. Times are UTC milliseconds since the
// epoch; ids are UUIDs without braces. No table has a column for an App Secret: secrets live
// only in the OS keychain.
Migration initialSchema()
{
    return Migration{
        1,
        u"apps, exchanges (call history), inbox (sandbox SMS)"_s,
        {
            u"CREATE TABLE schema_version ("
            " version INTEGER PRIMARY KEY NOT NULL,"
            " applied_at INTEGER NOT NULL,"
            " description TEXT NOT NULL DEFAULT '')"_s,

            u"CREATE TABLE apps ("
            " id TEXT PRIMARY KEY NOT NULL,"
            " name TEXT NOT NULL,"
            " contact_email TEXT NOT NULL DEFAULT '',"
            " contact_name TEXT NOT NULL DEFAULT '',"
            " digits INTEGER NOT NULL,"
            " message_template TEXT NOT NULL,"
            " expiry_minutes INTEGER NOT NULL,"
            " ip_ranges TEXT NOT NULL DEFAULT '[]'," // JSON array of strings
            " environment TEXT NOT NULL CHECK (environment IN ('sandbox', 'live', 'custom')),"
            " base_url TEXT NOT NULL DEFAULT '',"
            " app_key TEXT NOT NULL DEFAULT '',"
            " created_at INTEGER NOT NULL,"
            " updated_at INTEGER NOT NULL)"_s,
            // Backstop for the validator's rule; NOCASE folds ASCII only, so it never
            // rejects a name the validator accepts as distinct.
            u"CREATE UNIQUE INDEX apps_name ON apps (name COLLATE NOCASE)"_s,

            // No foreign key to apps: history outlives the app (app_name keeps its name)
            // and can still be cleared by the old app id.
            u"CREATE TABLE exchanges ("
            " id INTEGER PRIMARY KEY,"
            " app_id TEXT NOT NULL,"
            " app_name TEXT NOT NULL,"
            " call TEXT NOT NULL CHECK (call IN ('request', 'verify')),"
            " started_at INTEGER NOT NULL,"
            " msisdn TEXT NOT NULL DEFAULT '',"
            " http_status INTEGER," // NULL: no HTTP response (network error, timeout)
            " outcome TEXT NOT NULL DEFAULT '',"
            " latency_ms INTEGER," // NULL: not measured
            " record_json TEXT NOT NULL DEFAULT '{}')"_s,
            u"CREATE INDEX exchanges_app_time ON exchanges (app_id, started_at DESC, id DESC)"_s,
            u"CREATE INDEX exchanges_time ON exchanges (started_at DESC, id DESC)"_s,

            u"CREATE TABLE inbox ("
            " id INTEGER PRIMARY KEY,"
            " app_id TEXT NOT NULL,"
            " app_name TEXT NOT NULL,"
            " msisdn TEXT NOT NULL,"
            " text TEXT NOT NULL,"
            " code TEXT NOT NULL,"
            " refno TEXT NOT NULL,"
            " token TEXT NOT NULL,"
            " created_at INTEGER NOT NULL,"
            " expires_at INTEGER NOT NULL,"
            " state TEXT NOT NULL"
            "  CHECK (state IN ('pending', 'verified', 'expired', 'burned')))"_s,
            u"CREATE INDEX inbox_time ON inbox (created_at DESC, id DESC)"_s,
        },
    };
}

// Version 2: the inbox keeps "evicted" (a message the sandbox dropped unverified to stay under
// its cap of stored tokens), which version 1 stored as "burned". SQLite cannot alter a CHECK
// constraint, so the table is rebuilt as https://www.sqlite.org/lang_altertable.html#otheralter
// describes: create the new table, copy every row (ids included), drop the old one, rename the
// new one, recreate its index. Database::open() runs all pending steps in one transaction, and
// no foreign key or view refers to the inbox, so no other step of that procedure applies.
Migration inboxKeepsEvicted()
{
    return Migration{
        2,
        u"inbox: state 'evicted' (dropped to keep the sandbox under its token cap)"_s,
        {
            u"CREATE TABLE inbox_v2 ("
            " id INTEGER PRIMARY KEY,"
            " app_id TEXT NOT NULL,"
            " app_name TEXT NOT NULL,"
            " msisdn TEXT NOT NULL,"
            " text TEXT NOT NULL,"
            " code TEXT NOT NULL,"
            " refno TEXT NOT NULL,"
            " token TEXT NOT NULL,"
            " created_at INTEGER NOT NULL,"
            " expires_at INTEGER NOT NULL,"
            " state TEXT NOT NULL"
            "  CHECK (state IN ('pending', 'verified', 'expired', 'burned', 'evicted')))"_s,
            u"INSERT INTO inbox_v2 (id, app_id, app_name, msisdn, text, code, refno, token,"
            " created_at, expires_at, state)"
            " SELECT id, app_id, app_name, msisdn, text, code, refno, token, created_at,"
            " expires_at, state FROM inbox"_s,
            u"DROP TABLE inbox"_s, // drops its index inbox_time too
            u"ALTER TABLE inbox_v2 RENAME TO inbox"_s,
            u"CREATE INDEX inbox_time ON inbox (created_at DESC, id DESC)"_s,
        },
    };
}

// Version 3: indexes for the paged, searchable lists (ExchangeRepository::rows(),
// InboxRepository::list()) and for Fill PIN (InboxRepository::findByToken()).
// The two history indexes cover every column the history table shows: a page, a search over
// all calls and a count read only the index, never the table, whose rows carry record_json
// (kilobytes each, so a table scan reads about one page per call). They replace the indexes of
// version 1 with the same leading columns. The query plans are checked in
// tests/storage/tst_exchangerepository.cpp and tst_inboxrepository.cpp (queryPlans).
Migration pagedListIndexes()
{
    return Migration{
        3,
        u"indexes for paged, searchable history and inbox lists, inbox by token"_s,
        {
            u"CREATE INDEX exchanges_list ON exchanges (started_at DESC, id DESC, app_id,"
            " app_name, call, msisdn, http_status, outcome, latency_ms)"_s,
            u"CREATE INDEX exchanges_app_list ON exchanges (app_id, started_at DESC, id DESC,"
            " app_name, call, msisdn, http_status, outcome, latency_ms)"_s,
            u"DROP INDEX exchanges_time"_s,
            u"DROP INDEX exchanges_app_time"_s,
            u"CREATE INDEX inbox_app_time ON inbox (app_id, created_at DESC, id DESC)"_s,
            u"CREATE INDEX inbox_token ON inbox (token)"_s,
        },
    };
}

// Version 4: the import's journal of App Secrets written to the keychain before their apps are
// committed (PendingSecrets). A row is added, in its own transaction, before the keychain
// write, and deleted in the transaction that inserts its app; a row left behind by a killed
// import names a keychain entry that belongs to no app, for PendingSecretCleanup to remove.
// No foreign key: the row exists precisely while its app does not.
Migration pendingSecrets()
{
    return Migration{
        4,
        u"pending_secrets: keychain entries written by an import not yet committed"_s,
        {
            u"CREATE TABLE pending_secrets ("
            " app_id TEXT PRIMARY KEY NOT NULL,"
            " written_at INTEGER NOT NULL)"_s,
        },
    };
}

// Version 5: the desktop app's sandbox keeps its tokens across restarts (SandboxTokenKeeper),
// and the inbox can say "lost" for a message whose token no sandbox holds any more. The inbox
// is rebuilt for its CHECK constraint as in version 2, its indexes made again, plus a partial
// index of the pending messages, which the sandbox's start reads. sandbox_tokens holds the
// token store's records: pending tokens and the tombstones verify still answers for (one hour
// after expiry), in issue order (seq). The code is the sandbox's fake OTP, as in the inbox; no
// column holds an App Secret.
Migration sandboxTokensKept()
{
    return Migration{
        5,
        u"sandbox_tokens (kept across restarts); inbox: state 'lost'"_s,
        {
            u"CREATE TABLE inbox_v5 ("
            " id INTEGER PRIMARY KEY,"
            " app_id TEXT NOT NULL,"
            " app_name TEXT NOT NULL,"
            " msisdn TEXT NOT NULL,"
            " text TEXT NOT NULL,"
            " code TEXT NOT NULL,"
            " refno TEXT NOT NULL,"
            " token TEXT NOT NULL,"
            " created_at INTEGER NOT NULL,"
            " expires_at INTEGER NOT NULL,"
            " state TEXT NOT NULL CHECK (state IN ('pending', 'verified', 'expired', 'burned',"
            " 'evicted', 'lost')))"_s,
            u"INSERT INTO inbox_v5 (id, app_id, app_name, msisdn, text, code, refno, token,"
            " created_at, expires_at, state)"
            " SELECT id, app_id, app_name, msisdn, text, code, refno, token, created_at,"
            " expires_at, state FROM inbox"_s,
            u"DROP TABLE inbox"_s, // and its indexes
            u"ALTER TABLE inbox_v5 RENAME TO inbox"_s,
            u"CREATE INDEX inbox_time ON inbox (created_at DESC, id DESC)"_s,
            u"CREATE INDEX inbox_app_time ON inbox (app_id, created_at DESC, id DESC)"_s,
            u"CREATE INDEX inbox_token ON inbox (token)"_s,
            u"CREATE INDEX inbox_pending ON inbox (token) WHERE state = 'pending'"_s,

            u"CREATE TABLE sandbox_tokens ("
            " seq INTEGER PRIMARY KEY,"
            " token TEXT NOT NULL UNIQUE,"
            " app_id TEXT NOT NULL,"
            " code TEXT NOT NULL,"
            " attempts INTEGER NOT NULL DEFAULT 0,"
            " expires_at INTEGER NOT NULL,"
            " state TEXT NOT NULL"
            "  CHECK (state IN ('pending', 'verified', 'expired', 'burned')))"_s,
            u"CREATE INDEX sandbox_tokens_expiry ON sandbox_tokens (expires_at)"_s,
        },
    };
}

// Version 6: a sandbox app's test numbers (fixed codes and forced failures), a JSON array as
// in the apps file (TestNumbersJson); apps stored before have none.
Migration appTestNumbers()
{
    return Migration{
        6,
        u"apps: test numbers of sandbox apps"_s,
        {
            u"ALTER TABLE apps ADD COLUMN test_numbers TEXT NOT NULL DEFAULT '[]'"_s,
        },
    };
}

// Version 7: reports (docs/reports.md). sandbox_traffic keeps every OTP call the sandbox
// answered, with the columns of a history row so one query reads both: masked number, never
// a secret or a PIN. The history gains the token (what pairs a request with its verifies) and
// a request's expiry: filled here from the saved records (the token of a request's answer, the
// `token` field of a verify's form or JSON body; the expiry from the app's setting, 5 minutes
// for an app deleted since), and by ExchangeHistory for new calls. Indexes: the period scans
// (time, or app then time) and the pairing by token read only the index. Then the rollups (one
// row per OTP, OTP counts per day, call counts per hour, latency per day), kept by triggers,
// filled from the calls stored before (ReportRollupSchema, ReportOtpCountsSchema,
// ReportCallRollupSchema).
Migration reportsTraffic()
{
    const QString body = u"json_extract(record_json, '$.record.request.body')"_s;
    const QString form = u"('&' || "_s + body + u" || '&')"_s;
    const QString afterKey = u"substr("_s + form + u", instr("_s + form + u", '&token=') + 7)"_s;
    Migration migration{
        7,
        u"sandbox_traffic (OTP calls the sandbox answered); exchanges: token, expires_at;"
        " report_otps (one row per OTP), report_otp_counts, report_calls and report_latency"
        " (counts per day or hour), kept by triggers"_s,
        {
            u"CREATE TABLE sandbox_traffic ("
            " id INTEGER PRIMARY KEY,"
            " app_id TEXT NOT NULL DEFAULT ''," // '' when no app's key and secret matched
            " app_name TEXT NOT NULL DEFAULT '',"
            " call TEXT NOT NULL CHECK (call IN ('request', 'verify')),"
            " started_at INTEGER NOT NULL,"
            " msisdn TEXT NOT NULL DEFAULT ''," // masked: 081***5678
            " http_status INTEGER NOT NULL," // 0: dropped by an injected fault
            " status_code INTEGER," // the service's status code; NULL when dropped
            " outcome TEXT NOT NULL DEFAULT ''," // as the history's: success, name or message
            " latency_ms REAL NOT NULL,"
            " token TEXT NOT NULL DEFAULT '',"
            " refno TEXT NOT NULL DEFAULT '',"
            " expires_at INTEGER,"
            " fault INTEGER NOT NULL DEFAULT 0,"
            " remote_address TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX sandbox_traffic_time ON sandbox_traffic (started_at, app_id, call,"
            " http_status, outcome, latency_ms, token, expires_at)"_s,
            u"CREATE INDEX sandbox_traffic_app_time ON sandbox_traffic (app_id, started_at, call,"
            " http_status, outcome, latency_ms, token, expires_at)"_s,
            u"CREATE INDEX sandbox_traffic_token ON sandbox_traffic (token, call, started_at,"
            " outcome)"_s,

            u"ALTER TABLE exchanges ADD COLUMN token TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE exchanges ADD COLUMN expires_at INTEGER"_s,
            u"UPDATE exchanges SET"
            " token = COALESCE(json_extract(record_json, '$.token'), ''),"
            " expires_at = started_at + 60000 * COALESCE("
            "  (SELECT expiry_minutes FROM apps WHERE apps.id = exchanges.app_id), 5)"
            " WHERE call = 'request' AND json_valid(record_json)"_s,
            u"UPDATE exchanges SET token = COALESCE(CASE"
            " WHEN json_valid("_s
                + body + u") THEN json_extract("_s + body + u", '$.token')" + u" WHEN instr("_s
                + form + u", '&token=') > 0 THEN substr("_s + afterKey + u", 1, instr("_s + afterKey
                + u", '&') - 1)"
                + u" END, '')"
                  " WHERE call = 'verify' AND json_valid(record_json)"_s,
            u"CREATE INDEX exchanges_report ON exchanges (started_at, app_id, call, http_status,"
            " outcome, latency_ms, token, expires_at)"_s,
            u"CREATE INDEX exchanges_app_report ON exchanges (app_id, started_at, call,"
            " http_status, outcome, latency_ms, token, expires_at)"_s,
            u"CREATE INDEX exchanges_token ON exchanges (token, call, started_at, outcome)"_s,
        },
    };
    migration.statements << ReportRollupSchema::statements() << ReportOtpCountsSchema::statements()
                         << ReportCallRollupSchema::statements();
    return migration;
}
} // namespace

QList<Migration> SchemaMigrations::all()
{
    return {initialSchema(),     inboxKeepsEvicted(), pagedListIndexes(), pendingSecrets(),
            sandboxTokensKept(), appTestNumbers(),    reportsTraffic()};
}
