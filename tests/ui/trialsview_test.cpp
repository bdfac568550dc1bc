#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>
#include <random>

#include "charts/chartview.h"
#include "edit/dialogdraft.h"
#include "edit/editstack.h"
#include "storage/cataloguerepository.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/draftrepository.h"
#include "storage/trialrepository.h"
#include "support/qtprinters.h"
#include "support/sampleentries.h"
#include "support/screenshots.h"
#include "trials/todaytrialpanel.h"
#include "trials/trialsview.h"
#include "trials/trialwizard.h"

using namespace painpace;
using painpace::testing::minimalCheckIn;

class TrialsViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_db = Database::openFile(m_dir.filePath(QStringLiteral("diary.sqlite")));
    }
    // A heat trial of 3 cycles of 7 days that ended yesterday, seed 42: B A | B A | A B.
    TherapyTrial finishedTrial() {
        TherapyTrial trial;
        trial.therapyCode = QStringLiteral("heating_pad");
        trial.periodDays = 7;
        trial.cycles = 3;
        trial.seed = 42;
        trial.startDate = QDate::currentDate().addDays(-42);
        TrialRepository(*m_db).save(trial);
        return trial;
    }
    // Pain in each period, every day of it; A periods lower by 2, 1 and 3 points.
    void writeDiary(const TherapyTrial& trial) {
        const QList<int> pains[] = {{6, 6, 6, 6, 6, 6, 6}, {4, 4, 4, 4, 4, 4, 4},
                                    {5, 5, 5, 5, 5, 5, 5}, {5, 3, 4, 4, 4, 4, 4},
                                    {3, 3, 3, 3, 3, 3, 3}, {6, 6, 7, 5, 6, 6, 6}};
        QList<CheckIn> entries;
        const QList<TrialPeriod> schedule = trialSchedule(trial);
        for (qsizetype p = 0; p < schedule.size(); ++p) {
            for (qsizetype d = 0; d < schedule[p].days.size(); ++d)
                entries.append(minimalCheckIn(pains[p][d], schedule[p].days[d], 9));
        }
        CheckInRepository(*m_db).saveAll(entries);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    EditStack m_undo;
};

TEST_F(TrialsViewTest, TheWizardShowsTheWholeCalendarAndStartsTheTrial) {
    TrialsView view(*m_db, m_undo);
    EXPECT_EQ(view.trialList()->count(), 0);
    QStringList calendar;
    QTimer::singleShot(0, [&calendar] {
        auto* wizard = qobject_cast<TrialWizard*>(QApplication::activeModalWidget());
        ASSERT_NE(wizard, nullptr);
        wizard->therapy()->setCurrentIndex(
            wizard->therapy()->findText(QStringLiteral("Heating pad")));
        wizard->periodDays()->setValue(5);
        wizard->cycles()->setValue(2);
        wizard->next();
        wizard->next();
        wizard->next();
        for (int row = 0; row < wizard->calendar()->count(); ++row)
            calendar.append(wizard->calendar()->item(row)->text());
        EXPECT_FALSE(
            painpace::testing::saveScreenshot(*wizard, QStringLiteral("trial-wizard")).isEmpty());
        wizard->accept();
    });
    view.newTrial();
    ASSERT_EQ(calendar.size(), 4);
    EXPECT_TRUE(calendar.first().startsWith(QStringLiteral("Days 1-5, ")));
    EXPECT_TRUE(calendar.last().startsWith(QStringLiteral("Days 16-20, ")));
    EXPECT_EQ(calendar.filter(QStringLiteral(": Heating pad")).size(), 2);
    EXPECT_EQ(calendar.filter(QStringLiteral(": your usual routine")).size(), 2);
    ASSERT_EQ(view.trialList()->count(), 1);
    const TherapyTrial stored = TrialRepository(*m_db).trials().first();
    EXPECT_EQ(stored.periodDays, 5);
    EXPECT_TRUE(view.progress()->text().startsWith(QStringLiteral("Day 1 of 20: ")));
    EXPECT_TRUE(view.headline()->text().startsWith(QStringLiteral("Not enough data yet: 0 of "
                                                                  "the 2 cycles")));
    m_undo.undo();
    EXPECT_EQ(view.trialList()->count(), 0);
}

