#include "diarymoment.h"

namespace painpace {

DiaryMoment DiaryMoment::fromLocal(const QDateTime& local) {
    DiaryMoment moment;
    moment.utc = local.toUTC();
    moment.localDay = local.date();
    moment.utcOffsetMinutes = local.offsetFromUtc() / 60;
    return moment;
}

DiaryMoment DiaryMoment::now() {
    return fromLocal(QDateTime::currentDateTime());
}

QDateTime DiaryMoment::localTime() const {
    return utc.toOffsetFromUtc(utcOffsetMinutes * 60);
}

} // namespace painpace
