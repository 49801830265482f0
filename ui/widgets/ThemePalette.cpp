#include "ThemePalette.h"

namespace ThemePalette {

namespace {

struct Colours {
    QColor window, windowText, base, alternateBase, text, placeholder, button, light, midlight, mid,
        dark, shadow, highlight, highlightedText, link, linkVisited, toolTipBase, toolTipText,
        brightText, disabledText, disabledBase, disabledHighlight;
};

QPalette paletteOf(const Colours &c)
{
    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, c.windowText);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Text, c.text);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, c.windowText);
        p.setColor(group, QPalette::Highlight, c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
    }
    p.setColor(QPalette::Disabled, QPalette::Window, c.window);
    p.setColor(QPalette::Disabled, QPalette::WindowText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, c.disabledBase);
    p.setColor(QPalette::Disabled, QPalette::AlternateBase, c.disabledBase);
    p.setColor(QPalette::Disabled, QPalette::Text, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Button, c.button);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledHighlight);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledText);
    for (const QPalette::ColorGroup group :
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.midlight);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Shadow, c.shadow);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.linkVisited);
        p.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, c.toolTipText);
        p.setColor(group, QPalette::BrightText, c.brightText);
    }
    return p;
}

} // namespace

// Fusion's light palette, with a darker selection and placeholder so their text stays legible.
QPalette light()
{
    Colours c;
    c.window = QColor(0xef, 0xef, 0xef);
    c.windowText = Qt::black;
    c.base = Qt::white;
    c.alternateBase = QColor(0xf7, 0xf7, 0xf7);
    c.text = Qt::black;
    c.placeholder = QColor(0x6b, 0x6b, 0x6b);
    c.button = c.window;
    c.light = Qt::white;
    c.midlight = QColor(0xca, 0xca, 0xca);
    c.mid = QColor(0xb8, 0xb8, 0xb8);
    c.dark = QColor(0x9f, 0x9f, 0x9f);
    c.shadow = QColor(0x76, 0x76, 0x76);
    c.highlight = QColor(0x2a, 0x6f, 0xb0);
    c.highlightedText = Qt::white;
    c.link = QColor(0x1a, 0x5f, 0xb4);
    c.linkVisited = QColor(0x6b, 0x3f, 0xa0);
    c.toolTipBase = QColor(0xff, 0xff, 0xdc);
    c.toolTipText = Qt::black;
    c.brightText = Qt::white;
    c.disabledText = QColor(0xa0, 0xa0, 0xa0);
    c.disabledBase = c.window;
    c.disabledHighlight = QColor(0x91, 0x91, 0x91);
    return paletteOf(c);
}

QPalette dark()
{
    Colours c;
    c.window = QColor(0x2d, 0x2d, 0x30);
    c.windowText = QColor(0xe6, 0xe6, 0xe6);
    c.base = QColor(0x1e, 0x1e, 0x1e);
    c.alternateBase = QColor(0x27, 0x27, 0x2a);
    c.text = QColor(0xe6, 0xe6, 0xe6);
    c.placeholder = QColor(0xa0, 0xa0, 0xa0);
    c.button = QColor(0x3a, 0x3a, 0x3d);
    c.light = QColor(0x55, 0x55, 0x59);
    c.midlight = QColor(0x47, 0x47, 0x4b);
    c.mid = QColor(0x5a, 0x5a, 0x5e);
    c.dark = QColor(0x1a, 0x1a, 0x1c);
    c.shadow = QColor(0x0a, 0x0a, 0x0a);
    c.highlight = QColor(0x2f, 0x65, 0xca);
    c.highlightedText = Qt::white;
    c.link = QColor(0x8a, 0xb4, 0xf8);
    c.linkVisited = QColor(0xc5, 0x9b, 0xf5);
    c.toolTipBase = QColor(0x3c, 0x3c, 0x40);
    c.toolTipText = QColor(0xf0, 0xf0, 0xf0);
    c.brightText = QColor(0xff, 0x80, 0x80);
    c.disabledText = QColor(0x80, 0x80, 0x80);
    c.disabledBase = QColor(0x26, 0x26, 0x28);
    c.disabledHighlight = QColor(0x4a, 0x4a, 0x4e);
    return paletteOf(c);
}

} // namespace ThemePalette