TEST_F(TrialsViewTest, ADiaryOfThreeCyclesGivesThePlainResult) {
    const TherapyTrial trial = finishedTrial();
    writeDiary(trial);
    TrialsView view(*m_db, m_undo);
    ASSERT_EQ(view.trialList()->count(), 1);
    EXPECT_EQ(view.headline()->text(),
              QStringLiteral("Heating pad lowered your pain by about 2.0 points compared with your "
                             "usual routine. 89% chance that the benefit is at least 1.0 "
                             "points."));
    // s = 1, se = 1/√3: P(μ ≥ 1) = T₂(√3) = 0.5 + √3 / (2√5) = 0.887.
    EXPECT_TRUE(view.methodDetails()->text().contains(
        QStringLiteral("one difference per cycle: 2.00, 1.00, 3.00")));
    EXPECT_TRUE(view.methodDetails()->text().contains(QStringLiteral("p = 0.250")));
    const ChartModel& model = view.chart()->model();
    ASSERT_TRUE(model.emptyMessage.isEmpty());
    EXPECT_EQ(model.bands.size(), 6);
    EXPECT_EQ(model.bands[0].name, QStringLiteral("your usual routine"));
    EXPECT_EQ(model.bands[1].name, QStringLiteral("Heating pad"));
    EXPECT_EQ(model.lines[0].points.size(), 42);
    ASSERT_EQ(model.lines[1].points.size(), 12); // a mean across each of the 6 periods
    EXPECT_DOUBLE_EQ(model.lines[1].points[0].y(), 6.0);
    EXPECT_DOUBLE_EQ(model.lines[1].points[6].y(), 4.0);
    for (const auto& [palette, name] : {std::pair{painpace::testing::lightPalette(), "light"},
                                        std::pair{painpace::testing::darkPalette(), "dark"}}) {
        painpace::testing::ScopedAppPalette scoped(palette);
        view.resize(1200, 760);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        EXPECT_FALSE(painpace::testing::saveScreenshot(
                         view, QStringLiteral("trial-result-%1").arg(QLatin1String(name)))
                         .isEmpty());
    }
}

TEST_F(TrialsViewTest, TodayShowsTheTrialDayAndRecordsWhetherItWasFollowed) {
    TherapyTrial trial;
    trial.therapyCode = QStringLiteral("heating_pad");
    trial.periodDays = 7;
    trial.cycles = 3;
    trial.seed = 42; // B first
    trial.startDate = QDate::currentDate().addDays(-8);
    TrialRepository(*m_db).save(trial);
    TodayTrialPanel panel(*m_db, m_undo);
    EXPECT_FALSE(panel.isHidden());
    EXPECT_EQ(panel.dayText()->text(), QStringLiteral("Day 9 of 42: Heating pad period."));
    panel.notFollowedButton()->click();
    EXPECT_EQ(TrialRepository(*m_db).followed(trial.id).value(QDate::currentDate()), false);
    panel.followedButton()->click(); // changed mind
    EXPECT_EQ(TrialRepository(*m_db).followed(trial.id).value(QDate::currentDate()), true);
    EXPECT_TRUE(panel.followedButton()->isChecked());
    EXPECT_FALSE(panel.notFollowedButton()->isChecked());
    m_undo.undo();
    EXPECT_EQ(TrialRepository(*m_db).followed(trial.id).value(QDate::currentDate()), false);
    m_undo.undo();
    EXPECT_TRUE(TrialRepository(*m_db).followed(trial.id).isEmpty());
    EXPECT_FALSE(panel.followedButton()->isChecked());

    TrialsView view(*m_db, m_undo);
    view.resize(1200, 760);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_TRUE(view.progress()->text().startsWith(QStringLiteral("Day 9 of 42: Heating pad")));
    EXPECT_FALSE(
        painpace::testing::saveScreenshot(view, QStringLiteral("trial-running")).isEmpty());
}

