#include <gtest/gtest.h>
#include <libical/ical.h>

#include "pacing/icalendar.h"

using namespace painpace;

namespace {

PacingPlan walkingPlan() {
    PacingPlan plan;
    plan.uuid = QUuid::fromString(QStringLiteral("{0b4e1c2a-6a43-4b8e-9d2f-3a1c6e9b7d10}"));
    plan.activityName = QStringLiteral("Walking; by the river, slowly — über the bridge");
    plan.baseline = {BaselineMethod::BelowOnset, {12}};
    plan.startDate = QDate(2026, 11, 2); // a Monday
    plan.weekdays = {1, 4};
    plan.time = QTime(9, 30);
    plan.boutLimit = 5;
    plan.restMinutes = 2;
    return plan;
}

// libical's own parser reads the file back: the test of the format is a real reader's.
struct ParsedCalendar {
    explicit ParsedCalendar(const QByteArray& text)
        : root(icalparser_parse_string(text.constData())) {}
    ~ParsedCalendar() {
        if (root)
            icalcomponent_free(root);
    }
    QList<icalcomponent*> events() const {
        QList<icalcomponent*> found;
        for (icalcomponent* event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
             event; event = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT))
            found.append(event);
        return found;
    }
    icalcomponent* root;
};

} // namespace

TEST(ICalendar, ARealParserReadsEverySessionBack) {
    const PacingPlan plan = walkingPlan();
    const QList<CalendarSession> sessions = calendarSessions(plan, 12, QDate(2026, 11, 5), 2);
    // Thursday 5, Monday 9, Thursday 12, Monday 16 (two weeks from Thursday 5).
    ASSERT_EQ(sessions.size(), 4);
    const QByteArray text =
        toICalendar(sessions, QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC));
    for (const QByteArray& line : text.split('\n'))
        EXPECT_LE(line.size(), 76) << line.constData(); // 75 octets and the CR

    ParsedCalendar calendar(text);
    ASSERT_NE(calendar.root, nullptr);
    EXPECT_EQ(icalcomponent_count_errors(calendar.root), 0);
    const QList<icalcomponent*> events = calendar.events();
    ASSERT_EQ(events.size(), 4);
    icalcomponent* first = events.first();
    const icaltimetype start = icalcomponent_get_dtstart(first);
    EXPECT_EQ(start.year, 2026);
    EXPECT_EQ(start.month, 11);
    EXPECT_EQ(start.day, 5);
    EXPECT_EQ(start.hour, 9);
    EXPECT_EQ(start.minute, 30);
    EXPECT_TRUE(start.zone == nullptr); // floating: the person's local time
    // 12 minutes in 3 bouts of 4 with 2 rests of 2 minutes: 16 minutes.
    EXPECT_EQ(icaldurationtype_as_int(icalcomponent_get_duration(first)), 16 * 60);
    EXPECT_EQ(QString::fromUtf8(icalcomponent_get_summary(first)),
              QStringLiteral("Walking; by the river, slowly — über the bridge: 12 min in 3 bouts "
                             "(4 min, 4 min, 4 min), 2 min rest between"));
    EXPECT_EQ(QString::fromUtf8(icalcomponent_get_uid(events[1])),
              QStringLiteral("0b4e1c2a-6a43-4b8e-9d2f-3a1c6e9b7d10-20261109@painpace"));
    EXPECT_TRUE(QString::fromUtf8(icalcomponent_get_description(first))
                    .startsWith(QStringLiteral("Paced session from PainPace.")));
}

TEST(ICalendar, CountedSessionsGetAHalfHourSlot) {
    PacingPlan plan = walkingPlan();
    plan.unit = AmountUnit::Laps;
    plan.boutLimit.reset();
    const QList<CalendarSession> sessions = calendarSessions(plan, 6, QDate(2026, 11, 2), 1);
    ASSERT_EQ(sessions.size(), 2);
    EXPECT_EQ(sessions[0].durationMinutes, 30);
    EXPECT_TRUE(sessions[0].summary.endsWith(QStringLiteral(": 6 laps")));
}
