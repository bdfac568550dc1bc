#include <QAbstractButton>
#include <QCheckBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <random>

#include "demo/demopacing.h"
#include "diary/checkindetailsform.h"
#include "diary/checkineditor.h"
#include "edit/editstack.h"
#include "pacing/planwizard.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/pacingrepository.h"
#include "today/painscalebuttons.h"

using namespace painpace;

namespace {

// A demo diary of `years` in `dir`, and every entry it holds, oldest first.
std::unique_ptr<Database> demoDiary(const QTemporaryDir& dir, int years) {
    auto database = Database::openFile(dir.filePath(QStringLiteral("demo.sqlite")));
    DemoOptions options;
    options.years = years;
    writeDemoDiary(*database, options);
    return database;
}

QList<CheckIn> everyEntry(const Database& database) {
    return CheckInRepository(database).between(QDate(1900, 1, 1), QDate(2199, 12, 31));
}

} // namespace

// Every entry of the 10-year demo diary, opened in the editor and saved without a change, is
// stored exactly as it was, and the editor does not take it for changed (an editor that rounded
// what it showed turned 428 minutes of sleep into 426).
TEST(CheckInEditorRoundTrip, EveryDemoEntryOpensAndSavesUnchanged) {
    QTemporaryDir dir;
    const auto database = demoDiary(dir, 10);
    EditStack stack;
    CheckInEditor editor(*database, stack, QStringLiteral("round-trip"));
    CheckInRepository repository(*database);
    const QList<CheckIn> entries = everyEntry(*database);
    ASSERT_GT(entries.size(), 4000);
    int changed = 0;
    int painChanges = 0;
    for (const CheckIn& entry : entries) {
        editor.edit(entry);
        if (editor.hasUnsavedChanges()) {
            if (++changed <= 3)
                ADD_FAILURE() << "the entry of "
                              << entry.moment.localDay.toString(Qt::ISODate).toStdString()
                              << " looks changed right after it was opened";
            continue;
        }
        if (entry.moment.localDay.dayOfYear() % 50 != 0) {
            ASSERT_TRUE(editor.save());
            continue;
        }
        // Now and then one field changes: only that field may differ afterwards.
        const int pain = (entry.pain + 1) % 11;
        QTest::mouseClick(editor.pain()->button(pain), Qt::LeftButton);
        ASSERT_TRUE(editor.save());
        CheckIn expected = entry;
        expected.pain = pain;
        EXPECT_EQ(*repository.findByUuid(entry.uuid), expected);
        ++painChanges;
    }
    EXPECT_EQ(changed, 0);
    EXPECT_GT(painChanges, 50);
    EXPECT_EQ(stack.count(), painChanges); // only the changed ones were written back
    while (stack.canUndo())
        stack.undo();
    EXPECT_EQ(everyEntry(*database), entries);
}

namespace {

// A valid plan with every field drawn at random, at the edges of its range now and then.
PacingPlan randomPlan(std::mt19937& random) {
    auto pick = [&](int low, int high) {
        return low + int(random() % std::uint32_t(high - low + 1));
    };
    auto edge = [&](int low, int high) {
        const int roll = pick(0, 9);
        return roll == 0 ? low : roll == 1 ? high : pick(low, high);
    };
    PacingPlan plan;
    const QList<PacingActivity>& activities = builtInPacingActivities();
    if (pick(0, 3) == 0) {
        plan.activityCode = QStringLiteral("own");
        plan.activityName = QStringLiteral("Own activity %1").arg(pick(1, 999));
    } else {
        const PacingActivity& activity = activities[pick(0, int(activities.size()) - 1)];
        plan.activityCode = activity.code;
        plan.activityName = activity.name;
    }
    plan.unit = static_cast<AmountUnit>(pick(0, 3));
    plan.baseline.method = static_cast<BaselineMethod>(pick(0, 2));
    const int values = plan.baseline.method == BaselineMethod::Measured        ? 3
                       : plan.baseline.method == BaselineMethod::GoodDayBadDay ? 2
                                                                               : 1;
    for (int i = 0; i < values; ++i)
        plan.baseline.values << edge(1, 100000);
    plan.weeklyIncreasePercent = edge(kMinimumWeeklyIncrease, kMaximumWeeklyIncrease);
    plan.startDate = QDate(2020, 1, 1).addDays(pick(0, 3000));
    for (int day = 1; day <= 7; ++day)
        if (pick(0, 1) == 1 || (day == 7 && plan.weekdays.isEmpty()))
            plan.weekdays << day;
    plan.time = QTime(edge(0, 23), edge(0, 59));
    if (pick(0, 1) == 1)
        plan.boutLimit = edge(unitStep(plan.unit), 100000);
    plan.restMinutes = edge(0, 60);
    return plan;
}

} // namespace

