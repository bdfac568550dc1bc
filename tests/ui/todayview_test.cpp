#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "support/screenshots.h"
#include "today/painscalebuttons.h"
#include "today/todayview.h"

#include <gtest/gtest.h>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace painpace;

class TodayViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_db = Database::openFile(m_dir.filePath(QStringLiteral("diary.sqlite")));
        m_view = std::make_unique<TodayView>(*m_db, m_undo);
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
    std::unique_ptr<Database> m_db;
    QUndoStack m_undo;
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
