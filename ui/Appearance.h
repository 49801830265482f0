#pragma once

#include "services/Theme.h"

#include <QObject>
#include <QPalette>
#include <QString>

#include <functional>

class AppSettings;

// Settings > Appearance, applied to the whole application, live: Light and Dark are Fusion
// (ThemeStyle) with ThemePalette's palettes; System keeps the system's own style and palette while
// they are light and shows Dark when the system's palette is dark. Qt 6.4 cannot say which the
// system prefers (QStyleHints::colorScheme is 6.5), so its palette's window colour decides,
// read again when the system changes theme (QEvent::ThemeChange, ApplicationPaletteChange).
class Appearance : public QObject
{
    Q_OBJECT

public:
    // Reads the system's palette; the default asks Qt for the platform's (see systemPalette).
    using SystemPaletteReader = std::function<QPalette()>;

    explicit Appearance(AppSettings &settings, SystemPaletteReader reader = {},
                        QObject *parent = nullptr);
    ~Appearance() override;

    Theme theme() const { return m_theme; }
    // What shows now: Dark, or System on a dark system.
    bool isDark() const { return m_dark; }
    void apply(Theme theme);

    static bool isDarkPalette(const QPalette &palette);

signals:
    void applied(); // a theme was applied: the application's palette may have changed

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QString systemStyleName();
    QPalette systemPalette();
    void useOwnLook(bool dark);
    void useSystemLook();
    void recheckSystem();

    AppSettings &m_settings;
    SystemPaletteReader m_reader;
    QString m_systemStyle; // the style the application started with
    Theme m_theme = Theme::System;
    bool m_dark = false;
    bool m_ownLook = false; // our style and palette are set (not the system's)
    bool m_switching = false; // the palette changes being made here, not by the system
    bool m_recheckPending = false;
};
