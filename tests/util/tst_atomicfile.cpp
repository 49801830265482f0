// AtomicFile writes the exported apps, the saved response bodies, the history CSV and HAR: the
// target is the old file or the complete new one, and a failure says which file and why.
#include "util/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void writesANewFile();
    void replacesTheWholeFile();
    void namesTheFileAndTheReason_data();
    void namesTheFileAndTheReason();
    void failedWriteLeavesTheOriginal();
};

void TestAtomicFile::writesANewFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"คำตอบ body.json"_s);
    const QByteArray bytes = u"{\"message\":\"รหัส\"}"_s.toUtf8();
    const Result<void> written = AtomicFile::write(path, bytes);
    QVERIFY2(written.ok(), qPrintable(written.error));
    QCOMPARE(readAll(path), bytes);
    QVERIFY(AtomicFile::write(dir.filePath(u"empty"_s), QByteArray()).ok());
    QVERIFY(QFile::exists(dir.filePath(u"empty"_s)));
    QCOMPARE(QFileInfo(dir.filePath(u"empty"_s)).size(), 0);
}

void TestAtomicFile::replacesTheWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.csv"_s);
    QVERIFY(AtomicFile::write(path, QByteArray(100000, 'x')).ok());
    QVERIFY(AtomicFile::write(path, "short"_ba).ok());
    QCOMPARE(readAll(path), "short"_ba); // no tail of the longer old file
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"history.csv"_s}); // no temporary file left behind
}

void TestAtomicFile::namesTheFileAndTheReason_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("missing folder") << u"no/such/folder/apps.json"_s;
    QTest::newRow("a file as the folder") << u"plain.txt/apps.json"_s;
    QTest::newRow("a folder as the file") << u"folder"_s;
}

void TestAtomicFile::namesTheFileAndTheReason()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(AtomicFile::write(dir.filePath(u"plain.txt"_s), "x"_ba).ok());
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    const QString path = dir.filePath(relativePath);
    const Result<void> written = AtomicFile::write(path, "data"_ba);
    QVERIFY(!written.ok());
    const QString native = QDir::toNativeSeparators(path);
    QVERIFY2(written.error.contains(native), qPrintable(written.error));
    // The reason follows the path: "Could not write <path>: <reason>. ..."
    const qsizetype after = written.error.indexOf(native) + native.size();
    QVERIFY2(written.error.mid(after).startsWith(u": "_s), qPrintable(written.error));
    QVERIFY2(written.error.mid(after + 2, 1).at(0).isLetter(), qPrintable(written.error));
    QCOMPARE(readAll(dir.filePath(u"plain.txt"_s)), "x"_ba);
}

// A write that fails half-way (here: the file size limit, as a full disk would) keeps the old
// file as it was and leaves no temporary file.
void TestAtomicFile::failedWriteLeavesTheOriginal()
{
#ifdef Q_OS_LINUX
    QTemporaryDir dir;
    const QString path = dir.filePath(u"apps.json"_s);
    const QByteArray original = "{\"apps\":[]}\n"_ba;
    QVERIFY(AtomicFile::write(path, original).ok());

    rlimit before{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of a signal
    rlimit small = before;
    small.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const Result<void> written = AtomicFile::write(path, QByteArray(1024 * 1024, 'y'));
    setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!written.ok());
    QVERIFY2(written.error.contains(QDir::toNativeSeparators(path)), qPrintable(written.error));
    QCOMPARE(readAll(path), original);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"apps.json"_s});
#else
    QSKIP("needs RLIMIT_FSIZE (Linux)");
#endif
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
