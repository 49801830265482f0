#include "ThemedIcon.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

#include <memory>
#include <unordered_map>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readIcon(const QString &name)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Renders the SVG only when a size is asked for, in the colour of the palette in use then, and
// remembers each pixmap: a window shows a few dozen icons at one or two sizes, so rendering
// every size up front slowed start-up. A colour icon (no "currentColor") draws as it is.
class TintedSvgIconEngine final : public QIconEngine
{
public:
    explicit TintedSvgIconEngine(QByteArray svg)
        : m_svg(std::move(svg)), m_tinted(m_svg.contains("currentColor"))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        renderer(colourFor(mode)).render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QRgb colour = colourFor(mode);
        const Key key{colour, (quint64(size.width()) << 32) | quint64(size.height())};
        if (const auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        painter.end();
        m_cache.insert(key, pixmap);
        return pixmap;
    }

    // HiDPI: render at device pixels, so icons stay crisp at 150% and 200%.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap result = pixmap(size * scale, mode, state);
        result.setDevicePixelRatio(scale);
        return result;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new TintedSvgIconEngine(m_svg); }

private:
    using Key = std::pair<QRgb, quint64>;

    // The colour the icon takes now: 0 for a colour icon, which has one look.
    QRgb colourFor(QIcon::Mode mode) const
    {
        if (!m_tinted)
            return 0;
        const QPalette::ColorGroup group
            = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        return QGuiApplication::palette().color(group, QPalette::WindowText).rgba();
    }

    // Parsed once per colour, when first drawn: an icon is often drawn at several sizes (the
    // window icon at four), in two colours (normal, disabled) per theme.
    QSvgRenderer &renderer(QRgb colour)
    {
        std::unique_ptr<QSvgRenderer> &renderer = m_renderers[colour];
        if (!renderer) {
            QByteArray svg = m_svg;
            if (m_tinted)
                svg.replace("currentColor", QColor::fromRgba(colour).name().toLatin1());
            renderer = std::make_unique<QSvgRenderer>(svg);
        }
        return *renderer;
    }

    QByteArray m_svg;
    bool m_tinted;
    std::unordered_map<QRgb, std::unique_ptr<QSvgRenderer>> m_renderers;
    QHash<Key, QPixmap> m_cache;
};

} // namespace

QIcon ThemedIcon::icon(const QString &name)
{
    QByteArray svg = readIcon(name);
    return svg.isEmpty() ? QIcon() : QIcon(new TintedSvgIconEngine(std::move(svg)));
}

QIcon ThemedIcon::appIcon()
{
    // The colour app icon, through the same engine: QIcon(path) would probe every image
    // format plugin first, which cost start-up time for nothing.
    return icon(u"otp-manager"_s);
}
