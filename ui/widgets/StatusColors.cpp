#include "StatusColors.h"

#include <QEvent>
#include <QWidget>

namespace StatusColors {

namespace {

struct ToneColours {
    QColor lightText, lightSurface, darkText, darkSurface;
};

ToneColours coloursOf(Tone tone)
{
    switch (tone) {
    case Tone::Error:
        return {QColor(0xb7, 0x1c, 0x1c), QColor(0xfd, 0xe7, 0xe7), QColor(0xff, 0x80, 0x80),
                QColor(0x4a, 0x1f, 0x1f)};
    case Tone::Warning:
        return {QColor(0x8a, 0x5a, 0x00), QColor(0xff, 0xf1, 0xd6), QColor(0xff, 0xc8, 0x57),
                QColor(0x46, 0x36, 0x1a)};
    case Tone::Success:
        return {QColor(0x1b, 0x6e, 0x2a), QColor(0xe3, 0xf4, 0xe6), QColor(0x7d, 0xd8, 0x8a),
                QColor(0x1d, 0x3d, 0x24)};
    case Tone::Information:
        break;
    }
    return {QColor(0x1a, 0x5f, 0xb4), QColor(0xe3, 0xee, 0xfb), QColor(0x8a, 0xb4, 0xf8),
            QColor(0x1d, 0x2f, 0x4a)};
}

// Keeps a widget's text in its tone, or in its surroundings' text colour once the tone is
// taken away: a new theme reaches the widget as a palette change, with the colour of the old
// theme still set on it.
class ToneKeeper final : public QObject
{
public:
    static inline const QString Name = QStringLiteral("statusToneKeeper");

    explicit ToneKeeper(QWidget *widget) : QObject(widget), m_widget(widget)
    {
        setObjectName(Name);
        widget->installEventFilter(this);
    }
    void setTone(std::optional<Tone> tone) { m_tone = tone; }
    void apply()
    {
        QPalette p = m_widget->palette();
        const QWidget *parent = m_widget->parentWidget();
        const QColor colour = m_tone
            ? text(*m_tone, p)
            : (parent ? parent->palette() : QPalette()).color(QPalette::WindowText);
        if (p.color(QPalette::Active, QPalette::WindowText) == colour
            && p.color(QPalette::Inactive, QPalette::WindowText) == colour)
            return;
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
            p.setColor(group, QPalette::WindowText, colour);
        m_widget->setPalette(p);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::PaletteChange)
            apply();
        return false;
    }

private:
    QWidget *m_widget;
    std::optional<Tone> m_tone;
};

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor text(Tone tone, const QPalette &palette)
{
    const ToneColours colours = coloursOf(tone);
    return isDark(palette) ? colours.darkText : colours.lightText;
}

QColor surface(Tone tone, const QPalette &palette)
{
    const ToneColours colours = coloursOf(tone);
    return isDark(palette) ? colours.darkSurface : colours.lightSurface;
}

QColor error(const QPalette &palette)
{
    return text(Tone::Error, palette);
}

QColor warning(const QPalette &palette)
{
    return text(Tone::Warning, palette);
}

QColor success(const QPalette &palette)
{
    return text(Tone::Success, palette);
}

QColor information(const QPalette &palette)
{
    return text(Tone::Information, palette);
}

void setTextTone(QWidget *widget, std::optional<Tone> tone)
{
    // Not a Q_OBJECT, so found by its name; only this file makes objects of that name.
    auto *keeper = static_cast<ToneKeeper *>(
        widget->findChild<QObject *>(ToneKeeper::Name, Qt::FindDirectChildrenOnly));
    if (!keeper && !tone)
        return; // never coloured: it already follows the theme
    if (!keeper)
        keeper = new ToneKeeper(widget);
    keeper->setTone(tone);
    keeper->apply();
}

} // namespace StatusColors
