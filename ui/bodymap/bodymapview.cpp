#include "bodymapview.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
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
#include "edit/checkincomposition.h"
#include "edit/diaryedits.h"
#include "edit/editstack.h"
#include "heatmappanel.h"
#include "markeditor.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/diarysettings.h"
#include "storage/markstatisticsrepository.h"
#include "storage/storageerror.h"

namespace painpace {

namespace {
constexpr int kSidePanelWidth = 400;
constexpr int kNarrowSidePanelWidth = 280;
// The check-ins offered besides the one being filled in: those of the past week.
constexpr int kTargetDays = 7;

QToolButton* toggleButton(const QString& text, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setMinimumHeight(32);
    return button;
}
} // namespace

BodyMapView::BodyMapView(const Database& database, EditStack& undoStack,
                         CheckInComposition& composition, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack)
    , m_composition(composition) {
    buildLayout();
    connectMap();
    connectEditor();
    const DiaryNotifier& notifier = m_database.notifier();
    auto* refresher = new RefreshWhenShown(this, [this] { reload(); });
    connect(&notifier, &DiaryNotifier::checkInSaved, refresher, &RefreshWhenShown::request);
    connect(&notifier, &DiaryNotifier::checkInRemoved, refresher, &RefreshWhenShown::request);
    connect(&notifier, &DiaryNotifier::diaryReloaded, refresher, &RefreshWhenShown::request);
    connect(m_heatPanel, &HeatMapPanel::periodChanged, this, &BodyMapView::refreshHeat);
    connect(&m_composition, &CheckInComposition::marksChanged, this, [this] {
        if (!m_stored)
            showTarget();
    });
    refresher->loadWhenFirstShown();
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
    // As wide as its words need up to a limit, and narrower beside the sidebar in a small
    // window, where its text wraps rather than running off the side.
    side->setMinimumWidth(kNarrowSidePanelWidth);
    side->setMaximumWidth(kSidePanelWidth);
    auto* panel = new QVBoxLayout(side);
    panel->setContentsMargins(12, 0, 0, 0);
    m_targetRow = new QWidget(side);
    auto* targetRow = new QHBoxLayout(m_targetRow);
    targetRow->setContentsMargins(0, 0, 0, 0);
    auto* targetLabel = new QLabel(tr("Mark&s for:"), m_targetRow);
    m_target = new QComboBox(m_targetRow);
    targetLabel->setBuddy(m_target);
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_target, 1);
    panel->addWidget(m_targetRow);
    connect(m_target, &QComboBox::activated, this, &BodyMapView::chooseTarget);
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
            rememberIntensity(mark.intensity);
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
        rememberIntensity(intensity);
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
        if (m_selected < 0 || m_selected >= marks().size())
            return;
        const int index = m_selected;
        change(tr("delete mark"), [index](QList<PainMark>& marks) { marks.removeAt(index); });
        selectMark(-1);
    });
}

int BodyMapView::defaultIntensity() const {
    // The last intensity used in this diary: most marks on a day are alike, so one click is
    // usually enough, and another diary's habit is not carried over.
    try {
        return DiarySettings(m_database).markIntensity();
    } catch (const StorageError&) {
        return DiarySettings::kDefaultMarkIntensity;
    }
}

void BodyMapView::rememberIntensity(int intensity) {
    try {
        DiarySettings(m_database).setMarkIntensity(intensity);
    } catch (const std::exception&) {
        // Only the starting intensity of the next mark is lost; the mark itself is kept.
    }
}

const QList<PainMark>& BodyMapView::marks() const {
    return m_stored ? m_stored->marks : m_composition.marks();
}

