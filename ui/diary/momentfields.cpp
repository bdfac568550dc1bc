#include "momentfields.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>

#include "common/timeformat.h"
#include "diary/backfill.h"

namespace painpace {

namespace {
// The locale's short date, with the year in full so "12/01/26" is never misread as another
// century or order.
QString dateFormat() {
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}
} // namespace

MomentFields::MomentFields(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&When:"), this);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFormat());
    m_date->setAccessibleName(tr("Date of the check-in"));
    m_time = new QTimeEdit(this);
    m_time->setDisplayFormat(shortTimeFormat());
    m_time->setAccessibleName(tr("Time of the check-in"));
    label->setBuddy(m_date);
    layout->addWidget(label);
    layout->addWidget(m_date);
    layout->addWidget(m_time);
    layout->addStretch();
    connect(m_date, &QDateEdit::dateChanged, this, &MomentFields::changed);
    connect(m_time, &QTimeEdit::timeChanged, this, &MomentFields::changed);
}

void MomentFields::showMoment(const DiaryMoment& moment) {
    m_shown = moment;
    const QSignalBlocker blockDate(m_date);
    const QSignalBlocker blockTime(m_time);
    // A diary holds what has happened: no day after today can be picked.
    m_date->setMaximumDate(std::max(QDate::currentDate(), moment.localDay));
    m_date->setDate(moment.localDay);
    m_time->setTime(minutesOnly(moment.localTime().time()));
}

bool MomentFields::isChanged() const {
    return m_date->date() != m_shown.localDay ||
           m_time->time() != minutesOnly(m_shown.localTime().time());
}

DiaryMoment MomentFields::moment() const {
    if (!isChanged())
        return m_shown;
    return movedMoment(m_shown, m_date->date(), m_time->time());
}

} // namespace painpace
