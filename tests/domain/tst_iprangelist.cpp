#include "domain/IpRangeList.h"

#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestIpRangeList : public QObject
{
    Q_OBJECT

private slots:
    void parseEntry_data();
    void parseEntry();
    void parseList_data();
    void parseList();
    void tooManyEntries();
    void longPasteStaysFast();
    void repeatedProblemsAreOneIssueEach();
    void singleProblemQuotesItsEntry();
    void contains_data();
    void contains();
    void emptyListAllowsAnyAddress();
};

void TestIpRangeList::parseEntry_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<bool>("hadHostBits");

    QTest::newRow("ipv4 address") << u"203.0.113.7"_s << true << u"203.0.113.7"_s << false;
    QTest::newRow("ipv4 /24") << u"203.0.113.0/24"_s << true << u"203.0.113.0/24"_s << false;
    QTest::newRow("ipv4 /0") << u"0.0.0.0/0"_s << true << u"0.0.0.0/0"_s << false;
    QTest::newRow("ipv4 /32 is one address")
        << u"203.0.113.7/32"_s << true << u"203.0.113.7"_s << false;
    QTest::newRow("ipv4 host bits") << u"203.0.113.9/24"_s << true << u"203.0.113.0/24"_s << true;
    QTest::newRow("ipv4 /0 host bits") << u"10.1.2.3/0"_s << true << u"0.0.0.0/0"_s << true;
    QTest::newRow("ipv6 address") << u"2001:db8::1"_s << true << u"2001:db8::1"_s << false;
    QTest::newRow("ipv6 /32") << u"2001:db8::/32"_s << true << u"2001:db8::/32"_s << false;
    QTest::newRow("ipv6 /128") << u"2001:db8::1/128"_s << true << u"2001:db8::1"_s << false;
    QTest::newRow("ipv6 /0") << u"::/0"_s << true << u"::/0"_s << false;
    QTest::newRow("ipv6 host bits") << u"2001:db8::1/32"_s << true << u"2001:db8::/32"_s << true;
    QTest::newRow("ipv6 /127 host bit")
        << u"2001:db8::1/127"_s << true << u"2001:db8::/127"_s << true;
    QTest::newRow("loopback") << u"127.0.0.1"_s << true << u"127.0.0.1"_s << false;
    QTest::newRow("spaces around") << u"  203.0.113.7  "_s << true << u"203.0.113.7"_s << false;

    QTest::newRow("ipv4 /33") << u"203.0.113.0/33"_s << false << QString() << false;
    QTest::newRow("ipv6 /129") << u"2001:db8::/129"_s << false << QString() << false;
    QTest::newRow("negative prefix") << u"203.0.113.0/-1"_s << false << QString() << false;
    QTest::newRow("plus prefix") << u"203.0.113.0/+8"_s << false << QString() << false;
    QTest::newRow("empty prefix") << u"203.0.113.0/"_s << false << QString() << false;
    QTest::newRow("octet 256") << u"203.0.113.256"_s << false << QString() << false;
    QTest::newRow("three octets") << u"203.0.113"_s << false << QString() << false;
    QTest::newRow("inet_aton shorthand") << u"10.1"_s << false << QString() << false;
    QTest::newRow("leading zero octet") << u"010.0.0.1"_s << false << QString() << false;
    QTest::newRow("hex octet") << u"0x7f.0.0.1"_s << false << QString() << false;
    QTest::newRow("hostname") << u"example.com"_s << false << QString() << false;
    QTest::newRow("space inside") << u"203.0.113.0 /24"_s << false << QString() << false;
    QTest::newRow("range with dash") << u"203.0.113.1-203.0.113.9"_s << false << QString() << false;
    QTest::newRow("scope id") << u"fe80::1%eth0"_s << false << QString() << false;
    QTest::newRow("two slashes") << u"203.0.113.0/24/8"_s << false << QString() << false;
}

void TestIpRangeList::parseEntry()
{
    QFETCH(QString, entry);
    QFETCH(bool, valid);
    QFETCH(QString, normalised);
    QFETCH(bool, hadHostBits);

    const std::optional<IpRange::Parsed> parsed = IpRange::parse(entry);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(parsed->range.toString(), normalised);
    QCOMPARE(parsed->hadHostBits, hadHostBits);
}

