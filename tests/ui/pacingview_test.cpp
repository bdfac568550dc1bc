#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizardPage>

#include <gtest/gtest.h>
#include <random>

#include "charts/chartview.h"
#include "charts/pacingchart.h"
#include "common/timeformat.h"
#include "demo/demodiary.h"
#include "edit/checkincomposition.h"
#include "edit/dialogdraft.h"
#include "edit/draftkeeper.h"
#include "edit/editstack.h"
#include "pacing/pacingview.h"
#include "pacing/pacingweekview.h"
#include "pacing/planwizard.h"
#include "pacing/sessionlauncher.h"
#include "pacing/sessionrunner.h"
#include "pacing/todaysessionspanel.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/draftrepository.h"
#include "storage/pacingrepository.h"
#include "storage/sqlstatement.h"
#include "support/qtprinters.h"
#include "support/screenshots.h"
#include "today/painscalebuttons.h"
#include "today/todayview.h"

using namespace painpace;

namespace {

// Fills in the wizard as a person would: walking, measured on 10, 12 and 8 minutes, today's
// weekday among the plan's days, bouts of at most 5 minutes.
void fillWizard(PlanWizard& wizard) {
    wizard.activityChoice()->setCurrentIndex(0); // Walking
    wizard.baselineMethods()->button(static_cast<int>(BaselineMethod::Measured))->click();
    wizard.baselineValue(0)->setValue(10);
    wizard.baselineValue(1)->setValue(12);
    wizard.baselineValue(2)->setValue(8);
    for (int day = 1; day <= 7; ++day)
        wizard.weekday(day)->setChecked(day == QDate::currentDate().dayOfWeek() || day == 3);
    wizard.splitBouts()->setChecked(true);
    wizard.boutLimit()->setValue(5);
}

} // namespace

class PacingViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_db = Database::openFile(m_dir.filePath(QStringLiteral("diary.sqlite")));
    }
    PacingPlan storedPlan(const QDate& start) {
        PacingPlan plan;
        plan.activityCode = QStringLiteral("walking");
        plan.activityName = QStringLiteral("Walking");
        plan.baseline = {BaselineMethod::Measured, {10, 12, 8}};
        plan.startDate = start;
        plan.weekdays = {1, 3, 5, QDate::currentDate().dayOfWeek()};
        std::sort(plan.weekdays.begin(), plan.weekdays.end());
        plan.weekdays.erase(std::unique(plan.weekdays.begin(), plan.weekdays.end()),
                            plan.weekdays.end());
        plan.time = QTime(10, 15);
        plan.boutLimit = 5;
        PacingRepository(*m_db).savePlan(plan);
        return plan;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    EditStack m_undo;
};

TEST_F(PacingViewTest, TheWizardExplainsTheBaselineAndPreviewsTheFirstWeeks) {
    PlanWizard wizard;
    fillWizard(wizard);
    EXPECT_TRUE(wizard.baselineResult()->text().startsWith(
        QStringLiteral("Measured: 0.8 × the mean of 10, 12 and 8 minutes = 8 minutes.")));
    EXPECT_TRUE(wizard.baselineResult()->text().endsWith(
        QStringLiteral("The plan starts at 8 min a session.")));
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    EXPECT_FALSE(painpace::testing::saveScreenshot(wizard, QStringLiteral("pacing-wizard-baseline"))
                     .isEmpty());
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.preview()->rowCount(), 8);
    QStringList sessions;
    for (int row = 0; row < 8; ++row)
        sessions.append(wizard.preview()->item(row, 2)->text());
    EXPECT_EQ(sessions.first(), QStringLiteral("8 min in 2 bouts, 2 min rest between"));
    EXPECT_EQ(sessions[2], QStringLiteral("10 min in 2 bouts, 2 min rest between"));
    EXPECT_EQ(sessions.last(), QStringLiteral("15 min in 3 bouts, 2 min rest between"));
    EXPECT_FALSE(painpace::testing::saveScreenshot(wizard, QStringLiteral("pacing-wizard-preview"))
                     .isEmpty());
}

