#pragma once

#include <QPalette>

// The two complete palettes of Settings > Appearance, drawn with the Fusion style. Every
// text/background pair in them reaches WCAG AA (4.5:1; tst_contrast checks it), which Fusion's
// own light palette misses for selected rows and placeholder text.
namespace ThemePalette {

QPalette light();
QPalette dark();

} // namespace ThemePalette
