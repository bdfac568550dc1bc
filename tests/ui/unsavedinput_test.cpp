#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "calendar/calendarview.h"
#include "common/durationspinbox.h"
#include "demo/demopacing.h"
#include "diary/checkindetailsform.h"
#include "diary/checkineditor.h"
#include "diary/scorescale.h"
#include "edit/draftkeeper.h"
#include "edit/editstack.h"
#include "entries/entriesview.h"
#include "mainwindow/mainwindow.h"
#include "questionnaires/acrform.h"
#include "questionnaires/questionnairesview.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/draftrepository.h"
#include "storage/questionnairerepository.h"
#include "support/sampleentries.h"
#include "support/screenshots.h"
#include "today/painscalebuttons.h"
#include "today/todayview.h"

using namespace painpace;
using painpace::testing::completeCheckIn;

namespace {

class UnsavedInputTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_window = std::make_unique<MainWindow>();
        m_window->setErrorReporter([this](const QString& message) { m_errors << message; });
        m_window->setUnsavedInputQuestion([this](const QStringList& unsaved) {
            m_asked << unsaved;
            return m_answer;
        });
        ASSERT_TRUE(m_window->openDiary(path()));
        CheckIn entry = completeCheckIn();
        entry.sleep = Minutes{428}; // 7 h 08 min: more exact than one decimal of hours
        CheckInRepository(*m_window->database()).save(entry);
        m_stored = entry;
        m_window->show();
    }
    QString path() const { return m_dir.filePath(QStringLiteral("diary.sqlite")); }
    template <typename View> View* view() const {
        for (int page = 0; page < m_window->pages()->count(); ++page)
            if (auto* found = qobject_cast<View*>(m_window->pages()->widget(page)))
                return found;
        return nullptr;
    }
    // Opens the stored entry in the Entries editor and changes its pain and note.
    CheckInEditor* editInEntries() {
        auto* entries = view<EntriesView>();
        m_window->pages()->setCurrentWidget(entries);
        entries->table()->selectRow(0);
        entries->editSelected();
        CheckInEditor* editor = entries->editor();
        QTest::mouseClick(editor->pain()->button(2), Qt::LeftButton);
        auto* note = editor->details()->findChild<QPlainTextEdit*>();
        note->setPlainText(QStringLiteral("Better after the warm bath."));
        return editor;
    }
    CheckIn storedNow() const {
        return *CheckInRepository(*m_window->database()).findByUuid(m_stored.uuid);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    CheckIn m_stored;
    QStringList m_errors;
    QList<QStringList> m_asked;
    MainWindow::UnsavedChoice m_answer = MainWindow::UnsavedChoice::Cancel;
};

} // namespace

// Found by a person: changes in an editor opened from Entries vanished on Ctrl+Q.
TEST_F(UnsavedInputTest, ClosingWithAnOpenEditorAsksAndCancelKeepsEverything) {
    editInEntries();
    m_answer = MainWindow::UnsavedChoice::Cancel;
    EXPECT_FALSE(m_window->close());
    ASSERT_EQ(m_asked.size(), 1);
    ASSERT_EQ(m_asked.first().size(), 1);
    EXPECT_TRUE(
        m_asked.first().first().startsWith(QStringLiteral("your changes to the check-in of ")));
    EXPECT_TRUE(m_asked.first().first().endsWith(QStringLiteral("(Entries)")));
    EXPECT_TRUE(view<EntriesView>()->editor()->hasUnsavedChanges());
    EXPECT_EQ(storedNow().pain, 6);
}

TEST_F(UnsavedInputTest, SaveStoresTheEditorsChangesAndOnlyThose) {
    editInEntries();
    m_answer = MainWindow::UnsavedChoice::Save;
    EXPECT_TRUE(m_window->close());
    CheckIn expected = m_stored;
    expected.pain = 2;
    expected.note = QStringLiteral("Better after the warm bath.");
    EXPECT_EQ(storedNow(), expected); // sleep still 428 minutes, everything else as it was
    EXPECT_TRUE(m_errors.isEmpty());
}

TEST_F(UnsavedInputTest, DiscardDropsTheEditorsChanges) {
    editInEntries();
    m_answer = MainWindow::UnsavedChoice::Discard;
    EXPECT_TRUE(m_window->close());
    EXPECT_EQ(storedNow(), m_stored);
}

TEST_F(UnsavedInputTest, TodayAndAnEditorAreBothNamedInOneQuestion) {
    editInEntries();
    QTest::mouseClick(m_window->todayView()->painScale()->button(7), Qt::LeftButton);
    m_answer = MainWindow::UnsavedChoice::Save;
    EXPECT_TRUE(m_window->close());
    ASSERT_EQ(m_asked.size(), 1);
    EXPECT_EQ(m_asked.first().size(), 2);
    EXPECT_EQ(m_asked.first().first(), QStringLiteral("your new check-in (Today)"));
    EXPECT_EQ(CheckInRepository(*m_window->database()).count(), 2);
    EXPECT_EQ(storedNow().pain, 2);
}

