// Opens every page of the main window and the create form (filled, with a validation error
// visible) on a throwaway data folder, in English and Thai, and saves each as a PNG: at
// 1200x760 in the light theme (NAME-en.png), in the dark theme (NAME-dark-en.png) and in a
// narrow 1024x700 window (NAME-narrow-en.png).
// scripts/screenshot.sh runs it under Xvfb:  screenshot_tour OUTPUT_DIR
#include "AppContext.h"
#include "Appearance.h"
#include "MainWindow.h"
#include "dialogs/AppEditorDialog.h"
#include "dialogs/CredentialsDialog.h"
#include "i18n/Translations.h"
#include "models/InboxModel.h"
#include "pages/AppsPage.h"
#include "pages/InboxPage.h"
#include "pages/ReportsPage.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "services/AppSettings.h"
#include "services/OtpAppService.h"
#include "services/SandboxAppSync.h"
#include "services/SandboxInboxRecorder.h"
#include "services/SandboxTrafficRecorder.h"
#include "services/Workspace.h"
#include "storage/InboxRepository.h"
#include "storage/SandboxTrafficRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QApplication::processEvents();
        QTest::qWait(30);
    }
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const QPixmap pixmap = widget->grab();
    const bool ok = pixmap.save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// A switch, so a page added to the window without a file name here does not compile.
QString fileName(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Apps:
        return u"apps"_s;
    case MainWindow::Page::TestConsole:
        return u"console"_s;
    case MainWindow::Page::Inbox:
        return u"inbox"_s;
    case MainWindow::Page::ErrorCodes:
        return u"error-codes"_s;
    case MainWindow::Page::Reports:
        return u"reports"_s;
    case MainWindow::Page::Settings:
        return u"settings"_s;
    }
    return {};
}

// The Reports page computes on its worker thread: the shot waits for the figures.
void waitForReport(MainWindow &window)
{
    settle();
    const auto *page = window.findChild<ReportsPage *>();
    QDeadlineTimer deadline(10000);
    while (page && page->isBusy() && !deadline.hasExpired())
        QTest::qWait(50);
}

// A week of sandbox traffic for the Reports page: a few OTPs an hour per app, with the mix a
// QA lead sees (most verified at once, some after a wrong PIN, some never, a few burned or
// refused) and latencies from a fraction of a millisecond to a slow second.
void fillReports(Database &database, const QList<OtpAppConfig> &apps)
{
    QRandomGenerator random(17);
    QList<SandboxTrafficRow> rows;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int serial = 0;
    for (QDateTime at = now.addDays(-7); at < now; at = at.addSecs(600 + random.bounded(1800))) {
        const OtpAppConfig &app = apps.at(++serial % apps.size());
        SandboxTrafficRow row;
        row.startedAt = at;
        row.appId = app.id;
        row.appName = app.name;
        row.maskedMsisdn = u"08%1***%2"_s.arg(random.bounded(10)).arg(1000 + serial % 9000);
        row.latencyMs = random.bounded(100) < 90 ? 0.2 + random.bounded(40) / 10.0
                                                 : 50 + random.bounded(1500);
        const int kind = random.bounded(100);
        if (kind < 5) { // a bad number, or the service failing
            row.httpStatus = kind < 3 ? 400 : 500;
            row.statusCode = row.httpStatus;
            row.outcome = kind < 3 ? u"ERROR_MSISDN"_s : u"ERROR_SYSTEM_FAILURE"_s;
            rows << row;
            continue;
        }
        row.httpStatus = 200;
        row.statusCode = 0;
        row.outcome = u"success"_s;
        row.token = u"tok%1"_s.arg(serial);
        row.refno = u"R%1"_s.arg(serial, 5, 36, QLatin1Char('0')).toUpper();
        row.expiresAt = at.addSecs(300);
        rows << row;
        // 70 % verified at once, 15 % after a wrong PIN, 10 % never, 5 % burned.
        const int wrong = kind < 70 ? 0 : kind < 85 ? 1 : kind < 95 ? 0 : 5;
        const bool verified = kind < 85;
        for (int i = 0; i < wrong + (verified ? 1 : 0); ++i) {
            SandboxTrafficRow verify = row;
            verify.call = OtpOperation::Verify;
            verify.startedAt = at.addSecs(15 + 20 * i + random.bounded(40));
            verify.refno.clear();
            verify.expiresAt = {};
            const bool correct = verified && i == wrong;
            verify.httpStatus = correct ? 200 : 400;
            verify.statusCode = correct ? 0 : 400;
            verify.outcome = correct ? u"success"_s : u"Code is invalid."_s;
            if (verify.startedAt < now)
                rows << verify;
        }
    }
    if (!SandboxTrafficRepository(database).appendAll(rows).ok())
        qWarning("the report's traffic was not stored");
}
// One way of looking at the window: a theme and a size, and the file name's mark for it.
struct Variant {
    Theme theme;
    QSize size;
    QString mark; // "" for the default, "-dark", "-narrow"
};