TEST_F(TrialsViewTest, PausingShiftsTheRestAndResumingCarriesOn) {
    const TherapyTrial trial = finishedTrial();
    TherapyTrial running = trial;
    running.startDate = QDate::currentDate().addDays(-3);
    running.status = TrialStatus::Running;
    TrialRepository(*m_db).save(running);
    TrialsView view(*m_db, m_undo);
    view.togglePause();
    TherapyTrial paused = *TrialRepository(*m_db).trial(trial.id);
    EXPECT_EQ(paused.status, TrialStatus::Paused);
    ASSERT_EQ(paused.pauses.size(), 1);
    EXPECT_EQ(paused.pauses[0].from, QDate::currentDate());
    EXPECT_FALSE(TrialRepository(*m_db).runningOn(QDate::currentDate()));
    m_undo.undo();
    EXPECT_EQ(TrialRepository(*m_db).trial(trial.id)->status, TrialStatus::Running);
    EXPECT_TRUE(TrialRepository(*m_db).trial(trial.id)->pauses.isEmpty());
}

// The calendar is drawn from a seed; a draft keeps the seed, so the calendar that comes back is
// the one the person saw before the crash.
TEST_F(TrialsViewTest, ATrialHalfSetUpBeforeACrashComesBackWithItsCalendar) {
    QStringList before;
    {
        TrialWizard wizard(CatalogueRepository(*m_db).therapies());
        DialogDraft draft(
            *m_db, QStringLiteral("trial-wizard"), wizard,
            {[&] {
                 return QJsonObject{{QStringLiteral("seed"), QString::number(wizard.seed())}};
             },
             {},
             {}});
        wizard.therapy()->setCurrentIndex(
            wizard.therapy()->findText(QStringLiteral("Heating pad")));
        wizard.periodDays()->setValue(4);
        wizard.cycles()->setValue(3);
        wizard.show();
        wizard.next();
        wizard.next();
        wizard.next(); // the calendar page draws it
        draft.store();
        for (int row = 0; row < wizard.calendar()->count(); ++row)
            before.append(wizard.calendar()->item(row)->text());
        ASSERT_EQ(before.size(), 6);
    }
    TrialsView view(*m_db, m_undo);
    QStringList after;
    QTimer::singleShot(0, [&] {
        auto* wizard = qobject_cast<TrialWizard*>(QApplication::activeModalWidget());
        ASSERT_NE(wizard, nullptr);
        EXPECT_EQ(wizard->periodDays()->value(), 4);
        EXPECT_EQ(wizard->cycles()->value(), 3);
        for (int row = 0; row < wizard->calendar()->count(); ++row)
            after.append(wizard->calendar()->item(row)->text());
        wizard->accept();
    });
    view.newTrial();
    EXPECT_EQ(after, before);
    ASSERT_EQ(view.trialList()->count(), 1);
    EXPECT_FALSE(DraftRepository(*m_db).load(QStringLiteral("trial-wizard")));
}

