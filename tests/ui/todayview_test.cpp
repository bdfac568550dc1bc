#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <random>

#include "common/timeformat.h"
#include "diary/checkindetailsform.h"
#include "diary/scorescale.h"
#include "diary/spasmtable.h"
#include "diary/therapyusetable.h"
#include "diary/triggerlevelpicker.h"
#include "edit/checkincomposition.h"
#include "edit/diaryedits.h"
#include "edit/draftkeeper.h"
#include "edit/editstack.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/draftrepository.h"
#include "support/localzone.h"
#include "support/sampleentries.h"
#include "support/screenshots.h"
#include "today/painscalebuttons.h"
#include "today/todayview.h"

using namespace painpace;
using painpace::testing::LocalZone;
using painpace::testing::minimalCheckIn;
using painpace::testing::momentOn;

class TodayViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_db = Database::openFile(m_dir.filePath(QStringLiteral("diary.sqlite")));
        m_view = std::make_unique<TodayView>(*m_db, m_undo, m_composition);
        m_view->resize(900, 520);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void TearDown() override {
        m_undo.clear(); // commands refer to the database
        m_view.reset();
    }
    int stored() const { return CheckInRepository(*m_db).count(); }

    QTemporaryDir m_dir;
    CheckInComposition m_composition;
    std::unique_ptr<Database> m_db;
    EditStack m_undo;
    std::unique_ptr<TodayView> m_view;
};

TEST_F(TodayViewTest, TwoClicksStoreACheckInWithThatPain) {
    EXPECT_FALSE(m_view->saveButton()->isEnabled()); // nothing to save before a number is picked
    QTest::mouseClick(m_view->painScale()->button(6), Qt::LeftButton); // interaction 1
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);           // interaction 2
    const QList<CheckIn> today =
        CheckInRepository(*m_db).between(QDate::currentDate(), QDate::currentDate());
    ASSERT_EQ(today.size(), 1);
    EXPECT_EQ(today[0].pain, 6);
    EXPECT_FALSE(m_view->painScale()->value()); // ready for the next check-in
}

TEST_F(TodayViewTest, TheKeyboardAloneStoresACheckIn) {
    m_view->painScale()->setFocus();
    QTest::keyClick(m_view->painScale(), Qt::Key_7);
    QTest::keyClick(m_view->saveButton(), Qt::Key_Space);
    const QList<CheckIn> today =
        CheckInRepository(*m_db).between(QDate::currentDate(), QDate::currentDate());
    ASSERT_EQ(today.size(), 1);
    EXPECT_EQ(today[0].pain, 7);
}

TEST_F(TodayViewTest, UndoRemovesTheCheckInAndRedoBringsItBack) {
    QTest::mouseClick(m_view->painScale()->button(4), Qt::LeftButton);
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    ASSERT_EQ(stored(), 1);
    const QUuid uuid =
        CheckInRepository(*m_db).between(QDate::currentDate(), QDate::currentDate())[0].uuid;
    m_undo.undo();
    EXPECT_EQ(stored(), 0);
    m_undo.redo();
    ASSERT_EQ(stored(), 1);
    EXPECT_EQ(CheckInRepository(*m_db).between(QDate::currentDate(), QDate::currentDate())[0].uuid,
              uuid);
}

TEST_F(TodayViewTest, TheTodayListFollowsTheDiary) {
    EXPECT_EQ(m_view->todaySummary(), QStringLiteral("Nothing logged today yet."));
    QTest::mouseClick(m_view->painScale()->button(3), Qt::LeftButton);
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(m_view->todaySummary().contains(QStringLiteral("pain 3")));
}

// After Undo the message no longer says "Saved": it says the check-in was taken back, and a Redo
// says it is saved again.
TEST_F(TodayViewTest, TheSavedMessageFollowsUndoAndRedo) {
    QTest::mouseClick(m_view->painScale()->button(3), Qt::LeftButton);
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    const CheckIn saved =
        CheckInRepository(*m_db).between(QDate::currentDate(), QDate::currentDate()).first();
    const QString at = shortTime(saved.moment.localTime().time());
    EXPECT_EQ(m_view->feedback(),
              QStringLiteral("Saved pain 3 at %1. Edit ▸ Undo takes it back.").arg(at));
    m_undo.undo();
    EXPECT_EQ(stored(), 0);
    const QString tookBack =
        QStringLiteral("Pain 3 at %1 is taken out of the diary. The Edit menu brings it back.")
            .arg(at);
    EXPECT_EQ(m_view->feedback(), tookBack);
    EXPECT_EQ(m_view->bottomFeedback(), tookBack);
    m_undo.redo();
    EXPECT_EQ(stored(), 1);
    EXPECT_EQ(m_view->feedback(),
              QStringLiteral("Saved pain 3 at %1. Edit ▸ Undo takes it back.").arg(at));
    // Behind another view too: the message is right when Today is shown again.
    m_view->hide();
    m_undo.undo();
    m_view->show();
    EXPECT_EQ(m_view->feedback(), tookBack);
    m_undo.redo();
    // Another entry's change leaves the message alone.
    CheckIn other = minimalCheckIn(5, QDate::currentDate().addDays(-1), 9);
    DiaryEdits(*m_db, m_undo).saveCheckIn(std::nullopt, other, QStringLiteral("add"));
    m_undo.undo();
    EXPECT_EQ(m_view->feedback(),
              QStringLiteral("Saved pain 3 at %1. Edit ▸ Undo takes it back.").arg(at));
}

