#pragma once

#include <QColor>
#include <QPalette>

#include <optional>

class QWidget;

// Our own colours, in one place that knows light and dark: text for errors, warnings, success
// and information, and the tinted surfaces of result cards, banners and find highlights. Each
// is picked from the palette's lightness (the theme in use, or the system's palette), and every
// pair reaches WCAG AA 4.5:1 on Settings > Appearance's light and dark palettes (tst_contrast).
namespace StatusColors {

enum class Tone { Error, Warning, Success, Information };

bool isDark(const QPalette &palette);

// Text in a tone on the palette's Window and Base.
QColor text(Tone tone, const QPalette &palette);
// A background tinted with the tone (cards, banners, highlights): WindowText and Text stay
// readable on it, and so does text(tone).
QColor surface(Tone tone, const QPalette &palette);

QColor error(const QPalette &palette);
QColor warning(const QPalette &palette);
QColor success(const QPalette &palette);
QColor information(const QPalette &palette);

// Colours the widget's text (WindowText) in a tone, or back to the palette's own with nullopt,
// and keeps it so when the theme changes (light <-> dark) while the widget exists.
void setTextTone(QWidget *widget, std::optional<Tone> tone);

} // namespace StatusColors
