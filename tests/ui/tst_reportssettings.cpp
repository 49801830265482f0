#include "MainWindowFixture.h"
#include "storage/SandboxTrafficRepository.h"
#include "widgets/ReportsSettingsBox.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using GuiTest::child;

// Settings > Reports, as a user changes it: the retention of the recorded sandbox calls is
// saved, and the running recorder deletes what falls outside it at once.
class TestReportsSettings : public QObject
{
    Q_OBJECT

private slots:
    void showsTheRetentionInForce();
    void fewerDaysPruneTheRunningRecorderAtOnce();
    void rowLimitPrunesTheOldestAndZeroMeansNoLimit();
    void followsTheLanguage();
    void wheelScrollsThePageNotTheFields();

private:
    static ReportsSettingsBox *showSettings(Fixture &f);
    // Twenty calls: ten 40 days old, ten from yesterday (the newest last); the default
    // retention (90 days) keeps them all.
    static void storeCalls(Fixture &f);
    static void commit(QSpinBox *box, int value); // typed, then Enter
};

ReportsSettingsBox *TestReportsSettings::showSettings(Fixture &f)
{
    f.window->showPage(MainWindow::Page::Settings);
    return f.window->findChild<ReportsSettingsBox *>();
}

void TestReportsSettings::storeCalls(Fixture &f)
{
    SandboxTrafficRepository repository(f.workspace->database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<SandboxTrafficRow> rows;
    for (int i = 0; i < 20; ++i) {
        SandboxTrafficRow row;
        row.startedAt = now.addDays(i < 10 ? -40 : -1).addSecs(i);
        row.token = u"T%1"_s.arg(i);
        rows << row;
    }
    const Result<void> stored = repository.appendAll(rows);
    QVERIFY2(stored.ok(), qPrintable(stored.error));
}

void TestReportsSettings::commit(QSpinBox *box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Return);
}

void TestReportsSettings::showsTheRetentionInForce()
{
    Fixture f;
    ReportsSettingsBox *box = showSettings(f);
    QVERIFY(box);
    QCOMPARE(child<QSpinBox>(box, u"retentionDays"_s)->value(),
             TrafficRetention::DefaultMaxAgeDays);
    QCOMPARE(child<QSpinBox>(box, u"retentionRows"_s)->value(), TrafficRetention::DefaultMaxRows);
    // The page scrolls rather than pushing the window past a small screen.
    QVERIFY(f.window->findChild<QScrollArea *>(u"settingsScroll"_s));
}

void TestReportsSettings::fewerDaysPruneTheRunningRecorderAtOnce()
{
    Fixture f;
    storeCalls(f);
    ReportsSettingsBox *box = showSettings(f);
    QSignalSpy pruned(f.traffic.get(), &SandboxTrafficRecorder::pruned);
    auto *days = child<QSpinBox>(box, u"retentionDays"_s);

    // Typing "3" then "0" must not prune at 3 days on the way: only the committed value counts.
    commit(days, 30);
    QCOMPARE(f.settings->trafficRetention().maxAgeDays, 30);
    // (The recorder's own prune, 5 s after its start with the default 90 days, removes none.)
    QVERIFY(pruned.wait(5000));
    SandboxTrafficRepository repository(f.workspace->database());
    QTRY_COMPARE(repository.count(), 10); // the ten 40 days old went

    // Forever: nothing more goes, the setting says 0.
    commit(days, 0);
    QCOMPARE(days->text(), u"Forever"_s);
    QCOMPARE(f.settings->trafficRetention().maxAgeDays, 0);
    QVERIFY(pruned.wait(5000));
    QCOMPARE(pruned.last().first().toLongLong(), 0);
    QCOMPARE(repository.count(), 10);

    // A new window (a restart) shows what was saved.
    f.openWindow();
    QCOMPARE(child<QSpinBox>(showSettings(f), u"retentionDays"_s)->value(), 0);
}

void TestReportsSettings::rowLimitPrunesTheOldestAndZeroMeansNoLimit()
{
    Fixture f;
    storeCalls(f);
    ReportsSettingsBox *box = showSettings(f);
    QSignalSpy pruned(f.traffic.get(), &SandboxTrafficRecorder::pruned);
    auto *rows = child<QSpinBox>(box, u"retentionRows"_s);
    auto *days = child<QSpinBox>(box, u"retentionDays"_s);
    commit(days, 0); // no age limit: only the cap decides
    QVERIFY(pruned.wait(5000));

    commit(rows, 4);
    QVERIFY(pruned.wait(5000));
    SandboxTrafficRepository repository(f.workspace->database());
    QTRY_COMPARE(repository.count(), 4);
    const QList<SandboxTrafficRow> kept = repository.list();
    QCOMPARE(kept.size(), 4);
    QCOMPARE(kept.first().token, u"T16"_s); // the newest stay (listed oldest first)
    QCOMPARE(kept.last().token, u"T19"_s);

    commit(rows, 0);
    QCOMPARE(rows->text(), u"No limit"_s);
    QCOMPARE(f.settings->trafficRetention().maxRows, 0);
}

void TestReportsSettings::followsTheLanguage()
{
    Fixture f;
    ReportsSettingsBox *box = showSettings(f);
    auto *days = child<QSpinBox>(box, u"retentionDays"_s);
    QCOMPARE(box->title(), u"Reports"_s);
    QCOMPARE(days->suffix(), u" days"_s);
    f.translations.install(Language::Thai);
    QTRY_COMPARE(box->title(), ReportsSettingsBox::tr("Reports"));
    QVERIFY(box->title() != u"Reports"_s);
    QVERIFY(days->suffix() != u" days"_s);
    f.translations.install(Language::English);
    QTRY_COMPARE(box->title(), u"Reports"_s);
}

void TestReportsSettings::wheelScrollsThePageNotTheFields()
{
    Fixture f;
    f.window->resize(1024, 500);
    ReportsSettingsBox *box = showSettings(f);
    auto *scroll = child<QScrollArea>(f.window.get(), u"settingsScroll"_s);
    QScrollBar *bar = scroll->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    auto *days = child<QSpinBox>(box, u"retentionDays"_s);
    scroll->setFocus();
    QVERIFY(!days->hasFocus());

    // Scrolling down over the field: the page moves, the setting stays.
    const int top = bar->value();
    GuiTest::turnWheel(days, -120);
    QCOMPARE(days->value(), TrafficRetention::DefaultMaxAgeDays);
    QCOMPARE(f.settings->trafficRetention().maxAgeDays, TrafficRetention::DefaultMaxAgeDays);
    QVERIFY(bar->value() > top);

    // Once the user has clicked into it, the wheel is the field's.
    QTest::mouseClick(days, Qt::LeftButton, {}, QPoint(4, days->height() / 2));
    QTRY_VERIFY(days->hasFocus());
    GuiTest::turnWheel(days, 120);
    QCOMPARE(days->value(), TrafficRetention::DefaultMaxAgeDays + 1);
}

QTEST_MAIN(TestReportsSettings)
#include "tst_reportssettings.moc"
