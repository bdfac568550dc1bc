#include "diarymoment.h"

namespace painpace {

DiaryMoment DiaryMoment::fromLocal(const QDateTime& local) {
    DiaryMoment moment;
    moment.utc = local.toUTC();
    moment.localDay = local.date();
    moment.utcOffsetMinutes = local.offsetFromUtc() / 60;
    return moment;
}

// The same moment fromLocal(QDateTime::currentDateTime()) gives, with half the conversions to
// local time: each asks the C library about the time zone, and the clock is read at every save
// (docs/architecture.md, "Speed"). The offset is the local clock read as UTC minus the instant.
DiaryMoment DiaryMoment::now() {
    DiaryMoment moment;
    moment.utc = QDateTime::currentDateTimeUtc();
    const QDateTime local = moment.utc.toLocalTime();
    moment.localDay = local.date();
    const QDateTime localClockAsUtc(local.date(), local.time(), Qt::UTC);
    moment.utcOffsetMinutes = static_cast<int>(moment.utc.secsTo(localClockAsUtc) / 60);
    return moment;
}

QDateTime DiaryMoment::localTime() const {
    return utc.toOffsetFromUtc(utcOffsetMinutes * 60);
}

} // namespace painpace
