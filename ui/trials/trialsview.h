#pragma once

#include <QWidget>

#include "trials/therapytrial.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace painpace {

class EditStack;

class ChartView;
class Database;

// The trials page: past and running trials; for the chosen one its progress, the daily outcome
// with A and B periods shaded and their means, the result in plain words with the method one
// click away; and, outside trials, a before/after look at any therapy (weaker evidence).
class TrialsView : public QWidget {
    Q_OBJECT
public:
    TrialsView(const Database& database, EditStack& undoStack, QWidget* parent = nullptr);

    QListWidget* trialList() const { return m_trials; }
    QLabel* headline() const { return m_headline; }
    QLabel* progress() const { return m_progress; }
    QLabel* methodDetails() const { return m_details; }
    ChartView* chart() const { return m_chart; }
    QComboBox* beforeAfterTherapy() const { return m_beforeAfterTherapy; }
    QLabel* beforeAfterResult() const { return m_beforeAfter; }
    std::optional<TherapyTrial> selectedTrial() const;

public slots:
    void refresh();
    void newTrial();
    void togglePause();
    void abandonTrial();
    void finishTrial();

private:
    QWidget* createListPanel();
    QWidget* createResultPanel();
    void showSelectedTrial();
    void showBeforeAfter();
    void changeStatus(TherapyTrial after, const QString& text);

    const Database& m_database;
    EditStack& m_undoStack;
    QList<TherapyTrial> m_trialData;
    QListWidget* m_trials = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_abandon = nullptr;
    QPushButton* m_finish = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_detailsButton = nullptr;
    QLabel* m_details = nullptr;
    ChartView* m_chart = nullptr;
    QComboBox* m_beforeAfterTherapy = nullptr;
    QLabel* m_beforeAfter = nullptr;
};

} // namespace painpace
