#pragma once

#include <QWidget>

#include <optional>

#include "diary/checkin.h"
#include "edit/unsavedinput.h"

class QBoxLayout;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace painpace {

class UndoNotice;

class EditStack;

class CheckInEditor;
class Database;
class IntensityStrip;
class PainCalendar;

// The month calendar and the chosen day's check-ins, which can be edited (moved to another time
// too), duplicated to now or deleted, and new check-ins for a day, every change undoable.
class CalendarView : public QWidget, public UnsavedInput {
    Q_OBJECT
public:
    CalendarView(const Database& database, EditStack& undoStack, QWidget* parent = nullptr);

    QString unsavedInputName() const override;
    bool saveUnsavedInput() override;
    void discardUnsavedInput() override;
    void showUnsavedInput() override;

    PainCalendar* calendar() const { return m_calendar; }
    QListWidget* dayEntries() const { return m_entries; }
    CheckInEditor* editor() const { return m_editor; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* duplicateButton() const { return m_duplicate; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* addButton() const { return m_add; }
    void showDay(const QDate& day);
    // Opens a new check-in for `day` (a missed day filled in) at the usual check-in time.
    void composeFor(const QDate& day);

public slots:
    void reload();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* buildMonthPage();
    QWidget* buildDayPanel();
    QWidget* buildLegend(QWidget* parent);
    void arrangeButtons(bool oneRow);
    QWidget* buildEditor();
    std::optional<CheckIn> selectedEntry() const;
    void startEditing();
    // The editor holds nothing unsaved, so it can take another entry; otherwise it is shown
    // with a word saying so.
    bool editorIsFree();
    void duplicateSelected();
    void deleteSelected();

    const Database& m_database;
    EditStack& m_undoStack;
    QList<CheckIn> m_dayEntries;

    QBoxLayout* m_monthLayout = nullptr;
    QGridLayout* m_buttons = nullptr;
    PainCalendar* m_calendar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_dayTitle = nullptr;
    IntensityStrip* m_scaleKey = nullptr;
    QLabel* m_legend = nullptr;
    QListWidget* m_entries = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_add = nullptr;
    CheckInEditor* m_editor = nullptr;
    UndoNotice* m_message = nullptr;
};

} // namespace painpace
