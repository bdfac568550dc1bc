#include "heatmappanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLinearGradient>
#include <QPainter>
#include <QVBoxLayout>

#include "bodymap/bodyregioncatalogue.h"
#include "common/intensitycolors.h"

namespace painpace {

namespace {

// The colour scale with numbers under it: 0 at the left, the map's largest heat at the right.
class HeatLegend : public QWidget {
public:
    explicit HeatLegend(QWidget* parent)
        : QWidget(parent) {
        setMinimumHeight(44);
    }
    void setMaximum(double maximum) {
        m_maximum = maximum;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        const QRectF bar(4, 4, width() - 8, 16);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        for (int i = 0; i <= 10; ++i)
            gradient.setColorAt(i / 10.0, intensityColor(i));
        painter.setPen(QPen(palette().color(QPalette::Text), 1));
        painter.setBrush(gradient);
        painter.drawRect(bar);
        painter.setPen(palette().color(QPalette::WindowText));
        const QRectF labels(bar.left(), bar.bottom() + 2, bar.width(), 20);
        painter.drawText(labels, Qt::AlignLeft, QStringLiteral("0"));
        painter.drawText(labels, Qt::AlignHCenter, QLocale().toString(m_maximum / 2, 'f', 1));
        painter.drawText(labels, Qt::AlignRight, QLocale().toString(m_maximum, 'f', 1));
    }

private:
    double m_maximum = 0.0;
};

QString trendText(RegionTrend trend) {
    switch (trend) {
    case RegionTrend::NoEarlierData:
        return HeatMapPanel::tr("no marks in the period before");
    case RegionTrend::Better:
        return HeatMapPanel::tr("better than the period before");
    case RegionTrend::Worse:
        return HeatMapPanel::tr("worse than the period before");
    case RegionTrend::AboutTheSame:
        return HeatMapPanel::tr("about the same as the period before");
    }
    return {};
}

} // namespace

HeatMapPanel::HeatMapPanel(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_period = new QComboBox(this);
    m_period->addItem(tr("Past 7 days"), static_cast<int>(Period::Days7));
    m_period->addItem(tr("Past 30 days"), static_cast<int>(Period::Days30));
    m_period->addItem(tr("Past 90 days"), static_cast<int>(Period::Days90));
    m_period->addItem(tr("All entries"), static_cast<int>(Period::All));
    m_period->addItem(tr("Chosen dates"), static_cast<int>(Period::Custom));
    m_period->setCurrentIndex(1);
    form->addRow(tr("&Period:"), m_period);
    m_from = new QDateEdit(QDate::currentDate().addDays(-29), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, &HeatMapPanel::periodChanged);
    }
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    layout->addLayout(form);
    m_dates = form;
    showDates(false);

    auto* caption = new QLabel(tr("Shading: how often a region hurt × how strongly "
                                  "(share of days × mean intensity)"),
                               this);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    m_legend = new HeatLegend(this);
    layout->addWidget(m_legend);

    m_summary = new QLabel(tr("Click a region to see how it has been."), this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        showDates(static_cast<Period>(m_period->currentData().toInt()) == Period::Custom);
        emit periodChanged();
    });
}

// The date fields only matter for chosen dates; otherwise they would be noise.
void HeatMapPanel::showDates(bool visible) {
    m_dates->setRowVisible(m_from, visible);
    m_dates->setRowVisible(m_to, visible);
}

void HeatMapPanel::setPeriod(Period period) {
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(period)));
}

std::pair<QDate, QDate> HeatMapPanel::range(const std::optional<QDate>& firstDay,
                                            const QDate& today) const {
    switch (static_cast<Period>(m_period->currentData().toInt())) {
    case Period::Days7:
        return {today.addDays(-6), today};
    case Period::Days30:
        return {today.addDays(-29), today};
    case Period::Days90:
        return {today.addDays(-89), today};
    case Period::All:
        return {firstDay.value_or(today), today};
    case Period::Custom:
        break;
    }
    return {std::min(m_from->date(), m_to->date()), std::max(m_from->date(), m_to->date())};
}

void HeatMapPanel::setMaxHeat(double maxHeat) {
    static_cast<HeatLegend*>(m_legend)->setMaximum(maxHeat);
}

void HeatMapPanel::showRegion(const QString& regionCode,
                              const std::optional<RegionPainStats>& stats,
                              const std::optional<RegionPainStats>& previous, int daysInPeriod) {
    const QString name = bodyRegionName(regionCode);
    if (!stats) {
        m_summary->setText(
            tr("<b>%1</b><br>No pain marked here in this period.").arg(name.toHtmlEscaped()));
        return;
    }
    QStringList qualities;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, stats->qualities.size()); ++i)
        qualities
            << tr(labelOf<PainQuality>(kPainQualityCodes, stats->qualities[i].first)).toLower();
    const QLocale locale;
    m_summary->setText(
        tr("<b>%1</b><br>Hurt on %2 of %3 days<br>Mean intensity %4, worst %5<br>Most often: "
           "%6<br>Trend: %7")
            .arg(name.toHtmlEscaped())
            .arg(stats->daysAffected)
            .arg(daysInPeriod)
            .arg(locale.toString(stats->meanIntensity, 'f', 1))
            .arg(stats->worstIntensity)
            .arg(qualities.join(QStringLiteral(", ")))
            .arg(trendText(regionTrend(previous, stats))));
}

QString HeatMapPanel::summaryText() const {
    return m_summary->text();
}

} // namespace painpace