TEST_F(PacingViewTest, APlanMadeInTheEditorIsListedAndUndoable) {
    PacingView view(*m_db, m_undo);
    EXPECT_EQ(view.planList()->count(), 0);
    QTimer::singleShot(0, [] {
        auto* wizard = qobject_cast<PlanWizard*>(QApplication::activeModalWidget());
        ASSERT_NE(wizard, nullptr);
        fillWizard(*wizard);
        wizard->accept();
    });
    view.newPlan();
    ASSERT_EQ(view.planList()->count(), 1);
    EXPECT_TRUE(view.planList()->item(0)->text().startsWith(QStringLiteral("Walking: 8 min on")));
    EXPECT_TRUE(view.planSummary()->text().contains(QStringLiteral("Started at 8 min")));
    EXPECT_EQ(view.weekView()->rowCount(), 1);
    m_undo.undo();
    EXPECT_EQ(view.planList()->count(), 0);
    EXPECT_TRUE(PacingRepository(*m_db).plans(true).isEmpty());
    m_undo.redo();
    EXPECT_EQ(view.planList()->count(), 1);
}

TEST_F(PacingViewTest, ASessionRunsOnSimulatedTimeAndIsStored) {
    const PacingPlan plan = storedPlan(QDate::currentDate());
    qint64 now = 0;
    QStringList phases;
    int cues = 0;
    const bool recorded = runPacingSession(
        nullptr, *m_db, m_undo, plan, QDate::currentDate(), [&](SessionRunner& runner) {
            runner.setClock([&now] { return now; });
            runner.painBefore()->setValue(3);
            runner.startButton()->click();
            phases.append(runner.phaseLabel()->text() + QLatin1Char(' ') +
                          runner.clockLabel()->text());
            now += 4 * 60 * 1000 + 500; // the first bout of 4 minutes is over
            runner.tick();
            phases.append(runner.phaseLabel()->text() + QLatin1Char(' ') +
                          runner.clockLabel()->text());
            runner.pauseButton()->click();
            now += 10 * 60 * 1000; // a long pause does not count
            runner.tick();
            phases.append(runner.clockLabel()->text());
            runner.pauseButton()->click();
            now += 2 * 60 * 1000; // the rest
            runner.tick();
            phases.append(runner.phaseLabel()->text());
            now += 4 * 60 * 1000; // the second bout
            runner.tick();
            cues = runner.changesCued();
            runner.painAfter()->setValue(5);
            runner.exertion()->setValue(4);
            runner.saveButton()->click();
        });
    ASSERT_TRUE(recorded);
    EXPECT_EQ(phases,
              (QStringList{QStringLiteral("Bout 1 of 2: 4 min 04:00"), QStringLiteral("Rest 02:00"),
                           QStringLiteral("02:00"), QStringLiteral("Bout 2 of 2: 4 min")}));
    EXPECT_EQ(cues, 3); // into the rest, into the second bout, the end
    const QList<PacingSession> sessions =
        PacingRepository(*m_db).sessions(plan.id, QDate::currentDate(), QDate::currentDate());
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions[0].plannedAmount, 8);
    EXPECT_EQ(sessions[0].doneAmount, 8);
    EXPECT_EQ(sessions[0].painBefore, 3);
    EXPECT_EQ(sessions[0].painAfter, 5);
    EXPECT_EQ(sessions[0].exertion, 4);
    EXPECT_FALSE(sessions[0].stoppedEarly);
    m_undo.undo();
    EXPECT_TRUE(PacingRepository(*m_db)
                    .sessions(plan.id, QDate::currentDate(), QDate::currentDate())
                    .isEmpty());
}

