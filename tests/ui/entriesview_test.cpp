#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "diary/checkineditor.h"
#include "diary/checkinlistmodel.h"
#include "edit/editstack.h"
#include "entries/entriesview.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "support/qtprinters.h"
#include "support/sampleentries.h"
#include "support/screenshots.h"
#include "today/painscalebuttons.h"

using namespace painpace;
using painpace::testing::completeCheckIn;
using painpace::testing::minimalCheckIn;

class EntriesViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_db = Database::openFile(m_dir.filePath(QStringLiteral("diary.sqlite")));
        CheckIn walk = minimalCheckIn(3, QDate(2026, 3, 10));
        walk.note = QStringLiteral("Long walk by the river");
        walk.therapies = {
            {QStringLiteral("walking"), std::nullopt, QString(), Minutes{30}, std::nullopt}};
        QList<CheckIn> entries = {completeCheckIn(QDate(2026, 3, 14)), walk,
                                  minimalCheckIn(8, QDate(2026, 3, 12))};
        CheckInRepository(*m_db).saveAll(entries);
        m_view = std::make_unique<EntriesView>(*m_db, m_undo);
        m_view->resize(1100, 600);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void TearDown() override {
        m_undo.clear();
        m_view.reset();
    }
    QList<int> shownPains() const {
        QList<int> pains;
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            pains << m_view->model()->entryAt(row).pain;
        return pains;
    }
    void select(const QString& code, QComboBox* box) { box->setCurrentIndex(box->findData(code)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    EditStack m_undo;
    std::unique_ptr<EntriesView> m_view;
};

TEST_F(EntriesViewTest, ListsEveryEntryNewestFirst) {
    EXPECT_EQ(shownPains(), (QList<int>{6, 8, 3}));
}

TEST_F(EntriesViewTest, SearchAndFiltersReturnTheRightEntries) {
    QTest::keyClicks(m_view->search(), QStringLiteral("river"));
    EXPECT_EQ(shownPains(), QList<int>{3});
    m_view->search()->clear();
    select(QStringLiteral("poor_sleep"), m_view->triggerFilter());
    EXPECT_EQ(shownPains(), QList<int>{6});
    select(QString(), m_view->triggerFilter());
    select(QStringLiteral("walking"), m_view->therapyFilter());
    EXPECT_EQ(shownPains(), QList<int>{3});
    select(QString(), m_view->therapyFilter());
    select(QStringLiteral("back.lumbar.left"), m_view->regionFilter());
    EXPECT_TRUE(shownPains().isEmpty()); // the complete entry marks the right trapezius
    select(QStringLiteral("back.trapezius.right"), m_view->regionFilter());
    EXPECT_EQ(shownPains(), QList<int>{6});
    select(QString(), m_view->regionFilter());
    m_view->flareFilter()->setChecked(true);
    EXPECT_EQ(shownPains(), QList<int>{6});
    m_view->flareFilter()->setChecked(false);
    m_view->minPain()->setValue(4);
    m_view->maxPain()->setValue(7);
    EXPECT_EQ(shownPains(), QList<int>{6});
}

TEST_F(EntriesViewTest, DeleteIsUndoableAndDuplicateCopies) {
    m_view->table()->selectRow(1); // pain 8
    m_view->deleteSelected();
    EXPECT_EQ(shownPains(), (QList<int>{6, 3}));
    m_undo.undo();
    EXPECT_EQ(shownPains(), (QList<int>{6, 8, 3}));
    m_view->table()->selectRow(2); // pain 3 with its walk
    m_view->duplicateSelected();
    EXPECT_EQ(shownPains().first(), 3); // the copy is the newest
    EXPECT_EQ(m_view->model()->entryAt(0).therapies[0].duration, Minutes{30});
}

TEST_F(EntriesViewTest, EditingFromTheListSavesAndUndoes) {
    m_view->table()->selectRow(2);
    m_view->editSelected();
    QTest::mouseClick(m_view->editor()->pain()->button(4), Qt::LeftButton);
    QTest::mouseClick(m_view->editor()->saveButton(), Qt::LeftButton);
    EXPECT_EQ(shownPains(), (QList<int>{6, 8, 4}));
    m_undo.undo();
    EXPECT_EQ(shownPains(), (QList<int>{6, 8, 3}));
    painpace::testing::ScopedAppPalette light(painpace::testing::lightPalette());
    EXPECT_FALSE(
        painpace::testing::saveScreenshot(*m_view, QStringLiteral("entries-light")).isEmpty());
}