// The plan wizard opened on a stored plan and finished without a change gives back exactly that
// plan: the demo diary's plans and 300 seeded random ones with values at the edges.
TEST(PlanWizardRoundTrip, EveryPlanOpensAndFinishesUnchanged) {
    QTemporaryDir dir;
    const auto database = demoDiary(dir, 1);
    std::mt19937 random(20261202);
    for (int i = 0; i < 300; ++i) {
        PacingPlan plan = randomPlan(random);
        validatePacingPlan(plan);
        PacingRepository(*database).savePlan(plan);
    }
    const QList<PacingPlan> plans = PacingRepository(*database).plans(true);
    ASSERT_GT(plans.size(), 300);
    int changed = 0;
    for (const PacingPlan& stored : plans) {
        PlanWizard wizard;
        wizard.setPlan(stored);
        if (wizard.plan() != stored && ++changed <= 3) {
            const PacingPlan shown = wizard.plan();
            ADD_FAILURE() << "plan " << stored.activityName.toStdString() << " came back changed:"
                          << " code " << shown.activityCode.toStdString() << " name "
                          << shown.activityName.toStdString() << " unit " << int(shown.unit)
                          << " increase " << shown.weeklyIncreasePercent << " time "
                          << shown.time.toString().toStdString() << " bout "
                          << shown.boutLimit.value_or(-1) << " rest " << shown.restMinutes;
        }
        // Then one field changes in the wizard: only that field may differ.
        PacingPlan expected = stored;
        expected.weeklyIncreasePercent = stored.weeklyIncreasePercent == kMaximumWeeklyIncrease
                                             ? kMinimumWeeklyIncrease
                                             : stored.weeklyIncreasePercent + 1;
        wizard.weeklyIncrease()->setValue(expected.weeklyIncreasePercent);
        EXPECT_EQ(wizard.plan(), expected) << stored.activityName.toStdString();
        // And one weekday more or less (a plan keeps at least one).
        const int day =
            stored.weekdays.size() > 1 ? stored.weekdays.first() : stored.weekdays.first() % 7 + 1;
        const bool adding = !stored.weekdays.contains(day);
        wizard.weekday(day)->setChecked(adding);
        if (adding)
            expected.weekdays.append(day);
        else
            expected.weekdays.removeOne(day);
        std::sort(expected.weekdays.begin(), expected.weekdays.end());
        EXPECT_EQ(wizard.plan(), expected) << stored.activityName.toStdString();
    }
    EXPECT_EQ(changed, 0);
}

// "Same routine as last time" copies exactly the triggers and the therapies with their doses,
// units and minutes (the times are the new day's to set), and nothing else: every entry of a
// demo year as the previous check-in.
TEST(SameRoutineRoundTrip, TheRoutineOfEveryDemoEntryIsCopiedExactly) {
    QTemporaryDir dir;
    const auto database = demoDiary(dir, 1);
    EditStack stack;
    CheckInDetailsForm form(*database, stack);
    const QList<CheckIn> entries = everyEntry(*database);
    ASSERT_GT(entries.size(), 300);
    int withRoutine = 0;
    for (const CheckIn& previous : entries) {
        form.clear();
        form.copyRoutine(previous);
        CheckIn copied;
        form.fillIn(copied);
        CheckIn expected;
        expected.triggers = previous.triggers;
        expected.therapies = previous.therapies;
        for (TherapyUse& use : expected.therapies)
            use.takenAtUtc.reset();
        sortUnorderedLists(copied);
        sortUnorderedLists(expected);
        ASSERT_EQ(copied, expected) << previous.moment.localDay.toString(Qt::ISODate).toStdString();
        withRoutine += previous.triggers.isEmpty() && previous.therapies.isEmpty() ? 0 : 1;
    }
    EXPECT_GT(withRoutine, 200);
}