void TestIpRangeList::parseList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("codes"); // in order

    QTest::newRow("empty") << QString() << QStringList() << QStringList();
    QTest::newRow("blank lines and spaces")
        << u"\n  203.0.113.7 \n\n\r\n2001:db8::/32\n   \n"_s
        << QStringList{u"203.0.113.7"_s, u"2001:db8::/32"_s} << QStringList();
    QTest::newRow("host bits warn") << u"203.0.113.9/24"_s << QStringList{u"203.0.113.0/24"_s}
                                    << QStringList{u"ipRanges.hostBits"_s};
    QTest::newRow("duplicate dropped")
        << u"203.0.113.7\n203.0.113.7"_s << QStringList{u"203.0.113.7"_s}
        << QStringList{u"ipRanges.duplicate"_s};
    QTest::newRow("duplicate after normalising")
        << u"203.0.113.0/24\n203.0.113.5/24"_s << QStringList{u"203.0.113.0/24"_s}
        << QStringList{u"ipRanges.hostBits"_s, u"ipRanges.duplicate"_s};
    QTest::newRow("same address /32 and bare")
        << u"203.0.113.7/32\n203.0.113.7"_s << QStringList{u"203.0.113.7"_s}
        << QStringList{u"ipRanges.duplicate"_s};
    QTest::newRow("invalid entry kept out, others kept")
        << u"203.0.113.7\nnot-an-ip\n198.51.100.0/24"_s
        << QStringList{u"203.0.113.7"_s, u"198.51.100.0/24"_s}
        << QStringList{u"ipRanges.invalid"_s};
    QTest::newRow("commas also separate")
        << u"203.0.113.7, 198.51.100.1"_s << QStringList{u"203.0.113.7"_s, u"198.51.100.1"_s}
        << QStringList();
}

void TestIpRangeList::parseList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, entries);
    QFETCH(QStringList, codes);

    const IpRangeList::ParseResult result = IpRangeList::parse(text);
    QCOMPARE(result.list.toStringList(), entries);
    QStringList actualCodes;
    for (const ValidationIssue &issue : result.issues) {
        QCOMPARE(issue.field, ValidationField::IpRanges);
        QCOMPARE(issue.severity,
                 issue.code == u"ipRanges.invalid"_s ? ValidationIssue::Severity::Error
                                                     : ValidationIssue::Severity::Warning);
        actualCodes << issue.code;
    }
    QCOMPARE(actualCodes, codes);
}

void TestIpRangeList::tooManyEntries()
{
    QStringList lines;
    for (int i = 0; i < 100; ++i)
        lines << u"10.0.%1.0/24"_s.arg(i);
    QVERIFY(IpRangeList::parse(lines.join(u'\n')).issues.isEmpty());

    lines << u"10.0.200.0/24"_s;
    const IpRangeList::ParseResult result = IpRangeList::parse(lines.join(u'\n'));
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().code, u"ipRanges.tooMany"_s);
    QCOMPARE(result.issues.first().severity, ValidationIssue::Severity::Error);
    QVERIFY(result.issues.first().message.contains(u"101"_s));
}

void TestIpRangeList::longPasteStaysFast()
{
    // A pasted server log must not freeze the form: 50,000 lines parse in linear time.
    QStringList lines;
    for (int i = 0; i < 50000; ++i)
        lines << u"10.%1.%2.%3"_s.arg(i / 65536).arg((i / 256) % 256).arg(i % 256);
    const IpRangeList::ParseResult result = IpRangeList::parse(lines.join(u'\n'));
    QCOMPARE(result.list.ranges().size(), 50000);
    QCOMPARE(result.issues.size(), 1); // tooMany
}