TEST_F(TodayViewTest, ScreenshotsWithAPickedScoreInLightAndDark) {
    QTest::mouseClick(m_view->painScale()->button(5), Qt::LeftButton);
    {
        painpace::testing::ScopedAppPalette light(painpace::testing::lightPalette());
        EXPECT_FALSE(
            painpace::testing::saveScreenshot(*m_view, QStringLiteral("today-picked-light"))
                .isEmpty());
    }
    painpace::testing::ScopedAppPalette dark(painpace::testing::darkPalette());
    EXPECT_FALSE(
        painpace::testing::saveScreenshot(*m_view, QStringLiteral("today-picked-dark")).isEmpty());
}

TEST_F(TodayViewTest, TheFullCheckInEndsWithASaveBelowTheWarningSigns) {
    EXPECT_FALSE(m_view->bottomSaveButton()->isVisible()); // folded away with the details
    QTest::mouseClick(m_view->moreButton(), Qt::LeftButton);
    QApplication::processEvents(); // laid out, as the person sees it
    QPushButton* bottomSave = m_view->bottomSaveButton();
    ASSERT_TRUE(bottomSave->isVisible());
    EXPECT_FALSE(bottomSave->isEnabled());
    EXPECT_EQ(m_view->bottomFeedback(),
              QStringLiteral("Pick a number for your pain at the top, then save."));
    QCheckBox* lastSign = m_view->details()->redFlagBox(redFlagCatalogue().back().flag);
    ASSERT_NE(lastSign, nullptr);
    EXPECT_GT(bottomSave->mapTo(m_view.get(), QPoint(0, 0)).y(),
              lastSign->mapTo(m_view.get(), QPoint(0, lastSign->height())).y());

    QTest::mouseClick(m_view->painScale()->button(5), Qt::LeftButton);
    EXPECT_TRUE(bottomSave->isEnabled());
    EXPECT_EQ(m_view->bottomFeedback(), QStringLiteral("Pain 5 of 10: moderate"));
    m_view->details()->flare()->setChecked(true); // scrolled out of sight by now
    bottomSave->setFocus();
    QTest::mouseClick(bottomSave, Qt::LeftButton);
    ASSERT_EQ(stored(), 1);
    EXPECT_TRUE(
        CheckInRepository(*m_db).between(QDate::currentDate(), QDate::currentDate()).first().flare);
    EXPECT_TRUE(m_view->bottomFeedback().startsWith(QStringLiteral("Saved pain 5 at ")))
        << m_view->bottomFeedback().toStdString();
    EXPECT_EQ(m_view->bottomFeedback(), m_view->feedback());
    EXPECT_TRUE(m_view->painScale()->isAncestorOf(QApplication::focusWidget()) ||
                QApplication::focusWidget() == m_view->painScale());
    EXPECT_FALSE(bottomSave->isEnabled()); // ready for the next check-in
}

TEST_F(TodayViewTest, TherapiesHaveNoScrollBoxOfTheirOwnInsideThePage) {
    QTest::mouseClick(m_view->moreButton(), Qt::LeftButton);
    QApplication::processEvents();
    TherapyUseTable* therapies = m_view->details()->therapies();
    QListWidget* list = therapies->checklist();
    ASSERT_GT(list->count(), 20);
    EXPECT_EQ(list->verticalScrollBar()->maximum(), 0);
    const QRect last = list->visualItemRect(list->item(list->count() - 1));
    EXPECT_LE(last.bottom(), list->viewport()->height());
    for (int row : {0, 5, 11})
        list->item(row)->setCheckState(Qt::Checked);
    QApplication::processEvents();
    ASSERT_EQ(therapies->details()->rowCount(), 3);
    EXPECT_EQ(therapies->details()->verticalScrollBar()->maximum(), 0);
    EXPECT_GE(therapies->details()->viewport()->height(),
              therapies->details()->rowViewportPosition(2) + therapies->details()->rowHeight(2));
    list->item(5)->setCheckState(Qt::Unchecked);
    QApplication::processEvents();
    EXPECT_EQ(therapies->details()->rowCount(), 2);
    EXPECT_EQ(therapies->details()->verticalScrollBar()->maximum(), 0);
}

