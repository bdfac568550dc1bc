#pragma once

#include <QWidget>

namespace painpace {

// The pain scale as a key: eleven boxes from 0 to 10 in their colours, each with its number in
// the ink that reads on it. Shown beside anything tinted by intensityColor().
class IntensityStrip : public QWidget {
    Q_OBJECT
public:
    explicit IntensityStrip(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The box of `level` (0-10) in this widget's coordinates.
    QRect boxOf(int level) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int boxWidth() const;
};

} // namespace painpace
