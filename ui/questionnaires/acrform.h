#pragma once

#include <QHash>
#include <QWidget>

#include "questionnaires/acr2016.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace painpace {

// The ACR 2016 questions: where it hurt in the past week (pre-filled from the body map, for the
// person to confirm), the symptom severity items, and the live result.
class AcrForm : public QWidget {
    Q_OBJECT
public:
    explicit AcrForm(QWidget* parent = nullptr);

    // Ticks the areas marked on the body map; the form then counts as untouched.
    void prefill(const QList<WpiArea>& painfulAreas);
    Acr2016Answers answers() const;
    // Shows earlier answers (a draft kept after a crash).
    void setAnswers(const Acr2016Answers& answers);
    // Whether the person changed anything since the form was prefilled or saved.
    bool hasChanges() const { return answers() != m_untouched; }
    // What is shown now counts as untouched (it was just saved).
    void markUntouched() { m_untouched = answers(); }
    QString resultText() const;
    QCheckBox* areaBox(WpiArea area) const { return m_areas.value(static_cast<int>(area)); }
    QComboBox* fatigue() const { return m_fatigue; }
    QCheckBox* threeMonths() const { return m_threeMonths; }
    QPushButton* saveButton() const { return m_save; }

signals:
    void saveRequested();
    // An answer changed, by the person or by the form.
    void changed();

private:
    QWidget* buildAreas();
    QWidget* buildSymptoms();
    void updateResult();

    QHash<int, QCheckBox*> m_areas;
    QComboBox* m_fatigue = nullptr;
    QComboBox* m_unrefreshed = nullptr;
    QComboBox* m_cognitive = nullptr;
    QCheckBox* m_headaches = nullptr;
    QCheckBox* m_abdominal = nullptr;
    QCheckBox* m_depression = nullptr;
    QCheckBox* m_threeMonths = nullptr;
    QLabel* m_prefillNote = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_save = nullptr;
    Acr2016Answers m_untouched;
};

} // namespace painpace
