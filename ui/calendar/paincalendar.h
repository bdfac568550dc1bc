#pragma once

#include <QCalendarWidget>
#include <QHash>

#include "diary/dailysummary.h"

namespace painpace {

// A month calendar whose days show their pain: the cell is tinted on the intensity scale and
// carries the mean pain as a number, with markers for flares (F), spasms (S + count), notes (✎)
// and warning signs (!).
class PainCalendar : public QCalendarWidget {
    Q_OBJECT
public:
    explicit PainCalendar(QWidget* parent = nullptr);

    void setSummaries(const QList<DailySummary>& summaries);
    const QHash<QDate, DailySummary>& summaries() const { return m_summaries; }
    // The text a day cell shows besides its date, e.g. "5.5 F S3 ✎".
    QString cellText(const QDate& day) const;
    // A mean pain as every cell and the legend write it: "6.0", "4.5".
    static QString painText(double meanPain);

protected:
    void changeEvent(QEvent* event) override;
    void paintCell(QPainter* painter, const QRect& rect, QDate date) const override;

private:
    void followPalette();
    void paintCareMark(QPainter* painter, const QRect& inner, CareUrgency care, const QColor& ink,
                       const QColor& ground) const;

    QHash<QDate, DailySummary> m_summaries;
};

} // namespace painpace
