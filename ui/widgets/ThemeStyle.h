#pragma once

#include <QProxyStyle>

// Fusion, as Settings > Appearance's Light and Dark draw it, with one change: on a dark
// palette the frames of check boxes and radio buttons get a light border. Fusion draws them
// in the window colour darkened, which on a dark window left an unchecked box all but
// invisible.
class ThemeStyle : public QProxyStyle
{
    Q_OBJECT

public:
    ThemeStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};
