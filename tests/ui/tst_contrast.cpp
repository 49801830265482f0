// Issue 16, item 9: every text/background pair in our own colours reaches WCAG AA (4.5:1) in
// the light and the dark theme, computed from the palette in use and from the widgets that
// show those colours (result card, banners), after a live switch between the themes.
#include "Appearance.h"
#include "services/AppSettings.h"
#include "widgets/MessageBanner.h"
#include "widgets/ResultCard.h"
#include "widgets/StatusColors.h"

#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using Tone = StatusColors::Tone;

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// WCAG 2 relative luminance.
double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

// A translucent text colour is seen blended with what is behind it.
QColor over(const QColor &text, const QColor &background)
{
    const double a = text.alphaF();
    return QColor::fromRgbF(float(text.redF() * a + background.redF() * (1 - a)),
                            float(text.greenF() * a + background.greenF() * (1 - a)),
                            float(text.blueF() * a + background.blueF() * (1 - a)));
}

double contrast(const QColor &text, const QColor &background)
{
    const double a = luminance(over(text, background));
    const double b = luminance(background);
    return (qMax(a, b) + 0.05) / (qMin(a, b) + 0.05);
}

struct Pair {
    QColor text, background;
};
using PairOf = std::function<Pair()>;

QString toneName(Tone tone)
{
    switch (tone) {
    case Tone::Error:
        return u"error"_s;
    case Tone::Warning:
        return u"warning"_s;
    case Tone::Success:
        return u"success"_s;
    case Tone::Information:
        break;
    }
    return u"information"_s;
}

OtpResult resultOf(OtpResult::Outcome outcome)
{
    OtpResult result;
    result.operation = OtpOperation::Request;
    result.outcome = outcome;
    result.reason = outcome == OtpResult::Outcome::Success ? OtpResult::Reason::None
                                                           : OtpResult::Reason::NetworkError;
    return result;
}

} // namespace

Q_DECLARE_METATYPE(PairOf)

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reachesAA_data();
    void reachesAA();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Appearance> m_appearance;
    std::unique_ptr<QWidget> m_window;
    ResultCard *m_success = nullptr;
    ResultCard *m_failure = nullptr;
    QList<MessageBanner *> m_banners;
};

// The widgets are made in the light theme; each row switches the theme live first.
void TestContrast::initTestCase()
{
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
    m_settings->setTheme(Theme::Light);
    m_appearance = std::make_unique<Appearance>(*m_settings);
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_success = new ResultCard(m_window.get());
    m_success->setResult(resultOf(OtpResult::Outcome::Success));
    m_failure = new ResultCard(m_window.get());
    m_failure->setResult(resultOf(OtpResult::Outcome::TransportError));
    layout->addWidget(m_success);
    layout->addWidget(m_failure);
    for (const MessageBanner::Kind kind :
         {MessageBanner::Kind::Information, MessageBanner::Kind::Warning,
          MessageBanner::Kind::Error}) {
        auto *banner = new MessageBanner(m_window.get());
        banner->setObjectNames(u"banner"_s, u"bannerText"_s, u"bannerButton"_s);
        banner->showMessage(kind, u"Something happened"_s);
        layout->addWidget(banner);
        m_banners << banner;
    }
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestContrast::reachesAA_data()
{
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<PairOf>("pair");
    const auto palette = [] { return QApplication::palette(); };
    const auto role = [palette](QPalette::ColorRole text, QPalette::ColorRole background) {
        return PairOf([=] { return Pair{palette().color(text), palette().color(background)}; });
    };
    const auto labelOn = [](std::function<QWidget *()> surface, const QString &label) {
        return PairOf([=] {
            QWidget *widget = surface();
            const auto *text = widget->findChild<QLabel *>(label);
            return Pair{text->palette().color(QPalette::WindowText),
                        widget->palette().color(QPalette::Window)};
        });
    };
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        const QString name = theme == Theme::Light ? u"light: "_s : u"dark: "_s;
        const auto row = [&](const QString &what, const PairOf &pair) {
            QTest::newRow(qPrintable(name + what)) << theme << pair;
        };
        row(u"window text"_s, role(QPalette::WindowText, QPalette::Window));
        row(u"text"_s, role(QPalette::Text, QPalette::Base));
        row(u"text on alternate rows"_s, role(QPalette::Text, QPalette::AlternateBase));
        row(u"text on buttons (SMS bubble)"_s, role(QPalette::Text, QPalette::Button));
        row(u"button text"_s, role(QPalette::ButtonText, QPalette::Button));
        row(u"selected text"_s, role(QPalette::HighlightedText, QPalette::Highlight));
        row(u"placeholder in fields"_s, role(QPalette::PlaceholderText, QPalette::Base));
        row(u"hint (placeholder colour) on the window"_s,
            role(QPalette::PlaceholderText, QPalette::Window));
        row(u"tooltip"_s, role(QPalette::ToolTipText, QPalette::ToolTipBase));
        row(u"link"_s, role(QPalette::Link, QPalette::Base));
        for (const Tone tone : {Tone::Error, Tone::Warning, Tone::Success, Tone::Information}) {
            const QString t = toneName(tone);
            row(t + u" text on the window"_s, PairOf([=] {
                    return Pair{StatusColors::text(tone, palette()),
                                palette().color(QPalette::Window)};
                }));
            row(t + u" text in a field"_s, PairOf([=] {
                    return Pair{StatusColors::text(tone, palette()),
                                palette().color(QPalette::Base)};
                }));
            row(t + u" text on its surface"_s, PairOf([=] {
                    return Pair{StatusColors::text(tone, palette()),
                                StatusColors::surface(tone, palette())};
                }));
            row(u"window text on the "_s + t + u" surface"_s, PairOf([=] {
                    return Pair{palette().color(QPalette::WindowText),
                                StatusColors::surface(tone, palette())};
                }));
            row(u"text on the "_s + t + u" surface (find highlight)"_s, PairOf([=] {
                    return Pair{palette().color(QPalette::Text),
                                StatusColors::surface(tone, palette())};
                }));
        }
        row(u"result card, success title"_s,
            labelOn([this] { return m_success; }, u"resultTitle"_s));
        row(u"result card, success details"_s,
            labelOn([this] { return m_success; }, u"resultDetails"_s));
        row(u"result card, error title"_s, labelOn([this] { return m_failure; }, u"resultTitle"_s));
        row(u"result card, error summary"_s,
            labelOn([this] { return m_failure; }, u"resultSummary"_s));
        const QStringList kinds{u"information"_s, u"warning"_s, u"error"_s};
        for (int i = 0; i < kinds.size(); ++i)
            row(kinds[i] + u" banner"_s,
                labelOn([this, i] { return m_banners[i]; }, u"bannerText"_s));
    }
}

void TestContrast::reachesAA()
{
    QFETCH(Theme, theme);
    QFETCH(PairOf, pair);
    m_settings->setTheme(theme);
    QCOMPARE(m_appearance->isDark(), theme == Theme::Dark);
    QCoreApplication::processEvents();
    const Pair colours = pair();
    const double ratio = contrast(colours.text, colours.background);
    QVERIFY2(ratio >= 4.5,
             qPrintable(u"%1 on %2: %3:1"_s
                            .arg(colours.text.name(QColor::HexArgb), colours.background.name())
                            .arg(ratio, 0, 'f', 2)));
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
