#include "reportfigures.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

#include "bodymap/bodymapgeometry.h"
#include "stats/paintimeline.h"

namespace painpace {

namespace {

enum Property { FigureProperty = QTextFormat::UserProperty + 1, WidthShareProperty };

// Points to device pixels for this painter (the PDF writer and printers differ in resolution).
double pointSize(const QPainter& painter) {
    return painter.device()->logicalDpiY() / 72.0;
}

// A plot area with a y axis from 0 to `top`, ticks every `step`, and date labels under it.
class Plot {
public:
    Plot(QPainter& painter, const QRectF& rect, double top, double step, const QString& title)
        : m_painter(painter)
        , m_pt(pointSize(painter))
        , m_top(top) {
        QFont font = painter.font();
        font.setPointSizeF(7);
        painter.setFont(font);
        const double labelWidth = 22 * m_pt;
        m_area = rect.adjusted(labelWidth, 12 * m_pt, -4 * m_pt, -12 * m_pt);
        painter.setPen(Qt::black);
        QFont bold = font;
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), 11 * m_pt),
                         Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.setFont(font);
        for (double value = 0; value <= top + 1e-9; value += step) {
            const double y = yOf(value);
            painter.setPen(QPen(QColor(200, 200, 200), 0.4 * m_pt, Qt::DashLine));
            painter.drawLine(QPointF(m_area.left(), y), QPointF(m_area.right(), y));
            painter.setPen(Qt::black);
            painter.drawText(QRectF(rect.left(), y - 5 * m_pt, labelWidth - 3 * m_pt, 10 * m_pt),
                             Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
        }
        painter.setPen(QPen(Qt::black, 0.6 * m_pt));
        painter.drawLine(m_area.bottomLeft(), m_area.bottomRight());
        painter.drawLine(m_area.bottomLeft(), m_area.topLeft());
    }

    double yOf(double value) const {
        return m_area.bottom() - m_area.height() * std::clamp(value / m_top, 0.0, 1.0);
    }
    double xOf(int index, int count) const {
        return count <= 1 ? m_area.center().x()
                          : m_area.left() + m_area.width() * index / (count - 1.0);
    }
    const QRectF& area() const { return m_area; }
    double pt() const { return m_pt; }

    void dateLabels(const QDate& from, const QDate& to) {
        const int days = static_cast<int>(from.daysTo(to)) + 1;
        const int labels = std::clamp(days / 7, 2, 6);
        m_painter.setPen(Qt::black);
        for (int i = 0; i < labels; ++i) {
            const int index = static_cast<int>(std::lround((days - 1) * i / (labels - 1.0)));
            const double x = xOf(index, days);
            const QString text = QLocale().toString(from.addDays(index), QStringLiteral("d MMM"));
            // The first and last labels end at the plot's edges instead of hanging over them.
            const double width = 60 * m_pt;
            const double left = i == 0 ? x : i == labels - 1 ? x - width : x - width / 2;
            const Qt::Alignment align = i == 0            ? Qt::AlignLeft
                                        : i == labels - 1 ? Qt::AlignRight
                                                          : Qt::AlignHCenter;
            m_painter.drawText(QRectF(left, m_area.bottom() + 1 * m_pt, width, 10 * m_pt),
                               align | Qt::AlignTop, text);
        }
    }

private:
    QPainter& m_painter;
    double m_pt;
    double m_top;
    QRectF m_area;
};

QList<DailySummary> summariesOf(const ClinicianReport& report) {
    QList<DailySummary> summaries;
    for (const ReportDay& day : report.days)
        summaries.append(day.summary);
    return summaries;
}

} // namespace

ReportFigures::ReportFigures(const ClinicianReport& report, QObject* parent)
    : QObject(parent)
    , m_report(report) {}

QTextCharFormat ReportFigures::figureFormat(Figure figure, double widthShare) {
    QTextCharFormat format;
    format.setObjectType(kObjectType);
    format.setProperty(FigureProperty, static_cast<int>(figure));
    format.setProperty(WidthShareProperty, widthShare);
    return format;
}

