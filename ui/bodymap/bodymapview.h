#pragma once

#include <QWidget>

#include <functional>
#include <optional>

#include "bodymap/regionpainstats.h"
#include "diary/checkin.h"

class QLabel;
class QStackedWidget;
class QToolButton;

namespace painpace {

class EditStack;

class BodyMapWidget;
class Database;
class HeatMapPanel;
class MarkEditor;

// The body-map page: the map, the editor for the selected mark, the heat-map panel and the
// Widespread Pain Index of the past week. Marks belong to today's latest check-in; the first
// mark of a day with no check-in starts one for now. Every change is one undoable step.
class BodyMapView : public QWidget {
    Q_OBJECT
public:
    BodyMapView(const Database& database, EditStack& undoStack, QWidget* parent = nullptr);

    BodyMapWidget* map() const { return m_map; }
    MarkEditor* editor() const { return m_editor; }
    HeatMapPanel* heatPanel() const { return m_heatPanel; }
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

    using Change = std::function<void(CheckIn&)>;
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

    const Database& m_database;
    EditStack& m_undoStack;
    std::optional<CheckIn> m_current;
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
