#pragma once

#include <QHash>
#include <QWidget>

#include "diary/catalogueitems.h"
#include "diary/therapyuse.h"

class QListWidget;
class QTableWidget;

namespace painpace {

// Therapies taken with a check-in: tick them in the catalogue list (one click, the usual dose
// and minutes filled in), then adjust dose, unit, minutes and time taken as separate fields.
class TherapyUseTable : public QWidget {
    Q_OBJECT
public:
    explicit TherapyUseTable(QWidget* parent = nullptr);

    void setCatalogue(const QList<TherapyDefinition>& therapies);
    // The uses shown; times are read on `day` in local time.
    QList<TherapyUse> uses(const QDate& day) const;
    void setUses(const QList<TherapyUse>& uses);
    void clear() { setUses({}); }
    // Nothing ticked and no detail rows: clearing such a table (after every save) does nothing.
    bool isEmpty() const;
    QListWidget* checklist() const { return m_checklist; }
    QTableWidget* details() const { return m_details; }
    // The editor of one field ("dose", "unit", "duration", "takenAt") of a row.
    QWidget* cellFor(int row, const QString& field) const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void tickChanged(int row);
    void addDetailRow(const TherapyUse& use);
    int detailRowOf(const QString& code) const;
    // Measures the list's rows when its items or font change (fitChecklist), and lays them out
    // in as many columns as the width takes (fitChecklistHeight), so a wide form shows the
    // list at a glance instead of a column of 40 names.
    void fitChecklist();
    void fitChecklistHeight();
    void fitToContents();

    QHash<QString, TherapyDefinition> m_catalogue;
    QListWidget* m_checklist = nullptr;
    QTableWidget* m_details = nullptr;
    bool m_updating = false;
    int m_rowHeight = 0;
    int m_widestRow = 0;
};

} // namespace painpace