QSizeF ReportFigures::intrinsicSize(QTextDocument* document, int, const QTextFormat& format) {
    const double width = document->pageSize().width() * format.doubleProperty(WidthShareProperty);
    const auto figure = static_cast<Figure>(format.intProperty(FigureProperty));
    // Two figures side by side, each twice as tall as wide, with a line for the legend.
    const double ratio = figure == Figure::BodyMap ? 1.12 : 0.34;
    return {width, width * ratio};
}

void ReportFigures::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                               const QTextFormat& format) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (static_cast<Figure>(format.intProperty(FigureProperty))) {
    case Figure::BodyMap:
        drawBodyMap(*painter, rect);
        break;
    case Figure::Pain:
        drawPain(*painter, rect);
        break;
    case Figure::Spasms:
        drawSpasms(*painter, rect);
        break;
    case Figure::Sleep:
        drawSleep(*painter, rect);
        break;
    }
    painter->restore();
}

void ReportFigures::drawBodyMap(QPainter& painter, const QRectF& rect) const {
    const double pt = pointSize(painter);
    int most = 0;
    QHash<QString, int> days;
    for (const RegionPainStats& region : m_report.regions) {
        days.insert(region.regionCode, region.daysAffected);
        most = std::max(most, region.daysAffected);
    }
    // Five grey steps, white for never: readable on any printer.
    const auto shade = [most](int count) {
        if (count <= 0 || most <= 0)
            return QColor(Qt::white);
        const int step = std::min(4, (count * 5 - 1) / most); // 0..4
        return QColor::fromHsl(0, 0, 215 - step * 45);
    };
    QFont font = painter.font();
    font.setPointSizeF(7);
    painter.setFont(font);
    const double legendHeight = 22 * pt;
    const double figureHeight = rect.height() - legendHeight;
    const double figureWidth = std::min(rect.width() / 2 - 4 * pt, figureHeight / 2);
    const BodyView views[] = {BodyView::Back, BodyView::Front};
    for (int i = 0; i < 2; ++i) {
        const QRectF art(rect.left() + i * (rect.width() / 2) +
                             (rect.width() / 2 - figureWidth) / 2,
                         rect.top() + 10 * pt, figureWidth, figureHeight - 10 * pt);
        QTransform toPage;
        toPage.translate(art.left(), art.top());
        toPage.scale(art.width(), art.height());
        const BodyMapGeometry& geometry = BodyMapGeometry::forView(views[i]);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(art.left(), rect.top(), art.width(), 10 * pt), Qt::AlignCenter,
                         i == 0 ? tr("Back") : tr("Front"));
        painter.setPen(QPen(Qt::black, 0.5 * pt));
        painter.setBrush(QColor(245, 245, 245));
        painter.drawPath(toPage.map(geometry.silhouette()));
        for (const BodyMapGeometry::RegionShape& region : geometry.regions()) {
            painter.setPen(QPen(QColor(120, 120, 120), 0.3 * pt));
            painter.setBrush(shade(days.value(region.code)));
            painter.drawPath(toPage.map(region.path));
        }
    }
    // The legend: how many days each shade stands for.
    const double y = rect.bottom() - legendHeight + 6 * pt;
    const double box = 8 * pt;
    painter.setPen(Qt::black);
    painter.drawText(QRectF(rect.left(), y - 6 * pt, rect.width(), 8 * pt), Qt::AlignLeft,
                     most > 0 ? tr("Days with pain marked:")
                              : tr("No pain was marked on the body map in this period."));
    for (int step = 0; step < 5 && most > 0; ++step) {
        const int low = step * most / 5 + 1;
        const int high = (step + 1) * most / 5;
        if (high < low)
            continue;
        const double x = rect.left() + step * rect.width() / 5;
        painter.setPen(QPen(Qt::black, 0.4 * pt));
        painter.setBrush(shade(high));
        painter.drawRect(QRectF(x, y + 3 * pt, box, box));
        painter.drawText(QRectF(x + box + 2 * pt, y + 3 * pt, rect.width() / 5, box),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         low == high ? QString::number(low)
                                     : QStringLiteral("%1–%2").arg(low).arg(high));
    }
}