// Clearing the form after each save asks whether anything is ticked; the answer must follow
// every tick and untick.
TEST_F(TodayViewTest, ATickedTherapyIsUnsavedInputUntilItsTickGoes) {
    QTest::mouseClick(m_view->moreButton(), Qt::LeftButton);
    QApplication::processEvents();
    TherapyUseTable* therapies = m_view->details()->therapies();
    QListWidget* list = therapies->checklist();
    EXPECT_TRUE(therapies->isEmpty());
    list->item(4)->setCheckState(Qt::Checked);
    EXPECT_FALSE(therapies->isEmpty());
    EXPECT_TRUE(m_view->hasUnsavedInput());
    list->item(9)->setCheckState(Qt::Checked);
    list->item(4)->setCheckState(Qt::Unchecked);
    EXPECT_FALSE(therapies->isEmpty());
    list->item(9)->setCheckState(Qt::Unchecked);
    EXPECT_TRUE(therapies->isEmpty());
    EXPECT_FALSE(m_view->hasUnsavedInput());
    // A use of a therapy the catalogue does not have ticks nothing and adds no row.
    TherapyUse unknown;
    unknown.therapyCode = QStringLiteral("not-in-the-catalogue");
    therapies->setUses({unknown});
    EXPECT_TRUE(therapies->isEmpty());
    EXPECT_EQ(therapies->details()->rowCount(), 0);
}

TEST_F(TodayViewTest, AddSpasmBringsItsWhereFieldIntoViewWithNoScrollBoxOfItsOwn) {
    QTest::mouseClick(m_view->moreButton(), Qt::LeftButton);
    QApplication::processEvents();
    SpasmTable* spasms = m_view->details()->spasms();
    QPushButton* add = nullptr;
    for (QPushButton* button : spasms->findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Add spasm"))
            add = button;
    }
    ASSERT_NE(add, nullptr);
    for (int i = 0; i < 4; ++i) {
        add->click();
        QApplication::processEvents();
        QWidget* where = spasms->cellFor(i, QStringLiteral("region"));
        ASSERT_NE(where, nullptr);
        EXPECT_TRUE(where->hasFocus());
        // Once the taller table is laid out (a moment later), the page shows the new field.
        EXPECT_TRUE(QTest::qWaitFor([&] { return !where->visibleRegion().isEmpty(); }, 1000))
            << "row " << i << " is out of sight";
    }
    EXPECT_EQ(spasms->table()->verticalScrollBar()->maximum(), 0);
}

TEST_F(TodayViewTest, OptionalDetailsAreSavedWithThePain) {
    QTest::mouseClick(m_view->moreButton(), Qt::LeftButton);
    ASSERT_TRUE(m_view->details()->isVisible());
    m_view->details()->fatigue()->setValue(7);
    m_view->details()->flare()->setChecked(true);
    TriggerLevelPicker* weather =
        m_view->details()->triggerLevel(QStringLiteral("cold_damp_weather"));
    ASSERT_NE(weather, nullptr);
    QApplication::processEvents(); // laid out, as the person sees it
    QTest::mouseClick(weather->button(TriggerLevel::ALot), Qt::LeftButton); // one click
    QTest::mouseClick(m_view->painScale()->button(6), Qt::LeftButton);
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    const QList<CheckIn> today =
        CheckInRepository(*m_db).between(QDate::currentDate(), QDate::currentDate());
    ASSERT_EQ(today.size(), 1);
    EXPECT_EQ(today[0].fatigue, 7);
    EXPECT_TRUE(today[0].flare);
    EXPECT_EQ(today[0].triggers,
              (QList<TriggerRating>{{QStringLiteral("cold_damp_weather"), TriggerLevel::ALot}}));
    EXPECT_FALSE(today[0].sleep);              // untouched fields stay empty
    EXPECT_TRUE(m_view->details()->isEmpty()); // the form is ready for the next check-in
}