TEST_F(PacingViewTest, StoppingEarlyRecordsTheWholeMinutesDone) {
    const PacingPlan plan = storedPlan(QDate::currentDate());
    qint64 now = 0;
    runPacingSession(nullptr, *m_db, m_undo, plan, QDate::currentDate(),
                     [&](SessionRunner& runner) {
                         runner.setClock([&now] { return now; });
                         runner.startButton()->click();
                         now += (4 + 2 + 2) * 60 * 1000 + 30 * 1000; // 2.5 min into bout 2
                         runner.tick();
                         runner.stopButton()->click();
                         EXPECT_EQ(runner.doneAmount()->value(), 6);
                         runner.saveButton()->click();
                     });
    const QList<PacingSession> sessions =
        PacingRepository(*m_db).sessions(plan.id, QDate::currentDate(), QDate::currentDate());
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_TRUE(sessions[0].stoppedEarly);
    EXPECT_EQ(sessions[0].doneAmount, 6);
}

TEST_F(PacingViewTest, TodayListsTodaysSessions) {
    const PacingPlan plan = storedPlan(QDate::currentDate().addDays(-2));
    TodaySessionsPanel panel(*m_db, m_undo);
    EXPECT_FALSE(panel.isHidden());
    ASSERT_EQ(panel.sessionTexts().size(), 1);
    EXPECT_EQ(panel.sessionTexts().first(),
              QStringLiteral("Walking: 8 min at %1").arg(shortTime(QTime(10, 15))));
    PacingSession session;
    session.planId = plan.id;
    session.plannedDay = QDate::currentDate();
    session.started = DiaryMoment::fromLocal(QDateTime::currentDateTime());
    session.plannedAmount = 8;
    session.doneAmount = 0; // stopped at once: not done
    PacingRepository(*m_db).saveSession(session);
    EXPECT_TRUE(
        panel.sessionTexts().first().endsWith(QStringLiteral(" · stopped before any was done")))
        << panel.sessionTexts().first().toStdString();
    session.id = 0;
    session.uuid = QUuid();
    session.doneAmount = 3;
    PacingRepository(*m_db).saveSession(session);
    EXPECT_TRUE(
        panel.sessionTexts().first().endsWith(QStringLiteral(" · 3 min done, stopped early")))
        << panel.sessionTexts().first().toStdString();
    session.id = 0;
    session.uuid = QUuid();
    session.doneAmount = 8;
    PacingRepository(*m_db).saveSession(session);
    EXPECT_TRUE(panel.sessionTexts().first().endsWith(QStringLiteral("✓ done")));
    CheckInComposition composition;
    TodayView today(*m_db, m_undo, composition);
    today.resize(900, 700);
    today.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&today));
    EXPECT_FALSE(
        painpace::testing::saveScreenshot(today, QStringLiteral("pacing-today")).isEmpty());
}

TEST_F(PacingViewTest, TheProgressChartShowsWeeksLevelsAndReasons) {
    DemoOptions options;
    options.years = 1;
    QList<CheckIn> entries = generateDemoDiary(options);
    CheckInRepository(*m_db).saveAll(entries);
    const QDate today = QDate::currentDate();
    const QDate start = today.addDays(-7 * 7 - (today.dayOfWeek() - 1));
    PacingPlan plan = storedPlan(start);
    PacingRepository repository(*m_db);
    for (const QDate& day : plannedDays(plan, start, today.addDays(-1))) {
        PacingSession session;
        session.planId = plan.id;
        session.plannedDay = day;
        session.started = DiaryMoment::fromLocal(QDateTime(day, QTime(10, 15)));
        session.plannedAmount = levelAmount(plan, planWeekOf(plan, day));
        session.doneAmount = day.day() == 10 ? session.plannedAmount * 2 : session.plannedAmount;
        session.painBefore = 4;
        session.painAfter = 5;
        session.exertion = 3;
        repository.saveSession(session);
    }
    PacingView view(*m_db, m_undo);
    const QList<PlanLevel> levels = repository.levels(plan.id);
    ASSERT_EQ(levels.size(), 8); // weeks 0 to 7 reviewed when the view opened
    const ChartModel& model = view.progressChart()->model();
    ASSERT_TRUE(model.emptyMessage.isEmpty());
    ASSERT_GE(model.lines.size(), 2);
    EXPECT_EQ(model.lines[0].name, QStringLiteral("Planned"));
    EXPECT_EQ(model.lines[0].points.size(), 8);
    for (const ChartLine& line : model.lines) {
        if (line.name.startsWith(QStringLiteral("Weekly review"))) {
            EXPECT_TRUE(line.pointLabels.contains(levels[1].reason));
        }
    }
    EXPECT_TRUE(view.planSummary()->text().contains(levels.last().reason.toHtmlEscaped()));
    const QString ics = m_dir.filePath(QStringLiteral("plan.ics"));
    ASSERT_TRUE(view.exportCalendar(ics, 2));
    QFile file(ics);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("BEGIN:VCALENDAR\r\n"));

    for (const auto& [palette, name] : {std::pair{painpace::testing::lightPalette(), "light"},
                                        std::pair{painpace::testing::darkPalette(), "dark"}}) {
        painpace::testing::ScopedAppPalette scoped(palette);
        view.resize(1300, 800);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.refresh();
        EXPECT_FALSE(painpace::testing::saveScreenshot(
                         view, QStringLiteral("pacing-view-%1").arg(QLatin1String(name)))
                         .isEmpty());
    }
    view.resize(720, 480);
    view.refresh();
    EXPECT_FALSE(
        painpace::testing::saveScreenshot(view, QStringLiteral("pacing-view-minimum")).isEmpty());
}

