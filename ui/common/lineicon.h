#pragma once

#include <QByteArray>
#include <QColor>
#include <QPixmap>
#include <QString>

namespace painpace {

// PainPace's own line icons (resources/icons/navigation): SVG drawings whose strokes use
// `currentColor`, drawn here in a colour of the palette so they follow View ▸ Theme
// (docs/design.md, "Icons").
class LineIcon {
public:
    LineIcon() = default;
    // `name` is the file's base name under the navigation icons, e.g. "calendar".
    explicit LineIcon(const QString& name);

    bool isNull() const { return m_svg.isEmpty(); }
    // The drawing `size` logical pixels square in `colour`, sharp at `devicePixelRatio`. The
    // last one drawn is kept: a button repaints with the same colour most of the time.
    QPixmap pixmap(int size, const QColor& colour, qreal devicePixelRatio) const;

private:
    QByteArray m_svg;
    mutable QPixmap m_cached;
    mutable QColor m_cachedColour;
};

} // namespace painpace
