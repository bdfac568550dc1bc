#pragma once

#include <QWidget>

#include <optional>

#include "diary/checkin.h"
#include "diary/entryfilter.h"
#include "edit/unsavedinput.h"

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace painpace {

class UndoNotice;

class EditStack;

class CheckInEditor;
class CheckInListModel;
class Database;

// Every entry in a list, with search in notes and filters by trigger, therapy, body region,
// flare and pain range; entries can be edited, duplicated or deleted, all undoable.
class EntriesView : public QWidget, public UnsavedInput {
    Q_OBJECT
public:
    EntriesView(const Database& database, EditStack& undoStack, QWidget* parent = nullptr);

    QString unsavedInputName() const override;
    bool saveUnsavedInput() override;
    void discardUnsavedInput() override;
    void showUnsavedInput() override;

    QLineEdit* search() const { return m_search; }
    QComboBox* triggerFilter() const { return m_trigger; }
    QComboBox* therapyFilter() const { return m_therapy; }
    QComboBox* regionFilter() const { return m_region; }
    QCheckBox* flareFilter() const { return m_flare; }
    QSpinBox* minPain() const { return m_minPain; }
    QSpinBox* maxPain() const { return m_maxPain; }
    QTableView* table() const { return m_table; }
    UndoNotice* notice() const { return m_notice; }
    QString countText() const;
    CheckInListModel* model() const { return m_model; }
    CheckInEditor* editor() const { return m_editor; }
    EntryFilter filter() const;
    void editSelected();
    void duplicateSelected();
    void deleteSelected();

public slots:
    void refresh();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrangeFilters(bool twoRows);
    QWidget* buildFilters();
    void fillFilterChoices();
    std::optional<CheckIn> selected() const;
    void showChangedEntry(const QUuid& uuid);
    void showCount();
    void showRemovedEntry(const QUuid& uuid);

    const Database& m_database;
    EditStack& m_undoStack;
    QLineEdit* m_search = nullptr;
    QComboBox* m_trigger = nullptr;
    QComboBox* m_therapy = nullptr;
    QComboBox* m_region = nullptr;
    QCheckBox* m_flare = nullptr;
    QSpinBox* m_minPain = nullptr;
    QSpinBox* m_maxPain = nullptr;
    QWidget* m_painRange = nullptr;
    QGridLayout* m_filterGrid = nullptr;
    bool m_filtersInTwoRows = false;
    QStackedWidget* m_pages = nullptr;
    QTableView* m_table = nullptr;
    CheckInListModel* m_model = nullptr;
    CheckInEditor* m_editor = nullptr;
    QLabel* m_count = nullptr;
    UndoNotice* m_notice = nullptr;
};

} // namespace painpace