// Found by a person: after Discard, the same draft came back on the next start.
TEST_F(UnsavedInputTest, DiscardedInputDoesNotComeBackOnTheNextStart) {
    QTest::mouseClick(m_window->todayView()->painScale()->button(7), Qt::LeftButton);
    m_window->todayView()->storeDraft();
    m_answer = MainWindow::UnsavedChoice::Discard;
    EXPECT_TRUE(m_window->close());
    m_window.reset();
    MainWindow again;
    ASSERT_TRUE(again.openDiary(path()));
    EXPECT_FALSE(again.todayView()->hasUnsavedInput());
    EXPECT_FALSE(DraftRepository(*again.database()).load(QStringLiteral("today")));
}

// After a crash, changes made in an editor come back in that editor, ready to save.
TEST_F(UnsavedInputTest, AnEditorsChangesComeBackAfterACrash) {
    editInEntries();
    QTest::qWait(DraftKeeper::kDelayMs + 300);
    m_window.reset(); // as after a crash: nothing saved, nothing asked
    EXPECT_EQ(CheckInRepository(*Database::openFile(path())).findByUuid(m_stored.uuid)->pain, 6);

    MainWindow again;
    again.setErrorReporter([this](const QString& message) { m_errors << message; });
    ASSERT_TRUE(again.openDiary(path()));
    EntriesView* entries = nullptr;
    for (int page = 0; page < again.pages()->count(); ++page)
        if (auto* found = qobject_cast<EntriesView*>(again.pages()->widget(page)))
            entries = found;
    ASSERT_NE(entries, nullptr);
    CheckInEditor* editor = entries->editor();
    ASSERT_TRUE(editor->isEditing());
    EXPECT_TRUE(editor->hasUnsavedChanges());
    EXPECT_EQ(editor->pendingEntry().pain, 2);
    EXPECT_EQ(editor->pendingEntry().note, QStringLiteral("Better after the warm bath."));
    ASSERT_TRUE(editor->save());
    EXPECT_EQ(CheckInRepository(*again.database()).findByUuid(m_stored.uuid)->pain, 2);
    EXPECT_FALSE(DraftRepository(*again.database()).load(QStringLiteral("entries-editor")));
    EXPECT_TRUE(m_errors.isEmpty());
}

TEST_F(UnsavedInputTest, AnEditorLeftOpenIsAskedAboutBeforeAnotherDiaryOpens) {
    editInEntries();
    m_answer = MainWindow::UnsavedChoice::Cancel;
    EXPECT_FALSE(m_window->openDiary(m_dir.filePath(QStringLiteral("other.sqlite"))));
    EXPECT_EQ(m_window->database()->path(), path());
    EXPECT_EQ(m_asked.size(), 1);
}

TEST_F(UnsavedInputTest, OpeningAndSavingWithoutChangesStoresNothingNew) {
    auto* calendar = view<CalendarView>();
    CheckInEditor* editor = calendar->editor();
    editor->edit(storedNow());
    EXPECT_FALSE(editor->hasUnsavedChanges());
    EXPECT_TRUE(editor->save());
    EXPECT_EQ(storedNow(), m_stored);
    EXPECT_EQ(m_window->undoStack().count(), 0);
}

// Found by a person: changing only the pain turned 428 minutes of sleep into 426.
TEST_F(UnsavedInputTest, ChangingOnlyThePainKeepsTheExactSleep) {
    auto* calendar = view<CalendarView>();
    CheckInEditor* editor = calendar->editor();
    editor->edit(storedNow());
    QTest::mouseClick(editor->pain()->button(4), Qt::LeftButton);
    EXPECT_TRUE(editor->save());
    EXPECT_EQ(storedNow().sleep, Minutes{428});
    EXPECT_EQ(storedNow().pain, 4);
}

TEST_F(UnsavedInputTest, AFieldClearedInTheEditorIsStoredEmpty) {
    CheckInEditor* editor = view<CalendarView>()->editor();
    editor->edit(storedNow());
    auto* sleep = editor->details()->findChild<DurationSpinBox*>();
    ASSERT_NE(sleep, nullptr);
    sleep->setValue(DurationSpinBox::kUnanswered);
    EXPECT_TRUE(editor->save());
    EXPECT_EQ(storedNow().sleep, std::nullopt);
}

