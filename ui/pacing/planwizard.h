#pragma once

#include <QWizard>

#include "pacing/pacingplan.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTimeEdit;

namespace painpace {

// A guided plan editor: the activity, how its baseline is found, when and how it grows, and a
// preview of the first weeks. The plan is checked by the core before the wizard closes.
class PlanWizard : public QWizard {
    Q_OBJECT
public:
    explicit PlanWizard(QWidget* parent = nullptr);

    void setPlan(const PacingPlan& plan);
    // The plan as entered (its id and uuid kept from setPlan).
    PacingPlan plan() const;

    // For tests and keyboard users: the widgets of each step.
    QComboBox* activityChoice() const { return m_activity; }
    QLineEdit* ownName() const { return m_ownName; }
    QButtonGroup* baselineMethods() const { return m_methods; }
    QDoubleSpinBox* baselineValue(int index) const { return m_values[index]; }
    QLabel* baselineResult() const { return m_baselineResult; }
    QCheckBox* weekday(int day) const { return m_weekdays[day - 1]; }
    QSpinBox* weeklyIncrease() const { return m_increase; }
    QCheckBox* splitBouts() const { return m_splitBouts; }
    QSpinBox* boutLimit() const { return m_boutLimit; }
    QTableWidget* preview() const { return m_preview; }

    void accept() override;

private:
    QWizardPage* createActivityPage();
    QWizardPage* createBaselinePage();
    QWizardPage* createSchedulePage();
    QWizardPage* createPreviewPage();
    void showBaselineInputs();
    void updateBaseline();
    void fillPreview();
    BaselineInputs baselineInputs() const;

    PacingPlan m_plan;
    QComboBox* m_activity = nullptr;
    QLineEdit* m_ownName = nullptr;
    QComboBox* m_unit = nullptr;
    QButtonGroup* m_methods = nullptr;
    QList<QDoubleSpinBox*> m_values;
    QList<QLabel*> m_valueLabels;
    QLabel* m_baselineResult = nullptr;
    QDateEdit* m_start = nullptr;
    QList<QCheckBox*> m_weekdays;
    QTimeEdit* m_time = nullptr;
    QSpinBox* m_increase = nullptr;
    QCheckBox* m_splitBouts = nullptr;
    QSpinBox* m_boutLimit = nullptr;
    QSpinBox* m_rest = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace painpace
