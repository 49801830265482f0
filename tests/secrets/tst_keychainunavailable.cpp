#include "secrets/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Status = SecretResult::Status;

// No keychain reachable: every call must end within the 10 s limit with a clear reason, never
// hang and never fall back to storing the secret somewhere else.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failsClearlyWithinTheLimit_data();
    void failsClearlyWithinTheLimit();

private:
    QTemporaryDir m_runtimeDir; // an XDG_RUNTIME_DIR without a "bus" socket
};

void TestKeychainUnavailable::initTestCase()
{
    qunsetenv("DISPLAY"); // no X11 autolaunch of a bus, no prompt
    qunsetenv("WAYLAND_DISPLAY");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));
}

void TestKeychainUnavailable::failsClearlyWithinTheLimit_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("busAddress"); // empty: variable unset
    for (const QString &operation : {u"write"_s, u"read"_s, u"remove"_s}) {
        QTest::addRow("%s, bus address points nowhere", qPrintable(operation))
            << operation << QByteArray("unix:path=/nonexistent/otp-manager-test-bus");
        QTest::addRow("%s, no session bus at all", qPrintable(operation))
            << operation << QByteArray();
    }
}

void TestKeychainUnavailable::failsClearlyWithinTheLimit()
{
    QFETCH(QString, operation);
    QFETCH(QByteArray, busAddress);
    if (busAddress.isEmpty())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", busAddress);

    KeychainSecretStore store; // the real 10 s limit
    const QUuid app = QUuid::createUuid();
    QElapsedTimer timer;
    timer.start();
    QFuture<SecretResult> future = operation == u"write" ? store.write(app, u"never-stored"_s)
        : operation == u"read"                           ? store.read(app)
                                                         : store.remove(app);
    QVERIFY(!future.isFinished()); // asynchronous even when failing
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 12000);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!future.isCanceled());
    const SecretResult result = future.result();
    qInfo("%s: %s after %lld ms: %s", qPrintable(operation),
          result.status == Status::Unavailable   ? "Unavailable"
              : result.status == Status::Timeout ? "Timeout"
                                                 : "other",
          elapsed, qPrintable(result.message));
    QVERIFY(elapsed <= 10500);
    QCOMPARE(result.status, Status::Unavailable);
    QVERIFY(result.secret.isEmpty());
    QVERIFY2(result.message.contains(u"cannot be reached"), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