TEST_F(TodayViewTest, SameRoutineAsLastTimeCopiesTriggersAndTherapies) {
    CheckIn earlier;
    earlier.moment = DiaryMoment::fromLocal(QDateTime::currentDateTime().addDays(-1));
    earlier.pain = 4;
    earlier.triggers = {{QStringLiteral("long_sitting"), TriggerLevel::ALittle}};
    earlier.therapies = {
        {QStringLiteral("magnesium"), 300.0, QStringLiteral("mg"), std::nullopt, std::nullopt}};
    CheckInRepository(*m_db).save(earlier);
    QTest::mouseClick(m_view->sameAsLastTimeButton(), Qt::LeftButton);
    QTest::keyClick(m_view->painScale(), Qt::Key_5);
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    const QList<CheckIn> today =
        CheckInRepository(*m_db).between(QDate::currentDate(), QDate::currentDate());
    ASSERT_EQ(today.size(), 1);
    EXPECT_EQ(today[0].triggers, earlier.triggers);
    ASSERT_EQ(today[0].therapies.size(), 1);
    EXPECT_EQ(today[0].therapies[0].therapyCode, QStringLiteral("magnesium"));
    EXPECT_EQ(today[0].therapies[0].dose, 300.0);
}

// After a quick check-in (no triggers, no therapies) the routine is still the one of the last
// check-in that had one, and the message says what was copied from when.
TEST_F(TodayViewTest, SameRoutineSkipsQuickCheckInsAndSaysWhatItCopied) {
    CheckIn routine;
    routine.moment = DiaryMoment::fromLocal(QDateTime::currentDateTime().addDays(-1));
    routine.pain = 4;
    routine.triggers = {{QStringLiteral("long_sitting"), TriggerLevel::ALittle},
                        {QStringLiteral("cold_damp_weather"), TriggerLevel::ALot}};
    routine.therapies = {
        {QStringLiteral("magnesium"), 300.0, QStringLiteral("mg"), std::nullopt, std::nullopt}};
    CheckInRepository(*m_db).save(routine);
    CheckIn quick;
    quick.moment = DiaryMoment::fromLocal(QDateTime::currentDateTime().addSecs(-60));
    quick.pain = 6;
    CheckInRepository(*m_db).save(quick);
    QTest::mouseClick(m_view->sameAsLastTimeButton(), Qt::LeftButton);
    EXPECT_TRUE(m_view->feedback().startsWith(QStringLiteral("Copied 2 triggers and 1 therapy")))
        << m_view->feedback().toStdString();
    CheckIn copied;
    m_view->details()->fillIn(copied);
    EXPECT_EQ(copied.triggers.size(), 2);
    EXPECT_EQ(copied.therapies.size(), 1);
}

TEST_F(TodayViewTest, SameRoutineSaysSoWhenNoCheckInHasARoutineYet) {
    CheckIn quick = minimalCheckIn(5);
    CheckInRepository(*m_db).save(quick);
    QTest::mouseClick(m_view->sameAsLastTimeButton(), Qt::LeftButton);
    EXPECT_EQ(m_view->feedback(),
              QStringLiteral("No earlier check-in has triggers or therapies to copy yet."));
    EXPECT_TRUE(m_view->details()->isEmpty());
}

TEST_F(TodayViewTest, AWarningSignShowsCalmUrgentAdviceThatTheEntryKeeps) {
    QTest::mouseClick(m_view->moreButton(), Qt::LeftButton);
    QCheckBox* saddle = m_view->details()->redFlagBox(RedFlag::SaddleNumbness);
    ASSERT_NE(saddle, nullptr);
    saddle->setChecked(true);
    EXPECT_TRUE(m_view->details()->careAdviceLabel()->isVisibleTo(m_view.get()));
    EXPECT_TRUE(m_view->details()->careAdviceLabel()->text().contains(
        QStringLiteral("emergency department")));
    QTest::mouseClick(m_view->painScale()->button(7), Qt::LeftButton);
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    const QList<CheckIn> today =
        CheckInRepository(*m_db).between(QDate::currentDate(), QDate::currentDate());
    ASSERT_EQ(today.size(), 1);
    EXPECT_EQ(today[0].redFlags, QList<RedFlag>{RedFlag::SaddleNumbness});
    EXPECT_TRUE(m_view->feedback().contains(QStringLiteral("emergency department")));
    EXPECT_TRUE(m_view->todaySummary().contains(
        QStringLiteral("(⚠ Emergency care now: go to an emergency department)")))
        << m_view->todaySummary().toStdString();

    painpace::testing::ScopedAppPalette light(painpace::testing::lightPalette());
    saddle->setChecked(true); // shown again for the screenshot of a red-flag entry
    m_view->resize(1280, 900);
    EXPECT_FALSE(painpace::testing::saveScreenshot(*m_view, QStringLiteral("today-red-flag-light"))
                     .isEmpty());
}

TEST_F(TodayViewTest, UnsavedInputIsNoticed) {
    EXPECT_FALSE(m_view->hasUnsavedInput());
    m_view->details()->fatigue()->setValue(3);
    EXPECT_TRUE(m_view->hasUnsavedInput());
    m_view->details()->clear();
    EXPECT_FALSE(m_view->hasUnsavedInput());
    QTest::mouseClick(m_view->painScale()->button(2), Qt::LeftButton);
    EXPECT_TRUE(m_view->hasUnsavedInput());
}

