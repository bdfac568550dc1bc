#pragma once

#include <QHash>
#include <QWidget>

#include <array>

#include "diary/checkin.h"
#include "diary/validationissue.h"

class QCheckBox;
class QGridLayout;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace painpace {

class EditStack;

class Database;
class DurationSpinBox;
class SpasmTable;
class TherapyUseTable;
class ScoreScale;
class TriggerLevelPicker;

// Everything optional about a check-in besides the pain score and body-map marks: stiffness,
// fatigue, sleep, stress, mood, fog, flare, rated triggers, therapies with their doses, spasms,
// a note and warning signs. Every
// field may stay empty; nothing here is required.
class CheckInDetailsForm : public QWidget {
    Q_OBJECT
public:
    CheckInDetailsForm(const Database& database, EditStack& edits, QWidget* parent = nullptr);

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
    // Lays the three groups (how you are, triggers, therapies) out for `width` pixels: side by
    // side when all three fit, the therapies under the other two when two fit, else stacked,
    // so nothing scrolls sideways (docs/design.md, "Width").
    void fitToWidth(int width);
    int columnCount() const { return m_columnCount; }
    static constexpr int kThreeColumnsFrom = 1320;
    static constexpr int kTwoColumnsFrom = 900;
    // Marks each field the core found wrong and puts its message beside it; clears old marks.
    void showIssues(const ValidationIssues& issues);
    QWidget* widgetFor(const QString& field) const;
    // The first field marked by showIssues, in the order the core listed them, for bringing it
    // into sight; null when nothing is marked.
    QWidget* firstMarkedField() const { return m_marked.value(0); }
    QString issueText() const;
    // Adds a person's own trigger or therapy to the catalogue (it appears next time too) and
    // selects it. Returns the reason when it cannot be added, empty on success.
    QString addOwnTrigger(const QString& name);
    QString addOwnTherapy(const QString& name);

    ScoreScale* fatigue() const { return m_fatigue; }
    QCheckBox* flare() const { return m_flare; }
    TriggerLevelPicker* triggerLevel(const QString& code) const { return m_triggers.value(code); }
    QCheckBox* redFlagBox(RedFlag flag) const;
    QLabel* careAdviceLabel() const { return m_advice; }
    TherapyUseTable* therapies() const { return m_therapies; }
    SpasmTable* spasms() const { return m_spasms; }

signals:
    void changed();

private:
    QWidget* buildMeasures();
    QWidget* buildTriggers();
    QWidget* buildTherapies();
    QWidget* buildRedFlags();
    QWidget* buildSpasms();
    void updateAdvice();
    void recheckIssues();
    void askForOwnItem(bool trigger);
    std::array<ScoreScale*, 4> scores() const {
        return {m_fatigue, m_sleepQuality, m_stress, m_mood};
    }

    const Database& m_database;
    EditStack& m_edits;
    QSpinBox* m_stiffness = nullptr;
    ScoreScale* m_fatigue = nullptr;
    ScoreScale* m_stress = nullptr;
    ScoreScale* m_mood = nullptr;
    DurationSpinBox* m_sleep = nullptr;
    ScoreScale* m_sleepQuality = nullptr;
    QComboBox* m_fog = nullptr;
    QCheckBox* m_flare = nullptr;
    QWidget* m_triggerBox = nullptr;
    QPushButton* m_addTrigger = nullptr;
    QHash<QString, TriggerLevelPicker*> m_triggers;
    TherapyUseTable* m_therapies = nullptr;
    SpasmTable* m_spasms = nullptr;
    QPlainTextEdit* m_note = nullptr;
    // The note as loaded and as its field showed it: an untouched note is stored exactly as it
    // was, spaces around it included (docs/architecture.md, "Editors keep exact values").
    QString m_loadedNote;
    QString m_shownNote;
    QList<QCheckBox*> m_redFlagBoxes;
    QLabel* m_advice = nullptr;
    QLabel* m_issues = nullptr;
    QGridLayout* m_columns = nullptr;
    QWidget* m_measuresGroup = nullptr;
    QWidget* m_triggersGroup = nullptr;
    QWidget* m_therapiesGroup = nullptr;
    int m_columnCount = 0;
    QGridLayout* m_redFlagGrid = nullptr;
    QList<QWidget*> m_marked;
};

} // namespace painpace
