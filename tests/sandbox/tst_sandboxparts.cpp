#include "sandbox/FaultInjector.h"
#include "sandbox/OtpGenerator.h"
#include "sandbox/SandboxAppSet.h"
#include "sandbox/SeededRandomSource.h"
#include "sandbox/SystemRandomSource.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The sandbox's small parts: random values, fault decisions, credentials, inbox.
class TestSandboxParts : public QObject
{
    Q_OBJECT

private slots:
    void generatedShapes();
    void seededIsRepeatable();
    void boundedIsInRangeAndCoversIt();
    void faultNextRequestsCountsDown();
    void faultFractionFollowsTheSeed();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void authenticateNeedsKeyAndSecret();
};

void TestSandboxParts::generatedShapes()
{
    SystemRandomSource random;
    static const QRegularExpression token(u"^[A-Za-z0-9_-]{32}$"_s);
    static const QRegularExpression refno(u"^[A-Z0-9]{5}$"_s);
    QSet<QChar> refnoChars;
    QSet<QChar> digits;
    for (int i = 0; i < 2000; ++i) {
        const GeneratedOtp otp = OtpGenerator::generate(random, 4 + i % 5);
        QVERIFY(token.match(otp.token).hasMatch());
        QVERIFY(OtpGenerator::isTokenShaped(otp.token));
        QVERIFY(refno.match(otp.refno).hasMatch());
        QCOMPARE(otp.code.size(), 4 + i % 5);
        for (const QChar c : otp.code) {
            QVERIFY(c.isDigit());
            digits.insert(c);
        }
        for (const QChar c : otp.refno)
            refnoChars.insert(c);
    }
    QCOMPARE(digits.size(), 10);
    QCOMPARE(refnoChars.size(), 36);
    QVERIFY(!OtpGenerator::isTokenShaped(u"A"_s.repeated(31)));
    QVERIFY(!OtpGenerator::isTokenShaped(QString(u"A"_s.repeated(31) + u'=')));
}

void TestSandboxParts::seededIsRepeatable()
{
    SeededRandomSource a(5);
    SeededRandomSource b(5);
    SeededRandomSource c(6);
    const GeneratedOtp first = OtpGenerator::generate(a, 6);
    const GeneratedOtp second = OtpGenerator::generate(b, 6);
    QCOMPARE(first.token, second.token);
    QCOMPARE(first.code, second.code);
    QCOMPARE(first.refno, second.refno);
    QVERIFY(OtpGenerator::generate(c, 6).token != first.token);
}

void TestSandboxParts::boundedIsInRangeAndCoversIt()
{
    SeededRandomSource random(1);
    QList<int> seen(7, 0);
    for (int i = 0; i < 7000; ++i) {
        const quint32 value = random.bounded(7);
        QVERIFY(value < 7);
        ++seen[int(value)];
    }
    for (const int count : seen)
        QVERIFY2(count > 800 && count < 1200, qPrintable(QString::number(count)));
    QCOMPARE(random.bounded(0), 0u);
    for (int i = 0; i < 1000; ++i) {
        const double f = random.fraction();
        QVERIFY(f >= 0.0 && f < 1.0);
    }
}

void TestSandboxParts::faultNextRequestsCountsDown()
{
    FaultInjector injector;
    SeededRandomSource random(1);
    QCOMPARE(injector.decide(random).action, SandboxFaults::Action::None);
    QVERIFY(injector.set(SandboxFaults::error(41, SandboxFaults::Scope::NextRequests, 2)));
    for (int i = 0; i < 2; ++i) {
        const FaultInjector::Decision decision = injector.decide(random);
        QCOMPARE(decision.action, SandboxFaults::Action::Error);
        QCOMPARE(decision.errorRow, 41);
    }
    QCOMPARE(injector.decide(random).action, SandboxFaults::Action::None);
    QCOMPARE(injector.current().count, 0);

    QVERIFY(injector.set(SandboxFaults::latency(10, 5)));
    for (int i = 0; i < 50; ++i) {
        const int delay = injector.decide(random).delayMs;
        QVERIFY(delay >= 10 && delay <= 15);
    }
}

void TestSandboxParts::faultFractionFollowsTheSeed()
{
    const auto pattern = [](quint32 seed) {
        FaultInjector injector;
        injector.set(SandboxFaults::drop(SandboxFaults::Scope::Fraction, 0, 0.25));
        SeededRandomSource random(seed);
        QList<bool> hits;
        for (int i = 0; i < 400; ++i)
            hits.append(injector.decide(random).action == SandboxFaults::Action::Drop);
        return hits;
    };
    const QList<bool> hits = pattern(8);
    QCOMPARE(hits, pattern(8));
    QVERIFY(hits != pattern(9));
    QVERIFY2(hits.count(true) > 60 && hits.count(true) < 140,
             qPrintable(QString::number(hits.count(true))));
}

void TestSandboxParts::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("secret") << QByteArray("secret") << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("last byte") << QByteArray("secret") << QByteArray("secreT") << false;
    QTest::newRow("prefix") << QByteArray("secret") << QByteArray("secre") << false;
    QTest::newRow("longer") << QByteArray("secret") << QByteArray("secret\0", 7) << false;
    QTest::newRow("empty vs not") << QByteArray() << QByteArray("a") << false;
}

void TestSandboxParts::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(SandboxAppSet::constantTimeEquals(a, b), equal);
    QCOMPARE(SandboxAppSet::constantTimeEquals(b, a), equal);
}

void TestSandboxParts::authenticateNeedsKeyAndSecret()
{
    SandboxApp one;
    one.config.id = QUuid::createUuid();
    one.config.appKey = u"k1"_s;
    one.secret = u"s1"_s;
    SandboxApp two = one;
    two.config.id = QUuid::createUuid();
    two.config.appKey = u"k2"_s;
    two.secret = u"s2"_s;
    SandboxApp keyless = one;
    keyless.config.appKey.clear();
    keyless.secret.clear();
    const SandboxAppSet apps({one, two, keyless});

    QCOMPARE(apps.size(), 3);
    QVERIFY(apps.authenticate(u"k1", u"s1"));
    QCOMPARE(apps.authenticate(u"k2", u"s2")->app.config.id, two.config.id);
    QVERIFY(!apps.authenticate(u"k1", u"s2"));
    QVERIFY(!apps.authenticate(u"k3", u"s1"));
    QVERIFY(!apps.authenticate(u"", u""));
}

QTEST_GUILESS_MAIN(TestSandboxParts)
#include "tst_sandboxparts.moc"
