#pragma once

#include <QWidget>

#include <optional>

#include "diary/checkin.h"

class QPushButton;

namespace painpace {

class CheckInDetailsForm;
class Database;
class PainScaleButtons;

// Edits one stored check-in: its pain and everything optional. Body-map marks stay as they
// were (they are edited on the map). It reports the before and after states; the owner stores them
// as one undoable step.
class CheckInEditor : public QWidget {
    Q_OBJECT
public:
    CheckInEditor(const Database& database, QWidget* parent = nullptr);

    void edit(const CheckIn& entry);
    PainScaleButtons* pain() const { return m_pain; }
    CheckInDetailsForm* details() const { return m_details; }
    QPushButton* saveButton() const { return m_save; }

signals:
    void editFinished(const painpace::CheckIn& before, const painpace::CheckIn& after);
    void cancelled();

private:
    void finish();

    std::optional<CheckIn> m_editing;
    PainScaleButtons* m_pain = nullptr;
    CheckInDetailsForm* m_details = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace painpace