TEST_F(PacingViewTest, TheRunnerIsPhotographedMidSession) {
    const PacingPlan plan = storedPlan(QDate::currentDate());
    SessionRunner runner(plan, 12, QDate::currentDate());
    qint64 now = 0;
    runner.setClock([&now] { return now; });
    runner.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&runner));
    runner.painBefore()->setValue(4);
    runner.startButton()->click();
    now += 95 * 1000;
    runner.tick();
    EXPECT_EQ(runner.clockLabel()->text(), QStringLiteral("02:25"));
    for (const auto& [palette, name] : {std::pair{painpace::testing::lightPalette(), "light"},
                                        std::pair{painpace::testing::darkPalette(), "dark"}}) {
        painpace::testing::ScopedAppPalette scoped(palette);
        EXPECT_FALSE(painpace::testing::saveScreenshot(
                         runner, QStringLiteral("pacing-runner-%1").arg(QLatin1String(name)))
                         .isEmpty());
    }
}

TEST_F(PacingViewTest, TheProgressChartMarksBoomBustDaysWithWhatHappened) {
    PlanProgress progress;
    progress.plan = storedPlan(QDate(2026, 11, 2));
    progress.today = QDate(2026, 11, 20);
    progress.levels = PacingRepository(*m_db).levels(progress.plan.id);
    progress.boomBust = {{progress.plan.id, QDate(2026, 11, 9), 8, 20, QDate(2026, 11, 11), true}};
    const ChartModel model = pacingChartModel(progress);
    const auto boom =
        std::find_if(model.lines.cbegin(), model.lines.cend(), [](const ChartLine& l) {
            return l.name == QStringLiteral("Far over plan, then worse");
        });
    ASSERT_NE(boom, model.lines.cend());
    ASSERT_EQ(boom->pointLabels.size(), 1);
    EXPECT_EQ(boom->pointLabels.first(),
              QStringLiteral("%1: 20 min done of 8 min planned, then a flare on %2")
                  .arg(QLocale().toString(QDate(2026, 11, 9), QLocale::ShortFormat),
                       QLocale().toString(QDate(2026, 11, 11), QLocale::ShortFormat)));
}

