#pragma once

#include <QWizard>

#include "diary/catalogueitems.h"
#include "trials/therapytrial.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QDateEdit;
class QDoubleSpinBox;
class QListWidget;
class QSpinBox;

namespace painpace {

// Sets up a trial: the therapy and what it is compared with, the outcome, the lengths, and the
// whole calendar before it starts. The seed is drawn once, so the calendar shown is the one kept.
class TrialWizard : public QWizard {
    Q_OBJECT
public:
    TrialWizard(const QList<TherapyDefinition>& therapies, QWidget* parent = nullptr);

    TherapyTrial trial() const;
    // The seed the calendar is drawn from: kept with a draft, so the calendar comes back too.
    quint64 seed() const { return m_seed; }
    void setSeed(quint64 seed);

    QComboBox* therapy() const { return m_therapy; }
    QButtonGroup* comparison() const { return m_comparison; }
    QComboBox* otherTherapy() const { return m_other; }
    QComboBox* outcome() const { return m_outcome; }
    QSpinBox* periodDays() const { return m_periodDays; }
    QSpinBox* cycles() const { return m_cycles; }
    QCheckBox* baseline() const { return m_baseline; }
    QListWidget* calendar() const { return m_calendar; }
    // What the therapy page says about trying a medicine or supplement; empty for the others.
    QString medicineCaution() const;

    void accept() override;

private:
    QWizardPage* createTherapyPage();
    QWizardPage* createOutcomePage();
    QWizardPage* createLengthPage();
    QWizardPage* createCalendarPage();
    void fillCalendar();
    void updateMedicineCaution();

    QList<TherapyDefinition> m_therapies;
    quint64 m_seed = 0;
    QComboBox* m_therapy = nullptr;
    QLabel* m_caution = nullptr;
    QButtonGroup* m_comparison = nullptr;
    QComboBox* m_other = nullptr;
    QComboBox* m_outcome = nullptr;
    QList<QCheckBox*> m_secondary;
    QDoubleSpinBox* m_meaningful = nullptr;
    QSpinBox* m_periodDays = nullptr;
    QSpinBox* m_cycles = nullptr;
    QCheckBox* m_baseline = nullptr;
    QDateEdit* m_start = nullptr;
    QListWidget* m_calendar = nullptr;
};

} // namespace painpace
