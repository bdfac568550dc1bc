#pragma once

#include <QList>
#include <QWidget>

#include "questionnaires/fiqr.h"

class QLabel;
class QPushButton;
class QSpinBox;

namespace painpace {

// The 21 FIQR questions (0-10, any may be left open) with the live score or, while it cannot be
// scored, what is still missing.
class FiqrForm : public QWidget {
    Q_OBJECT
public:
    explicit FiqrForm(QWidget* parent = nullptr);

    FiqrAnswers answers() const;
    // Shows earlier answers (a draft kept after a crash).
    void setAnswers(const FiqrAnswers& answers);
    void clear();
    // Whether any question is answered: the form starts with none.
    bool hasChanges() const { return answers() != FiqrAnswers{}; }
    QSpinBox* item(int index) const { return m_items.value(index); }
    QString resultText() const;
    QPushButton* saveButton() const { return m_save; }

signals:
    void saveRequested();
    // An answer changed.
    void changed();

private:
    QWidget* buildDomain(const QString& title, int first, int count);
    void updateResult();

    QList<QSpinBox*> m_items;
    QLabel* m_result = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace painpace
