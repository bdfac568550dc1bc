#include "bodymapview.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "bodymap/bodymapgeometry.h"
#include "bodymap/bodyregioncatalogue.h"
#include "bodymap/widespreadpainindex.h"
#include "bodymapwidget.h"
#include "common/refreshwhenshown.h"
#include "common/timeformat.h"
#include "diary/validationissue.h"
#include "edit/diaryedits.h"
#include "edit/editstack.h"
#include "heatmappanel.h"
#include "markeditor.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/markstatisticsrepository.h"
#include "storage/storageerror.h"

namespace painpace {

namespace {
const QString kLastIntensityKey = QStringLiteral("bodymap/lastIntensity");
constexpr int kSidePanelWidth = 400;

QToolButton* toggleButton(const QString& text, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setMinimumHeight(32);
    return button;
}
} // namespace

BodyMapView::BodyMapView(const Database& database, EditStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack) {
    buildLayout();
    connectMap();
    connectEditor();
    const DiaryNotifier& notifier = m_database.notifier();
    auto* refresher = new RefreshWhenShown(this, [this] { reload(); });
    connect(&notifier, &DiaryNotifier::checkInSaved, refresher, &RefreshWhenShown::request);
    connect(&notifier, &DiaryNotifier::checkInRemoved, refresher, &RefreshWhenShown::request);
    connect(&notifier, &DiaryNotifier::diaryReloaded, refresher, &RefreshWhenShown::request);
    connect(m_heatPanel, &HeatMapPanel::periodChanged, this, &BodyMapView::refreshHeat);
    reload();
}

QWidget* BodyMapView::buildToolbar() {
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_backButton = toggleButton(tr("&Back"), bar);
    m_frontButton = toggleButton(tr("F&ront"), bar);
    m_markingButton = toggleButton(tr("Mar&k pain"), bar);
    m_heatButton = toggleButton(tr("Heat &map"), bar);
    auto* views = new QButtonGroup(bar);
    views->addButton(m_backButton);
    views->addButton(m_frontButton);
    auto* modes = new QButtonGroup(bar);
    modes->addButton(m_markingButton);
    modes->addButton(m_heatButton);
    m_backButton->setChecked(true);
    m_markingButton->setChecked(true);
    layout->addWidget(m_backButton);
    layout->addWidget(m_frontButton);
    layout->addSpacing(24);
    layout->addWidget(m_markingButton);
    layout->addWidget(m_heatButton);
    layout->addStretch();
    connect(m_backButton, &QToolButton::clicked, this, &BodyMapView::showBack);
    connect(m_frontButton, &QToolButton::clicked, this, &BodyMapView::showFront);
    connect(m_markingButton, &QToolButton::clicked, this, &BodyMapView::showMarking);
    connect(m_heatButton, &QToolButton::clicked, this, &BodyMapView::showHeatMap);
    return bar;
}

void BodyMapView::buildLayout() {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* left = new QVBoxLayout;
    left->addWidget(buildToolbar());
    m_map = new BodyMapWidget(this);
    left->addWidget(m_map, 1);
    layout->addLayout(left, 1);

    auto* side = new QWidget(this);
    side->setFixedWidth(kSidePanelWidth);
    auto* panel = new QVBoxLayout(side);
    panel->setContentsMargins(12, 0, 0, 0);
    m_entryLabel = new QLabel(side);
    m_entryLabel->setWordWrap(true);
    panel->addWidget(m_entryLabel);
    m_regionLabel = new QLabel(side);
    m_regionLabel->setWordWrap(true);
    panel->addWidget(m_regionLabel);

    m_sidePages = new QStackedWidget(side);
    m_hint = new QLabel(tr("Click where it hurts, or use the arrow keys and Enter. Choose a mark "
                           "to change it.<br><br>● a painful spot, with its intensity<br>◆ a "
                           "trigger point (a tender knot)<br>➔ where the pain spreads"),
                        side);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_editor = new MarkEditor(side);
    m_heatPanel = new HeatMapPanel(side);
    m_sidePages->addWidget(m_hint);
    m_sidePages->addWidget(m_editor);
    m_sidePages->addWidget(m_heatPanel);
    panel->addWidget(m_sidePages);

    auto* wpiBox = new QGroupBox(tr("Widespread Pain Index, past 7 days"), side);
    auto* wpiLayout = new QVBoxLayout(wpiBox);
    m_wpi = new QLabel(wpiBox);
    m_wpi->setWordWrap(true);
    m_wpi->setTextInteractionFlags(Qt::TextSelectableByMouse);
    wpiLayout->addWidget(m_wpi);
    panel->addWidget(wpiBox);

    m_message = new QLabel(side);
    m_message->setWordWrap(true);
    panel->addWidget(m_message);
    panel->addStretch();
    layout->addWidget(side);
}

void BodyMapView::connectMap() {
    connect(m_map, &BodyMapWidget::pointClicked, this, &BodyMapView::addMark);
    connect(m_map, &BodyMapWidget::regionActivated, this, &BodyMapView::selectOrAddAt);
    connect(m_map, &BodyMapWidget::markClicked, this, &BodyMapView::selectMark);
    connect(m_map, &BodyMapWidget::selectionCleared, this, [this] { selectMark(-1); });
    connect(m_map, &BodyMapWidget::markMoveRequested, this,
            [this](int index, const QPointF& point, const QString& region) {
                selectMark(index);
                editSelected(tr("move mark"), [&](PainMark& mark) {
                    mark.point = point;
                    mark.regionCode = region;
                });
            });
    connect(m_map, &BodyMapWidget::markReferRequested, this,
            [this](int index, const QPointF& point) {
                selectMark(index);
                editSelected(tr("show where pain spreads"),
                             [&](PainMark& mark) { mark.referredTo = point; });
            });
    connect(m_map, &BodyMapWidget::intensityStepRequested, this, [this](int index, int delta) {
        selectMark(index);
        editSelected(tr("change intensity"), [&](PainMark& mark) {
            mark.intensity = std::clamp(mark.intensity + delta, 0, 10);
            QSettings().setValue(kLastIntensityKey, mark.intensity);
        });
    });
    connect(m_map, &BodyMapWidget::markDeleteRequested, this, [this](int index) {
        selectMark(index);
        m_editor->deleteRequested();
    });
    connect(m_map, &BodyMapWidget::regionChosen, this, &BodyMapView::showRegionSummary);
    connect(m_map, &BodyMapWidget::focusedRegionChanged, this, [this](const QString& region) {
        m_regionLabel->setText(tr("Region: %1").arg(bodyRegionName(region)));
    });
}

void BodyMapView::connectEditor() {
    connect(m_editor, &MarkEditor::intensityChosen, this, [this](int intensity) {
        QSettings().setValue(kLastIntensityKey, intensity);
        editSelected(tr("change intensity"), [&](PainMark& mark) { mark.intensity = intensity; });
    });
    connect(m_editor, &MarkEditor::qualityChosen, this, [this](PainQuality quality) {
        editSelected(tr("change how it feels"), [&](PainMark& mark) { mark.quality = quality; });
    });
    connect(m_editor, &MarkEditor::triggerPointChosen, this, [this](bool triggerPoint) {
        editSelected(tr("mark trigger point"),
                     [&](PainMark& mark) { mark.triggerPoint = triggerPoint; });
    });
    connect(m_editor, &MarkEditor::referralCleared, this, [this] {
        editSelected(tr("remove arrow"), [](PainMark& mark) { mark.referredTo.reset(); });
    });
    connect(m_editor, &MarkEditor::deleteRequested, this, [this] {
        if (!m_current || m_selected < 0)
            return;
        const int index = m_selected;
        change(tr("delete mark"), [index](CheckIn& entry) { entry.marks.removeAt(index); });
        selectMark(-1);
    });
}

int BodyMapView::defaultIntensity() const {
    // The last intensity used: most marks on a day are alike, so one click is usually enough.
    return std::clamp(QSettings().value(kLastIntensityKey, 5).toInt(), 0, 10);
}

void BodyMapView::change(const QString& description, const Change& edit) {
    const std::optional<CheckIn> before = m_current;
    CheckIn after;
    if (before) {
        after = *before;
    } else {
        after.moment = DiaryMoment::now();
    }
    edit(after);
    // A check-in started from the map takes its overall pain from the strongest mark; the
    // person can change it on the Today view.
    if (!before && !after.marks.isEmpty()) {
        after.pain = std::max_element(after.marks.begin(), after.marks.end(),
                                      [](const PainMark& a, const PainMark& b) {
                                          return a.intensity < b.intensity;
                                      })
                         ->intensity;
    }
    try {
        DiaryEdits(m_database, m_undoStack).saveCheckIn(before, after, description);
        m_message->clear();
    } catch (const ValidationError& error) {
        m_message->setText(error.message());
    } catch (const StorageError& error) {
        m_message->setText(tr("Not saved: %1").arg(error.message()));
    }
}

void BodyMapView::addMark(const QPointF& point, const QString& region) {
    PainMark mark;
    mark.view = m_map->view();
    mark.point = point;
    mark.regionCode = region;
    mark.intensity = defaultIntensity();
    const int index = m_current ? static_cast<int>(m_current->marks.size()) : 0;
    change(tr("mark pain on %1").arg(bodyRegionName(region)),
           [&](CheckIn& entry) { entry.marks.append(mark); });
    if (m_current && index < m_current->marks.size())
        selectMark(index);
}

void BodyMapView::selectOrAddAt(const QString& region, const QPointF& centre) {
    if (m_current) {
        for (int i = 0; i < m_current->marks.size(); ++i) {
            if (m_current->marks[i].regionCode == region) {
                selectMark(i);
                return;
            }
        }
    }
    addMark(centre, region);
}

void BodyMapView::editSelected(const QString& description,
                               const std::function<void(PainMark&)>& edit) {
    if (!m_current || m_selected < 0 || m_selected >= m_current->marks.size())
        return;
    const int index = m_selected;
    change(description, [&](CheckIn& entry) { edit(entry.marks[index]); });
}

void BodyMapView::selectMark(int index) {
    const bool valid = m_current && index >= 0 && index < m_current->marks.size();
    m_selected = valid ? index : -1;
    m_map->setSelectedMark(m_selected);
    if (m_map->mode() == BodyMapWidget::Mode::HeatMap)
        return;
    if (valid) {
        m_editor->showMark(m_current->marks[index]);
        m_regionLabel->setText(
            tr("Region: %1").arg(bodyRegionName(m_current->marks[index].regionCode)));
        m_sidePages->setCurrentWidget(m_editor);
    } else {
        m_sidePages->setCurrentWidget(m_hint);
    }
}

void BodyMapView::reload() {
    const QDate today = QDate::currentDate();
    const QList<CheckIn> entries = CheckInRepository(m_database).between(today, today);
    m_current = entries.isEmpty() ? std::nullopt : std::optional<CheckIn>(entries.constLast());
    m_map->setMarks(m_current ? m_current->marks : QList<PainMark>());
    m_entryLabel->setText(m_current
                              ? tr("Marks for today's check-in at %1.")
                                    .arg(shortTime(m_current->moment.localTime().time()))
                              : tr("No check-in today yet: your first mark starts one for now."));
    selectMark(m_selected);
    refreshWpi();
    if (m_map->mode() == BodyMapWidget::Mode::HeatMap)
        refreshHeat();
}

void BodyMapView::refreshWpi() {
    const QDate today = QDate::currentDate();
    const QList<QString> regions =
        MarkStatisticsRepository(m_database).regionsMarked(today.addDays(-6), today);
    const WpiResult wpi = widespreadPainIndex(wpiAreasForRegions(regions));
    m_wpi->setText(tr("<b>%1 of 19</b> areas (ACR 2016).<br>Pain in %2 of 5 regions: the "
                      "generalized-pain rule (4 of 5) is %3.")
                       .arg(wpi.score)
                       .arg(wpi.regionsWithPain)
                       .arg(wpi.generalizedPain ? tr("met") : tr("not met")));
}

QString BodyMapView::wpiText() const {
    return m_wpi->text();
}

void BodyMapView::refreshHeat() {
    std::tie(m_heatFrom, m_heatTo) =
        m_heatPanel->range(CheckInRepository(m_database).firstDay(), QDate::currentDate());
    m_heatStats = MarkStatisticsRepository(m_database).regionStats(m_heatFrom, m_heatTo);
    const int days = static_cast<int>(m_heatFrom.daysTo(m_heatTo)) + 1;
    QHash<QString, double> heat;
    double maxHeat = 0.0;
    for (const RegionPainStats& stats : std::as_const(m_heatStats)) {
        const double value = regionHeat(stats, days);
        heat.insert(stats.regionCode, value);
        maxHeat = std::max(maxHeat, value);
    }
    m_map->setHeat(heat, maxHeat);
    m_heatPanel->setMaxHeat(maxHeat);
    if (!m_map->focusedRegion().isEmpty())
        showRegionSummary(m_map->focusedRegion());
}

void BodyMapView::showRegionSummary(const QString& region) {
    const int days = static_cast<int>(m_heatFrom.daysTo(m_heatTo)) + 1;
    auto find = [&](const QList<RegionPainStats>& all) -> std::optional<RegionPainStats> {
        for (const RegionPainStats& stats : all) {
            if (stats.regionCode == region)
                return stats;
        }
        return std::nullopt;
    };
    // The current period is already read; only the period before it is asked for.
    const auto previous = find(MarkStatisticsRepository(m_database)
                                   .regionStats(m_heatFrom.addDays(-days), m_heatFrom.addDays(-1)));
    m_heatPanel->showRegion(region, find(m_heatStats), previous, days);
    m_regionLabel->setText(tr("Region: %1").arg(bodyRegionName(region)));
}

void BodyMapView::showBack() {
    m_backButton->setChecked(true);
    showView(BodyView::Back);
}

void BodyMapView::showFront() {
    m_frontButton->setChecked(true);
    showView(BodyView::Front);
}

// A mark selected on the other view cannot be edited from this one.
void BodyMapView::showView(BodyView view) {
    m_map->setView(view);
    if (m_current && m_selected >= 0 && m_current->marks[m_selected].view != view)
        selectMark(-1);
}

void BodyMapView::showMarking() {
    m_markingButton->setChecked(true);
    m_map->setMode(BodyMapWidget::Mode::Marking);
    selectMark(m_selected);
}

void BodyMapView::showHeatMap() {
    m_heatButton->setChecked(true);
    m_map->setMode(BodyMapWidget::Mode::HeatMap);
    m_sidePages->setCurrentWidget(m_heatPanel);
    refreshHeat();
}

} // namespace painpace
