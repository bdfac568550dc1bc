#pragma once

#include <QDate>
#include <QTableWidget>

#include "pacing/pacingplan.h"
#include "pacing/pacingsession.h"

namespace painpace {

// One week, Monday to Sunday, across every plan: a row per plan, a cell per planned session
// with its amount and time, ticked when done. Today's column is marked.
class PacingWeekView : public QTableWidget {
    Q_OBJECT
public:
    explicit PacingWeekView(QWidget* parent = nullptr);

    struct PlanWeek {
        PacingPlan plan;
        int amount = 0; // this week's level
    };
    void showWeek(const QDate& monday, const QList<PlanWeek>& plans,
                  const QList<PacingSession>& sessions);
    QDate monday() const { return m_monday; }

private:
    QDate m_monday;
};

} // namespace painpace
