// Every fuzz target replays its seed corpus (corpus/<target>/) and every input that once broke
// it (regressions/<target>/), in every build (gcc and clang, sanitized or not), so a fixed
// finding stays fixed without libFuzzer. A broken invariant aborts the test with the invariant
// on stderr and the file as the data tag.
#include "FuzzTarget.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString FuzzDir = QStringLiteral(OTP_FUZZ_DIR);

QStringList inputFiles(const QString &kind, const QString &target)
{
    QDir dir(FuzzDir + u'/' + kind + u'/' + target);
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasSeeds();
    void replay_data();
    void replay();
};

void TestFuzzCorpus::everyTargetHasSeeds()
{
    // The CMake build makes one fuzz_<name> per corpus folder: both lists must be the same.
    QSet<QString> folders;
    for (const QString &name :
         QDir(FuzzDir + u"/corpus"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        folders.insert(name);
    QSet<QString> targets;
    for (const FuzzTarget &target : FuzzTarget::all()) {
        const QString name = QString::fromLatin1(target.name);
        targets.insert(name);
        QVERIFY2(!inputFiles(u"corpus"_s, name).isEmpty(), qPrintable(name));
    }
    QCOMPARE(folders, targets);
}

void TestFuzzCorpus::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    for (const FuzzTarget &target : FuzzTarget::all()) {
        const QString name = QString::fromLatin1(target.name);
        for (const QString &kind : {u"corpus"_s, u"regressions"_s}) {
            for (const QString &file : inputFiles(kind, name)) {
                QTest::addRow("%s/%s/%s", qPrintable(kind), target.name,
                              qPrintable(QFileInfo(file).fileName()))
                    << name << file;
            }
        }
    }
}

void TestFuzzCorpus::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray data = input.readAll();
    const FuzzTarget *fuzz = FuzzTarget::byName(target.toLatin1());
    QVERIFY(fuzz);
    fuzz->run(data); // aborts on a broken invariant; sanitizers catch the rest
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
