#include "StatusColors.h"

namespace StatusColors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor error(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x80, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QColor warning(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xc8, 0x57) : QColor(0x8a, 0x5a, 0x00);
}

QColor success(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x7d, 0xd8, 0x8a) : QColor(0x1b, 0x6e, 0x2a);
}

QColor information(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4);
}

} // namespace StatusColors
