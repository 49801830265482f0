#include "secrets/KeychainSecretStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Status = SecretResult::Status;

// How every QtKeychain error reads for the user. No keychain needed.
class TestKeychainErrors : public QObject
{
    Q_OBJECT

private slots:
    void mapsEveryQtKeychainError_data();
    void mapsEveryQtKeychainError();
    void everyFailureSaysWhatToDo_data();
    void everyFailureSaysWhatToDo();
    void timeoutNamesTheLimit();
    void namesEntriesAfterTheApp();
};

void TestKeychainErrors::mapsEveryQtKeychainError_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<Status>("status");
    QTest::newRow("no error") << int(QKeychain::NoError) << QString() << Status::Ok;
    QTest::newRow("entry not found")
        << int(QKeychain::EntryNotFound) << u"Entry not found"_s << Status::NotFound;
    QTest::newRow("could not delete")
        << int(QKeychain::CouldNotDeleteEntry) << u"busy"_s << Status::Failed;
    QTest::newRow("denied by user")
        << int(QKeychain::AccessDeniedByUser) << u"User said no"_s << Status::AccessDenied;
    QTest::newRow("access denied (locked)")
        << int(QKeychain::AccessDenied) << u"Cannot create an item in a locked collection"_s
        << Status::AccessDenied;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << u"No keychain"_s
                                << Status::Unavailable;
    QTest::newRow("not implemented")
        << int(QKeychain::NotImplemented) << u""_s << Status::Unavailable;
    QTest::newRow("other: no bus")
        << int(QKeychain::OtherError) << u"Could not connect: No such file or directory"_s
        << Status::Unavailable;
    QTest::newRow("other: no service")
        << int(QKeychain::OtherError)
        << u"The name org.freedesktop.secrets was not provided by any .service files"_s
        << Status::Unavailable;
    QTest::newRow("other: autolaunch")
        << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
        << Status::Unavailable;
    QTest::newRow("other: anything else")
        << int(QKeychain::OtherError) << u"Unknown error"_s << Status::Failed;
}

void TestKeychainErrors::mapsEveryQtKeychainError()
{
    QFETCH(int, error);
    QFETCH(QString, detail);
    QFETCH(Status, status);
    // A bus address must exist for "anything else" to stay Failed rather than Unavailable.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/0/bus");
    const SecretResult result
        = KeychainSecretStore::resultForError(QKeychain::Error(error), detail);
    QCOMPARE(result.status, status);
    QVERIFY(result.secret.isEmpty());
    if (status != Status::Ok && status != Status::NotFound && !detail.isEmpty())
        QVERIFY2(result.message.contains(detail), qPrintable(result.message));
}

void TestKeychainErrors::everyFailureSaysWhatToDo_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("advice");
    QTest::newRow("not found") << Status::NotFound << u"enter the secret again"_s;
    QTest::newRow("unavailable") << Status::Unavailable << u"session-only mode"_s;
    QTest::newRow("access denied") << Status::AccessDenied << u"Unlock"_s;
    QTest::newRow("timeout") << Status::Timeout << u"Unlock or start it"_s;
    QTest::newRow("failed") << Status::Failed << u"Try again"_s;
}

void TestKeychainErrors::everyFailureSaysWhatToDo()
{
    QFETCH(Status, status);
    QFETCH(QString, advice);
    const SecretResult result = SecretResult::failure(status);
    QCOMPARE(result.status, status);
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(advice), qPrintable(result.message));
}

void TestKeychainErrors::timeoutNamesTheLimit()
{
    const SecretResult result = SecretResult::timeout(std::chrono::milliseconds(10000));
    QCOMPARE(result.status, Status::Timeout);
    QVERIFY2(result.message.contains(u"10 second"), qPrintable(result.message));
}

void TestKeychainErrors::namesEntriesAfterTheApp()
{
    const QUuid app = QUuid::fromString(u"8c6f0d4e-2b1a-4c3d-9e8f-0a1b2c3d4e5f"_s);
    KeychainSecretStore store;
    QCOMPARE(store.serviceName(app),
             u"th.otpmanager.OtpManager/8c6f0d4e-2b1a-4c3d-9e8f-0a1b2c3d4e5f"_s);
    QCOMPARE(KeychainSecretStore::entryKey(), u"app-secret"_s);
    QVERIFY(store.isPersistent());
}

QTEST_GUILESS_MAIN(TestKeychainErrors)
#include "tst_keychainerrors.moc"
