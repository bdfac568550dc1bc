#include "chartsview.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "chartexport.h"
#include "charttablemodel.h"
#include "chartview.h"
#include "common/refreshwhenshown.h"
#include "heatstripview.h"
#include "painchart.h"
#include "stats/periodpain.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"

namespace painpace {

namespace {
enum Page { ChartPage, HeatStripPage, TablePage };
} // namespace

ChartsView::ChartsView(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(createChoices());
    layout->addLayout(createOptions());

    m_pages = new QStackedWidget(this);
    m_chart = new ChartView(m_pages);
    m_heatStrip = new HeatStripView(m_pages);
    m_tableModel = new ChartTableModel(this);
    m_table = new QTableView(m_pages);
    m_table->setModel(m_tableModel);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Chart values"));
    auto* copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedTableText()); });
    m_table->addAction(copy);
    m_pages->insertWidget(ChartPage, m_chart);
    m_pages->insertWidget(HeatStripPage, m_heatStrip);
    m_pages->insertWidget(TablePage, m_table);
    layout->addWidget(m_pages, 1);
    layout->addLayout(createActions());

    const DiaryNotifier& notifier = m_database.notifier();
    auto* refresher = new RefreshWhenShown(this, [this] { reload(); });
    auto reread = [this, refresher] {
        m_summaryPeriod.reset();
        refresher->request();
    };
    connect(&notifier, &DiaryNotifier::checkInSaved, this, reread);
    connect(&notifier, &DiaryNotifier::checkInRemoved, this, reread);
    connect(&notifier, &DiaryNotifier::diaryReloaded, this, reread);
    connect(&notifier, &DiaryNotifier::questionnairesChanged, refresher,
            &RefreshWhenShown::request);
    connect(&notifier, &DiaryNotifier::catalogueChanged, refresher, &RefreshWhenShown::request);
    refresher->loadWhenFirstShown();
}

// The chart and its period: always visible, in one row.
QLayout* ChartsView::createChoices() {
    auto* bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Chart"));
    const std::pair<Kind, QString> kinds[] = {
        {Kind::PainOverTime, tr("Pain over time")},
        {Kind::Spasms, tr("Spasms")},
        {Kind::SleepQualityAndPain, tr("Sleep quality and pain")},
        {Kind::SleepHoursAndPain, tr("Sleep hours and pain")},
        {Kind::Triggers, tr("Triggers and pain")},
        {Kind::Therapies, tr("Therapies and pain")},
        {Kind::Regions, tr("Where it hurt")},
        {Kind::FiqrScores, tr("FIQR scores")},
        {Kind::AcrScores, tr("ACR 2016 scores")}};
    for (const auto& [kind, name] : kinds)
        m_kind->addItem(name, static_cast<int>(kind));
    bar->addWidget(m_kind);
    m_ranges = new QButtonGroup(this);
    const std::pair<Range, QString> ranges[] = {{Range::TwoWeeks, tr("&2 weeks")},
                                                {Range::ThreeMonths, tr("&3 months")},
                                                {Range::Year, tr("1 &year")},
                                                {Range::All, tr("&Whole diary")},
                                                {Range::Custom, tr("&Dates…")}};
    for (const auto& [range, label] : ranges) {
        auto* button = new QPushButton(label, this);
        button->setCheckable(true);
        m_ranges->addButton(button, static_cast<int>(range));
        bar->addWidget(button);
    }
    m_ranges->button(static_cast<int>(Range::ThreeMonths))->setChecked(true);
    bar->addStretch();
    connect(m_ranges, &QButtonGroup::idClicked, this, &ChartsView::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartsView::reload);
    return bar;
}

