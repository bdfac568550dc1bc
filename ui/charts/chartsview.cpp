#include "chartsview.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "chartview.h"
#include "painchart.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"

namespace painpace {

namespace {
QString number(const std::optional<double>& value) {
    return value ? QLocale().toString(*value, 'f', 1) : QString();
}
} // namespace

ChartsView::ChartsView(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Chart"));
    m_kind->addItem(tr("Pain over time"), static_cast<int>(Kind::PainOverTime));
    m_kind->addItem(tr("Sleep quality and pain"), static_cast<int>(Kind::SleepQualityAndPain));
    m_kind->addItem(tr("Sleep hours and pain"), static_cast<int>(Kind::SleepHoursAndPain));
    bar->addWidget(m_kind);
    m_ranges = new QButtonGroup(this);
    const std::pair<Range, QString> ranges[] = {{Range::TwoWeeks, tr("&2 weeks")},
                                                {Range::ThreeMonths, tr("&3 months")},
                                                {Range::Year, tr("1 &year")},
                                                {Range::All, tr("&All")}};
    for (const auto& [range, label] : ranges) {
        auto* button = new QPushButton(label, this);
        button->setCheckable(true);
        m_ranges->addButton(button, static_cast<int>(range));
        bar->addWidget(button);
    }
    m_ranges->button(static_cast<int>(Range::ThreeMonths))->setChecked(true);
    bar->addStretch();
    layout->addLayout(bar);
    auto* overlayRow = new QHBoxLayout;
    m_overlay = new QComboBox(this);
    m_overlay->setAccessibleName(tr("Also show"));
    m_overlay->addItem(tr("Pain only"), -1);
    for (auto metric :
         {stats::DailyMetric::StiffnessMinutes, stats::DailyMetric::Fatigue,
          stats::DailyMetric::SleepQuality, stats::DailyMetric::Stress, stats::DailyMetric::Mood,
          stats::DailyMetric::FibroFog, stats::DailyMetric::Spasms})
        m_overlay->addItem(tr("With %1").arg(dailyMetricName(metric)), static_cast<int>(metric));
    overlayRow->addWidget(m_overlay);
    overlayRow->addStretch();
    layout->addLayout(overlayRow);
    // A second row keeps the page usable at the window's smallest size.
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    auto* tableButton = new QPushButton(tr("As &table"), this);
    tableButton->setCheckable(true);
    auto* png = new QPushButton(tr("Save &PNG…"), this);
    auto* svg = new QPushButton(tr("Save &SVG…"), this);
    actions->addWidget(tableButton);
    actions->addWidget(png);
    actions->addWidget(svg);

    m_pages = new QStackedWidget(this);
    m_chart = new ChartView(m_pages);
    m_tableModel = new QStandardItemModel(this);
    m_table = new QTableView(m_pages);
    m_table->setModel(m_tableModel);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_pages->addWidget(m_chart);
    m_pages->addWidget(m_table);
    layout->addWidget(m_pages, 1);
    layout->addLayout(actions);

    connect(m_ranges, &QButtonGroup::idClicked, this, &ChartsView::reload);
    connect(m_overlay, &QComboBox::currentIndexChanged, this, &ChartsView::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartsView::reload);
    connect(tableButton, &QPushButton::toggled, this, &ChartsView::showTable);
    connect(png, &QPushButton::clicked, this, [this] { exportChart(false); });
    connect(svg, &QPushButton::clicked, this, [this] { exportChart(true); });
    const DiaryNotifier& notifier = m_database.notifier();
    connect(&notifier, &DiaryNotifier::checkInSaved, this, &ChartsView::reload);
    connect(&notifier, &DiaryNotifier::checkInRemoved, this, &ChartsView::reload);
    connect(&notifier, &DiaryNotifier::diaryReloaded, this, &ChartsView::reload);
    reload();
}

void ChartsView::setRange(Range range) {
    m_ranges->button(static_cast<int>(range))->setChecked(true);
    reload();
}

void ChartsView::setOverlay(std::optional<stats::DailyMetric> metric) {
    m_overlay->setCurrentIndex(m_overlay->findData(metric ? static_cast<int>(*metric) : -1));
}

void ChartsView::setKind(Kind kind) {
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void ChartsView::showTable(bool table) {
    m_pages->setCurrentIndex(table ? 1 : 0);
}

std::pair<QDate, QDate> ChartsView::period() const {
    const QDate today = QDate::currentDate();
    switch (static_cast<Range>(m_ranges->checkedId())) {
    case Range::TwoWeeks:
        return {today.addDays(-13), today};
    case Range::ThreeMonths:
        return {today.addMonths(-3).addDays(1), today};
    case Range::Year:
        return {today.addYears(-1).addDays(1), today};
    case Range::All:
        break;
    }
    return {CheckInRepository(m_database).firstDay().value_or(today), today};
}

void ChartsView::reload() {
    const auto [from, to] = period();
    // Aggregated in SQL: one row per day, whatever the number of check-ins.
    const QList<DailySummary> summaries = CheckInRepository(m_database).dailySummaries(from, to);
    m_timeline = stats::painTimeline(summaries, from, to);
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    m_overlay->setEnabled(kind == Kind::PainOverTime);
    if (kind != Kind::PainOverTime) {
        const bool hours = kind == Kind::SleepHoursAndPain;
        const QList<QPointF> pairs = stats::sleepPainPairs(summaries, hours);
        m_chart->setModel(sleepChartModel(pairs, hours));
        fillSleepTable(pairs, hours);
        return;
    }
    std::optional<std::pair<stats::DailyMetric, QList<std::optional<double>>>> overlay;
    const int metric = m_overlay->currentData().toInt();
    if (metric >= 0) {
        const auto kind = static_cast<stats::DailyMetric>(metric);
        overlay = std::pair{kind, stats::dailyMetric(summaries, kind, from, to)};
    }
    m_chart->setModel(painChartModel(m_timeline, overlay));
    fillTable(overlay ? overlay->second : QList<std::optional<double>>());
}

void ChartsView::fillTable(const QList<std::optional<double>>& overlay) {
    m_tableModel->clear();
    QStringList headers{tr("Date"),    tr("Mean pain"),  tr("Lowest"),
                        tr("Highest"), tr("7-day mean"), tr("Flare")};
    if (!overlay.isEmpty())
        headers << m_overlay->currentText();
    m_tableModel->setHorizontalHeaderLabels(headers);
    for (qsizetype i = m_timeline.days.size() - 1; i >= 0; --i) {
        if (!m_timeline.meanPain[i])
            continue;
        QList<QStandardItem*> row{
            new QStandardItem(QLocale().toString(m_timeline.days[i], QLocale::ShortFormat)),
            new QStandardItem(number(m_timeline.meanPain[i])),
            new QStandardItem(QString::number(*m_timeline.minPain[i])),
            new QStandardItem(QString::number(*m_timeline.maxPain[i])),
            new QStandardItem(number(m_timeline.rolling7[i])),
            new QStandardItem(m_timeline.flareDays.contains(m_timeline.days[i]) ? tr("flare")
                                                                                : QString())};
        if (!overlay.isEmpty())
            row.append(new QStandardItem(number(overlay[i])));
        m_tableModel->appendRow(row);
    }
    m_table->resizeColumnsToContents();
}

void ChartsView::fillSleepTable(const QList<QPointF>& pairs, bool hours) {
    m_tableModel->clear();
    m_tableModel->setHorizontalHeaderLabels(
        {hours ? tr("Hours slept") : tr("Sleep quality"), tr("Pain the day after")});
    for (const QPointF& pair : pairs) {
        m_tableModel->appendRow(
            {new QStandardItem(number(pair.x())), new QStandardItem(number(pair.y()))});
    }
    m_table->resizeColumnsToContents();
}

void ChartsView::exportChart(bool svg) {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart"),
        QStringLiteral("pain-chart.") + (svg ? QStringLiteral("svg") : QStringLiteral("png")),
        svg ? tr("SVG image (*.svg)") : tr("PNG image (*.png)"));
    if (!path.isEmpty())
        svg ? m_chart->exportSvg(path) : m_chart->exportPng(path);
}

} // namespace painpace