TEST_F(TodayViewTest, TickingAMedicineGoesStraightToItsDose) {
    QTest::mouseClick(m_view->moreButton(), Qt::LeftButton);
    QApplication::processEvents();
    TherapyUseTable* therapies = m_view->details()->therapies();
    QListWidget* checklist = therapies->checklist();
    const auto tick = [&](const QString& name) {
        const auto found = checklist->findItems(name, Qt::MatchExactly);
        EXPECT_EQ(found.size(), 1) << name.toStdString();
        checklist->setFocus();
        found.first()->setCheckState(Qt::Checked);
        return therapies->details()->rowCount() - 1;
    };
    const int relaxant = tick(QStringLiteral("Muscle relaxant"));
    EXPECT_EQ(QApplication::focusWidget(), therapies->cellFor(relaxant, QStringLiteral("dose")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("4"));
    EXPECT_EQ(therapies->uses(QDate::currentDate()).at(relaxant).dose, 4.0);
    // The usual dose is selected, so typing replaces it.
    const int magnesium = tick(QStringLiteral("Magnesium"));
    EXPECT_EQ(QApplication::focusWidget(), therapies->cellFor(magnesium, QStringLiteral("dose")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("150"));
    EXPECT_EQ(therapies->uses(QDate::currentDate()).at(magnesium).dose, 150.0);
    // A therapy without a dose keeps the focus in the list.
    tick(QStringLiteral("Acupuncture"));
    EXPECT_EQ(QApplication::focusWidget(), checklist);
}

// Saving by a key (Alt+S) from a dose field clears the form while that field has the focus: the
// focus moves, the draft is kept on the way, and it must not read the rows being taken away.
TEST_F(TodayViewTest, SavingWhileADoseFieldHasTheFocusClearsTheFormSafely) {
    QTest::mouseClick(m_view->moreButton(), Qt::LeftButton);
    QApplication::processEvents();
    QTest::mouseClick(m_view->painScale()->button(5), Qt::LeftButton);
    TherapyUseTable* therapies = m_view->details()->therapies();
    const auto pregabalin =
        therapies->checklist()->findItems(QStringLiteral("Pregabalin"), Qt::MatchExactly);
    ASSERT_EQ(pregabalin.size(), 1);
    pregabalin.first()->setCheckState(Qt::Checked);
    QWidget* dose = therapies->cellFor(0, QStringLiteral("dose"));
    ASSERT_EQ(QApplication::focusWidget(), dose);
    QTest::keyClicks(dose, QStringLiteral("150"));
    m_view->saveButton()->click(); // as Alt+S does: the focus stays in the dose field
    ASSERT_EQ(stored(), 1) << m_view->feedback().toStdString();
    EXPECT_EQ(therapies->details()->rowCount(), 0);
    const CheckIn saved =
        CheckInRepository(*m_db).between(QDate::currentDate(), QDate::currentDate()).first();
    ASSERT_EQ(saved.therapies.size(), 1);
    EXPECT_EQ(saved.therapies.first().dose, 150.0);
    EXPECT_FALSE(m_view->hasUnsavedInput());
}

TEST_F(TodayViewTest, SpasmsDosesAndOwnItemsAreRecordedInTheFullEntry) {
    QTest::mouseClick(m_view->moreButton(), Qt::LeftButton);
    CheckInDetailsForm* form = m_view->details();
    SpasmEvent night{SpasmKind::Spasm,   QStringLiteral("back.calf.left"), 2, Seconds{180}, 7,
                     SpasmContext::Sleep};
    form->spasms()->addRow(night); // three minutes, shown in minutes
    QListWidget* checklist = form->therapies()->checklist();
    const auto magnesium = checklist->findItems(QStringLiteral("Magnesium"), Qt::MatchExactly);
    ASSERT_EQ(magnesium.size(), 1);
    magnesium[0]->setCheckState(Qt::Checked); // the usual 300 mg appears, ready to adjust
    auto* dose = qobject_cast<QDoubleSpinBox*>(form->therapies()->details()->cellWidget(0, 1));
    ASSERT_NE(dose, nullptr);
    EXPECT_DOUBLE_EQ(dose->value(), 300.0);
    dose->setValue(150.0);
    EXPECT_EQ(form->addOwnTrigger(QStringLiteral("Loud music")), QString());
    EXPECT_EQ(form->addOwnTherapy(QStringLiteral("Arnica cream")), QString());
    EXPECT_FALSE(form->addOwnTrigger(QStringLiteral("loud music")).isEmpty()); // already there
    QTest::keyClick(m_view->painScale(), Qt::Key_6);
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    const QList<CheckIn> today =
        CheckInRepository(*m_db).between(QDate::currentDate(), QDate::currentDate());
    ASSERT_EQ(today.size(), 1) << m_view->feedback().toStdString();
    EXPECT_EQ(today[0].spasms, QList<SpasmEvent>{night});
    ASSERT_EQ(today[0].therapies.size(), 2);
    EXPECT_EQ(today[0].therapies[0].therapyCode, QStringLiteral("magnesium"));
    EXPECT_EQ(today[0].therapies[0].dose, 150.0);
    EXPECT_EQ(today[0].therapies[0].unit, QStringLiteral("mg"));
    EXPECT_EQ(today[0].therapies[1].therapyCode, QStringLiteral("own.arnica_cream"));
    EXPECT_EQ(today[0].triggers,
              (QList<TriggerRating>{{QStringLiteral("own.loud_music"), TriggerLevel::ALittle}}));
    // The person's own items are offered next time.
    TodayView later(*m_db, m_undo, m_composition);
    EXPECT_NE(later.details()->triggerLevel(QStringLiteral("own.loud_music")), nullptr);
}

TEST_F(TodayViewTest, WhatWasEnteredSurvivesTheWindowGoingAwayUnsaved) {
    QTest::mouseClick(m_view->painScale()->button(6), Qt::LeftButton);
    m_view->details()->fatigue()->setValue(3);
    QTest::qWait(DraftKeeper::kDelayMs + 300); // the draft is kept within a second
    m_undo.clear();
    m_view.reset(); // as after a crash: nothing saved, nothing asked

    TodayView again(*m_db, m_undo, m_composition);
    EXPECT_EQ(again.painScale()->value(), 6);
    EXPECT_EQ(again.details()->fatigue()->value(), 3);
    EXPECT_TRUE(again.feedback().contains(QStringLiteral("kept what you had entered")));
    EXPECT_EQ(CheckInRepository(*m_db).count(), 0);

    QTest::mouseClick(again.saveButton(), Qt::LeftButton);
    EXPECT_EQ(CheckInRepository(*m_db).count(), 1);
    TodayView afterSaving(*m_db, m_undo, m_composition);
    EXPECT_FALSE(afterSaving.hasUnsavedInput()); // a saved check-in leaves no draft behind
}

TEST_F(TodayViewTest, DiscardingOnPurposeDropsTheDraft) {
    QTest::mouseClick(m_view->painScale()->button(2), Qt::LeftButton);
    m_view->storeDraft();
    m_view->discardInput();
    TodayView again(*m_db, m_undo, m_composition);
    EXPECT_FALSE(again.hasUnsavedInput());
}

TEST_F(TodayViewTest, AWrongValueIsShownNextToItsFieldAndNothingIsSaved) {
    QTest::mouseClick(m_view->moreButton(), Qt::LeftButton);
    // A spasm of 2000 minutes is more than a day: the core refuses it.
    m_view->details()->spasms()->addRow({SpasmKind::Spasm, QStringLiteral("back.lumbar.left"), 1,
                                         Seconds{2000 * 60}, 5, SpasmContext::Rest});
    QApplication::processEvents(); // laid out, as by the time a person scrolls back up
    QTest::mouseClick(m_view->painScale()->button(5), Qt::LeftButton);
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    EXPECT_EQ(CheckInRepository(*m_db).count(), 0);
    QWidget* duration = m_view->details()->widgetFor(QStringLiteral("spasms[0].duration"));
    ASSERT_NE(duration, nullptr);
    EXPECT_EQ(duration->toolTip(), QStringLiteral("A spasm lasts between 0 seconds and one day."));
    EXPECT_TRUE(m_view->details()->issueText().contains(QStringLiteral("one day")));
    // Said in words at the top, where the person pressed Save, and at the bottom ...
    const QString why = QStringLiteral(
        "Not saved yet: A spasm lasts between 0 seconds and one day. It is marked below.");
    EXPECT_EQ(m_view->feedback(), why);
    EXPECT_EQ(m_view->bottomFeedback(), why);
    // ... and the field, far down the form, is scrolled into sight and holds the focus.
    auto* page = m_view->findChild<QScrollArea*>(QString(), Qt::FindDirectChildrenOnly);
    ASSERT_NE(page, nullptr);
    const QRect seen(duration->mapTo(page->viewport(), QPoint(0, 0)), duration->size());
    EXPECT_TRUE(page->viewport()->rect().contains(seen))
        << seen.y() << " in " << page->viewport()->height();
    EXPECT_GT(page->verticalScrollBar()->value(), 0);
    EXPECT_TRUE(m_view->focusWidget() == duration || duration->isAncestorOf(m_view->focusWidget()));
    EXPECT_TRUE(m_view->hasUnsavedInput()); // what was typed is still there to correct
    // Put right, the field loses its mark and the message goes, before any save.
    auto* minutes = qobject_cast<QSpinBox*>(duration);
    ASSERT_NE(minutes, nullptr);
    minutes->setValue(20); // 20 minutes, as typed into the field
    EXPECT_TRUE(m_view->details()->issueText().isEmpty());
    QWidget* fixed = m_view->details()->widgetFor(QStringLiteral("spasms[0].duration"));
    ASSERT_NE(fixed, nullptr);
    EXPECT_TRUE(fixed->toolTip().isEmpty());
}

TEST_F(TodayViewTest, ARefusedSaveKeepsTheDraftAndASavedOneTakesItAlong) {
    QTest::mouseClick(m_view->moreButton(), Qt::LeftButton);
    m_view->details()->spasms()->addRow({SpasmKind::Spasm, QStringLiteral("back.lumbar.left"), 1,
                                         Seconds{2000 * 60}, 5, SpasmContext::Rest});
    QTest::mouseClick(m_view->painScale()->button(5), Qt::LeftButton);
    m_view->storeDraft();
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    EXPECT_EQ(stored(), 0);
    ASSERT_TRUE(DraftRepository(*m_db).load(QStringLiteral("today"))); // refused: still kept

    m_view->details()->spasms()->setSpasms({});
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    EXPECT_EQ(stored(), 1) << m_view->feedback().toStdString();
    // The draft went in the same write as the entry, and nothing waits to write it again.
    EXPECT_FALSE(DraftRepository(*m_db).load(QStringLiteral("today")));
    QTest::qWait(DraftKeeper::kDelayMs + 200);
    EXPECT_FALSE(DraftRepository(*m_db).load(QStringLiteral("today")));
}

TEST_F(TodayViewTest, SavingKeepsTheViewStillUnderThePointer) {
    // The message line keeps its room, so nothing below it moves when a message appears.
    CheckIn earlier;
    earlier.moment = DiaryMoment::now();
    earlier.pain = 3;
    CheckInRepository(*m_db).save(earlier);
    QApplication::processEvents();
    QPushButton* more = m_view->moreButton();
    const QPoint before = more->mapTo(m_view.get(), QPoint(0, 0));
    QTest::mouseClick(m_view->painScale()->button(4), Qt::LeftButton);
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    QApplication::processEvents();
    ASSERT_FALSE(m_view->feedback().isEmpty());
    EXPECT_EQ(more->mapTo(m_view.get(), QPoint(0, 0)), before);
}

// At 1600 pixels the content is a centred column, not a band across the window.
TEST_F(TodayViewTest, AWideWindowKeepsTheContentInACentredColumn) {
    m_view->resize(1600, 900);
    QApplication::processEvents();
    const QWidget* column = m_view->column();
    ASSERT_NE(column, nullptr);
    EXPECT_EQ(column->width(), TodayView::kReadableWidth);
    const int left = column->mapTo(m_view.get(), QPoint(0, 0)).x();
    const int right = m_view->width() - (left + column->width());
    EXPECT_LE(std::abs(left - right), 20) << left << " " << right; // a scroll bar's width at most
    EXPECT_LE(m_view->painScale()->width(), TodayView::kReadableWidth);

    m_view->resize(900, 520); // a small window gives the column all it has
    QApplication::processEvents();
    EXPECT_LE(column->width(), 900);
    EXPECT_GE(column->width(), 900 - 20);
}

// The first save of a new diary moves nothing either: the welcome stays while Today is in front
// and is gone the next time it is shown.
TEST_F(TodayViewTest, TheFirstSaveKeepsTheWelcomeUntilTodayIsShownAgain) {
    QApplication::processEvents();
    const auto welcome = [this] {
        for (QLabel* label : m_view->findChildren<QLabel*>()) {
            if (label->text().contains(QStringLiteral("Your diary is private")))
                return label;
        }
        return static_cast<QLabel*>(nullptr);
    };
    ASSERT_NE(welcome(), nullptr);
    ASSERT_TRUE(welcome()->isVisible());
    QPushButton* more = m_view->moreButton();
    const QPoint before = more->mapTo(m_view.get(), QPoint(0, 0));
    QTest::mouseClick(m_view->painScale()->button(4), Qt::LeftButton);
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    QApplication::processEvents();
    ASSERT_EQ(stored(), 1);
    EXPECT_TRUE(welcome()->isVisible());
    EXPECT_EQ(more->mapTo(m_view.get(), QPoint(0, 0)), before);

    m_view->hide();
    m_view->show();
    QApplication::processEvents();
    EXPECT_FALSE(welcome()->isVisible());
    EXPECT_LT(more->mapTo(m_view.get(), QPoint(0, 0)).y(), before.y()); // the room is given back
}

// Today follows each announcement by itself (reading only what it must), so after every step of
// many seeded random sequences of saves, edits that move entries between days, deletes, undos
// and redos it must list exactly what a view built afresh on the same diary lists.
TEST_F(TodayViewTest, TodaysListFollowsEverySequenceOfEditsExactlyAsAFreshViewReadsIt) {
    const QDate today = QDate::currentDate();
    const QDate otherDay = today.addDays(-3);
    for (unsigned seed = 1; seed <= 20; ++seed) {
        std::mt19937 random(seed);
        auto pick = [&random](int count) {
            return std::uniform_int_distribution<int>(0, count - 1)(random);
        };
        QList<CheckIn> saved; // what the diary holds, as this test last wrote it
        for (int step = 0; step < 25; ++step) {
            DiaryEdits edits(*m_db, m_undo);
            const int action = saved.isEmpty() ? 0 : pick(5);
            if (action == 0) {
                CheckIn entry = minimalCheckIn(pick(11), pick(2) ? today : otherDay, 1 + pick(20));
                if (pick(3) == 0)
                    entry.redFlags = {RedFlag::LegWeakness};
                saved.append(edits.saveCheckIn(std::nullopt, entry, QStringLiteral("add")));
            } else if (action == 1) {
                const int which = pick(int(saved.size()));
                CheckIn after = saved[which];
                after.pain = pick(11);
                after.moment = momentOn(pick(2) ? today : otherDay, 1 + pick(20));
                saved[which] = edits.saveCheckIn(saved[which], after, QStringLiteral("edit"));
            } else if (action == 2) {
                edits.deleteCheckIn(saved.takeAt(pick(int(saved.size()))));
            } else {
                action == 3 ? m_undo.undo() : m_undo.redo();
                saved = CheckInRepository(*m_db).between(otherDay, today);
            }
            EditStack unused;
            CheckInComposition unusedMarks;
            const TodayView fresh(*m_db, unused, unusedMarks);
            ASSERT_EQ(m_view->todaySummary().toStdString(), fresh.todaySummary().toStdString())
                << "seed " << seed << ", step " << step;
        }
        m_undo.clear();
        for (const CheckIn& entry : CheckInRepository(*m_db).between(otherDay, today))
            CheckInRepository(*m_db).remove(entry.id);
    }
}

// A quick check-in is two interactions by keyboard as by mouse, and the next one right after.
TEST_F(TodayViewTest, ANumberKeyThenSpaceOrEnterSavesAndTheNextCheckInCanFollowAtOnce) {
    m_view->painScale()->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::focusWidget() != nullptr; }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_7);     // interaction 1
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // interaction 2
    ASSERT_EQ(stored(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_EQ(stored(), 2);
    // After a save by mouse the keys still work, and Space does not open "More about now".
    QTest::mouseClick(m_view->painScale()->button(5), Qt::LeftButton);
    QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
    ASSERT_EQ(stored(), 3);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    EXPECT_EQ(stored(), 4);
    EXPECT_FALSE(m_view->moreButton()->isChecked());
    QList<int> pains;
    for (const CheckIn& entry :
         CheckInRepository(*m_db).between(QDate::currentDate(), QDate::currentDate()))
        pains << entry.pain;
    std::sort(pains.begin(), pains.end());
    EXPECT_EQ(pains, (QList<int>{2, 3, 5, 7}));
}

// The list knows the day has changed from the clock alone; a person who crossed into a zone where
// it is already tomorrow saves an entry of that day, which starts the new day's list.
TEST_F(TodayViewTest, AnEntrySavedAfterCrossingIntoTomorrowStartsTheNewDaysList) {
    const LocalZone behind("BEHIND12"); // UTC−12
    TodayView view(*m_db, m_undo, m_composition);
    view.show();
    QTest::mouseClick(view.painScale()->button(3), Qt::LeftButton);
    QTest::mouseClick(view.saveButton(), Qt::LeftButton);
    ASSERT_TRUE(view.todaySummary().contains(QStringLiteral("pain 3")));
    const QDate listed = QDate::currentDate();
    // Twenty-six hours ahead, it is tomorrow at any hour.
    const LocalZone ahead("AHEAD-14");
    ASSERT_GT(QDate::currentDate(), listed);
    QTest::mouseClick(view.painScale()->button(6), Qt::LeftButton);
    QTest::mouseClick(view.saveButton(), Qt::LeftButton);
    ASSERT_EQ(stored(), 2) << view.feedback().toStdString();
    EXPECT_TRUE(view.todaySummary().contains(QStringLiteral("pain 6")));
    EXPECT_FALSE(view.todaySummary().contains(QStringLiteral("pain 3")));
}
