#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

#include "bodymap/regionpainstats.h"

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;

namespace painpace {

// The heat-map side panel: which period to look at, the colour legend with its numbers, and the
// summary of the region the person picked.
class HeatMapPanel : public QWidget {
    Q_OBJECT
public:
    enum class Period { Days7, Days30, Days90, All, Custom };

    explicit HeatMapPanel(QWidget* parent = nullptr);

    // The chosen period, given the diary's first day (for "all") and today.
    std::pair<QDate, QDate> range(const std::optional<QDate>& firstDay, const QDate& today) const;
    void setPeriod(Period period);
    void setMaxHeat(double maxHeat);
    void showRegion(const QString& regionCode, const std::optional<RegionPainStats>& stats,
                    const std::optional<RegionPainStats>& previous, int daysInPeriod);
    QString summaryText() const;

signals:
    void periodChanged();

private:
    void showDates(bool visible);

    QComboBox* m_period = nullptr;
    QFormLayout* m_dates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QWidget* m_legend = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace painpace
