#pragma once

#include <QIcon>
#include <QString>

// Loads one of our SVG icons (":/icons/<name>.svg"). Monochrome icons draw with
// "currentColor", replaced when drawn by the application palette's text colour (a dimmed one
// for the disabled state): they stay visible on light and dark themes, follow a theme switch
// without being made again, and stay crisp at any scale.
class ThemedIcon
{
public:
    static QIcon icon(const QString &name);
    static QIcon appIcon();
};