void TestIpRangeList::repeatedProblemsAreOneIssueEach()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // 3,412
    // A pasted server log: one good address, then 3,412 lines that are not addresses, 30
    // blocks with host bits and 20 repeats.
    QStringList lines{u"203.0.113.7"_s};
    for (int i = 0; i < 3412; ++i)
        lines << u"GET /index.html %1 200"_s.arg(i);
    for (int i = 0; i < 30; ++i)
        lines << u"10.%1.0.1/16"_s.arg(i);
    for (int i = 0; i < 20; ++i)
        lines << u"203.0.113.7"_s;
    const IpRangeList::ParseResult result = IpRangeList::parse(lines.join(u'\n'));

    QStringList codes;
    for (const ValidationIssue &issue : result.issues) {
        codes << issue.code;
        QVERIFY2(issue.message.size() < 300, qPrintable(issue.message));
    }
    QCOMPARE(codes,
             (QStringList{u"ipRanges.invalid"_s, u"ipRanges.hostBits"_s, u"ipRanges.duplicate"_s,
                          u"ipRanges.tooMany"_s}));
    const QString invalid = result.issues.at(0).message;
    QVERIFY2(invalid.contains(u"3,412 entries are not IP addresses"_s), qPrintable(invalid));
    QVERIFY2(invalid.contains(u"line 2: \"GET /index.html 0 200\""_s), qPrintable(invalid));
    const QString hostBits = result.issues.at(1).message;
    QVERIFY2(hostBits.contains(u"30 entries"_s), qPrintable(hostBits));
    QVERIFY2(hostBits.contains(u"line 3,414: \"10.0.0.1/16\" is saved as 10.0.0.0/16"_s),
             qPrintable(hostBits));
    const QString duplicate = result.issues.at(2).message;
    QVERIFY2(duplicate.contains(u"20 entries"_s), qPrintable(duplicate));
    QVERIFY2(duplicate.contains(u"line 3,444"_s), qPrintable(duplicate));
    QCOMPARE(result.list.ranges().size(), 31);
}

void TestIpRangeList::singleProblemQuotesItsEntry()
{
    // One line of 400,000 characters: quoted as its beginning, not in full.
    const QString huge = QString(400000, u'x');
    const IpRangeList::ParseResult result = IpRangeList::parse(u"203.0.113.7\n"_s + huge);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().code, u"ipRanges.invalid"_s);
    QVERIFY(result.issues.first().message.startsWith(u"\"xxxxxxxx"_s));
    QVERIFY(result.issues.first().message.size() < 300);
}

void TestIpRangeList::contains_data()
{
    QTest::addColumn<QString>("ranges");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("in /24") << u"203.0.113.0/24"_s << u"203.0.113.200"_s << true;
    QTest::newRow("outside /24") << u"203.0.113.0/24"_s << u"203.0.114.1"_s << false;
    QTest::newRow("exact address") << u"203.0.113.7"_s << u"203.0.113.7"_s << true;
    QTest::newRow("neighbour of /32") << u"203.0.113.7/32"_s << u"203.0.113.8"_s << false;
    QTest::newRow("/0 is everything") << u"0.0.0.0/0"_s << u"8.8.8.8"_s << true;
    QTest::newRow("ipv4-mapped ipv6 matches ipv4 block")
        << u"127.0.0.0/8"_s << u"::ffff:127.0.0.1"_s << true;
    QTest::newRow("ipv4-mapped outside") << u"10.0.0.0/8"_s << u"::ffff:127.0.0.1"_s << false;
    QTest::newRow("plain ipv6 never matches ipv4 block") << u"0.0.0.0/0"_s << u"::1"_s << false;
    QTest::newRow("ipv6 in /32") << u"2001:db8::/32"_s << u"2001:db8:ffff::1"_s << true;
    QTest::newRow("ipv6 outside /32") << u"2001:db8::/32"_s << u"2001:db9::1"_s << false;
    QTest::newRow("ipv6 /128") << u"::1/128"_s << u"::1"_s << true;
    QTest::newRow("ipv4 never matches ipv6 block") << u"::/0"_s << u"127.0.0.1"_s << false;
    QTest::newRow("second entry matches") << u"10.0.0.0/8\n127.0.0.1"_s << u"127.0.0.1"_s << true;
    QTest::newRow("loopback excluded") << u"203.0.113.0/24"_s << u"127.0.0.1"_s << false;
}

void TestIpRangeList::contains()
{
    QFETCH(QString, ranges);
    QFETCH(QString, address);
    QFETCH(bool, allowed);
    const IpRangeList list = IpRangeList::parse(ranges).list;
    QCOMPARE(list.contains(QHostAddress(address)), allowed);
}

void TestIpRangeList::emptyListAllowsAnyAddress()
{
    const IpRangeList list = IpRangeList::parse(u"\n \n"_s).list;
    QVERIFY(list.isEmpty());
    QVERIFY(list.contains(QHostAddress(u"203.0.113.7"_s)));
    QVERIFY(list.contains(QHostAddress(u"2001:db8::1"_s)));
}

QTEST_GUILESS_MAIN(TestIpRangeList)
#include "tst_iprangelist.moc"
