#pragma once

#include "FaultInjector.h"
#include "SandboxApp.h"
#include "domain/IpRangeList.h"

#include <QByteArray>
#include <QHash>
#include <QList>

// An immutable, prepared snapshot of the sandbox apps: secrets as bytes and trusted IP ranges
// parsed once, so a request only compares. Shared read-only between threads.
class SandboxAppSet
{
public:
    // What a request for one of an app's test numbers gets instead of a random code.
    struct TestNumberRule {
        QString code; // the fixed code; empty for a failure
        // A failure: the answer the fault injection gives for the same "fail" (no delay).
        FaultInjector::Decision failure;
    };

    struct Entry {
        SandboxApp app;
        // Whose tokens are whose: the config's id, or for an app without one (a hand-written
        // apps file) an id derived from its key, so two such apps never share tokens.
        QUuid owner;
        QByteArray key;
        QByteArray secret;
        IpRangeList ranges;
        bool anyAddress = true;
        QHash<QString, TestNumberRule> testNumbers; // by msisdn, "+66…"

        bool allows(const QHostAddress &address) const;
        const TestNumberRule *testNumber(const QString &msisdn) const; // nullptr: none
    };

    SandboxAppSet() = default;
    explicit SandboxAppSet(const QList<SandboxApp> &apps);

    // The app whose key and secret both match, or nullptr. Every secret is compared in full,
    // whatever matched or not, so the time taken does not tell how close a guess was.
    const Entry *authenticate(QStringView key, QStringView secret) const;

    QList<SandboxApp> apps() const;
    int size() const { return int(m_entries.size()); }

    // Equal bytes, with a running time that depends only on the lengths.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

private:
    QList<Entry> m_entries;
};
