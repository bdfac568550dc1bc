#pragma once

#include <QDate>
#include <QWidget>

#include "stats/paintimeline.h"

class QButtonGroup;
class QComboBox;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace painpace {

class ChartView;
class Database;

// The charts page: pain over time for 2 weeks, 3 months, a year or everything, with another
// daily measure on top if wanted; the same numbers as a table; export to PNG and SVG.
class ChartsView : public QWidget {
    Q_OBJECT
public:
    enum class Range { TwoWeeks, ThreeMonths, Year, All };
    enum class Kind { PainOverTime, SleepQualityAndPain, SleepHoursAndPain };

    explicit ChartsView(const Database& database, QWidget* parent = nullptr);

    ChartView* chart() const { return m_chart; }
    QTableView* table() const { return m_table; }
    void setRange(Range range);
    void setOverlay(std::optional<stats::DailyMetric> metric);
    void setKind(Kind kind);
    void showTable(bool table);
    const stats::PainTimeline& timeline() const { return m_timeline; }

public slots:
    void reload();

private:
    std::pair<QDate, QDate> period() const;
    void fillTable(const QList<std::optional<double>>& overlay);
    void fillSleepTable(const QList<QPointF>& pairs, bool hours);
    void exportChart(bool svg);

    const Database& m_database;
    QButtonGroup* m_ranges = nullptr;
    QComboBox* m_overlay = nullptr;
    QComboBox* m_kind = nullptr;
    QStackedWidget* m_pages = nullptr;
    ChartView* m_chart = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_tableModel = nullptr;
    stats::PainTimeline m_timeline;
};

} // namespace painpace
