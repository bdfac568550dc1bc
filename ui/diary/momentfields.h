#pragma once

#include <QWidget>

#include "diary/diarymoment.h"

class QDateEdit;
class QTimeEdit;

namespace painpace {

// The date and time of a check-in, as the person reads them on their clock. Until a field is
// changed, moment() gives back exactly the moment shown, seconds and time zone included, so
// opening and saving an entry never moves it; a changed field moves the entry by the rules of
// diary/backfill.h.
class MomentFields : public QWidget {
    Q_OBJECT
public:
    explicit MomentFields(QWidget* parent = nullptr);

    void showMoment(const DiaryMoment& moment);
    DiaryMoment moment() const;
    // Either field differs from the moment shown.
    bool isChanged() const;

    QDateEdit* dateField() const { return m_date; }
    QTimeEdit* timeField() const { return m_time; }

signals:
    void changed();

private:
    DiaryMoment m_shown;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
};

} // namespace painpace
