#pragma once

#include <QWidget>

#include <functional>
#include <optional>

#include "bodymap/regionpainstats.h"
#include "diary/checkin.h"

class QComboBox;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace painpace {

class CheckInComposition;
class EditStack;

class BodyMapWidget;
class Database;
class HeatMapPanel;
class MarkEditor;

// The body-map page: the map, the editor for the selected mark, the heat-map panel and the
// Widespread Pain Index of the past week. Marks belong to the check-in being filled in on Today
// and are saved with it; the person can choose a check-in of the past week instead, whose marks
// are then stored at each change. The map never creates a check-in. Every change is one
// undoable step.
class BodyMapView : public QWidget {
    Q_OBJECT
public:
    BodyMapView(const Database& database, EditStack& undoStack, CheckInComposition& composition,
                QWidget* parent = nullptr);

    BodyMapWidget* map() const { return m_map; }
    MarkEditor* editor() const { return m_editor; }
    HeatMapPanel* heatPanel() const { return m_heatPanel; }
    // Which check-in the marks belong to: the first choice is the one being filled in on Today,
    // then the check-ins of the past week, newest first.
    QComboBox* targetChoice() const { return m_target; }
    // The marks shown, of the check-in chosen.
    const QList<PainMark>& marks() const;
    // Marks go to a stored check-in, not to the one being filled in.
    bool marksStoredCheckIn() const { return m_stored.has_value(); }
    QString targetText() const;
    QString wpiText() const;
    void showBack();
    void showFront();
    void showMarking();
    void showHeatMap();

public slots:
    void reload();

private:
    void buildLayout();
    void connectMap();
    void connectEditor();
    QWidget* buildToolbar();

    using Change = std::function<void(QList<PainMark>&)>;
    void change(const QString& description, const Change& edit);
    void addMark(const QPointF& point, const QString& region);
    void selectOrAddAt(const QString& region, const QPointF& centre);
    void editSelected(const QString& description, const std::function<void(PainMark&)>& edit);
    void selectMark(int index);
    void showView(BodyView view);
    void refreshWpi();
    void refreshHeat();
    void showRegionSummary(const QString& region);
    int defaultIntensity() const;
    void rememberIntensity(int intensity);
    void fillTargetChoice();
    void chooseTarget(int index);
    void showTarget();

    const Database& m_database;
    EditStack& m_undoStack;
    CheckInComposition& m_composition;
    // The stored check-in chosen for the marks; none while they go to the one being filled in.
    std::optional<CheckIn> m_stored;
    QList<QUuid> m_targetUuids; // per choice; the first is null (the one being filled in)
    // The heat map's period and its region statistics, read once per refresh.
    QDate m_heatFrom;
    QDate m_heatTo;
    QList<RegionPainStats> m_heatStats;
    int m_selected = -1;

    BodyMapWidget* m_map = nullptr;
    QToolButton* m_backButton = nullptr;
    QToolButton* m_frontButton = nullptr;
    QToolButton* m_markingButton = nullptr;
    QToolButton* m_heatButton = nullptr;
    QWidget* m_targetRow = nullptr;
    QComboBox* m_target = nullptr;
    QLabel* m_entryLabel = nullptr;
    QLabel* m_regionLabel = nullptr;
    QStackedWidget* m_sidePages = nullptr;
    QLabel* m_hint = nullptr;
    MarkEditor* m_editor = nullptr;
    HeatMapPanel* m_heatPanel = nullptr;
    QLabel* m_wpi = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace painpace
