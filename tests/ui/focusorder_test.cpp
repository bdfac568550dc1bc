// Tab goes through every form in the order the person reads it (tests/support/focusorder.h), so
// values typed in the order seen land in the fields seen. Each form is shown at a roomy size
// with everything folded out, and checked page by page.
#include <QApplication>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

#include <gtest/gtest.h>

#include "diary/checkindetailsform.h"
#include "edit/checkincomposition.h"
#include "edit/editstack.h"
#include "entries/entriesview.h"
#include "pacing/planwizard.h"
#include "pacing/sessionrunner.h"
#include "questionnaires/acrform.h"
#include "questionnaires/fiqrform.h"
#include "reminders/remindersdialog.h"
#include "storage/database.h"
#include "support/focusorder.h"
#include "today/todayview.h"
#include "trials/trialwizard.h"

using namespace painpace;
using painpace::testing::tabOrder;
using painpace::testing::tabOrderProblems;

namespace {

void showRoomy(QWidget& widget) {
    widget.resize(1200, 900);
    widget.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
}

std::string joined(const QStringList& problems) {
    return problems.join(QStringLiteral("; ")).toStdString();
}

} // namespace

class FocusOrderTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_db = Database::openFile(m_dir.filePath(QStringLiteral("diary.sqlite")));
    }
    void TearDown() override { m_undo.clear(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    EditStack m_undo;
};

TEST_F(FocusOrderTest, TheFullCheckInFormIsTabbedInReadingOrder) {
    CheckInDetailsForm form(*m_db, m_undo);
    showRoomy(form);
    EXPECT_GT(tabOrder(&form).size(), 10);
    EXPECT_EQ(joined(tabOrderProblems(&form)), "");
}

TEST_F(FocusOrderTest, TodayWithEverythingFoldedOutIsTabbedInReadingOrder) {
    CheckInComposition composition;
    TodayView today(*m_db, m_undo, composition);
    showRoomy(today);
    today.moreButton()->click();
    QApplication::processEvents();
    EXPECT_EQ(joined(tabOrderProblems(&today)), "");
}

// Narrow windows put the filters, and Today's buttons, on two rows: Tab follows them there too.
TEST_F(FocusOrderTest, EntriesAndTodayAreTabbedInReadingOrderWideAndNarrow) {
    for (const int width : {720, 1300}) {
        EntriesView entries(*m_db, m_undo);
        entries.resize(width, 600);
        entries.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&entries));
        QApplication::processEvents();
        EXPECT_EQ(joined(tabOrderProblems(&entries)), "") << "Entries at " << width;
        CheckInComposition composition;
        TodayView today(*m_db, m_undo, composition);
        today.resize(width, 600);
        today.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&today));
        QApplication::processEvents();
        EXPECT_EQ(joined(tabOrderProblems(&today)), "") << "Today at " << width;
    }
}

TEST_F(FocusOrderTest, TheQuestionnaireFormsAreTabbedInReadingOrder) {
    AcrForm acr;
    showRoomy(acr);
    EXPECT_EQ(joined(tabOrderProblems(&acr)), "");
    FiqrForm fiqr;
    showRoomy(fiqr);
    EXPECT_EQ(joined(tabOrderProblems(&fiqr)), "");
}

TEST_F(FocusOrderTest, EveryPageOfThePlanAndTrialWizardsIsTabbedInReadingOrder) {
    PlanWizard plan;
    TrialWizard trial({});
    for (QWizard* wizard : std::initializer_list<QWizard*>{&plan, &trial}) {
        showRoomy(*wizard);
        for (int id : wizard->pageIds()) {
            while (wizard->currentId() != id && wizard->currentId() < id)
                wizard->next();
            if (wizard->currentId() != id)
                continue; // a page this path of the wizard does not pass
            EXPECT_EQ(joined(tabOrderProblems(wizard->currentPage())), "")
                << wizard->windowTitle().toStdString() << ", page " << id;
        }
    }
}

TEST_F(FocusOrderTest, TheRemindersDialogIsTabbedInReadingOrder) {
    RemindersDialog dialog;
    showRoomy(dialog);
    EXPECT_EQ(joined(tabOrderProblems(&dialog)), "");
}
