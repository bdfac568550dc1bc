#include <QHash>
#include <QSet>

#include <gtest/gtest.h>

#include "bodymap/bodymapgeometry.h"
#include "demo/demodiary.h"
#include "demo/demopacing.h"
#include "diary/builtincatalogue.h"
#include "diary/checkinvalidator.h"
#include "support/qtprinters.h"

using namespace painpace;

namespace {

DemoOptions threeYears(quint64 seed = 7) {
    DemoOptions options;
    options.years = 3;
    options.lastDay = QDate(2026, 6, 30);
    options.seed = seed;
    return options;
}

const QList<CheckIn>& sharedDiary() {
    static const QList<CheckIn> diary = generateDemoDiary(threeYears());
    return diary;
}

double mean(const QList<int>& values) {
    double sum = 0;
    for (int v : values)
        sum += v;
    return values.isEmpty() ? 0.0 : sum / values.size();
}

// The first check-in of each day, by day.
QHash<QDate, const CheckIn*> morningsByDay(const QList<CheckIn>& diary) {
    QHash<QDate, const CheckIn*> mornings;
    for (const CheckIn& entry : diary) {
        if (!mornings.contains(entry.moment.localDay))
            mornings.insert(entry.moment.localDay, &entry);
    }
    return mornings;
}

} // namespace

TEST(DemoDiary, TheSameSeedGivesTheSameDiaryAndAnotherSeedAnother) {
    EXPECT_EQ(generateDemoDiary(threeYears()), sharedDiary());
    EXPECT_NE(generateDemoDiary(threeYears(8)), sharedDiary());
}

TEST(DemoDiary, EveryEntryPassesValidationAndUsesCatalogueCodes) {
    QSet<QString> triggers;
    for (const auto& trigger : builtInTriggers())
        triggers.insert(trigger.code);
    QSet<QString> therapies;
    for (const auto& therapy : builtInTherapies())
        therapies.insert(therapy.code);
    for (const CheckIn& entry : sharedDiary()) {
        ASSERT_TRUE(validateCheckIn(entry).isEmpty())
            << entry.moment.localDay.toString(Qt::ISODate).toStdString();
        for (const auto& rating : entry.triggers)
            EXPECT_TRUE(triggers.contains(rating.triggerCode));
        for (const auto& use : entry.therapies)
            EXPECT_TRUE(therapies.contains(use.therapyCode));
    }
}

TEST(DemoDiary, CoversTheYearsAskedWithGapsAndSometimesTwoCheckInsADay) {
    const auto mornings = morningsByDay(sharedDiary());
    const QDate first = QDate(2026, 6, 30).addYears(-3).addDays(1);
    const qint64 calendarDays = first.daysTo(QDate(2026, 6, 30)) + 1;
    EXPECT_GT(mornings.size(), calendarDays * 80 / 100); // most days are logged
    EXPECT_LT(mornings.size(), calendarDays);            // but not all
    const double perDay = static_cast<double>(sharedDiary().size()) / mornings.size();
    EXPECT_GT(perDay, 1.2);
    EXPECT_LT(perDay, 1.7);
    for (const CheckIn& entry : sharedDiary()) {
        EXPECT_GE(entry.moment.localDay, first);
        EXPECT_LE(entry.moment.localDay, QDate(2026, 6, 30));
    }
}

TEST(DemoDiary, SpasmsClusterInTheTrapeziusAndLumbarRegions) {
    int spasms = 0;
    int clustered = 0;
    for (const CheckIn& entry : sharedDiary()) {
        for (const SpasmEvent& spasm : entry.spasms) {
            if (spasm.kind != SpasmKind::Spasm)
                continue;
            ++spasms;
            if (spasm.regionCode.contains(QLatin1String("trapezius")) ||
                spasm.regionCode.contains(QLatin1String("lumbar")))
                ++clustered;
        }
    }
    ASSERT_GT(spasms, 100);
    EXPECT_GT(clustered, spasms * 70 / 100);
}

TEST(DemoDiary, PoorSleepRaisesNextDayPain) {
    const auto mornings = morningsByDay(sharedDiary());
    QList<int> afterPoorSleep;
    QList<int> afterGoodSleep;
    // A morning entry records the night just slept and the pain of the day after it.
    for (const CheckIn* morning : mornings) {
        if (!morning->sleepQuality || morning->flare)
            continue;
        if (*morning->sleepQuality <= 3)
            afterPoorSleep << morning->pain;
        else if (*morning->sleepQuality >= 7)
            afterGoodSleep << morning->pain;
    }
    ASSERT_GT(afterPoorSleep.size(), 30);
    ASSERT_GT(afterGoodSleep.size(), 30);
    EXPECT_GT(mean(afterPoorSleep) - mean(afterGoodSleep), 0.5);
}

TEST(DemoDiary, FlaresFollowOverexertionWithinThreeDays) {
    const auto mornings = morningsByDay(sharedDiary());
    QHash<QDate, bool> flareDays;
    for (const CheckIn& entry : sharedDiary())
        flareDays[entry.moment.localDay] = flareDays.value(entry.moment.localDay) || entry.flare;
    int overexertions = 0;
    int followedByFlare = 0;
    for (const CheckIn* morning : mornings) {
        const bool overexerted =
            std::any_of(morning->triggers.begin(), morning->triggers.end(),
                        [](const TriggerRating& r) { return r.triggerCode == u"overexertion"; });
        if (!overexerted)
            continue;
        ++overexertions;
        const QDate day = morning->moment.localDay;
        if (flareDays.value(day.addDays(1)) || flareDays.value(day.addDays(2)) ||
            flareDays.value(day.addDays(3)))
            ++followedByFlare;
    }
    ASSERT_GT(overexertions, 20);
    EXPECT_GT(followedByFlare, overexertions * 75 / 100);
}

TEST(DemoDiary, WintersHurtMoreThanSummers) {
    QList<int> january;
    QList<int> july;
    for (const CheckIn& entry : sharedDiary()) {
        if (entry.moment.localDay.month() == 1)
            january << entry.pain;
        else if (entry.moment.localDay.month() == 7)
            july << entry.pain;
    }
    EXPECT_GT(mean(january) - mean(july), 0.8);
}

TEST(DemoDiary, EveryMarkLiesInsideTheRegionItNames) {
    const auto& geometry = BodyMapGeometry::forView(BodyView::Back);
    for (const CheckIn& entry : sharedDiary()) {
        for (const PainMark& mark : entry.marks)
            ASSERT_EQ(geometry.regionAt(mark.point), mark.regionCode);
    }
}

TEST(DemoPacing, APlanOfEightWeeksWithValidSessionsOnPlannedDays) {
    DemoOptions options;
    options.lastDay = QDate(2026, 11, 22);
    const DemoPacing demo = generateDemoPacing(options);
    EXPECT_NO_THROW(validatePacingPlan(demo.plan));
    EXPECT_EQ(demo.plan.startDate, QDate(2026, 9, 21)); // the Monday of 8 weeks before
    ASSERT_GT(demo.sessions.size(), 15);
    int overPlan = 0;
    for (PacingSession session : demo.sessions) {
        session.planId = 1;
        EXPECT_NO_THROW(validatePacingSession(session));
        EXPECT_TRUE(isPlannedDay(demo.plan, session.plannedDay));
        EXPECT_LT(session.plannedDay, options.lastDay);
        if (session.doneAmount > session.plannedAmount)
            ++overPlan;
    }
    EXPECT_LT(overPlan, demo.sessions.size() / 4);                  // boom days are the exception
    EXPECT_EQ(generateDemoPacing(options).sessions, demo.sessions); // the same every time
}