// A crash in the middle of setting up a plan: the next time the wizard opens, it holds what was
// entered, and finishing it saves the plan and drops the draft in the same write.
TEST_F(PacingViewTest, APlanHalfEnteredBeforeACrashComesBackInTheWizard) {
    PacingPlan entered;
    {
        PlanWizard wizard;
        DialogDraft draft(*m_db, QStringLiteral("plan-wizard"), wizard);
        fillWizard(wizard);
        QTest::qWait(DraftKeeper::kDelayMs + 300); // kept within a second
        entered = wizard.plan();
    } // the window goes without OK or Cancel, as in a crash
    ASSERT_TRUE(DraftRepository(*m_db).load(QStringLiteral("plan-wizard")));

    PacingView view(*m_db, m_undo);
    QTimer::singleShot(0, [&] {
        auto* wizard = qobject_cast<PlanWizard*>(QApplication::activeModalWidget());
        ASSERT_NE(wizard, nullptr);
        PacingPlan shown = wizard->plan();
        EXPECT_EQ(shown, entered);
        EXPECT_TRUE(wizard->page(wizard->startId())
                        ->subTitle()
                        .contains(QStringLiteral("kept what you entered")));
        wizard->accept();
    });
    view.newPlan();
    ASSERT_EQ(PacingRepository(*m_db).plans(true).size(), 1);
    EXPECT_EQ(PacingRepository(*m_db).plans(true).first().baseline.values,
              (QList<double>{10, 12, 8}));
    EXPECT_FALSE(DraftRepository(*m_db).load(QStringLiteral("plan-wizard")));
}

TEST_F(PacingViewTest, CancellingTheWizardDropsItsDraft) {
    PacingView view(*m_db, m_undo);
    QTimer::singleShot(0, [&] {
        auto* wizard = qobject_cast<PlanWizard*>(QApplication::activeModalWidget());
        ASSERT_NE(wizard, nullptr);
        fillWizard(*wizard);
        QTest::qWait(DraftKeeper::kDelayMs + 300);
        EXPECT_TRUE(DraftRepository(*m_db).load(QStringLiteral("plan-wizard")));
        wizard->reject();
    });
    view.newPlan();
    EXPECT_TRUE(PacingRepository(*m_db).plans(true).isEmpty());
    EXPECT_FALSE(DraftRepository(*m_db).load(QStringLiteral("plan-wizard")));
}

// A draft that cannot be written (here its table is gone for a moment) is said in the wizard,
// under the subtitle of each page the person goes to, and the message goes once a draft can be
// written again; the input itself stays.
TEST_F(PacingViewTest, TheWizardSaysWhenItsDraftCannotBeKeptAndStopsSayingItOnceItCan) {
    PlanWizard wizard;
    DialogDraft draft(*m_db, QStringLiteral("plan-wizard"), wizard);
    wizard.show();
    QWizardPage* first = wizard.currentPage();
    const QString subtitle = first->subTitle();
    SqlStatement::run(m_db->connection(), QStringLiteral("ALTER TABLE draft RENAME TO draft_away"));
    fillWizard(wizard);
    draft.store();
    EXPECT_TRUE(draft.problem().startsWith(QStringLiteral("What you entered could not be kept")));
    EXPECT_EQ(first->subTitle(), subtitle + QStringLiteral("\n\n") + draft.problem());
    wizard.next();
    EXPECT_TRUE(wizard.currentPage()->subTitle().endsWith(draft.problem()));
    SqlStatement::run(m_db->connection(), QStringLiteral("ALTER TABLE draft_away RENAME TO draft"));
    draft.store();
    EXPECT_TRUE(draft.problem().isEmpty());
    EXPECT_EQ(first->subTitle(), subtitle);
    EXPECT_FALSE(wizard.currentPage()->subTitle().contains(QStringLiteral("could not be kept")));
    EXPECT_TRUE(DraftRepository(*m_db).load(QStringLiteral("plan-wizard")));
}

TEST_F(PacingViewTest, AChangeKeptForOnePlanIsNotOfferedForAnother) {
    const PacingPlan first = storedPlan(QDate::currentDate());
    {
        PlanWizard wizard;
        wizard.setPlan(first);
        const QString uuid = first.uuid.toString(QUuid::WithoutBraces);
        DialogDraft draft(*m_db, QStringLiteral("plan-change-wizard"), wizard,
                          {[&] {
                               return QJsonObject{{QStringLiteral("plan"), uuid}};
                           },
                           {},
                           {}});
        wizard.weeklyIncrease()->setValue(20);
        draft.store();
    }
    PlanWizard other;
    DialogDraft draft(*m_db, QStringLiteral("plan-change-wizard"), other,
                      {{},
                       [](const QJsonObject& extra) {
                           return extra.value(QStringLiteral("plan")) == QStringLiteral("other");
                       },
                       {}});
    EXPECT_FALSE(draft.restore());
    EXPECT_NE(other.weeklyIncrease()->value(), 20);
    EXPECT_TRUE(DraftRepository(*m_db).load(QStringLiteral("plan-change-wizard"))); // left for it
}

