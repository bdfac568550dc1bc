#pragma once

#include "diary/checkin.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace painpace {

class Database;

// Everything optional about a check-in besides the pain score: stiffness, fatigue, sleep,
// stress, mood, fog, flare, rated triggers, therapies taken, a note and warning signs. Every
// field may stay empty; nothing here is required.
class CheckInDetailsForm : public QWidget {
    Q_OBJECT
public:
    CheckInDetailsForm(const Database& database, QWidget* parent = nullptr);

    // Copies what the form holds into `entry` (everything but the moment and pain).
    void fillIn(CheckIn& entry) const;
    void clear();
    // Shows everything optional that `entry` holds, for editing it.
    void load(const CheckIn& entry);
    // "Same as last time": the triggers and therapies of `previous`.
    void copyRoutine(const CheckIn& previous);
    bool isEmpty() const;
    QList<RedFlag> redFlags() const;
    void reloadCatalogue();

    QSpinBox* fatigue() const { return m_fatigue; }
    QCheckBox* flare() const { return m_flare; }
    QComboBox* triggerLevel(const QString& code) const { return m_triggers.value(code); }
    QCheckBox* redFlagBox(RedFlag flag) const;
    QLabel* careAdviceLabel() const { return m_advice; }

signals:
    void changed();

private:
    QWidget* buildMeasures();
    QWidget* buildTriggers();
    QWidget* buildTherapies();
    QWidget* buildRedFlags();
    void updateAdvice();

    const Database& m_database;
    QSpinBox* m_stiffness = nullptr;
    QSpinBox* m_fatigue = nullptr;
    QSpinBox* m_stress = nullptr;
    QSpinBox* m_mood = nullptr;
    QDoubleSpinBox* m_sleepHours = nullptr;
    QSpinBox* m_sleepQuality = nullptr;
    QComboBox* m_fog = nullptr;
    QCheckBox* m_flare = nullptr;
    QWidget* m_triggerBox = nullptr;
    QHash<QString, QComboBox*> m_triggers;
    QListWidget* m_therapies = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QList<QCheckBox*> m_redFlagBoxes;
    QList<TherapyUse> m_loadedTherapies; // kept whole, so editing never changes a dose
    QLabel* m_advice = nullptr;
};

} // namespace painpace
