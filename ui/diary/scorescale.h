#pragma once

#include <optional>

#include "common/choicerow.h"

namespace painpace {

// A 0-10 score that may stay unanswered: "—" then 0 to 10 side by side, so answering is one
// click (docs/architecture.md, "The full check-in"). With the focus on it, a digit key picks
// that number, T or + picks 10 (as on Today's pain scale), and Delete or Backspace takes the
// answer back.
class ScoreScale : public ChoiceRow {
    Q_OBJECT
public:
    // `question` names the buttons for screen readers ("Fatigue: 7 of 10").
    explicit ScoreScale(const QString& question, QWidget* parent = nullptr);

    std::optional<int> value() const;
    void setValue(std::optional<int> score);
    // The button for a score, or for "not answered" when `score` is empty.
    QAbstractButton* button(std::optional<int> score) const;

protected:
    int indexForKey(int key) const override;
};

} // namespace painpace
