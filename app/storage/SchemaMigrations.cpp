#include "SchemaMigrations.h"

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
} // namespace

QList<Migration> SchemaMigrations::all()
{
    return {initialSchema(), inboxKeepsEvicted(), pagedListIndexes(), pendingSecrets(),
            sandboxTokensKept(), appTestNumbers()};
}
