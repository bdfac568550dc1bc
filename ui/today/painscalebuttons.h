#pragma once

#include <QButtonGroup>
#include <QWidget>

#include <optional>

namespace painpace {

// Eleven large buttons for the 0-10 pain scale. One click (or one key, 0-9; "T" or "+" for 10)
// picks a number; arrow keys move between them.
class PainScaleButtons : public QWidget {
    Q_OBJECT
public:
    explicit PainScaleButtons(QWidget* parent = nullptr);

    std::optional<int> value() const;
    void setValue(std::optional<int> value);
    QAbstractButton* button(int score) const;
    // Smaller buttons for side panels; the default suits the Today view.
    void setCompact(bool compact);

signals:
    void valueChanged(int score);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QButtonGroup m_group;
};

// The NRS band of a score: none (0), mild (1-4), moderate (5-6), severe (7-10).
QString painBandName(int score);

} // namespace painpace
