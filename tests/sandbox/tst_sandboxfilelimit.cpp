#include "SandboxTestSupport.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTest>

#include <cstdio>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace SandboxTest;

namespace {

const QString Key = u"1234567890123456"_s;
const QString Secret = u"0123456789abcdef0123456789abcdef"_s;
constexpr char ChildFlag[] = "--serve-with-64-file-handles";
constexpr rlim_t FileLimit = 64;

QByteArray validCall()
{
    return rawPost(
        "/v2/otp/request", "application/x-www-form-urlencoded",
        formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}}));
}

// The child: a sandbox in a process that may open 64 files, its port on stdout.
int serveWithFewHandles(int argc, char **argv, bool ownThread)
{
    QCoreApplication app(argc, argv);
    const rlimit limit{FileLimit, FileLimit};
    if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 2;
    SandboxServer server;
    server.setApps({makeApp(u"Shop"_s, Key, Secret)});
    SandboxServerOptions options;
    options.port = 0;
    options.ownThread = ownThread;
    options.messageCapacity = 0;
    const Result<SandboxListening> started = server.start(options);
    if (!started)
        return 3;
    std::printf("%d\n", started.value.url.port());
    std::fflush(stdout);
    return app.exec(); // until the test kills it
}

// User and system CPU time of a process, in clock ticks.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may contain spaces) start past its ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields.at(11).toLongLong() + fields.at(12).toLongLong() : -1;
}

} // namespace

// Out of file handles (RLIMIT_NOFILE 64, 100 idle connections): the sandbox keeps serving the
// connections it has, does not spin, says so once, and accepts again once handles are free.
// The server runs in a child process of this test that lowers its own limit.
class TestSandboxFileLimit : public QObject
{
    Q_OBJECT

private slots:
    void outOfHandlesPausesAcceptingAndRecovers_data();
    void outOfHandlesPausesAcceptingAndRecovers();
};

void TestSandboxFileLimit::outOfHandlesPausesAcceptingAndRecovers_data()
{
    QTest::addColumn<bool>("ownThread");
    QTest::newRow("own thread") << true;
    QTest::newRow("caller's thread") << false;
}

void TestSandboxFileLimit::outOfHandlesPausesAcceptingAndRecovers()
{
    QFETCH(bool, ownThread);
    QProcess child;
    // Sanitized builds: UBSan cannot check dynamic types without a free file handle.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString ubsan = environment.value(u"UBSAN_OPTIONS"_s);
    environment.insert(u"UBSAN_OPTIONS"_s,
                       ubsan + (ubsan.isEmpty() ? u""_s : u":"_s) + u"suppressions="_s
                           + QStringLiteral(OTP_UBSAN_NO_FILE_HANDLES));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(ChildFlag), ownThread ? u"own"_s : u"caller"_s});
    QVERIFY(child.waitForStarted(5000));
    const auto stopChild = qScopeGuard([&child] {
        child.kill();
        child.waitForFinished(5000);
    });
    QVERIFY(child.waitForReadyRead(10000));
    const quint16 port = quint16(child.readLine().trimmed().toUInt());
    QVERIFY(port > 0);

    // A keep-alive connection made before the handles run out.
    QTcpSocket kept;
    kept.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(kept.waitForConnected(5000));
    const auto keptCall = [&kept] {
        kept.write(validCall());
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (!answer.contains("\"token\"") && timer.elapsed() < 3000) {
            if (kept.waitForReadyRead(100))
                answer += kept.readAll();
        }
        return answer;
    };
    QVERIFY(keptCall().startsWith("HTTP/1.1 200 OK\r\n"));

    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 100; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        socket->waitForConnected(200); // past the backlog the handshake itself waits
        idle.push_back(std::move(socket));
    }
    QTest::qWait(300);

    // Out of handles: the connection it has is served at once, and nothing spins.
    const qint64 before = cpuTicks(child.processId());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(keptCall().startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QTest::qWait(1000);
    const qint64 ticks = cpuTicks(child.processId()) - before;
    QVERIFY2(before >= 0 && ticks < 20, qPrintable(QString::number(ticks))); // < 20% of a core

    // Handles free again: new connections are accepted and served within the back-off.
    idle.clear();
    timer.restart();
    QByteArray answer;
    while (!answer.startsWith("HTTP/1.1 200 OK\r\n") && timer.elapsed() < 10000)
        answer = rawExchange(port, validCall(), 3000);
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());

    child.kill(); // the guard's kill is then a no-op
    child.waitForFinished(5000);
    const QByteArray log = child.readAllStandardError();
    QCOMPARE(log.count("cannot accept new connections"), 1);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], ChildFlag) == 0)
        return serveWithFewHandles(argc, argv, qstrcmp(argv[2], "own") == 0);
    QCoreApplication app(argc, argv);
    TestSandboxFileLimit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sandboxfilelimit.moc"
