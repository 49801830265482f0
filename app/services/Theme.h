#pragma once

#include "util/EnumIds.h"

// The desktop app's look, as the user chose it under Settings > Appearance.
enum class Theme {
    System, // the system's choice: dark when its palette is dark, its own look otherwise
    Light,
    Dark,
};

// Stable, untranslated identifiers: the saved preference.
constexpr EnumIdTable<Theme, 3> enumIds(Theme)
{
    return {{{Theme::System, "system"}, {Theme::Light, "light"}, {Theme::Dark, "dark"}}};
}
