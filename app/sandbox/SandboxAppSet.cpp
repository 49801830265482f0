#include "SandboxAppSet.h"

#include "api/ErrorLookup.h"
#include "domain/Msisdn.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The rules of validated test numbers, keyed by "+66…". A number that no longer resolves (a
// hand-edited apps file) is left out: that number is then served like any other.
QHash<QString, SandboxAppSet::TestNumberRule> testNumberRules(const QList<TestNumber> &numbers)
{
    QHash<QString, SandboxAppSet::TestNumberRule> rules;
    for (const TestNumber &number : numbers) {
        const std::optional<Msisdn> msisdn = Msisdn::parse(number.msisdn);
        if (!msisdn)
            continue;
        SandboxAppSet::TestNumberRule rule;
        if (number.isDrop()) {
            rule.failure.action = SandboxFaults::Action::Drop;
        } else if (number.isFailure()) {
            const std::optional<ErrorEntry> entry = ErrorLookup::catalogEntry(number.fail);
            if (!entry)
                continue;
            rule.failure.action = SandboxFaults::Action::Error;
            rule.failure.errorRow = entry->row;
        } else {
            rule.code = number.code;
        }
        rules.insert(msisdn->international(), rule);
    }
    return rules;
}

} // namespace

bool SandboxAppSet::Entry::allows(const QHostAddress &address) const
{
    // An app whose configured entries were all invalid allows nobody rather than everybody:
    // only an empty configuration means "any address".
    return anyAddress || (!ranges.isEmpty() && ranges.contains(address));
}

SandboxAppSet::SandboxAppSet(const QList<SandboxApp> &apps)
{
    m_entries.reserve(apps.size());
    for (const SandboxApp &app : apps) {
        Entry entry;
        entry.app = app;
        entry.owner = app.config.id.isNull() ? QUuid::createUuidV5(
                          QUuid(u"{6b1c3f0e-8a57-4d2e-9f43-2a5f0c7e9b11}"_s), app.config.appKey)
                                             : app.config.id;
        entry.key = app.config.appKey.toUtf8();
        entry.secret = app.secret.toUtf8();
        entry.anyAddress = app.config.ipRanges.isEmpty();
        entry.ranges = IpRangeList::parse(app.config.ipRanges).list;
        entry.testNumbers = testNumberRules(app.config.testNumbers);
        m_entries.append(entry);
    }
}

const SandboxAppSet::TestNumberRule *SandboxAppSet::Entry::testNumber(const QString &msisdn) const
{
    if (testNumbers.isEmpty()) // most apps: no lookup at all
        return nullptr;
    const auto found = testNumbers.constFind(msisdn);
    return found == testNumbers.cend() ? nullptr : &found.value();
}

const SandboxAppSet::Entry *SandboxAppSet::authenticate(QStringView key, QStringView secret) const
{
    const QByteArray keyBytes = key.toUtf8();
    const QByteArray secretBytes = secret.toUtf8();
    const Entry *found = nullptr;
    for (const Entry &entry : m_entries) {
        // Both comparisons always run: no early exit on the key either.
        const bool keyMatches = constantTimeEquals(keyBytes, entry.key);
        const bool secretMatches = constantTimeEquals(secretBytes, entry.secret);
        if (keyMatches && secretMatches && !entry.key.isEmpty() && !found)
            found = &entry;
    }
    return found;
}

QList<SandboxApp> SandboxAppSet::apps() const
{
    QList<SandboxApp> apps;
    apps.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        apps.append(entry.app);
    return apps;
}

bool SandboxAppSet::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Walk the longer input in full; a length difference is folded into the result instead of
    // returning early.
    const qsizetype length = qMax(a.size(), b.size());
    quint32 difference = quint32(a.size() ^ b.size());
    for (qsizetype i = 0; i < length; ++i) {
        const quint8 x = i < a.size() ? quint8(a[i]) : 0;
        const quint8 y = i < b.size() ? quint8(b[i]) : 0;
        difference |= quint32(x ^ y);
    }
    return difference == 0;
}