void BodyMapView::change(const QString& description, const Change& edit) {
    const QList<PainMark> before = marks();
    QList<PainMark> after = before;
    edit(after);
    if (after == before)
        return;
    const QUuid uuid = m_stored ? m_stored->uuid : m_composition.uuid();
    try {
        DiaryEdits(m_database, m_undoStack)
            .changeMarks(m_composition, uuid, before, after, description);
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
    const int index = static_cast<int>(marks().size());
    change(tr("mark pain on %1").arg(bodyRegionName(region)),
           [&](QList<PainMark>& marks) { marks.append(mark); });
    if (index < marks().size())
        selectMark(index);
}

void BodyMapView::selectOrAddAt(const QString& region, const QPointF& centre) {
    for (int i = 0; i < marks().size(); ++i) {
        if (marks()[i].regionCode == region) {
            selectMark(i);
            return;
        }
    }
    addMark(centre, region);
}

void BodyMapView::editSelected(const QString& description,
                               const std::function<void(PainMark&)>& edit) {
    if (m_selected < 0 || m_selected >= marks().size())
        return;
    const int index = m_selected;
    change(description, [&](QList<PainMark>& marks) { edit(marks[index]); });
}

void BodyMapView::selectMark(int index) {
    const bool valid = index >= 0 && index < marks().size();
    m_selected = valid ? index : -1;
    m_map->setSelectedMark(m_selected);
    if (m_map->mode() == BodyMapWidget::Mode::HeatMap)
        return;
    if (valid) {
        m_editor->showMark(marks()[index]);
        m_regionLabel->setText(tr("Region: %1").arg(bodyRegionName(marks()[index].regionCode)));
        m_sidePages->setCurrentWidget(m_editor);
    } else {
        m_sidePages->setCurrentWidget(m_hint);
    }
}

namespace {
QString checkInChoiceText(const CheckIn& entry) {
    const QDate today = QDate::currentDate();
    const QDate day = entry.moment.localDay;
    const QString time = shortTime(entry.moment.localTime().time());
    const QString when = day == today ? BodyMapView::tr("Today, %1").arg(time)
                         : day == today.addDays(-1)
                             ? BodyMapView::tr("Yesterday, %1").arg(time)
                             : BodyMapView::tr("%1, %2").arg(
                                   QLocale().toString(day, QStringLiteral("ddd d MMM")), time);
    return BodyMapView::tr("%1 — pain %2").arg(when).arg(entry.pain);
}
} // namespace

void BodyMapView::fillTargetChoice() {
    const QDate today = QDate::currentDate();
    QList<CheckIn> recent =
        CheckInRepository(m_database).headlinesBetween(today.addDays(1 - kTargetDays), today);
    std::reverse(recent.begin(), recent.end());
    const QSignalBlocker quiet(m_target);
    m_target->clear();
    m_targetUuids.clear();
    m_target->addItem(tr("The check-in you are filling in now"));
    m_targetUuids.append(QUuid());
    for (const CheckIn& entry : std::as_const(recent)) {
        m_target->addItem(checkInChoiceText(entry));
        m_targetUuids.append(entry.uuid);
    }
    const int chosen = m_stored ? static_cast<int>(m_targetUuids.indexOf(m_stored->uuid)) : 0;
    m_target->setCurrentIndex(std::max(chosen, 0));
}

void BodyMapView::chooseTarget(int index) {
    const QUuid uuid = m_targetUuids.value(index);
    m_stored = uuid.isNull() ? std::nullopt : CheckInRepository(m_database).findByUuid(uuid);
    m_message->clear();
    m_regionLabel->clear(); // it named a region of the marks shown before
    selectMark(-1);
    showTarget();
}

QString BodyMapView::targetText() const {
    return m_entryLabel->text();
}

void BodyMapView::showTarget() {
    m_map->setMarks(marks());
    m_entryLabel->setText(
        m_stored ? tr("This check-in is saved: each change to its marks is stored at once, and "
                      "Edit ▸ Undo takes it back.")
                 : tr("Saved with the check-in when you save it on Today. Nothing is stored "
                      "before that."));
    selectMark(m_selected);
}

void BodyMapView::reload() {
    if (m_stored) {
        const QUuid chosen = m_stored->uuid;
        m_stored = CheckInRepository(m_database).findByUuid(chosen);
        if (!m_stored)
            m_message->setText(tr("The check-in whose marks were shown is no longer in the diary. "
                                  "Marks go to the check-in you are filling in now."));
    }
    fillTargetChoice();
    showTarget();
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
    if (m_selected >= 0 && m_selected < marks().size() && marks()[m_selected].view != view)
        selectMark(-1);
}

void BodyMapView::showMarking() {
    m_markingButton->setChecked(true);
    m_map->setMode(BodyMapWidget::Mode::Marking);
    m_targetRow->setVisible(true);
    m_entryLabel->setVisible(true);
    selectMark(m_selected);
}

void BodyMapView::showHeatMap() {
    m_heatButton->setChecked(true);
    m_map->setMode(BodyMapWidget::Mode::HeatMap);
    // The heat map shows every check-in of a period, not the marks of one.
    m_targetRow->setVisible(false);
    m_entryLabel->setVisible(false);
    m_sidePages->setCurrentWidget(m_heatPanel);
    refreshHeat();
}

} // namespace painpace
