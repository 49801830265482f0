#include "OtpctlTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// `otpctl COMMAND --help` as a user reads it: the usage line names the command as typed
// ("otpctl request [options]"), not the path the shell found the executable at.
class TestOtpctlHelp : public QObject
{
    Q_OBJECT

private slots:
    void usageNamesTheCommand_data();
    void usageNamesTheCommand();
};

void TestOtpctlHelp::usageNamesTheCommand_data()
{
    QTest::addColumn<QStringList>("command");
    for (const QString &name :
         {u"request"_s, u"verify"_s, u"sandbox"_s, u"decode"_s, u"code"_s, u"apps"_s})
        QTest::newRow(qPrintable(name)) << QStringList{name};
    for (const QString &action : {u"list"_s, u"add"_s, u"remove"_s, u"export"_s, u"import"_s})
        QTest::newRow(qPrintable(u"apps "_s + action)) << QStringList{u"apps"_s, action};
}

void TestOtpctlHelp::usageNamesTheCommand()
{
    QFETCH(QStringList, command);
    QTemporaryDir data;
    for (const QString &language : {u"en"_s, u"th"_s}) {
        const OtpctlTest::Run run
            = OtpctlTest::otpctl(command + QStringList{u"--help"_s, u"--lang"_s, language},
                                 OtpctlTest::environment(data.path()));
        QCOMPARE(run.exitCode, 0);
        const QString usage = run.out.section(u'\n', 0, 0);
        const QString expected = u"otpctl "_s + command.join(u' ');
        QVERIFY2(usage.contains(expected + u' ') || usage.endsWith(expected), qPrintable(usage));
        QVERIFY2(!usage.contains(u'/'), qPrintable(usage));
    }
}

QTEST_GUILESS_MAIN(TestOtpctlHelp)
#include "tst_otpctlhelp.moc"
