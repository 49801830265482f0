#include "services/AppSettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The console's call defaults, typed in the code and stored as the ids settings files have
// always held ("v1", "json"), so a user's saved choice survives the update.
class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void storedIdsAreRead_data();
    void storedIdsAreRead();
    void choicesAreStoredAsTheirIds();
    void themeIsStoredAsItsId_data();
    void themeIsStoredAsItsId();
    void recentNumbersAreNewestFirstAndCapped();
    void recentNumbersOfDeletedAppsAreForgotten();

private:
    QTemporaryDir m_dir;
};

void TestAppSettings::storedIdsAreRead_data()
{
    QTest::addColumn<QString>("storedVersion");
    QTest::addColumn<QString>("storedFormat");
    QTest::addColumn<int>("version"); // ApiVersion
    QTest::addColumn<int>("format"); // BodyFormat
    QTest::newRow("nothing stored")
        << QString() << QString() << int(ApiVersion::V2) << int(BodyFormat::Form);
    QTest::newRow("v1, json") << u"v1"_s << u"json"_s << int(ApiVersion::V1)
                              << int(BodyFormat::Json);
    QTest::newRow("v2, form") << u"v2"_s << u"form"_s << int(ApiVersion::V2)
                              << int(BodyFormat::Form);
    QTest::newRow("unknown ids: defaults")
        << u"v3"_s << u"xml"_s << int(ApiVersion::V2) << int(BodyFormat::Form);
}

void TestAppSettings::storedIdsAreRead()
{
    QFETCH(QString, storedVersion);
    QFETCH(QString, storedFormat);
    QFETCH(int, version);
    QFETCH(int, format);
    const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".ini"_s);
    {
        QSettings stored(file, QSettings::IniFormat);
        if (!storedVersion.isNull())
            stored.setValue(u"console/apiVersion"_s, storedVersion);
        if (!storedFormat.isNull())
            stored.setValue(u"console/bodyFormat"_s, storedFormat);
        stored.setValue(u"console/timeoutSeconds"_s, 7);
    }
    const AppSettings settings(file);
    QCOMPARE(settings.apiVersion(), ApiVersion(version));
    QCOMPARE(settings.bodyFormat(), BodyFormat(format));
    const OtpCallOptions options = settings.callOptions();
    QCOMPARE(options.version, ApiVersion(version));
    QCOMPARE(options.bodyFormat, BodyFormat(format));
    QCOMPARE(options.timeoutMs, 7000);
}

void TestAppSettings::choicesAreStoredAsTheirIds()
{
    const QString file = m_dir.filePath(u"written.ini"_s);
    {
        AppSettings settings(file);
        QSignalSpy changed(&settings, &AppSettings::changed);
        settings.setApiVersion(ApiVersion::V1);
        settings.setBodyFormat(BodyFormat::Json);
        QCOMPARE(changed.size(), 2);
    }
    const QSettings stored(file, QSettings::IniFormat);
    QCOMPARE(stored.value(u"console/apiVersion"_s).toString(), u"v1"_s);
    QCOMPARE(stored.value(u"console/bodyFormat"_s).toString(), u"json"_s);
}

void TestAppSettings::themeIsStoredAsItsId_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<Theme>("theme");
    QTest::newRow("nothing stored: follow the system") << QString() << Theme::System;
    QTest::newRow("light") << u"light"_s << Theme::Light;
    QTest::newRow("dark") << u"dark"_s << Theme::Dark;
    QTest::newRow("unknown: follow the system") << u"solarized"_s << Theme::System;
}

// Settings > Appearance survives a restart, and a file from a newer version with a theme this
// one does not know falls back to the system's look.
void TestAppSettings::themeIsStoredAsItsId()
{
    QFETCH(QString, stored);
    QFETCH(Theme, theme);
    const QString file
        = m_dir.filePath(u"theme-"_s + QString::fromLatin1(QTest::currentDataTag()) + u".ini"_s);
    if (!stored.isNull())
        QSettings(file, QSettings::IniFormat).setValue(u"ui/theme"_s, stored);
    AppSettings settings(file);
    QCOMPARE(settings.theme(), theme);
    QSignalSpy changed(&settings, &AppSettings::changed);
    settings.setTheme(Theme::Dark);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(AppSettings(file).theme(), Theme::Dark);
}

void TestAppSettings::recentNumbersAreNewestFirstAndCapped()
{
    AppSettings settings(m_dir.filePath(u"recent.ini"_s));
    const QUuid app = QUuid::createUuid();
    for (int i = 0; i < AppSettings::MaxRecentNumbers + 3; ++i)
        settings.addRecentNumber(app, u"08123456%1"_s.arg(i, 2, 10, QChar(u'0')));
    settings.addRecentNumber(app, u" 0812345603 "_s); // again: moves to the front, once
    const QStringList numbers = settings.recentNumbers(app);
    QCOMPARE(numbers.size(), AppSettings::MaxRecentNumbers);
    QCOMPARE(numbers.first(), u"0812345603"_s);
    QCOMPARE(numbers.count(u"0812345603"_s), 1);
    QCOMPARE(numbers.at(1), u"0812345612"_s);
    QVERIFY(settings.recentNumbers(QUuid::createUuid()).isEmpty()); // per app
}

// A deleted app's saved numbers go with it: the settings file does not keep phone numbers
// for apps that no longer exist.
void TestAppSettings::recentNumbersOfDeletedAppsAreForgotten()
{
    const QString file = m_dir.filePath(u"forgotten.ini"_s);
    const QUuid kept = QUuid::createUuid();
    const QUuid deleted = QUuid::createUuid();
    {
        AppSettings settings(file);
        settings.addRecentNumber(kept, u"0811111111"_s);
        settings.addRecentNumber(deleted, u"0822222222"_s);
        settings.keepRecentNumbersOf({kept});
        QCOMPARE(settings.recentNumbers(kept), QStringList{u"0811111111"_s});
        QVERIFY(settings.recentNumbers(deleted).isEmpty());
    }
    const QSettings stored(file, QSettings::IniFormat);
    const QString group = u"console/recentNumbers/"_s;
    QVERIFY(!stored.contains(group + deleted.toString(QUuid::WithoutBraces)));
    QCOMPARE(stored.value(group + kept.toString(QUuid::WithoutBraces)).toStringList(),
             QStringList{u"0811111111"_s});
}

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