// A session that stops in the middle (PainPace closed, the power went, the runner was closed) is
// kept while it runs and offered in Pacing, with the pain before and the time done by then.
// A session whose progress cannot be kept says so while it runs, and still saves at the end.
TEST_F(PacingViewTest, ASessionSaysWhenItCannotBeKeptAndStillSavesAtTheEnd) {
    const PacingPlan plan = storedPlan(QDate::currentDate());
    qint64 now = 0;
    const bool saved = runPacingSession(
        nullptr, *m_db, m_undo, plan, QDate::currentDate(), [&](SessionRunner& runner) {
            runner.setClock([&now] { return now; });
            SqlStatement::run(m_db->connection(),
                              QStringLiteral("ALTER TABLE draft RENAME TO draft_away"));
            runner.painBefore()->setValue(3);
            runner.startButton()->click();
            QTest::qWait(DraftKeeper::kDelayMs + 300);
            EXPECT_TRUE(runner.draftProblem().startsWith(
                QStringLiteral("This session could not be kept as a draft")));
            SqlStatement::run(m_db->connection(),
                              QStringLiteral("ALTER TABLE draft_away RENAME TO draft"));
            now += 5 * 60 * 1000;
            runner.tick();
            QTest::qWait(DraftKeeper::kDelayMs + 300);
            EXPECT_TRUE(runner.draftProblem().isEmpty()); // kept again
            runner.stopButton()->click();
            runner.painAfter()->setValue(4);
            runner.saveButton()->click();
        });
    EXPECT_TRUE(saved);
    EXPECT_EQ(
        PacingRepository(*m_db).sessions(plan.id, QDate(2000, 1, 1), QDate(2100, 1, 1)).size(), 1);
    EXPECT_FALSE(DraftRepository(*m_db).load(QStringLiteral("pacing-session")));
}

TEST_F(PacingViewTest, AnInterruptedSessionIsKeptAndCanStillBeRecorded) {
    const PacingPlan plan = storedPlan(QDate::currentDate());
    qint64 now = 0;
    runPacingSession(
        nullptr, *m_db, m_undo, plan, QDate::currentDate(), [&](SessionRunner& runner) {
            runner.setClock([&now] { return now; });
            runner.painBefore()->setValue(3);
            runner.startButton()->click();
            now += 5 * 60 * 1000; // the first bout of 4 minutes, a minute of rest
            runner.tick();
            QTest::qWait(DraftKeeper::kDelayMs + 300); // kept within a second
            const auto kept = DraftRepository(*m_db).load(QStringLiteral("pacing-session"));
            ASSERT_TRUE(kept);
            EXPECT_EQ(kept->value(QStringLiteral("progress"))
                          .toObject()
                          .value(QStringLiteral("done"))
                          .toInt(),
                      4);
            runner.reject(); // the runner goes in the middle of the session
        });
    EXPECT_TRUE(
        PacingRepository(*m_db).sessions(plan.id, QDate(2000, 1, 1), QDate(2100, 1, 1)).isEmpty());

    PacingView view(*m_db, m_undo);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_TRUE(view.resumeButton()->isVisible());
    QTimer::singleShot(0, [] {
        auto* runner = qobject_cast<SessionRunner*>(QApplication::activeModalWidget());
        ASSERT_NE(runner, nullptr);
        EXPECT_TRUE(runner->isResumed());
        EXPECT_TRUE(runner->saveButton()->isVisible()); // at the questions after the session
        EXPECT_EQ(runner->doneAmount()->value(), 4);
        EXPECT_EQ(runner->painBefore()->value(), 3);
        runner->painAfter()->setValue(4);
        runner->saveButton()->click();
    });
    QTest::mouseClick(view.resumeButton(), Qt::LeftButton);
    const QList<PacingSession> sessions =
        PacingRepository(*m_db).sessions(plan.id, QDate(2000, 1, 1), QDate(2100, 1, 1));
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions[0].doneAmount, 4);
    EXPECT_EQ(sessions[0].painBefore, 3);
    EXPECT_EQ(sessions[0].painAfter, 4);
    EXPECT_TRUE(sessions[0].stoppedEarly);
    EXPECT_FALSE(DraftRepository(*m_db).load(QStringLiteral("pacing-session")));
    EXPECT_FALSE(view.resumeButton()->isVisible());
}

