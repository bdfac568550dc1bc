#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QUndoStack;

namespace painpace {

class Database;
class PainScaleButtons;

// The view that opens by default: record how the pain is right now in two interactions (pick a
// number, save), and see what was logged today. On an empty diary it greets the person first.
class TodayView : public QWidget {
    Q_OBJECT
public:
    TodayView(const Database& database, QUndoStack& undoStack, QWidget* parent = nullptr);

    PainScaleButtons* painScale() const { return m_painScale; }
    QPushButton* saveButton() const { return m_saveButton; }
    QString todaySummary() const;

public slots:
    void refresh();

signals:
    // The person wants to mark where it hurts (the body map is one click away).
    void bodyMapRequested();

private slots:
    void saveQuickCheckIn();

private:
    void buildLayout();
    void updateSaveState();

    const Database& m_database;
    QUndoStack& m_undoStack;
    QLabel* m_greeting = nullptr;
    QLabel* m_question = nullptr;
    PainScaleButtons* m_painScale = nullptr;
    QLabel* m_band = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_bodyMapButton = nullptr;
    QLabel* m_feedback = nullptr;
    QLabel* m_todayList = nullptr;
};

} // namespace painpace
