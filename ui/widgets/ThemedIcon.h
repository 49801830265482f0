#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

// Loads one of our SVG icons (":/icons/<name>.svg"). Monochrome icons draw with
// "currentColor", replaced here by the palette's text colour (and a dimmed one for the
// disabled state) so they stay visible on light and dark themes and crisp at any scale.
class ThemedIcon
{
public:
    static QIcon icon(const QString &name, const QPalette &palette);
    static QIcon appIcon();
};
