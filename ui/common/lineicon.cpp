#include "lineicon.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

namespace painpace {

LineIcon::LineIcon(const QString& name) {
    QFile file(QStringLiteral(":/painpace/icons/navigation/%1.svg").arg(name));
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

QPixmap LineIcon::pixmap(int size, const QColor& colour, qreal devicePixelRatio) const {
    const int pixels = qRound(size * devicePixelRatio);
    if (!m_cached.isNull() && m_cachedColour == colour && m_cached.width() == pixels)
        return m_cached;
    QByteArray svg = m_svg;
    svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    QPixmap drawn(pixels, pixels);
    drawn.fill(Qt::transparent);
    QPainter painter(&drawn);
    renderer.render(&painter);
    painter.end();
    drawn.setDevicePixelRatio(devicePixelRatio);
    m_cached = drawn;
    m_cachedColour = colour;
    return drawn;
}

} // namespace painpace
