#include "domain/MessageTemplate.h"
#include "domain/OtpAppConfig.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QString kindName(MessageTemplate::Problem::Kind kind)
{
    using Kind = MessageTemplate::Problem::Kind;
    switch (kind) {
    case Kind::MissingOtp:
        return u"MissingOtp"_s;
    case Kind::RepeatedOtp:
        return u"RepeatedOtp"_s;
    case Kind::UnknownPlaceholder:
        return u"Unknown"_s;
    case Kind::UnclosedBrace:
        return u"Unclosed"_s;
    case Kind::StrayClosingBrace:
        return u"Stray"_s;
    }
    return u"?"_s;
}

// "Kind text @position" per problem: one readable list to compare, so a failure shows all.
QStringList describe(const QList<MessageTemplate::Problem> &problems)
{
    QStringList out;
    for (const auto &p : problems)
        out.append(kindName(p.kind) + u' ' + p.text + u" @"_s + QString::number(p.position));
    return out;
}
} // namespace

class Tst_MessageTemplate : public QObject
{
    Q_OBJECT

private slots:
    void placeholders();
    void problems_data();
    void problems();
    void render_data();
    void render();
    void renderConfig();
    void defaultTemplates();
    void defaultTemplateFollowsCurrentLanguage();
};

void Tst_MessageTemplate::placeholders()
{
    QCOMPARE(MessageTemplate::placeholders(),
             QStringList({u"{otp}"_s, u"{ref}"_s, u"{app}"_s, u"{minutes}"_s}));
}

void Tst_MessageTemplate::problems_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("valid") << u"Code {otp}"_s << QStringList();
    QTest::newRow("all four") << u"{app}: {otp} ref {ref}, {minutes} min"_s << QStringList();
    QTest::newRow("english default")
        << MessageTemplate::defaultTemplate(Language::English) << QStringList();
    QTest::newRow("thai default") << MessageTemplate::defaultTemplate(Language::Thai)
                                  << QStringList();
    QTest::newRow("repeated ref app minutes")
        << u"{otp} {ref}{ref} {app}{app} {minutes}{minutes}"_s << QStringList();

    QTest::newRow("empty") << QString() << QStringList{u"MissingOtp {otp} @-1"_s};
    QTest::newRow("no placeholder") << u"Hello"_s << QStringList{u"MissingOtp {otp} @-1"_s};
    QTest::newRow("unknown") << u"Code {code} {otp}"_s << QStringList{u"Unknown {code} @5"_s};
    QTest::newRow("upper-case OTP")
        << u"{OTP}"_s << QStringList{u"Unknown {OTP} @0"_s, u"MissingOtp {otp} @-1"_s};
    QTest::newRow("empty braces") << u"{} {otp}"_s << QStringList{u"Unknown {} @0"_s};
    QTest::newRow("spaces inside")
        << u"{ otp }"_s << QStringList{u"Unknown { otp } @0"_s, u"MissingOtp {otp} @-1"_s};
    QTest::newRow("unclosed at end")
        << u"Code {otp"_s << QStringList{u"Unclosed { @5"_s, u"MissingOtp {otp} @-1"_s};
    QTest::newRow("unclosed before next brace")
        << u"Code {ab {otp}"_s << QStringList{u"Unclosed { @5"_s};
    QTest::newRow("lone open brace at end") << u"{otp} {"_s << QStringList{u"Unclosed { @6"_s};
    QTest::newRow("stray") << u"Code } {otp}"_s << QStringList{u"Stray } @5"_s};
    QTest::newRow("stray after placeholder") << u"{otp}}"_s << QStringList{u"Stray } @5"_s};
    QTest::newRow("repeated otp") << u"{otp} {otp} {otp}"_s
                                  << QStringList{u"RepeatedOtp {otp} @6"_s,
                                                 u"RepeatedOtp {otp} @12"_s};
    QTest::newRow("escaped otp is text") << u"{{otp}}"_s << QStringList{u"MissingOtp {otp} @-1"_s};
    QTest::newRow("escaped around placeholder") << u"{{{otp}}}"_s << QStringList();
    QTest::newRow("escape then stray")
        << u"{{otp}"_s << QStringList{u"Stray } @5"_s, u"MissingOtp {otp} @-1"_s};
    QTest::newRow("escaped braces only") << u"{{ }} {otp} {{}}"_s << QStringList();
    // 0 '}', 2 "{x}", 6 "{otp}", 12 '{' unclosed, 17 second "{otp}", 23 '}'.
    QTest::newRow("several in order")
        << u"} {x} {otp} {otp {otp} }"_s
        << QStringList{u"Stray } @0"_s, u"Unknown {x} @2"_s, u"Unclosed { @12"_s,
                       u"RepeatedOtp {otp} @17"_s, u"Stray } @23"_s};
    QTest::newRow("several without otp")
        << u"{a} } {"_s
        << QStringList{u"Unknown {a} @0"_s, u"Stray } @4"_s, u"Unclosed { @6"_s,
                       u"MissingOtp {otp} @-1"_s};
    QTest::newRow("thai with problems")
        << u"รหัส {รหัส} {otp"_s
        << QStringList{u"Unknown {รหัส} @5"_s, u"Unclosed { @12"_s, u"MissingOtp {otp} @-1"_s};
}

