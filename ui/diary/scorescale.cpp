#include "scorescale.h"

namespace painpace {

namespace {

constexpr int kHighest = 10;

// Index 0 is "not answered"; the score n sits at index n + 1.
int indexOf(std::optional<int> score) {
    return score && *score >= 0 && *score <= kHighest ? *score + 1 : 0;
}

QStringList scoreLabels() {
    QStringList labels{QStringLiteral("—")};
    for (int score = 0; score <= kHighest; ++score)
        labels << QString::number(score);
    return labels;
}

QStringList spokenNames(const QString& question) {
    QStringList names{ScoreScale::tr("%1: not answered").arg(question)};
    for (int score = 0; score <= kHighest; ++score)
        names << ScoreScale::tr("%1: %2 of 10").arg(question).arg(score);
    return names;
}

} // namespace

ScoreScale::ScoreScale(const QString& question, QWidget* parent)
    : ChoiceRow(scoreLabels(), spokenNames(question), parent) {
    setMaximumWidth(12 * 34); // small buttons that still take a tired hand's click
}

std::optional<int> ScoreScale::value() const {
    return chosen() == 0 ? std::nullopt : std::optional<int>(chosen() - 1);
}

void ScoreScale::setValue(std::optional<int> score) {
    choose(indexOf(score));
}

QAbstractButton* ScoreScale::button(std::optional<int> score) const {
    return ChoiceRow::button(indexOf(score));
}

int ScoreScale::indexForKey(int key) const {
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return indexOf(key - Qt::Key_0);
    if (key == Qt::Key_T || key == Qt::Key_Plus)
        return indexOf(kHighest);
    if (key == Qt::Key_Delete || key == Qt::Key_Backspace)
        return indexOf(std::nullopt);
    return -1;
}

} // namespace painpace
