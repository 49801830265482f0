#include "i18n/Translations.h"
#include "services/AppSettings.h"
#include "services/SmsNotifier.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Whether an SMS of the sandbox is announced on the desktop, and the words: the app, the
// number with its middle digits hidden, the code; in the language of the moment.
class TestSmsNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void announcedOnlyWhenItShouldBe_data();
    void announcedOnlyWhenItShouldBe();
    void textInEnglish();
    void textInThai();

private:
    static OtpMessage message();
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    Translations m_translations;
};

OtpMessage TestSmsNotifier::message()
{
    OtpMessage m;
    m.id = 42;
    m.appName = u"Shop"_s;
    m.msisdn = u"+66812345678"_s;
    m.code = u"123456"_s;
    m.refno = u"AB12C"_s;
    m.text = u"Shop code: 123456 (ref AB12C)"_s;
    return m;
}

void TestSmsNotifier::init()
{
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
    m_settings->setSmsNotifications(true);
    m_translations.install(Language::English);
}

void TestSmsNotifier::announcedOnlyWhenItShouldBe_data()
{
    QTest::addColumn<bool>("setting");
    QTest::addColumn<bool>("available");
    QTest::addColumn<bool>("inFront");
    QTest::addColumn<bool>("announced");
    QTest::newRow("window behind") << true << true << false << true;
    QTest::newRow("window in front") << true << true << true << false;
    QTest::newRow("turned off") << false << true << false << false;
    QTest::newRow("no tray on this platform") << true << false << false << false;
}

void TestSmsNotifier::announcedOnlyWhenItShouldBe()
{
    QFETCH(bool, setting);
    QFETCH(bool, available);
    QFETCH(bool, inFront);
    QFETCH(bool, announced);
    m_settings->setSmsNotifications(setting);
    SmsNotifier notifier(*m_settings, [inFront] { return inFront; });
    notifier.setAvailable(available);
    QSignalSpy ready(&notifier, &SmsNotifier::notificationReady);
    notifier.consider(message());
    QCOMPARE(ready.size(), announced ? 1 : 0);
    if (announced)
        QCOMPARE(ready.at(0).at(0).value<SmsNotification>().messageId, 42);
}

void TestSmsNotifier::textInEnglish()
{
    SmsNotifier notifier(*m_settings, [] { return false; });
    QSignalSpy ready(&notifier, &SmsNotifier::notificationReady);
    notifier.consider(message());
    QCOMPARE(ready.size(), 1);
    const auto notification = ready.at(0).at(0).value<SmsNotification>();
    QCOMPARE(notification.title, u"Shop: sandbox SMS"_s);
    QCOMPARE(notification.text, u"Code 123456 for 081***5678 (ref AB12C)"_s);
    QCOMPARE(notification.code, u"123456"_s);
    QVERIFY(!notification.text.contains(u"12345678"_s)); // the number is masked
}

void TestSmsNotifier::textInThai()
{
    m_translations.install(Language::Thai);
    const SmsNotification notification = SmsNotifier::compose(message());
    if (notification.title == u"Shop: sandbox SMS"_s)
        QSKIP("the Thai catalogue does not have these strings yet (merged by the lead)");
    QCOMPARE(notification.title, u"Shop: SMS จากแซนด์บ็อกซ์"_s);
    QCOMPARE(notification.text, u"รหัส 123456 สำหรับ 081***5678 (เลขอ้างอิง AB12C)"_s);
}

QTEST_GUILESS_MAIN(TestSmsNotifier)
#include "tst_smsnotifier.moc"