// Choosing a medicine or a supplement to try (or to compare with) brings a framed caution to
// agree the trial with the prescriber first; a heating pad does not.
TEST_F(TrialsViewTest, AMedicineTrialCautionsToAgreeItWithThePrescriber) {
    const QList<TherapyDefinition> therapies = CatalogueRepository(*m_db).therapies();
    TrialWizard wizard(therapies);
    wizard.show();
    auto codeOfKind = [&](TherapyKind kind) {
        for (const TherapyDefinition& therapy : therapies) {
            if (therapy.kind == kind)
                return therapy.code;
        }
        return QString();
    };
    const QString medicine = codeOfKind(TherapyKind::Medication);
    const QString heat = codeOfKind(TherapyKind::Heat);
    ASSERT_FALSE(medicine.isEmpty());
    ASSERT_FALSE(heat.isEmpty());
    wizard.therapy()->setCurrentIndex(wizard.therapy()->findData(heat));
    EXPECT_TRUE(wizard.medicineCaution().isEmpty());
    wizard.therapy()->setCurrentIndex(wizard.therapy()->findData(medicine));
    EXPECT_TRUE(wizard.medicineCaution().contains(QStringLiteral("doctor who prescribed it")));
    EXPECT_FALSE(painpace::testing::saveScreenshot(wizard, QStringLiteral("trial-wizard-medicine"))
                     .isEmpty());
    // Compared with a medicine counts too.
    wizard.therapy()->setCurrentIndex(wizard.therapy()->findData(heat));
    wizard.comparison()->button(static_cast<int>(TrialComparison::OtherTherapy))->click();
    wizard.otherTherapy()->setCurrentIndex(wizard.otherTherapy()->findData(medicine));
    EXPECT_FALSE(wizard.medicineCaution().isEmpty());
    wizard.comparison()->button(static_cast<int>(TrialComparison::UsualRoutine))->click();
    EXPECT_TRUE(wizard.medicineCaution().isEmpty());
}

// Whatever was chosen in the trial wizard comes back exactly from its draft: seeded random
// choices on every page, at the edges of each range, kept by one wizard and taken up by the next.
TEST_F(TrialsViewTest, EveryChoiceInTheWizardComesBackExactlyFromItsDraft) {
    const QList<TherapyDefinition> therapies = CatalogueRepository(*m_db).therapies();
    std::mt19937 random(20261210);
    auto pick = [&](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    auto edge = [&](int low, int high) {
        const int roll = pick(0, 9);
        return roll == 0 ? low : roll == 1 ? high : pick(low, high);
    };
    const auto keptBy = [](TrialWizard& wizard) {
        const QString seedKey = QStringLiteral("seed");
        return DialogDraft::Extras{
            [&wizard, seedKey] {
                return QJsonObject{{seedKey, QString::number(wizard.seed())}};
            },
            {},
            [&wizard, seedKey](const QJsonObject& extra) {
                wizard.setSeed(extra.value(seedKey).toString().toULongLong());
            }};
    };
    for (int round = 0; round < 40; ++round) {
        TherapyTrial chosen;
        {
            TrialWizard wizard(therapies);
            DialogDraft draft(*m_db, QStringLiteral("trial-wizard"), wizard, keptBy(wizard));
            wizard.therapy()->setCurrentIndex(pick(0, wizard.therapy()->count() - 1));
            const QList<QAbstractButton*> comparisons = wizard.comparison()->buttons();
            comparisons[pick(0, int(comparisons.size()) - 1)]->click();
            wizard.otherTherapy()->setCurrentIndex(pick(0, wizard.otherTherapy()->count() - 1));
            wizard.outcome()->setCurrentIndex(pick(0, wizard.outcome()->count() - 1));
            for (QCheckBox* box : wizard.findChildren<QCheckBox*>())
                if (box != wizard.baseline())
                    box->setChecked(pick(0, 1) == 1);
            wizard.baseline()->setChecked(pick(0, 1) == 1);
            wizard.findChild<QDoubleSpinBox*>()->setValue(edge(1, 1000) / 10.0);
            wizard.periodDays()->setValue(
                edge(wizard.periodDays()->minimum(), wizard.periodDays()->maximum()));
            wizard.cycles()->setValue(edge(wizard.cycles()->minimum(), wizard.cycles()->maximum()));
            wizard.findChild<QDateEdit*>()->setDate(QDate::currentDate().addDays(edge(0, 365)));
            chosen = wizard.trial();
            draft.store();
        } // closed without finishing, as in a crash
        TrialWizard wizard(therapies);
        DialogDraft draft(*m_db, QStringLiteral("trial-wizard"), wizard, keptBy(wizard));
        ASSERT_TRUE(draft.restore());
        EXPECT_EQ(wizard.trial(), chosen) << round;
    }
}