// What can be changed about the chart shown; only its own choices are visible.
QLayout* ChartsView::createOptions() {
    auto* row = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today);
        connect(edit, &QDateEdit::dateChanged, this, &ChartsView::reload);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    auto* fromLabel = new QLabel(tr("Fro&m"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&until"), this);
    toLabel->setBuddy(m_to);
    for (QWidget* widget : {static_cast<QWidget*>(fromLabel), static_cast<QWidget*>(m_from),
                            static_cast<QWidget*>(toLabel), static_cast<QWidget*>(m_to)}) {
        widget->setObjectName(QStringLiteral("customRange"));
        row->addWidget(widget);
    }

    m_overlay = new QComboBox(this);
    m_overlay->setAccessibleName(tr("Also show"));
    m_overlay->addItem(tr("Pain only"), -1);
    for (auto metric :
         {stats::DailyMetric::StiffnessMinutes, stats::DailyMetric::Fatigue,
          stats::DailyMetric::SleepQuality, stats::DailyMetric::Stress, stats::DailyMetric::Mood,
          stats::DailyMetric::FibroFog, stats::DailyMetric::Spasms})
        m_overlay->addItem(tr("With %1").arg(dailyMetricName(metric)), static_cast<int>(metric));
    m_spasmMeasure = new QComboBox(this);
    m_spasmMeasure->setAccessibleName(tr("Measure"));
    m_spasmMeasure->addItem(tr("Number of spasms"), static_cast<int>(SpasmMeasure::Count));
    m_spasmMeasure->addItem(tr("Minutes of spasm"), static_cast<int>(SpasmMeasure::Minutes));
    m_spasmStacking = new QComboBox(this);
    m_spasmStacking->setAccessibleName(tr("Split by"));
    m_spasmStacking->addItem(tr("By part of the body"),
                             static_cast<int>(stats::SpasmStacking::ByRegionGroup));
    m_spasmStacking->addItem(tr("By rest, activity or sleep"),
                             static_cast<int>(stats::SpasmStacking::ByContext));
    m_lag = new QComboBox(this);
    m_lag->setAccessibleName(tr("Compare pain"));
    m_lag->addItem(tr("Pain the same day"), 0);
    m_lag->addItem(tr("Pain the next day"), 1);
    for (QComboBox* box : {m_overlay, m_spasmMeasure, m_spasmStacking, m_lag}) {
        row->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ChartsView::reload);
    }
    row->addStretch();
    return row;
}

// A row of its own keeps the page usable at the window's smallest size.
QLayout* ChartsView::createActions() {
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    auto* tableButton = new QPushButton(tr("As ta&ble"), this);
    tableButton->setCheckable(true);
    auto* copy = new QPushButton(tr("Copy val&ues"), this);
    auto* png = new QPushButton(tr("Save PN&G…"), this);
    auto* svg = new QPushButton(tr("Save &SVG…"), this);
    for (QPushButton* button : {tableButton, copy, png, svg})
        actions->addWidget(button);
    connect(tableButton, &QPushButton::toggled, this, &ChartsView::showTable);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(selectedTableText()); });
    connect(png, &QPushButton::clicked, this, [this] { exportChart(false); });
    connect(svg, &QPushButton::clicked, this, [this] { exportChart(true); });
    return actions;
}

void ChartsView::setRange(Range range) {
    m_ranges->button(static_cast<int>(range))->setChecked(true);
    reload();
}

void ChartsView::setCustomRange(const QDate& from, const QDate& to) {
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    setRange(Range::Custom);
}

void ChartsView::setOverlay(std::optional<stats::DailyMetric> metric) {
    m_overlay->setCurrentIndex(m_overlay->findData(metric ? static_cast<int>(*metric) : -1));
}

void ChartsView::setKind(Kind kind) {
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void ChartsView::setSpasmOptions(SpasmMeasure measure, stats::SpasmStacking stacking) {
    const QSignalBlocker block(m_spasmMeasure);
    m_spasmMeasure->setCurrentIndex(m_spasmMeasure->findData(static_cast<int>(measure)));
    m_spasmStacking->setCurrentIndex(m_spasmStacking->findData(static_cast<int>(stacking)));
    reload();
}

void ChartsView::setLagDays(int days) {
    m_lag->setCurrentIndex(m_lag->findData(days));
}

void ChartsView::showTable(bool table) {
    if (table) {
        m_pages->setCurrentIndex(TablePage);
        m_table->resizeColumnsToContents();
    } else
        m_pages->setCurrentIndex(
            std::holds_alternative<HeatStripModel>(m_content.picture) ? HeatStripPage : ChartPage);
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
    case Range::Custom:
        return {std::min(m_from->date(), m_to->date()), std::max(m_from->date(), m_to->date())};
    case Range::All:
        break;
    }
    return {CheckInRepository(m_database).firstDay().value_or(today), today};
}