void ReportFigures::drawPain(QPainter& painter, const QRectF& rect) const {
    const stats::PainTimeline timeline =
        stats::painTimeline(summariesOf(m_report), m_report.from, m_report.to);
    Plot plot(painter, rect, 10, 2,
              tr("Pain (0–10): each day's mean (dots), its 7-day mean (line), flares (▲)"));
    const int count = static_cast<int>(timeline.days.size());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(110, 110, 110));
    for (int i = 0; i < count; ++i) {
        if (timeline.meanPain[i])
            painter.drawEllipse(QPointF(plot.xOf(i, count), plot.yOf(*timeline.meanPain[i])),
                                1.5 * plot.pt(), 1.5 * plot.pt());
    }
    QPainterPath line;
    bool drawing = false;
    for (int i = 0; i < count; ++i) {
        if (!timeline.rolling7[i]) {
            drawing = false;
            continue;
        }
        const QPointF point(plot.xOf(i, count), plot.yOf(*timeline.rolling7[i]));
        drawing ? line.lineTo(point) : line.moveTo(point);
        drawing = true;
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::black, 1.4 * plot.pt()));
    painter.drawPath(line);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (const QDate& flare : timeline.flareDays) {
        const double x = plot.xOf(static_cast<int>(m_report.from.daysTo(flare)), count);
        const double top = plot.area().top();
        const double s = 2.5 * plot.pt();
        painter.drawPolygon(
            QPolygonF{QPointF(x, top), QPointF(x - s, top + 2 * s), QPointF(x + s, top + 2 * s)});
    }
    plot.dateLabels(m_report.from, m_report.to);
}

void ReportFigures::drawSpasms(QPainter& painter, const QRectF& rect) const {
    // Spasms per 7 days from the first day of the period (the last block may be shorter).
    QList<int> weeks((m_report.periodDays() + 6) / 7, 0);
    for (const ReportDay& day : m_report.days)
        weeks[static_cast<int>(m_report.from.daysTo(day.summary.day) / 7)] +=
            day.summary.spasmCount;
    const int most = weeks.isEmpty() ? 0 : *std::max_element(weeks.begin(), weeks.end());
    const double step = most <= 10 ? 2 : std::ceil(most / 5.0 / 5.0) * 5;
    const double top = std::max(step, std::ceil(most / step) * step);
    Plot plot(painter, rect, top, step, tr("Spasms per week"));
    const double slot = plot.area().width() / std::max<qsizetype>(1, weeks.size());
    painter.setPen(QPen(Qt::black, 0.5 * plot.pt()));
    painter.setBrush(QColor(150, 150, 150));
    for (int i = 0; i < weeks.size(); ++i) {
        const double x = plot.area().left() + i * slot + slot * 0.15;
        painter.drawRect(
            QRectF(QPointF(x, plot.yOf(weeks[i])), QPointF(x + slot * 0.7, plot.area().bottom())));
    }
    plot.dateLabels(m_report.from, m_report.to);
}

void ReportFigures::drawSleep(QPainter& painter, const QRectF& rect) const {
    Plot plot(painter, rect, 10, 2,
              tr("Sleep: hours (solid line) and quality 0–10 (dashed line), 7-day means"));
    const int count = m_report.periodDays();
    QList<std::optional<double>> hours(count);
    QList<std::optional<double>> quality(count);
    for (const ReportDay& day : m_report.days) {
        const int index = static_cast<int>(m_report.from.daysTo(day.summary.day));
        if (day.summary.meanSleepMinutes)
            hours[index] = *day.summary.meanSleepMinutes / 60.0;
        quality[index] = day.summary.meanSleepQuality;
    }
    const auto drawSeries = [&](const QList<std::optional<double>>& daily, Qt::PenStyle style) {
        QPainterPath line;
        bool drawing = false;
        for (int i = 0; i < count; ++i) {
            double sum = 0;
            int n = 0;
            for (int k = std::max(0, i - 6); k <= i; ++k) {
                if (daily[k]) {
                    sum += *daily[k];
                    ++n;
                }
            }
            if (n < 4) { // a 7-day mean needs at least 4 of its days
                drawing = false;
                continue;
            }
            const QPointF point(plot.xOf(i, count), plot.yOf(sum / n));
            drawing ? line.lineTo(point) : line.moveTo(point);
            drawing = true;
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::black, 1.2 * plot.pt(), style));
        painter.drawPath(line);
    };
    drawSeries(hours, Qt::SolidLine);
    drawSeries(quality, Qt::DashLine);
    plot.dateLabels(m_report.from, m_report.to);
}

} // namespace painpace
