#include "domain/MessageTemplate.h"
#include "domain/SmsPreview.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// One live-preview update (render + count) as the create form does on every keystroke.
// Goal: under 50 µs per update. No pass/fail on timing here: read the figures.
class Bench_SmsPreview : public QObject
{
    Q_OBJECT

private slots:
    void thaiTemplate();
    void gsmTemplate();

private:
    static void measure(const QString &templateText);
};

void Bench_SmsPreview::measure(const QString &templateText)
{
    // Sanity: the template is the size the goal is stated for and renders to something.
    QVERIFY(templateText.size() >= 280 && templateText.size() <= 320);
    QVERIFY(MessageTemplate::problems(templateText).isEmpty());

    const QString appName = u"Shop"_s;
    SmsPreview preview;
    QBENCHMARK
    {
        preview = SmsPreview::build(templateText, appName, 6, 5);
    }
    QVERIFY(preview.count.segments > 1);
}

void Bench_SmsPreview::thaiTemplate()
{
    const QString templateText = u"[{app}] รหัส OTP สำหรับยืนยันตัวตนของคุณคือ {otp} (รหัสอ้างอิง: {ref}) "
                                 u"รหัสนี้ใช้ได้ภายใน {minutes} นาที และใช้ได้เพียงครั้งเดียวเท่านั้น "
                                 u"กรุณาอย่าเปิดเผยรหัสนี้แก่ผู้อื่น เจ้าหน้าที่ของ {app} จะไม่ขอรหัส OTP "
                                 u"จากคุณทางโทรศัพท์หรืออีเมลโดยเด็ดขาด หากคุณไม่ได้ทำรายการนี้ "
                                 u"โปรดติดต่อศูนย์บริการลูกค้าทันที"_s;
    measure(templateText);
}

void Bench_SmsPreview::gsmTemplate()
{
    const QString templateText
        = u"[{app}] Your one-time password is {otp} (Ref: {ref}). It is valid for {minutes} "
          u"minutes and can be used only once. Never share this code with anyone: {app} staff "
          u"will never ask for it by phone or e-mail. If you did not request it, please contact "
          u"our support team right away at support@example.com. Thank you!"_s;
    measure(templateText);
}

QTEST_GUILESS_MAIN(Bench_SmsPreview)
#include "bench_smspreview.moc"