const QList<Variant> &variants()
{
    static const QList<Variant> all{{Theme::Light, QSize(1200, 760), QString()},
                                    {Theme::Dark, QSize(1200, 760), u"-dark"_s},
                                    {Theme::Light, QSize(1024, 700), u"-narrow"_s}};
    return all;
}

void use(const Variant &variant, AppSettings &settings, MainWindow &window)
{
    settings.setTheme(variant.theme);
    window.resize(variant.size);
    settle();
}

QString suffixOf(const Variant &variant, Language language)
{
    return variant.mark + (language == Language::Thai ? u"-th"_s : u"-en"_s);
}

// Every page, then the create form with a validation error showing.
bool shootPagesAndForm(MainWindow &window, const QString &outDir, const QString &suffix,
                       Language language)
{
    bool ok = true;
    for (const MainWindow::Page page : MainWindow::pages()) {
        window.showPage(page);
        if (page == MainWindow::Page::Reports)
            waitForReport(window);
        ok &= save(&window, outDir + u'/' + fileName(page) + suffix + u".png"_s);
    }
    window.showPage(MainWindow::Page::Apps);
    window.appsPage()->newApp();
    settle();
    AppEditorDialog *editor = window.appsPage()->openEditor();
    if (!editor) {
        qCritical("the create form did not open");
        return false;
    }
    auto *name = editor->findChild<QLineEdit *>(u"nameEdit"_s);
    name->setText(language == Language::Thai ? u"แอปทดสอบ"_s : u"Test app"_s);
    auto *email = editor->findChild<QLineEdit *>(u"contactEmailEdit"_s);
    email->setFocus();
    email->setText(u"qa@example"_s);
    editor->findChild<QLineEdit *>(u"contactNameEdit"_s)->setFocus(); // leaves the email
    ok &= save(editor, outDir + u"/create-form"_s + suffix + u".png"_s);
    editor->findChild<QLineEdit *>(u"contactEmailEdit"_s)->clear();
    editor->findChild<QLineEdit *>(u"nameEdit"_s)->clear();
    editor->done(QDialog::Rejected);
    settle();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"OTP Manager"_s);
    QApplication::setApplicationVersion(QStringLiteral(OTP_VERSION_STRING));
    const QString outDir = app.arguments().value(1, u"screenshots"_s);
    QDir().mkpath(outDir);

    QTemporaryDir dataDir;
    Workspace::Opening opened = Workspace::open(dataDir.path(), true);
    if (!opened.workspace) {
        qCritical("cannot open a data folder: %s", qPrintable(opened.error));
        return 1;
    }
    AppSettings settings(dataDir.filePath(u"settings.ini"_s));
    settings.setSandboxPort(0);
    settings.setTheme(Theme::Light);
    Appearance appearance(settings);
    Translations translations;
    translations.install(Language::English);
    MemorySecretStore secrets;
    OtpAppService apps(opened.workspace->apps(), &secrets);
    SandboxServer sandbox;
    SandboxAppSync sync(apps, sandbox);

    SandboxInboxRecorder recorder(sandbox, opened.workspace->inbox());
    SandboxTrafficRecorder traffic(sandbox, dataDir.path());
    AppContext context{*opened.workspace, apps, sandbox, recorder, traffic, settings, translations};
    MainWindow window(context);
    window.resize(variants().first().size);
    window.show();
    SandboxServerOptions options;
    options.port = 0;
    if (const Result<SandboxListening> started = sandbox.start(options); !started)
        qWarning("the sandbox did not start: %s", qPrintable(started.error));
    bool ok = save(&window, outDir + u"/apps-empty-en.png"_s);
    settings.setTheme(Theme::Dark);
    ok &= save(&window, outDir + u"/apps-empty-dark-en.png"_s);
    settings.setTheme(Theme::Light);

    // Two apps: a sandbox demo and a live one.
    window.appsPage()->createDemoApp();
    OtpAppDraft live = OtpAppDraft::forNewApp(Language::English);
    live.name = u"ร้านค้าออนไลน์ Shop"_s;
    live.contactEmail = u"dev@shop.example.co.th"_s;
    live.contactName = u"ทีมพัฒนา"_s;
    live.environment = Environment::Live;
    live.appKey = u"1234567890123456"_s;
    live.ipRanges = u"203.0.113.0/24"_s;
    apps.create(live, u"0123456789abcdef0123456789abcdef"_s);
    settle();
    // The credentials a new sandbox app gets (its secret revealed in the dark).
    {
        CredentialsDialog credentials(u"Demo Shop"_s, u"a1b2c3d4e5f60718"_s,
                                      u"0f1e2d3c4b5a69788796a5b4c3d2e1f0"_s, &window);
        credentials.open();
        ok &= save(&credentials, outDir + u"/credentials-en.png"_s);
        settings.setTheme(Theme::Dark);
        credentials.findChild<QAbstractButton *>(u"revealSecretButton"_s)->click();
        ok &= save(&credentials, outDir + u"/credentials-dark-en.png"_s);
        credentials.close();
    }

    fillReports(opened.workspace->database(), apps.apps());

    // One OTP requested from the demo app, so the console shows a result card and its exchange.
    window.showPage(MainWindow::Page::TestConsole);
    settle();
    auto *consoleApp = window.findChild<QComboBox *>(u"consoleApp"_s);
    consoleApp->setCurrentIndex(qMax(0, consoleApp->findText(u"Demo"_s, Qt::MatchStartsWith)));
    window.findChild<QLineEdit *>(u"consolePhone"_s)->setText(u"0812345678"_s);
    window.findChild<QAbstractButton *>(u"requestButton"_s)->click();
    QTest::qWait(1500);

    for (const Variant &variant : variants()) {
        use(variant, settings, window);
        for (const Language language : {Language::English, Language::Thai}) {
            translations.install(language);
            if (!shootPagesAndForm(window, outDir, suffixOf(variant, language), language))
                return 1;
        }
    }

    // Testing by hand: SMS in the inbox, one selected (its row actions), fault injection and
    // a moved clock in the status bar.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 3; ++i) {
        OtpMessage sms;
        sms.appName = u"Demo"_s;
        sms.msisdn = u"+6681234567%1"_s.arg(i);
        sms.code = u"48213%1"_s.arg(i);
        sms.refno = u"AB12%1"_s.arg(i);
        sms.text = u"Your Demo code is %1 (Ref: %2)"_s.arg(sms.code, sms.refno);
        sms.token = u"token%1"_s.arg(i);
        sms.createdAt = now.addSecs(-60 * (3 - i));
        sms.expiresAt = sms.createdAt.addSecs(300);
        sms.state = i == 0 ? OtpMessage::State::Verified : OtpMessage::State::Pending;
        if (!opened.workspace->inbox().append(sms).ok())
            qWarning("an inbox row was not stored");
    }
    sandbox.setFaults(SandboxFaults::error(41, SandboxFaults::Scope::NextRequests, 2));
    sandbox.advanceClock(300);
    for (const Variant &variant : variants()) {
        use(variant, settings, window);
        for (const Language language : {Language::English, Language::Thai}) {
            translations.install(language);
            window.showPage(MainWindow::Page::Inbox);
            window.inboxPage()->reload();
            window.inboxPage()->selectMessage(window.inboxPage()
                                                  ->model()
                                                  ->index(0, 0)
                                                  .data(InboxModel::MessageIdRole)
                                                  .toLongLong());
            ok &= save(&window,
                       outDir + u"/inbox-testing"_s + suffixOf(variant, language) + u".png"_s);
        }
    }
    return ok ? 0 : 1;
}