void Tst_MessageTemplate::problems()
{
    QFETCH(QString, templateText);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(MessageTemplate::problems(templateText)), expected);
}

void Tst_MessageTemplate::render_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QString>("otp");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("app");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("expected");

    const QString otp = u"123456"_s;
    const QString ref = u"T3A57"_s;
    const QString app = u"Shop"_s;

    QTest::newRow("all four") << u"{app} {otp} {ref} {minutes}"_s << otp << ref << app << 5
                              << u"Shop 123456 T3A57 5"_s;
    QTest::newRow("repeated") << u"{ref}/{ref} {app}{app} {minutes},{minutes} {otp}"_s << otp << ref
                              << app << 15 << u"T3A57/T3A57 ShopShop 15,15 123456"_s;
    QTest::newRow("english default")
        << MessageTemplate::defaultTemplate(Language::English) << otp << ref << app << 5
        << u"Your Shop code is 123456 (Ref: T3A57). Valid for 5 minutes."_s;
    QTest::newRow("thai default") << MessageTemplate::defaultTemplate(Language::Thai) << otp << ref
                                  << app << 10
                                  << u"รหัส OTP ของ Shop คือ 123456 (Ref: T3A57) ใช้ได้ภายใน 10 นาที"_s;
    QTest::newRow("eleven hours") << u"{minutes}"_s << otp << ref << app << 660 << u"660"_s;
    QTest::newRow("unknown stays") << u"{code} {OTP} {} { otp } {otp}"_s << otp << ref << app << 5
                                   << u"{code} {OTP} {} { otp } 123456"_s;
    QTest::newRow("escaped") << u"{{otp}} = {otp}"_s << otp << ref << app << 5
                             << u"{otp} = 123456"_s;
    QTest::newRow("escaped around placeholder")
        << u"{{{otp}}}"_s << otp << ref << app << 5 << u"{123456}"_s;
    QTest::newRow("stray and unclosed stay")
        << u"a } b { c {otp"_s << otp << ref << app << 5 << u"a } b { c {otp"_s;
    QTest::newRow("unclosed before placeholder")
        << u"x {y {otp}"_s << otp << ref << app << 5 << u"x {y 123456"_s;
    QTest::newRow("values not re-parsed")
        << u"{app} {otp}"_s << otp << ref << u"{otp}}"_s << 5 << u"{otp}} 123456"_s;
    QTest::newRow("empty") << QString() << otp << ref << app << 5 << QString();
    QTest::newRow("no placeholders")
        << u"plain text"_s << otp << ref << app << 5 << u"plain text"_s;
}

void Tst_MessageTemplate::render()
{
    QFETCH(QString, templateText);
    QFETCH(QString, otp);
    QFETCH(QString, ref);
    QFETCH(QString, app);
    QFETCH(int, minutes);
    QFETCH(QString, expected);
    QCOMPARE(MessageTemplate::render(templateText, MessageTemplate::Values{otp, ref, app, minutes}),
             expected);
}

void Tst_MessageTemplate::renderConfig()
{
    OtpAppConfig config;
    config.name = u"Acme Pay"_s;
    config.expiryMinutes = 90;
    config.messageTemplate = u"[{app}] {otp} ref {ref}, {minutes} min"_s;
    QCOMPARE(MessageTemplate::render(config, u"0938"_s, u"AB12C"_s),
             u"[Acme Pay] 0938 ref AB12C, 90 min"_s);

    config.messageTemplate = MessageTemplate::defaultTemplate(Language::Thai);
    QCOMPARE(MessageTemplate::render(config, u"093892"_s, u"T3A57"_s),
             u"รหัส OTP ของ Acme Pay คือ 093892 (Ref: T3A57) ใช้ได้ภายใน 90 นาที"_s);
}

void Tst_MessageTemplate::defaultTemplates()
{
    QCOMPARE(MessageTemplate::defaultTemplate(Language::English),
             u"Your {app} code is {otp} (Ref: {ref}). Valid for {minutes} minutes."_s);
    QCOMPARE(MessageTemplate::defaultTemplate(Language::Thai),
             u"รหัส OTP ของ {app} คือ {otp} (Ref: {ref}) ใช้ได้ภายใน {minutes} นาที"_s);
}

void Tst_MessageTemplate::defaultTemplateFollowsCurrentLanguage()
{
    const Language before = currentLanguage();
    setCurrentLanguage(Language::Thai);
    const QString thai = MessageTemplate::defaultTemplate();
    setCurrentLanguage(Language::English);
    const QString english = MessageTemplate::defaultTemplate();
    setCurrentLanguage(before);
    QCOMPARE(thai, MessageTemplate::defaultTemplate(Language::Thai));
    QCOMPARE(english, MessageTemplate::defaultTemplate(Language::English));
}

QTEST_GUILESS_MAIN(Tst_MessageTemplate)
#include "tst_messagetemplate.moc"
