#pragma once

#include <QDate>
#include <QWidget>

#include "chartcontent.h"

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QStackedWidget;
class QTableView;

namespace painpace {

class ChartTableModel;
class ChartView;
class Database;
class HeatStripView;

// The charts page: pain over time, spasms, sleep, triggers, therapies, regions and questionnaire
// scores, for 2 weeks, 3 months, a year, everything or chosen dates; each as a chart or as a
// table of the same numbers; export to PNG and SVG.
class ChartsView : public QWidget {
    Q_OBJECT
public:
    enum class Range { TwoWeeks, ThreeMonths, Year, All, Custom };
    using Kind = ChartKind;

    explicit ChartsView(const Database& database, QWidget* parent = nullptr);

    ChartView* chart() const { return m_chart; }
    HeatStripView* heatStrip() const { return m_heatStrip; }
    QTableView* table() const { return m_table; }
    void setRange(Range range);
    void setCustomRange(const QDate& from, const QDate& to);
    void setOverlay(std::optional<stats::DailyMetric> metric);
    void setKind(Kind kind);
    void setSpasmOptions(SpasmMeasure measure, stats::SpasmStacking stacking);
    void setLagDays(int days);
    void showTable(bool table);
    const stats::PainTimeline& timeline() const { return m_content.timeline; }
    const ChartContent& content() const { return m_content; }
    std::pair<QDate, QDate> period() const;
    // The table's selected cells as tab-separated lines (what Copy puts on the clipboard).
    QString selectedTableText() const;

public slots:
    void reload();

private:
    QLayout* createChoices();
    QLayout* createOptions();
    QLayout* createActions();
    void showOptionsFor(Kind kind);
    void fillTable();
    void exportChart(bool svg);
    QWidget* currentPicture() const;

    const Database& m_database;
    QComboBox* m_kind = nullptr;
    QButtonGroup* m_ranges = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_overlay = nullptr;
    QComboBox* m_spasmMeasure = nullptr;
    QComboBox* m_spasmStacking = nullptr;
    QComboBox* m_lag = nullptr;
    QStackedWidget* m_pages = nullptr;
    ChartView* m_chart = nullptr;
    HeatStripView* m_heatStrip = nullptr;
    QTableView* m_table = nullptr;
    ChartTableModel* m_tableModel = nullptr;
    ChartContent m_content;
    // The last daily summaries read and their period; dropped whenever the diary changes.
    std::optional<std::pair<QDate, QDate>> m_summaryPeriod;
    QList<DailySummary> m_summaries;
};

} // namespace painpace