TEST_F(PacingViewTest, NotNowBeforeStartingLeavesNothingToRecord) {
    const PacingPlan plan = storedPlan(QDate::currentDate());
    runPacingSession(nullptr, *m_db, m_undo, plan, QDate::currentDate(),
                     [&](SessionRunner& runner) {
                         runner.painBefore()->setValue(5);
                         runner.reject();
                     });
    EXPECT_FALSE(DraftRepository(*m_db).load(QStringLiteral("pacing-session")));
    PacingView view(*m_db, m_undo);
    EXPECT_TRUE(view.resumeButton()->isHidden());
}

// A session interrupted at any point comes back from its draft as it was: on the questions
// after it, every answer exactly (pain, exertion, the amount at the edges of its range, a note
// with spaces around it); while it ran, with the pain before and the start to the millisecond.
// Seeded random sessions, each kept by one runner and taken up by the next.
TEST_F(PacingViewTest, AnInterruptedSessionComesBackExactlyFromItsDraft) {
    const PacingPlan plan = storedPlan(QDate::currentDate());
    std::mt19937 random(20261207);
    auto pick = [&](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    auto optionalScore = [&]() -> std::optional<int> {
        const int roll = pick(-1, 10);
        return roll < 0 ? std::nullopt : std::optional<int>(roll);
    };
    int interruptedRunning = 0;
    for (int round = 0; round < 60; ++round) {
        const int amount = pick(1, 60);
        SessionRunner before(plan, amount, QDate::currentDate());
        qint64 now = 0;
        before.setClock([&now] { return now; });
        before.painBefore()->setValue(optionalScore());
        before.startButton()->click();
        now += 1000 * qint64(pick(0, 3600));
        before.tick();
        const auto page = [&before] {
            return before.progress().value(QStringLiteral("page")).toInt();
        };
        const bool stopping = page() == 1 && pick(0, 2) != 0;
        if (stopping)
            before.stopButton()->click();
        // On the questions after it (stopped early, or its time was up): answered at random.
        const bool answering = page() == 2;
        if (answering) {
            before.painAfter()->setValue(optionalScore());
            before.exertion()->setValue(optionalScore());
            const int edge = pick(0, 3);
            before.doneAmount()->setValue(edge == 0 ? 0 : edge == 1 ? 100000 : pick(0, 500));
            before.findChild<QLineEdit*>()->setText(
                pick(0, 1) == 1 ? QStringLiteral("  Hip ached on the way back  ") : QString());
        }
        const PacingSession kept = before.session();
        const QJsonObject progress = before.progress();

        SessionRunner after(plan, amount, QDate::currentDate());
        after.resume(progress);
        PacingSession resumed = after.session();
        if (!answering) {
            ++interruptedRunning;
            // Stopped by the crash: what was done by then, marked as stopped early.
            EXPECT_TRUE(resumed.stoppedEarly);
            EXPECT_LE(resumed.doneAmount, amount);
            resumed.stoppedEarly = kept.stoppedEarly;
            resumed.doneAmount = kept.doneAmount;
        }
        EXPECT_EQ(resumed, kept) << round;
    }
    EXPECT_GT(interruptedRunning, 5);
    EXPECT_LT(interruptedRunning, 55);
}
