#pragma once

#include <QSpinBox>

namespace painpace {

// A duration in whole minutes shown as hours and minutes ("7 h 08 min"), so what is stored is
// exactly what is shown: an hours field with one decimal turned 428 minutes into 426 on a save
// nobody asked for. The minimum (-1) is "not answered" and shows as "—". It also reads "7:08",
// "7 h", "7.5" (hours) and "45 min" as typed.
class DurationSpinBox : public QSpinBox {
    Q_OBJECT
public:
    static constexpr int kUnanswered = -1;

    explicit DurationSpinBox(int maximumMinutes, QWidget* parent = nullptr);

    // Parses what a person may type; nullopt when it is no duration.
    static std::optional<int> minutesFromText(const QString& text);
    static QString textForMinutes(int minutes);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& position) const override;
};

} // namespace painpace
