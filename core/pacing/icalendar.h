#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "pacingplan.h"

namespace painpace {

// One planned session as a calendar event.
struct CalendarSession {
    QString uid;
    QDate day;
    QTime time;
    int durationMinutes = 0;
    QString summary;
    QString description;
};

// The planned sessions of a plan from `from` for `weeks` weeks at `amount` (the current level:
// later levels depend on how the weeks go, which the description says). Sessions in minutes last
// their bouts and rests; sessions counted in repetitions, steps or laps get a 30-minute slot.
QList<CalendarSession> calendarSessions(const PacingPlan& plan, int amount, const QDate& from,
                                        int weeks);

inline constexpr int kCountedSessionSlotMinutes = 30;

// An RFC 5545 iCalendar file (VCALENDAR with a VEVENT per session): CRLF line ends, text escaped,
// lines folded at 75 octets, times floating (the person's local time wherever they are).
QByteArray toICalendar(const QList<CalendarSession>& sessions, const QDateTime& stampUtc);

} // namespace painpace
