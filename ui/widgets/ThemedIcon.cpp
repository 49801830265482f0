#include "ThemedIcon.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

namespace {

QPixmap render(const QByteArray &svg, int size, qreal devicePixelRatio)
{
    QSvgRenderer renderer(svg);
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace

QIcon ThemedIcon::icon(const QString &name, const QPalette &palette)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    const auto coloured = [&svg](const QColor &colour) {
        QByteArray copy = svg;
        return copy.replace("currentColor", colour.name().toLatin1());
    };
    const QByteArray normal = coloured(palette.color(QPalette::Active, QPalette::WindowText));
    const QByteArray disabled = coloured(palette.color(QPalette::Disabled, QPalette::WindowText));
    const qreal ratio = qMax<qreal>(1.0, qApp ? qApp->devicePixelRatio() : 1.0);
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48}) {
        icon.addPixmap(render(normal, size, ratio), QIcon::Normal);
        icon.addPixmap(render(disabled, size, ratio), QIcon::Disabled);
    }
    return icon;
}

QIcon ThemedIcon::appIcon()
{
    // The colour app icon is scalable as is.
    return QIcon(u":/icons/otp-manager.svg"_s);
}
