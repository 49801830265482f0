#include "ThemedIcon.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// Renders the SVG only when a size is asked for, and remembers each pixmap: a window shows a
// few dozen icons at one or two sizes, so rendering every size up front slowed start-up.
class TintedSvgIconEngine final : public QIconEngine
{
public:
    TintedSvgIconEngine(QByteArray normal, QByteArray disabled)
        : m_normal(std::move(normal)), m_disabled(std::move(disabled))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        renderer(mode).render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const quint64 key = (quint64(size.width()) << 32) | (quint64(size.height()) << 1)
            | (mode == QIcon::Disabled ? 1 : 0);
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
    QIconEngine *clone() const override { return new TintedSvgIconEngine(m_normal, m_disabled); }

private:
    // Parsed once per mode, when first drawn: an icon is often drawn at several sizes (the
    // window icon at four).
    QSvgRenderer &renderer(QIcon::Mode mode)
    {
        const bool disabled = mode == QIcon::Disabled;
        std::unique_ptr<QSvgRenderer> &renderer = disabled ? m_disabledRenderer : m_normalRenderer;
        if (!renderer)
            renderer = std::make_unique<QSvgRenderer>(disabled ? m_disabled : m_normal);
        return *renderer;
    }

    QByteArray m_normal;
    QByteArray m_disabled;
    std::unique_ptr<QSvgRenderer> m_normalRenderer;
    std::unique_ptr<QSvgRenderer> m_disabledRenderer;
    QHash<quint64, QPixmap> m_cache;
};

} // namespace

QIcon ThemedIcon::icon(const QString &name, const QPalette &palette)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    const auto tinted = [&svg](const QColor &colour) {
        QByteArray copy = svg;
        return copy.replace("currentColor", colour.name().toLatin1());
    };
    return QIcon(
        new TintedSvgIconEngine(tinted(palette.color(QPalette::Active, QPalette::WindowText)),
                                tinted(palette.color(QPalette::Disabled, QPalette::WindowText))));
}

QIcon ThemedIcon::appIcon()
{
    // The colour app icon, through the same engine: QIcon(path) would probe every image
    // format plugin first, which cost start-up time for nothing.
    QFile file(u":/icons/otp-manager.svg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    return QIcon(new TintedSvgIconEngine(svg, svg));
}
