// Settings > Appearance (issue 16, "Theme"): System, Light and Dark, applied live to every
// window without a restart; Dark a complete palette on Fusion with the icons tinted for it;
// System following the system's palette, also when it changes while the app runs.
#include "Appearance.h"
#include "MainWindowFixture.h"
#include "widgets/ThemePalette.h"
#include "widgets/ThemedIcon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleOptionButton>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using GuiTest::child;

namespace {

bool isDark(const QPalette &palette)
{
    return Appearance::isDarkPalette(palette);
}

// The colour an icon is drawn in: its most opaque pixel.
QColor iconColour(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(24, 24)).toImage();
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QColor c = image.pixelColor(x, y); c.alpha() > best.alpha())
                best = c;
    return best;
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lightAndDarkAreCompletePalettesOnFusion();
    void settingsPageSwitchesTheWholeWindowLive();
    void iconsFollowTheTheme();
    void uncheckedBoxesShowOnDark();
    void systemFollowsTheSystemsPalette();
    void systemGivesBackTheSystemsLook();
    void choiceSurvivesARestart();

private:
    QString m_startStyle;
    QColor m_startWindow;
};

void TestAppearance::initTestCase()
{
    m_startStyle = QApplication::style()->name();
    m_startWindow = QApplication::palette().color(QPalette::Window);
}

void TestAppearance::lightAndDarkAreCompletePalettesOnFusion()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setTheme(Theme::Dark);
    Appearance appearance(settings);
    auto *style = qobject_cast<QProxyStyle *>(QApplication::style());
    QVERIFY(style);
    QCOMPARE(style->baseStyle()->name(), u"fusion"_s);
    QCOMPARE(QApplication::palette(), ThemePalette::dark());
    QVERIFY(appearance.isDark());
    // Complete: every role of every group set, none left to a light default.
    const QPalette dark = ThemePalette::dark();
    for (int group = 0; group < QPalette::NColorGroups; ++group)
        for (int role = 0; role < QPalette::NColorRoles; ++role)
            if (role != QPalette::NoRole)
                QVERIFY2(dark.isBrushSet(QPalette::ColorGroup(group), QPalette::ColorRole(role)),
                         qPrintable(u"group %1 role %2"_s.arg(group).arg(role)));
    QVERIFY(isDark(dark));
    QVERIFY(!isDark(ThemePalette::light()));
    settings.setTheme(Theme::Light);
    QCOMPARE(QApplication::palette(), ThemePalette::light());
    QVERIFY(!appearance.isDark());
}

void TestAppearance::settingsPageSwitchesTheWholeWindowLive()
{
    Fixture fixture;
    fixture.settings->setTheme(Theme::Light);
    Appearance appearance(*fixture.settings);
    MainWindow *window = fixture.window.get();
    window->showPage(MainWindow::Page::Settings);
    QVERIFY(!isDark(window->palette()));
    auto *combo = child<QComboBox>(window, u"themeCombo"_s);
    QCOMPARE(combo->currentData().value<Theme>(), Theme::Light);
    combo->setCurrentIndex(combo->findData(QVariant::fromValue(Theme::Dark)));
    QCOMPARE(fixture.settings->theme(), Theme::Dark);
    QTRY_VERIFY(isDark(window->palette()));
    QVERIFY(isDark(combo->palette()));
    QVERIFY(isDark(window->appsPage()->palette()));
    combo->setCurrentIndex(combo->findData(QVariant::fromValue(Theme::Light)));
    QTRY_VERIFY(!isDark(window->palette()));
}

void TestAppearance::iconsFollowTheTheme()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setTheme(Theme::Light);
    Appearance appearance(settings);
    const QIcon icon = ThemedIcon::icon(u"add"_s); // made once, drawn in each theme
    QCOMPARE(iconColour(icon).rgb(), ThemePalette::light().color(QPalette::WindowText).rgb());
    settings.setTheme(Theme::Dark);
    QCOMPARE(iconColour(icon).rgb(), ThemePalette::dark().color(QPalette::WindowText).rgb());
    QVERIFY(iconColour(icon).lightness() > 200); // light on the dark window
    // The app's own icon keeps its colours.
    const QIcon app = ThemedIcon::appIcon();
    const QColor before = iconColour(app);
    settings.setTheme(Theme::Light);
    QCOMPARE(iconColour(app), before);
}

// Fusion draws a box's frame in the window colour darkened: on the dark window an unchecked
// box was all but invisible. Its left edge stands out from the window at 3:1 or more.
void TestAppearance::uncheckedBoxesShowOnDark()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setTheme(Theme::Dark);
    Appearance appearance(settings);
    QCheckBox box(u"Allow other machines"_s);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator
        = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    const QImage image = box.grab().toImage();
    const QColor edge = image.pixelColor(indicator.left(), indicator.center().y());
    const QColor window = box.palette().color(QPalette::Window);
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double a = luminance(edge), b = luminance(window);
    const double ratio = (qMax(a, b) + 0.05) / (qMin(a, b) + 0.05);
    QVERIFY2(ratio >= 3.0,
             qPrintable(u"%1 on %2: %3"_s.arg(edge.name(), window.name()).arg(ratio)));
}

void TestAppearance::systemFollowsTheSystemsPalette()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setTheme(Theme::System);
    QPalette system = ThemePalette::dark();
    system.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30)); // a system's own dark
    Appearance appearance(settings, [&system] { return system; });
    QVERIFY(appearance.isDark());
    QCOMPARE(QApplication::palette(), ThemePalette::dark());
    // The system turns light while the app runs: Qt says so with ThemeChange.
    system = QPalette(QColor(0xee, 0xee, 0xee));
    QWidget window;
    window.show();
    QEvent themeChange(QEvent::ThemeChange);
    QCoreApplication::sendEvent(&window, &themeChange);
    QTRY_VERIFY(!appearance.isDark());
    QVERIFY(!isDark(QApplication::palette()));
    QCOMPARE(QApplication::style()->name(), m_startStyle);
    // And dark again.
    system = ThemePalette::dark();
    QCoreApplication::sendEvent(&window, &themeChange);
    QTRY_VERIFY(appearance.isDark());
    QVERIFY(isDark(window.palette()));
}

void TestAppearance::systemGivesBackTheSystemsLook()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setTheme(Theme::Dark);
    Appearance appearance(settings); // the platform's real palette (offscreen: light)
    QVERIFY(isDark(QApplication::palette()));
    settings.setTheme(Theme::System);
    QVERIFY(!appearance.isDark());
    QCOMPARE(QApplication::style()->name(), m_startStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_startWindow);
}

void TestAppearance::choiceSurvivesARestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    {
        AppSettings settings(file);
        Appearance appearance(settings);
        settings.setTheme(Theme::Dark);
    }
    AppSettings settings(file);
    Appearance appearance(settings);
    QVERIFY(appearance.isDark());
    QCOMPARE(appearance.theme(), Theme::Dark);
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
