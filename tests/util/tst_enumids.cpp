#include "domain/Environment.h"
#include "util/EnumIds.h"

#include <QSet>
#include <QTest>

// Every enum's id table: ids unique, lower-case ASCII without spaces, and each one read back as
// its value (ids are stored in databases and files: a duplicate or a typo loses data).
class TestEnumIds : public QObject
{
    Q_OBJECT

    template<typename Enum> void checkTable()
    {
        QSet<QString> seen;
        for (const Enum value : enumValues<Enum>()) {
            const QString id = enumId(value);
            QVERIFY2(!id.isEmpty(), "a value without an id");
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            QCOMPARE(id, id.toLower());
            QVERIFY2(!id.contains(u' '), qPrintable(id));
            QCOMPARE(enumFromId<Enum>(id), std::optional<Enum>(value));
        }
        QCOMPARE(enumFromId<Enum>(u"no-such-id"), std::nullopt);
        QCOMPARE(enumFromId<Enum>(u""), std::nullopt);
    }

private slots:
    void everyTableRoundTrips() { checkTable<Environment>(); }

    void readsUserInputLeniently()
    {
        QCOMPARE(enumFromId<Environment>(u" Live "), std::optional(Environment::Live));
        QCOMPARE(enumFromId<Environment>(u"SANDBOX"), std::optional(Environment::Sandbox));
        QCOMPARE(enumFromId<Environment>(u"liv"), std::nullopt);
    }

    void writesTheStoredIds()
    {
        // The ids already in users' databases and files.
        QCOMPARE(enumId(Environment::Sandbox), u"sandbox");
        QCOMPARE(enumId(Environment::Live), u"live");
        QCOMPARE(enumId(Environment::Custom), u"custom");
    }
};

QTEST_APPLESS_MAIN(TestEnumIds)
#include "tst_enumids.moc"
