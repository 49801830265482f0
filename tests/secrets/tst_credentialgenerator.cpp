#include "secrets/CredentialGenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCredentialGenerator : public QObject
{
    Q_OBJECT

private slots:
    void appKeyIs16DigitsWithoutLeadingZero();
    void appSecretIs32LowerCaseHex();
    void thousandDrawsAreDistinct();
    void everyDigitAndHexCharacterOccurs();
    void sameSeedSameCredentials();
};

void TestCredentialGenerator::appKeyIs16DigitsWithoutLeadingZero()
{
    static const QRegularExpression shape(u"^[1-9][0-9]{15}$"_s);
    for (int i = 0; i < 1000; ++i) {
        const QString key = CredentialGenerator::appKey();
        QVERIFY2(shape.match(key).hasMatch(), qPrintable(key));
    }
}

void TestCredentialGenerator::appSecretIs32LowerCaseHex()
{
    static const QRegularExpression shape(u"^[0-9a-f]{32}$"_s);
    for (int i = 0; i < 1000; ++i) {
        const QString secret = CredentialGenerator::appSecret();
        QVERIFY2(shape.match(secret).hasMatch(), qPrintable(secret));
    }
}

void TestCredentialGenerator::thousandDrawsAreDistinct()
{
    QSet<QString> keys;
    QSet<QString> secrets;
    for (int i = 0; i < 1000; ++i) {
        const CredentialGenerator::Credentials credentials
            = CredentialGenerator::sandboxCredentials();
        keys.insert(credentials.appKey);
        secrets.insert(credentials.appSecret);
    }
    QCOMPARE(keys.size(), 1000);
    QCOMPARE(secrets.size(), 1000);
}

void TestCredentialGenerator::everyDigitAndHexCharacterOccurs()
{
    // A generator stuck on part of the alphabet (e.g. a bad hex conversion) shows up here.
    QSet<QChar> keyDigits;
    QSet<QChar> secretCharacters;
    QSet<QChar> firstDigits;
    for (int i = 0; i < 1000; ++i) {
        const QString key = CredentialGenerator::appKey();
        firstDigits.insert(key.front());
        for (const QChar c : key.mid(1))
            keyDigits.insert(c);
        for (const QChar c : CredentialGenerator::appSecret())
            secretCharacters.insert(c);
    }
    QCOMPARE(keyDigits.size(), 10);
    QCOMPARE(firstDigits.size(), 9);
    QCOMPARE(secretCharacters.size(), 16);
}

void TestCredentialGenerator::sameSeedSameCredentials()
{
    QRandomGenerator a(1234);
    QRandomGenerator b(1234);
    QCOMPARE(CredentialGenerator::appSecret(&a), CredentialGenerator::appSecret(&b));
    QCOMPARE(CredentialGenerator::appKey(&a), CredentialGenerator::appKey(&b));
}

QTEST_GUILESS_MAIN(TestCredentialGenerator)
#include "tst_credentialgenerator.moc"
