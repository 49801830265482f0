#include "AppsFileActions.h"
#include "GuiTestHelpers.h"
#include "MainWindowFixture.h"
#include "dialogs/ImportSecretsDialog.h"
#include "storage/AppRepository.h"

#include <QAction>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using GuiTest::child;

namespace {

const QString LiveKey = u"1234567890123456"_s;
const QString LiveSecret = u"fedcba9876543210fedcba9876543210"_s;

QJsonObject liveApp(const QString &name)
{
    return {{u"name"_s, name},
            {u"contactEmail"_s, u"qa@example.com"_s},
            {u"contactName"_s, u"QA"_s},
            {u"template"_s, u"Code {otp} for {app} (Ref {ref})"_s},
            {u"environment"_s, u"live"_s},
            {u"key"_s, LiveKey}};
}

void writeAppsFile(const QString &path, const QJsonArray &apps)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the apps file");
    file.write(
        QJsonDocument(
            QJsonObject{{u"format"_s, u"otp-manager-apps"_s}, {u"version"_s, 1}, {u"apps"_s, apps}})
            .toJson());
}

QAction *importAction(QWidget *window)
{
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == u"&Import Apps…")
            return action;
    }
    qFatal("no Import Apps action");
}

QStringList tableNames(const Fixture &f)
{
    QStringList names;
    for (int row = 0; row < f.rows(); ++row)
        names << f.table()->model()->index(row, 0).data().toString();
    return names;
}

} // namespace

// File ▸ Import Apps… through the real main window: one dialog for every secret, then a
// report that never claims an app the store does not have.
class TestAppsFileActions : public QObject
{
    Q_OBJECT

private slots:
    void failedKeychainWriteIsReportedNotSaved();
    void cancelImportsNothing();
    void invalidSecretKeepsTheDialogOpen();
    void progressCanCancelBeforeTheCommit();
};

void TestAppsFileActions::failedKeychainWriteIsReportedNotSaved()
{
    Fixture f;
    const QString path = f.dir.filePath(u"apps.json"_s);
    writeAppsFile(path, {liveApp(u"Live Shop"_s), liveApp(u"Later"_s)});
    f.secrets.setFailure(SecretResult::Status::AccessDenied); // a locked keychain

    // File ▸ Import Apps…: the file dialog is answered with the file.
    QTimer::singleShot(0, [path] {
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept"); // what the Open button does
    });
    importAction(f.window.get())->trigger();

    // One dialog for both Live apps; the second secret is left empty.
    QTRY_VERIFY(qobject_cast<ImportSecretsDialog *>(QApplication::activeModalWidget()));
    auto *secrets = qobject_cast<ImportSecretsDialog *>(QApplication::activeModalWidget());
    QTest::keyClicks(child<QLineEdit>(secrets, u"secretField0"_s), LiveSecret);
    QVERIFY(child<QLineEdit>(secrets, u"secretField1"_s)->text().isEmpty());
    QVERIFY(!secrets->findChild<QLineEdit *>(u"secretField2"_s));
    child<QPushButton>(secrets, u"importButton"_s)->click();

    QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    auto *report = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    QCOMPARE(report->objectName(), u"importReport"_s);
    QCOMPARE(report->text(), u"1 app imported."_s);
    const QString details = report->informativeText();
    QVERIFY2(details.contains(u"“Live Shop” was not imported: "_s
                              + SecretResult::failure(SecretResult::Status::AccessDenied).message),
             qPrintable(details));
    QVERIFY2(details.contains(u"“Later” was imported without its App Secret"_s),
             qPrintable(details));
    report->accept();

    QCOMPARE(tableNames(f), QStringList{u"Later"_s});
    QCOMPARE(f.workspace->apps().names(), QStringList{u"Later"_s});
}

