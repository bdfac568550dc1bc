#pragma once

#include <QWidget>

#include "diary/painmark.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace painpace {

class PainScaleButtons;

// The small editor beside the map for the selected mark: intensity, quality, trigger point,
// referral and delete. It shows a mark and reports what the person chose; it stores nothing.
class MarkEditor : public QWidget {
    Q_OBJECT
public:
    explicit MarkEditor(QWidget* parent = nullptr);

    void showMark(const PainMark& mark);
    PainScaleButtons* intensity() const { return m_intensity; }
    QComboBox* quality() const { return m_quality; }
    QCheckBox* triggerPoint() const { return m_triggerPoint; }

signals:
    void intensityChosen(int intensity);
    void qualityChosen(painpace::PainQuality quality);
    void triggerPointChosen(bool triggerPoint);
    void referralCleared();
    void deleteRequested();

private:
    QLabel* m_region = nullptr;
    PainScaleButtons* m_intensity = nullptr;
    QComboBox* m_quality = nullptr;
    QCheckBox* m_triggerPoint = nullptr;
    QLabel* m_referral = nullptr;
    QPushButton* m_clearReferral = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace painpace
