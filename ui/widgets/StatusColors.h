#pragma once

#include <QColor>
#include <QPalette>

// Text colours for errors, warnings, success and information that stay readable on light and dark
// palettes: derived from the palette's own lightness instead of hard-coded for one theme.
namespace StatusColors {

bool isDark(const QPalette &palette);
QColor error(const QPalette &palette);
QColor warning(const QPalette &palette);
QColor success(const QPalette &palette);
QColor information(const QPalette &palette);

} // namespace StatusColors