// Found by a person: the draft was written only after a 400 ms pause, so steady typing and a
// crash within 0.3 s of the last key lost the whole note.
TEST_F(UnsavedInputTest, SteadyTypingIsKeptAsADraftWithinASecond) {
    TodayView* today = m_window->todayView();
    QTest::mouseClick(today->moreButton(), Qt::LeftButton);
    auto* note = today->details()->findChild<QPlainTextEdit*>();
    QElapsedTimer clock;
    clock.start();
    QString typed;
    std::optional<QJsonObject> draft;
    while (clock.elapsed() < 1600 && !draft) {
        typed += QLatin1Char('a');
        note->setPlainText(typed); // a key every 100 ms, never a pause
        QTest::qWait(100);
        draft = DraftRepository(*m_window->database()).load(QStringLiteral("today"));
    }
    ASSERT_TRUE(draft);
    EXPECT_LE(clock.elapsed(), DraftKeeper::kDelayMs + 300);
}

TEST_F(UnsavedInputTest, LeavingAFieldKeepsTheDraftAtOnce) {
    TodayView* today = m_window->todayView();
    QTest::mouseClick(today->moreButton(), Qt::LeftButton);
    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    auto* note = today->details()->findChild<QPlainTextEdit*>();
    note->setFocus();
    note->setPlainText(QStringLiteral("knot under the shoulder blade"));
    today->details()->fatigue()->setFocus(); // Tab to the next field
    const auto draft = DraftRepository(*m_window->database()).load(QStringLiteral("today"));
    ASSERT_TRUE(draft);
    EXPECT_TRUE(draft->value(QStringLiteral("entry"))
                    .toObject()
                    .value(QStringLiteral("note"))
                    .toString()
                    .contains(QStringLiteral("knot")));
}

TEST_F(UnsavedInputTest, ScreenshotsOfTheEditorAndTheQuestionAtTwoSizesLightAndDark) {
    CheckInEditor* editor = editInEntries();
    EXPECT_EQ(editor->details()->findChild<DurationSpinBox*>()->text(),
              QStringLiteral("7 h 08 min"));
    for (const auto& [size, sizeName] : {std::pair{QSize(720, 480), QStringLiteral("minimum")},
                                         std::pair{QSize(1600, 1000), QStringLiteral("large")}}) {
        m_window->resize(size);
        for (const auto& [palette, paletteName] :
             {std::pair{painpace::testing::lightPalette(), QStringLiteral("light")},
              std::pair{painpace::testing::darkPalette(), QStringLiteral("dark")}}) {
            const painpace::testing::ScopedAppPalette scoped(palette);
            EXPECT_FALSE(
                painpace::testing::saveScreenshot(
                    *m_window, QStringLiteral("entries-editor-%1-%2").arg(paletteName, sizeName))
                    .isEmpty());
        }
    }
}

TEST(DurationSpinBox, ShowsHoursAndMinutesAndReadsWhatPeopleType) {
    EXPECT_EQ(DurationSpinBox::textForMinutes(428), QStringLiteral("7 h 08 min"));
    EXPECT_EQ(DurationSpinBox::textForMinutes(0), QStringLiteral("0 h 00 min"));
    EXPECT_EQ(DurationSpinBox::minutesFromText(QStringLiteral("7 h 08 min")), 428);
    EXPECT_EQ(DurationSpinBox::minutesFromText(QStringLiteral("7:08")), 428);
    EXPECT_EQ(DurationSpinBox::minutesFromText(QStringLiteral("7 h")), 420);
    EXPECT_EQ(DurationSpinBox::minutesFromText(QStringLiteral("7")), 420);
    EXPECT_EQ(DurationSpinBox::minutesFromText(QStringLiteral("7.5")), 450);
    EXPECT_EQ(DurationSpinBox::minutesFromText(QStringLiteral("6,25 h")), 375);
    EXPECT_EQ(DurationSpinBox::minutesFromText(QStringLiteral("45 min")), 45);
    EXPECT_EQ(DurationSpinBox::minutesFromText(QStringLiteral("a while")), std::nullopt);
    DurationSpinBox box(24 * 60);
    EXPECT_EQ(box.value(), DurationSpinBox::kUnanswered);
    EXPECT_EQ(box.text(), QStringLiteral("—"));
    box.setValue(428);
    EXPECT_EQ(box.text(), QStringLiteral("7 h 08 min"));
}

TEST_F(UnsavedInputTest, QuestionnaireAnswersAreNamedInTheQuestionAndSaved) {
    auto* questionnaires = view<QuestionnairesView>();
    ASSERT_NE(questionnaires, nullptr);
    m_window->pages()->setCurrentWidget(questionnaires);
    questionnaires->acrForm()->areaBox(WpiArea::Neck)->setChecked(true);
    m_answer = MainWindow::UnsavedChoice::Save;
    EXPECT_TRUE(m_window->close());
    ASSERT_EQ(m_asked.size(), 1);
    EXPECT_EQ(m_asked.first(),
              QStringList{QStringLiteral("your ACR 2016 answers (Questionnaires)")});
    const QList<QuestionnaireRecord> saved =
        QuestionnaireRepository(*m_window->database()).history();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_TRUE(std::get<Acr2016Answers>(saved[0].answers).painfulAreas.contains(WpiArea::Neck));
    EXPECT_TRUE(m_errors.isEmpty());
}
