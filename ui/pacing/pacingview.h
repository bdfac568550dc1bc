#pragma once

#include <QWidget>

#include "pacing/pacingplan.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace painpace {

class EditStack;

class ChartView;
class Database;
class PacingWeekView;

// The pacing page: the plans, this week's sessions across all of them, and the selected plan's
// level, its latest reason and its progress chart. New plans start in a guided editor; sessions
// run in the session runner; the schedule exports as an iCalendar file.
class PacingView : public QWidget {
    Q_OBJECT
public:
    PacingView(const Database& database, EditStack& undoStack, QWidget* parent = nullptr);

    QListWidget* planList() const { return m_plans; }
    PacingWeekView* weekView() const { return m_week; }
    ChartView* progressChart() const { return m_chart; }
    QLabel* planSummary() const { return m_summary; }
    QPushButton* resumeButton() const { return m_resume; }
    std::optional<PacingPlan> selectedPlan() const;
    void selectPlan(qint64 id);
    // Writes the next weeks' sessions of every active plan, privately and whole; false when the
    // file cannot be written, with the reason in `reason` when one is given.
    bool exportCalendar(const QString& path, int weeks = 8, QString* reason = nullptr);

public slots:
    void refresh();
    void newPlan();
    void editPlan();
    void archivePlan();
    void startSession();
    // Takes up the session that was running when PainPace last stopped.
    void resumeInterruptedSession();

private:
    QWidget* createPlanPanel();
    void showSelectedPlan();
    void chooseCalendarFile();
    void showInterruptedSession();

    const Database& m_database;
    EditStack& m_undoStack;
    QList<PacingPlan> m_planData;
    QListWidget* m_plans = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_resume = nullptr;
    PacingWeekView* m_week = nullptr;
    ChartView* m_chart = nullptr;
    bool m_refreshing = false;
};

} // namespace painpace
