#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <gtest/gtest.h>
#include <random>

#include "demo/demopacing.h"
#include "diary/checkindetailsform.h"
#include "diary/checkineditor.h"
#include "diary/scorescale.h"
#include "diary/therapyusetable.h"
#include "edit/checkincomposition.h"
#include "edit/editstack.h"
#include "exchange/checkinjson.h"
#include "pacing/planwizard.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/pacingrepository.h"
#include "support/randomentries.h"
#include "today/painscalebuttons.h"
#include "today/todayview.h"

using namespace painpace;
using painpace::testing::RandomEntries;

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

// A diary holding `count` random entries at the edges of every range, as stored.
QList<CheckIn> storeRandomEntries(const Database& database, std::uint32_t seed, int count) {
    CheckInRepository repository(database);
    RandomEntries random(seed);
    for (int i = 0; i < count; ++i) {
        CheckIn entry = random.next();
        repository.save(entry);
    }
    return everyEntry(database);
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
// demo year and 100 random entries as the previous check-in.
TEST(SameRoutineRoundTrip, TheRoutineOfEveryDemoEntryIsCopiedExactly) {
    QTemporaryDir dir;
    const auto database = demoDiary(dir, 1);
    // And 100 random ones, with doses that have more decimals than the dose field shows.
    const QList<CheckIn> entries = storeRandomEntries(*database, 20261209, 100);
    EditStack stack;
    CheckInDetailsForm form(*database, stack);
    ASSERT_GT(entries.size(), 400);
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

namespace {

// A record as the diary's JSON export writes it, to compare and to show in a failure.
std::string checkInToJsonText(const CheckIn& entry) {
    return QJsonDocument(checkInToJson(entry)).toJson().toStdString();
}

// The fields of the JSON export in which two records differ, with both values, for a failure.
std::string differences(CheckIn stored, CheckIn shown) {
    sortUnorderedLists(stored);
    sortUnorderedLists(shown);
    const QJsonObject before = checkInToJson(stored);
    const QJsonObject after = checkInToJson(shown);
    std::string text;
    for (const QString& key : before.keys()) {
        if (before.value(key) == after.value(key))
            continue;
        const auto json = [](const QJsonValue& value) {
            return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).toStdString();
        };
        text += key.toStdString() + ": " + json(before.value(key)) + " became " +
                json(after.value(key)) + "\n";
    }
    return text;
}

// One field of an entry changed in the editor's widgets, as a person would change it, and the
// same change made to the expected record.
void changeOneField(CheckInEditor& editor, RandomEntries& random, CheckIn& expected) {
    CheckInDetailsForm* form = editor.details();
    switch (random.pick(0, 6)) {
    case 0: {
        expected.pain = (expected.pain + 1) % 11;
        QTest::mouseClick(editor.pain()->button(expected.pain), Qt::LeftButton);
        break;
    }
    case 1: {
        const int sleep = expected.sleep && expected.sleep->count < 600 ? 601 : 427;
        static_cast<QSpinBox*>(form->widgetFor(QStringLiteral("sleep")))->setValue(sleep);
        expected.sleep = Minutes{sleep};
        break;
    }
    case 2:
        static_cast<QPlainTextEdit*>(form->widgetFor(QStringLiteral("note")))
            ->setPlainText(QStringLiteral("Changed in the editor"));
        expected.note = QStringLiteral("Changed in the editor");
        break;
    case 3:
        form->flare()->click();
        expected.flare = !expected.flare;
        break;
    case 4: {
        const int fatigue = expected.fatigue.value_or(0) == 5 ? 6 : 5;
        form->fatigue()->setValue(fatigue);
        expected.fatigue = fatigue;
        break;
    }
    case 5: {
        // The first therapy's time taken, a minute off, on the day it was shown for.
        if (expected.therapies.isEmpty() || !expected.therapies.first().takenAtUtc) {
            expected.flare = !expected.flare;
            form->flare()->click();
            break;
        }
        auto* field =
            form->therapies()->cellFor(0, QStringLiteral("takenAt"))->findChild<QTimeEdit*>();
        // As the arrow key does it: the minutes one up (or down from 59), the seconds never
        // shown, so the time stored is the minute chosen.
        const QDateTime shown = expected.therapies.first().takenAtUtc->toLocalTime();
        const int step = shown.time().minute() == 59 ? -1 : 1;
        field->setCurrentSection(QDateTimeEdit::MinuteSection);
        field->stepBy(step);
        const QTime chosen = QTime(shown.time().hour(), shown.time().minute()).addSecs(60 * step);
        expected.therapies.first().takenAtUtc = QDateTime(shown.date(), chosen).toUTC();
        break;
    }
    default:
        if (expected.therapies.isEmpty() || !expected.therapies.first().dose) {
            expected.pain = (expected.pain + 1) % 11;
            QTest::mouseClick(editor.pain()->button(expected.pain), Qt::LeftButton);
            break;
        }
        static_cast<QDoubleSpinBox*>(form->widgetFor(QStringLiteral("therapies[0].dose")))
            ->setValue(12.5);
        expected.therapies.first().dose = 12.5;
        break;
    }
}

} // namespace

// Entries at the edges of every range (seconds in the moment, offsets of ±14 hours, doses with
// more decimals than the dose field shows, notes with spaces around them, therapies taken the day
// before) open and save unchanged; then one field changed in the editor changes only that field.
TEST(CheckInEditorRoundTrip, RandomEntriesAtTheEdgesOpenAndSaveUnchanged) {
    QTemporaryDir dir;
    auto database = Database::openFile(dir.filePath(QStringLiteral("random.sqlite")));
    CheckInRepository repository(*database);
    const QList<CheckIn> entries = storeRandomEntries(*database, 20261203, 300);
    ASSERT_EQ(entries.size(), 300);
    RandomEntries random(11);
    EditStack stack;
    CheckInEditor editor(*database, stack, QStringLiteral("round-trip"));
    int changed = 0;
    for (const CheckIn& entry : entries) {
        editor.edit(entry);
        if (editor.hasUnsavedChanges()) {
            if (++changed <= 5)
                ADD_FAILURE() << "entry " << entry.uuid.toString().toStdString()
                              << " looks changed right after it was opened:\n"
                              << differences(entry, editor.pendingEntry());
            continue;
        }
        ASSERT_TRUE(editor.save());
        ASSERT_EQ(*repository.findByUuid(entry.uuid), entry);
        CheckIn expected = entry;
        editor.edit(entry);
        changeOneField(editor, random, expected);
        ASSERT_TRUE(editor.save());
        EXPECT_EQ(differences(expected, *repository.findByUuid(entry.uuid)), std::string());
    }
    EXPECT_EQ(changed, 0);
    // Undo and redo are exact too: every change taken back, then every change made again.
    const QList<CheckIn> edited = everyEntry(*database);
    while (stack.canUndo())
        stack.undo();
    EXPECT_EQ(everyEntry(*database), entries);
    while (stack.canRedo())
        stack.redo();
    EXPECT_EQ(everyEntry(*database), edited);
}

namespace {

// A record without what a save on Today gives it afresh: its row id and its moment.
CheckIn withoutMoment(CheckIn entry) {
    entry.id = 0;
    entry.moment = {};
    sortUnorderedLists(entry);
    return entry;
}

} // namespace

// What was entered on Today and kept as a draft comes back after a crash exactly, and is saved
// exactly: random entries at the edges, marks included, each kept by one window and saved by the
// next.
TEST(TodayDraftRoundTrip, EveryDraftComesBackAndIsSavedAsEntered) {
    QTemporaryDir dir;
    auto database = Database::openFile(dir.filePath(QStringLiteral("random.sqlite")));
    RandomEntries random(20261204);
    EditStack stack;
    for (int i = 0; i < 60; ++i) {
        const CheckIn entered = random.next();
        {
            CheckInComposition composition;
            TodayView before(*database, stack, composition);
            composition.restore(entered.uuid, entered.marks);
            before.details()->load(entered);
            QTest::mouseClick(before.painScale()->button(entered.pain), Qt::LeftButton);
            before.storeDraft();
        } // closed without a save, as in a crash
        CheckInComposition composition;
        TodayView after(*database, stack, composition);
        ASSERT_TRUE(after.hasUnsavedInput());
        ASSERT_TRUE(after.saveInput());
        const auto stored = CheckInRepository(*database).findByUuid(entered.uuid);
        ASSERT_TRUE(stored);
        EXPECT_EQ(checkInToJsonText(withoutMoment(*stored)),
                  checkInToJsonText(withoutMoment(entered)));
    }
}

// Changes made in the check-in editor and kept as a draft (the focus left a field) come back in
// a new editor exactly, and saving stores exactly them.
TEST(CheckInEditorDraftRoundTrip, EveryChangeComesBackExactlyAfterACrash) {
    QTemporaryDir dir;
    auto database = Database::openFile(dir.filePath(QStringLiteral("random.sqlite")));
    const QList<CheckIn> entries = storeRandomEntries(*database, 20261205, 60);
    RandomEntries random(7);
    EditStack stack;
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* elsewhere = new QLineEdit(&window);
    layout->addWidget(elsewhere);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    for (const CheckIn& entry : entries) {
        CheckIn expected = entry;
        {
            auto* before = new CheckInEditor(*database, stack, QStringLiteral("editor"), &window);
            layout->addWidget(before);
            before->show();
            before->edit(entry);
            before->details()->widgetFor(QStringLiteral("note"))->setFocus();
            changeOneField(*before, random, expected);
            elsewhere->setFocus(); // leaving the editor keeps the draft at once
            delete before;         // and then the window goes, as in a crash
        }
        CheckInEditor after(*database, stack, QStringLiteral("editor"));
        ASSERT_TRUE(after.restoreDraft());
        EXPECT_EQ(differences(expected, after.pendingEntry()), std::string());
        ASSERT_TRUE(after.save());
        CheckIn stored = *CheckInRepository(*database).findByUuid(entry.uuid);
        EXPECT_EQ(differences(expected, stored), std::string());
    }
}
