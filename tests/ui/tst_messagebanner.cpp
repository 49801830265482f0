// MessageBanner: a strip with word-wrapped text whose background says how serious it is, and an
// optional button for the one thing to do about it.
#include "GuiTestHelpers.h"
#include "widgets/MessageBanner.h"
#include "widgets/StatusColors.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using GuiTest::child;
using Kind = MessageBanner::Kind;

Q_DECLARE_METATYPE(MessageBanner::Kind)

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    palette.setColor(QPalette::WindowText, QColor(0x10, 0x10, 0x10));
    return palette;
}

// A window with the banner on top, as the main window has it.
struct Window {
    QWidget window;
    MessageBanner *banner = nullptr;

    explicit Window(const QPalette &palette)
    {
        window.setPalette(palette);
        auto *layout = new QVBoxLayout(&window);
        banner = new MessageBanner(&window);
        banner->setObjectNames(u"banner"_s, u"bannerText"_s, u"bannerButton"_s);
        layout->addWidget(banner);
        layout->addStretch();
        window.resize(400, 200);
        window.show();
    }
    QColor background() const { return banner->palette().color(QPalette::Window); }
};

} // namespace

class TestMessageBanner : public QObject
{
    Q_OBJECT

private slots:
    void hiddenUntilAMessage();
    void kindDecidesTheBackground_data();
    void kindDecidesTheBackground();
    void kindsLookDifferent();
    void followsAThemeChange();
    void textWrapsAndChanges();
    void buttonOnlyWithAnActionAndItSignals();
};

void TestMessageBanner::hiddenUntilAMessage()
{
    Window w(lightPalette());
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QVERIFY(!w.banner->isVisible());
    w.banner->showMessage(Kind::Information, u"Hello"_s);
    QVERIFY(w.banner->isVisible());
    w.banner->hide();
    QVERIFY(!w.banner->isVisible());
}

void TestMessageBanner::kindDecidesTheBackground_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QColor>("status"); // the status colour the background is a tint of

    const QPalette light = lightPalette();
    const QPalette dark = darkPalette();
    QTest::newRow("information, light")
        << Kind::Information << light << StatusColors::information(light);
    QTest::newRow("warning, light") << Kind::Warning << light << StatusColors::warning(light);
    QTest::newRow("error, light") << Kind::Error << light << StatusColors::error(light);
    QTest::newRow("information, dark")
        << Kind::Information << dark << StatusColors::information(dark);
    QTest::newRow("warning, dark") << Kind::Warning << dark << StatusColors::warning(dark);
    QTest::newRow("error, dark") << Kind::Error << dark << StatusColors::error(dark);
}

void TestMessageBanner::kindDecidesTheBackground()
{
    QFETCH(Kind, kind);
    QFETCH(QPalette, palette);
    QFETCH(QColor, status);
    Window w(palette);
    w.banner->showMessage(kind, u"Something happened"_s);
    QCOMPARE(w.banner->kind(), kind);
    QVERIFY(w.banner->autoFillBackground());
    const QColor background = w.background();
    QCOMPARE(background, MessageBanner::background(kind, palette));
    // A tint of the status colour: the same hue, give or take a few degrees.
    const int hueDistance = qAbs(background.hsvHue() - status.hsvHue());
    QVERIFY2(qMin(hueDistance, 360 - hueDistance) <= 10,
             qPrintable(background.name() + u" / "_s + status.name()));
    // A pale tint on a light window, a deep one on a dark window: the window's text colour
    // stays readable on it.
    const int text = palette.color(QPalette::WindowText).lightness();
    QVERIFY2(qAbs(background.lightness() - text) > 100, qPrintable(background.name()));
    QVERIFY2(StatusColors::isDark(palette) ? background.value() < 128 : background.value() > 200,
             qPrintable(background.name()));
}

void TestMessageBanner::kindsLookDifferent()
{
    const QPalette palette = lightPalette();
    const QColor information = MessageBanner::background(Kind::Information, palette);
    const QColor warning = MessageBanner::background(Kind::Warning, palette);
    const QColor error = MessageBanner::background(Kind::Error, palette);
    QVERIFY(information != warning);
    QVERIFY(warning != error);
    QVERIFY(error != information);
}

void TestMessageBanner::followsAThemeChange()
{
    Window w(lightPalette());
    w.banner->showMessage(Kind::Error, u"No keychain"_s);
    QCOMPARE(w.background(), MessageBanner::background(Kind::Error, lightPalette()));
    w.window.setPalette(darkPalette());
    QCOMPARE(w.background(), MessageBanner::background(Kind::Error, darkPalette()));
    w.window.setPalette(lightPalette());
    QCOMPARE(w.background(), MessageBanner::background(Kind::Error, lightPalette()));
}

void TestMessageBanner::textWrapsAndChanges()
{
    Window w(lightPalette());
    const QString longText = u"No system keychain is reachable, so App Secrets cannot be saved. "
                             "You can keep them in memory for this session only."_s;
    w.banner->showMessage(Kind::Error, longText);
    auto *label = child<QLabel>(&w.window, u"bannerText"_s);
    QVERIFY(label->wordWrap());
    QCOMPARE(label->text(), longText);
    QCOMPARE(w.banner->text(), longText);
    // Narrower than the text: it wraps instead of widening the window.
    QTRY_VERIFY(label->height() > label->fontMetrics().height() * 3 / 2);
    QVERIFY(w.window.width() <= 400);

    w.banner->showMessage(Kind::Warning, u"Session-only mode"_s);
    QCOMPARE(label->text(), u"Session-only mode"_s);
    QCOMPARE(w.banner->kind(), Kind::Warning);
}

void TestMessageBanner::buttonOnlyWithAnActionAndItSignals()
{
    Window w(lightPalette());
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QSignalSpy triggered(w.banner, &MessageBanner::actionTriggered);
    auto *button = child<QPushButton>(&w.window, u"bannerButton"_s);

    w.banner->showMessage(Kind::Error, u"No keychain"_s, u"Use session-only mode"_s);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), u"Use session-only mode"_s);
    QCOMPARE(w.banner->actionText(), u"Use session-only mode"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(triggered.count(), 1);

    // The next message has nothing to do: no button.
    w.banner->showMessage(Kind::Warning, u"Session-only mode"_s);
    QVERIFY(!button->isVisible());
    QCOMPARE(w.banner->actionText(), QString());
    QCOMPARE(triggered.count(), 1);
}

QTEST_MAIN(TestMessageBanner)
#include "tst_messagebanner.moc"
