#include "intensitystrip.h"

#include <QPainter>

#include "intensitycolors.h"

namespace painpace {

namespace {
constexpr int kLevels = 11;
} // namespace

IntensityStrip::IntensityStrip(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setAccessibleName(tr("Pain scale: pale yellow for 0 to dark red for 10"));
}

int IntensityStrip::boxWidth() const {
    return fontMetrics().horizontalAdvance(QStringLiteral("10")) + 12;
}

QSize IntensityStrip::sizeHint() const {
    return {kLevels * boxWidth() + 1, fontMetrics().height() + 8};
}

QSize IntensityStrip::minimumSizeHint() const {
    return sizeHint();
}

QRect IntensityStrip::boxOf(int level) const {
    return {level * boxWidth(), 0, boxWidth(), fontMetrics().height() + 8};
}

void IntensityStrip::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QColor frame = palette().color(QPalette::Mid);
    for (int level = 0; level < kLevels; ++level) {
        const QRect box = boxOf(level);
        const QColor fill = intensityColor(level);
        painter.fillRect(box, fill);
        painter.setPen(frame);
        painter.drawRect(box.adjusted(0, 0, -1, -1));
        painter.setPen(readableTextOn(fill));
        painter.drawText(box, Qt::AlignCenter, QString::number(level));
    }
}

} // namespace painpace