void TestAppsFileActions::cancelImportsNothing()
{
    Fixture f;
    const QString path = f.dir.filePath(u"apps.json"_s);
    writeAppsFile(path, {liveApp(u"Live Shop"_s)});
    auto *actions = child<AppsFileActions>(f.window.get(), u"appsFileActions"_s);
    actions->importFile(path); // the seam past the file dialog

    QTRY_VERIFY(qobject_cast<ImportSecretsDialog *>(QApplication::activeModalWidget()));
    auto *secrets = qobject_cast<ImportSecretsDialog *>(QApplication::activeModalWidget());
    QTest::keyClicks(child<QLineEdit>(secrets, u"secretField0"_s), LiveSecret);
    child<QPushButton>(secrets, u"cancelButton"_s)->click();

    QTRY_VERIFY(!QApplication::activeModalWidget());
    QTest::qWait(50);
    QVERIFY(!QApplication::activeModalWidget()); // no report: nothing happened
    QCOMPARE(f.rows(), 0);
    QVERIFY(f.workspace->apps().names().isEmpty());
    QCOMPARE(f.secrets.size(), 0);
}

void TestAppsFileActions::invalidSecretKeepsTheDialogOpen()
{
    Fixture f;
    const QString path = f.dir.filePath(u"apps.json"_s);
    writeAppsFile(path, {liveApp(u"Live Shop"_s)});
    child<AppsFileActions>(f.window.get(), u"appsFileActions"_s)->importFile(path);

    QTRY_VERIFY(qobject_cast<ImportSecretsDialog *>(QApplication::activeModalWidget()));
    auto *secrets = qobject_cast<ImportSecretsDialog *>(QApplication::activeModalWidget());
    auto *field = child<QLineEdit>(secrets, u"secretField0"_s);
    QTest::keyClicks(field, u"not a secret"_s);
    child<QPushButton>(secrets, u"importButton"_s)->click();
    QCOMPARE(QApplication::activeModalWidget(), secrets); // still open, the problem shown
    QVERIFY(child<QLabel>(secrets, u"secretMessage0"_s)->isVisible());
    QVERIFY(f.workspace->apps().names().isEmpty());

    field->clear();
    QTest::keyClicks(field, LiveSecret);
    child<QPushButton>(secrets, u"importButton"_s)->click();
    QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    auto *report = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    QCOMPARE(report->icon(), QMessageBox::Information);
    report->accept();
    QCOMPARE(tableNames(f), QStringList{u"Live Shop"_s});
    QCOMPARE(f.secrets.size(), 1);
}

// Many secrets take a while: a progress dialog counts them, and its Cancel stops the import
// before the commit, leaving neither apps nor secrets (issue 15).
void TestAppsFileActions::progressCanCancelBeforeTheCommit()
{
    Fixture f;
    const QString path = f.dir.filePath(u"apps.json"_s);
    QJsonArray apps;
    for (int i = 0; i < 300; ++i) {
        QJsonObject app = liveApp(u"Sandbox %1"_s.arg(i));
        app.insert(u"environment"_s, u"sandbox"_s); // new credentials each: nothing to ask
        app.remove(u"key"_s);
        apps << app;
    }
    writeAppsFile(path, apps);
    auto *actions = child<AppsFileActions>(f.window.get(), u"appsFileActions"_s);
    QSignalSpy messages(actions, &AppsFileActions::message);
    int maximum = -1;
    // Pressed as soon as the dialog exists, while the keychain is still answering.
    QTimer press;
    press.setInterval(0);
    connect(&press, &QTimer::timeout, &press, [&] {
        auto *progress = f.window->findChild<QProgressDialog *>(u"importProgress"_s);
        if (!progress)
            return;
        maximum = progress->maximum();
        progress->findChild<QPushButton *>()->click(); // its Cancel button
        press.stop();
    });
    press.start();
    actions->importFile(path);

    QTRY_VERIFY(!messages.isEmpty());
    QCOMPARE(maximum, 300);
    QCOMPARE(messages.constLast().at(0).toString(), u"Import cancelled: no app was imported."_s);
    QVERIFY(!qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    QVERIFY(f.workspace->apps().names().isEmpty());
    QCOMPARE(f.rows(), 0);
    QCOMPARE(f.secrets.size(), 0); // the ones written before the cancel are removed again
    QTRY_VERIFY(!f.window->findChild<QProgressDialog *>(u"importProgress"_s));
}

QTEST_MAIN(TestAppsFileActions)
#include "tst_appsfileactions.moc"
