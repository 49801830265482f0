#include "Appearance.h"

#include "services/AppSettings.h"
#include "widgets/ThemePalette.h"
#include "widgets/ThemeStyle.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

Appearance::Appearance(AppSettings &settings, SystemPaletteReader reader, QObject *parent)
    : QObject(parent), m_settings(settings), m_reader(std::move(reader)),
      m_systemStyle(systemStyleName())
{
    apply(m_settings.theme());
    connect(&m_settings, &AppSettings::changed, this, [this] {
        if (m_settings.theme() != m_theme)
            apply(m_settings.theme());
    });
    qApp->installEventFilter(this);
}

Appearance::~Appearance()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

// The style the application started with (an earlier Appearance may have set ours: tests).
QString Appearance::systemStyleName()
{
    const QStyle *style = QApplication::style();
    if (const auto *ours = qobject_cast<const ThemeStyle *>(style))
        style = ours->baseStyle();
    return style->name();
}

bool Appearance::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void Appearance::apply(Theme theme)
{
    m_theme = theme;
    const bool dark
        = theme == Theme::Dark || (theme == Theme::System && isDarkPalette(systemPalette()));
    if (theme == Theme::System && !dark)
        useSystemLook();
    else
        useOwnLook(dark);
    m_dark = dark;
    emit applied();
}

// The platform's palette. While ours is set, the application's palette is reset for a moment
// to read it: Qt 6.4 has no public way to ask the platform theme directly.
QPalette Appearance::systemPalette()
{
    if (m_reader)
        return m_reader();
    if (!m_ownLook)
        return QApplication::palette();
    m_switching = true;
    QApplication::setPalette(QPalette()); // nothing set: every colour from the platform
    const QPalette system = QApplication::palette();
    m_switching = false;
    m_ownLook = false;
    return system;
}

void Appearance::useOwnLook(bool dark)
{
    m_switching = true;
    if (!qobject_cast<ThemeStyle *>(QApplication::style()))
        QApplication::setStyle(new ThemeStyle);
    QApplication::setPalette(dark ? ThemePalette::dark() : ThemePalette::light());
    m_switching = false;
    m_ownLook = true;
}

void Appearance::useSystemLook()
{
    m_switching = true;
    if (qobject_cast<ThemeStyle *>(QApplication::style()))
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
    QApplication::setPalette(QPalette());
    m_switching = false;
    m_ownLook = false;
}

bool Appearance::eventFilter(QObject *watched, QEvent *event)
{
    // A change of the system's theme: on System, see again whether it is dark. Our own palette
    // changes are not the system's; while ours is set, only ThemeChange can come from it.
    const bool systemMayHaveChanged = event->type() == QEvent::ThemeChange
        || (event->type() == QEvent::ApplicationPaletteChange && watched == qApp && !m_ownLook);
    if (systemMayHaveChanged && m_theme == Theme::System && !m_switching && !m_recheckPending) {
        m_recheckPending = true;
        QTimer::singleShot(0, this, &Appearance::recheckSystem);
    }
    return QObject::eventFilter(watched, event);
}

void Appearance::recheckSystem()
{
    m_recheckPending = false;
    if (m_theme != Theme::System)
        return;
    const bool dark = isDarkPalette(systemPalette());
    if (dark == m_dark && (dark == m_ownLook))
        return; // as it was (the system look is still set when light)
    apply(Theme::System);
}
