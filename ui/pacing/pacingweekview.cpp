#include "pacingweekview.h"

#include <QHeaderView>
#include <QLocale>

#include "common/timeformat.h"

namespace painpace {

PacingWeekView::PacingWeekView(QWidget* parent)
    : QTableWidget(parent) {
    setColumnCount(7);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setWordWrap(true);
    // As tall as its rows, so the progress chart below gets the room.
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    setAccessibleName(tr("Planned sessions this week"));
}

void PacingWeekView::showWeek(const QDate& monday, const QList<PlanWeek>& plans,
                              const QList<PacingSession>& sessions) {
    m_monday = monday;
    const QLocale locale;
    for (int day = 0; day < 7; ++day) {
        const QDate date = monday.addDays(day);
        auto* header = new QTableWidgetItem(locale.toString(date, QStringLiteral("ddd d")));
        if (date == QDate::currentDate()) {
            // Today in bold, named for screen readers; no extra text to crowd a small window.
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
            header->setData(Qt::AccessibleTextRole, tr("%1, today").arg(header->text()));
        }
        setHorizontalHeaderItem(day, header);
    }
    setRowCount(static_cast<int>(plans.size()));
    QStringList names;
    for (int row = 0; row < plans.size(); ++row) {
        const PacingPlan& plan = plans[row].plan;
        names.append(plan.activityName);
        for (int day = 0; day < 7; ++day) {
            const QDate date = monday.addDays(day);
            int done = 0;
            bool recorded = false;
            for (const PacingSession& session : sessions) {
                if (session.planId == plan.id && session.plannedDay == date) {
                    done += session.doneAmount;
                    recorded = true;
                }
            }
            QString text;
            if (isPlannedDay(plan, date))
                text = tr("%1\n%2").arg(amountText(plans[row].amount, plan.unit),
                                        shortTime(plan.time));
            if (recorded)
                text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                        tr("✓ %1").arg(amountText(done, plan.unit));
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, plan.id);
            item->setData(Qt::UserRole + 1, date);
            if (date == QDate::currentDate()) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            setItem(row, day, item);
        }
    }
    setVerticalHeaderLabels(names);
}

} // namespace painpace
