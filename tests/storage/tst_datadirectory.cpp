#include "storage/DataDirectory.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDataDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void explicitPathWinsAndIsCreated();
    void environmentIsUsedWithoutOption();
    void standardLocationIsSharedByBothExecutables();
    void commandLineOptionResolves();
    void aFileInsteadOfAFolderIsRefused();

private:
    QByteArray m_savedEnvironment;
};

void TestDataDirectory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never the user's real folders
    QCoreApplication::setOrganizationName(u"OTP Manager"_s);
}

void TestDataDirectory::init()
{
    qunsetenv(DataDirectory::EnvironmentVariable);
}

void TestDataDirectory::explicitPathWinsAndIsCreated()
{
    QTemporaryDir dir;
    const QString wanted = QDir(dir.path()).filePath(u"nested/ข้อมูล"_s);
    qputenv(DataDirectory::EnvironmentVariable, QFile::encodeName(dir.path() + u"/env"_s));
    const Result<DataDirectory::Location> result = DataDirectory::resolve(wanted);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.value.source, DataDirectory::Source::CommandLine);
    QCOMPARE(result.value.path, QDir::cleanPath(wanted));
    QVERIFY(QFileInfo(wanted).isDir());
    QVERIFY(!QFileInfo::exists(dir.path() + u"/env"_s));
}

void TestDataDirectory::environmentIsUsedWithoutOption()
{
    QTemporaryDir dir;
    const QString fromEnvironment = dir.path() + u"/from-env"_s;
    qputenv(DataDirectory::EnvironmentVariable, QFile::encodeName(fromEnvironment));
    const Result<DataDirectory::Location> result = DataDirectory::resolve();
    QVERIFY(result.ok());
    QCOMPARE(result.value.source, DataDirectory::Source::Environment);
    QCOMPARE(result.value.path, QDir::cleanPath(fromEnvironment));
    QVERIFY(QFileInfo(fromEnvironment).isDir());
}

void TestDataDirectory::standardLocationIsSharedByBothExecutables()
{
    QCoreApplication::setApplicationName(u"otpctl"_s);
    const QString fromCli = DataDirectory::standardLocation();
    QCoreApplication::setApplicationName(u"OTP Manager"_s);
    const QString fromGui = DataDirectory::standardLocation();
    QCOMPARE(fromCli, fromGui);
    QVERIFY(fromGui.endsWith(u"/OTP Manager"_s));

    const Result<DataDirectory::Location> result = DataDirectory::resolve();
    QVERIFY(result.ok());
    QCOMPARE(result.value.source, DataDirectory::Source::Standard);
    QCOMPARE(result.value.path, fromGui);
    QVERIFY(QFileInfo(result.value.path).isDir());
}

void TestDataDirectory::commandLineOptionResolves()
{
    QTemporaryDir dir;
    QCommandLineParser parser;
    DataDirectory::addOption(parser);
    QVERIFY(parser.parse({u"otpctl"_s, u"--data-dir"_s, dir.path() + u"/cli"_s}));
    const Result<DataDirectory::Location> result = DataDirectory::resolve(parser);
    QVERIFY(result.ok());
    QCOMPARE(result.value.source, DataDirectory::Source::CommandLine);
    QCOMPARE(result.value.path, QDir::cleanPath(dir.path() + u"/cli"_s));

    QCommandLineParser without;
    DataDirectory::addOption(without);
    QVERIFY(without.parse({u"otpctl"_s}));
    qputenv(DataDirectory::EnvironmentVariable, QFile::encodeName(dir.path() + u"/env"_s));
    QCOMPARE(DataDirectory::resolve(without).value.source, DataDirectory::Source::Environment);
}

void TestDataDirectory::aFileInsteadOfAFolderIsRefused()
{
    QTemporaryDir dir;
    const QString file = dir.path() + u"/plain-file"_s;
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const Result<DataDirectory::Location> result = DataDirectory::resolve(file);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(file)), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"--data-dir"), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestDataDirectory)
#include "tst_datadirectory.moc"