void ChartsView::showOptionsFor(Kind kind) {
    const bool custom = m_ranges->checkedId() == static_cast<int>(Range::Custom);
    for (QWidget* widget : findChildren<QWidget*>(QStringLiteral("customRange")))
        widget->setVisible(custom);
    m_overlay->setVisible(kind == Kind::PainOverTime);
    m_spasmMeasure->setVisible(kind == Kind::Spasms);
    m_spasmStacking->setVisible(kind == Kind::Spasms);
    m_lag->setVisible(kind == Kind::Triggers || kind == Kind::Therapies);
}

void ChartsView::reload() {
    ChartRequest request;
    request.kind = static_cast<Kind>(m_kind->currentData().toInt());
    std::tie(request.from, request.to) = period();
    const int overlay = m_overlay->currentData().toInt();
    if (overlay >= 0)
        request.overlay = static_cast<stats::DailyMetric>(overlay);
    request.spasmMeasure = static_cast<SpasmMeasure>(m_spasmMeasure->currentData().toInt());
    request.spasmStacking =
        static_cast<stats::SpasmStacking>(m_spasmStacking->currentData().toInt());
    request.lagDays = m_lag->currentData().toInt();
    showOptionsFor(request.kind);
    if (request.kind == Kind::PainOverTime || request.kind == Kind::SleepQualityAndPain ||
        request.kind == Kind::SleepHoursAndPain) {
        // A long range of pain over time also compares with the year before: its summaries
        // are read a year early (the sleep charts take only the range's own).
        const bool yearBefore = request.kind == Kind::PainOverTime &&
                                stats::painPeriodFor(request.from, request.to).has_value();
        const QDate first = yearBefore ? request.from.addYears(-1) : request.from;
        const std::pair period{first, request.to};
        if (m_summaryPeriod != period) {
            m_summaries = CheckInRepository(m_database).dailySummaries(first, request.to);
            m_summaryPeriod = period;
        }
        request.summaries = &m_summaries;
    }
    m_content = loadChart(m_database, request);
    if (const auto* model = std::get_if<ChartModel>(&m_content.picture))
        m_chart->setModel(*model);
    else
        m_heatStrip->setModel(std::get<HeatStripModel>(m_content.picture));
    if (m_pages->currentIndex() != TablePage)
        showTable(false);
    fillTable();
}

void ChartsView::fillTable() {
    m_tableModel->setTable(m_content.table);
    // Sizing columns reads rows; only worth it when the table is on screen.
    if (m_pages->currentIndex() == TablePage)
        m_table->resizeColumnsToContents();
}

QString ChartsView::selectedTableText() const {
    QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    QStringList lines;
    if (selected.isEmpty()) {
        lines.append(m_content.table.headers.join(QLatin1Char('\t')));
        for (const QStringList& row : m_content.table.rows)
            lines.append(row.join(QLatin1Char('\t')));
        return lines.join(QLatin1Char('\n'));
    }
    std::sort(selected.begin(), selected.end());
    int currentRow = -1;
    QStringList cells;
    for (const QModelIndex& index : selected) {
        if (index.row() != currentRow && currentRow >= 0) {
            lines.append(cells.join(QLatin1Char('\t')));
            cells.clear();
        }
        currentRow = index.row();
        cells.append(index.data().toString());
    }
    lines.append(cells.join(QLatin1Char('\t')));
    return lines.join(QLatin1Char('\n'));
}

QWidget* ChartsView::currentPicture() const {
    if (std::holds_alternative<HeatStripModel>(m_content.picture))
        return m_heatStrip;
    return m_chart->chartSurface();
}

void ChartsView::exportChart(bool svg) {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart"),
        QStringLiteral("painpace-chart.") + (svg ? QStringLiteral("svg") : QStringLiteral("png")),
        svg ? tr("SVG image (*.svg)") : tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    // The picture is drawn even when the table is on screen.
    QWidget* picture = currentPicture();
    if (!picture->isVisible())
        picture->resize(m_pages->size());
    const QString title = std::holds_alternative<ChartModel>(m_content.picture)
                              ? std::get<ChartModel>(m_content.picture).title
                              : std::get<HeatStripModel>(m_content.picture).title;
    const bool saved = svg ? saveChartSvg(*picture, path, title) : saveChartPng(*picture, path);
    if (!saved)
        QMessageBox::warning(this, tr("Chart not saved"),
                             tr("PainPace could not write %1. Choose a folder you can save in, "
                                "and check that the disk is not full.")
                                 .arg(QDir::toNativeSeparators(path)));
}

} // namespace painpace
