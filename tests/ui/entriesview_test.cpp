#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <random>

#include "diary/checkindescription.h"
#include "diary/checkineditor.h"
#include "diary/checkinlistmodel.h"
#include "edit/diaryedits.h"
#include "edit/editstack.h"
#include "edit/undonotice.h"
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

// A delete says what went, with an Undo right there; that Undo takes back exactly that step, and
// the notice goes as soon as anything else is done.
TEST_F(EntriesViewTest, ADeleteSaysWhatWentWithAnUndoRightThere) {
    m_view->table()->selectRow(1); // pain 8 on 12 March
    m_view->deleteSelected();
    EXPECT_TRUE(m_view->notice()->text().startsWith(QStringLiteral("Deleted the check-in of ")));
    EXPECT_TRUE(m_view->notice()->text().endsWith(QStringLiteral("(pain 8).")));
    ASSERT_TRUE(m_view->notice()->undoButton()->isVisible());
    QTest::mouseClick(m_view->notice()->undoButton(), Qt::LeftButton);
    EXPECT_EQ(shownPains(), (QList<int>{6, 8, 3}));
    EXPECT_FALSE(m_view->notice()->undoButton()->isVisible());
    EXPECT_TRUE(m_view->notice()->text().isEmpty());

    m_view->table()->selectRow(2);
    m_view->deleteSelected();
    m_view->table()->selectRow(0);
    m_view->duplicateSelected(); // another step: the delete's Undo no longer shows
    EXPECT_EQ(m_view->notice()->text(), QStringLiteral("Copied to now."));
    QTest::mouseClick(m_view->notice()->undoButton(), Qt::LeftButton); // takes the copy back
    EXPECT_EQ(shownPains(), (QList<int>{6, 8}));
    m_undo.redo();
    EXPECT_FALSE(m_view->notice()->undoButton()->isVisible());
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

namespace {

// What the model announces, to tell a one-row change from a reload of the whole list.
struct ModelChanges {
    explicit ModelChanges(QAbstractItemModel* model) {
        QObject::connect(model, &QAbstractItemModel::modelReset, [this] { ++resets; });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, [this] { ++inserted; });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, [this] { ++removed; });
        QObject::connect(model, &QAbstractItemModel::dataChanged,
                         [this](const QModelIndex& from, const QModelIndex& to) {
                             ++changed;
                             changedRows += to.row() - from.row() + 1;
                         });
    }
    int resets = 0;
    int inserted = 0;
    int removed = 0;
    int changed = 0;
    int changedRows = 0;
};

} // namespace

TEST_F(EntriesViewTest, AChangedEntryChangesOneRowAndTheSelectionStays) {
    m_view->table()->selectRow(1); // the walk, pain 3
    const QUuid walk = m_view->model()->entryAt(1).uuid;
    ModelChanges changes(m_view->model());
    CheckIn edited = m_view->model()->entryAt(1);
    edited.note = QStringLiteral("Long walk, then a rest");
    CheckInRepository(*m_db).save(edited);
    EXPECT_EQ(changes.resets, 0);
    EXPECT_EQ(changes.changedRows, 1);
    EXPECT_EQ(m_view->model()->entryAt(1).note, QStringLiteral("Long walk, then a rest"));
    const QModelIndexList selected = m_view->table()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(m_view->model()->entryAt(selected[0].row()).uuid, walk);

    CheckIn added = minimalCheckIn(5, QDate(2026, 3, 13));
    CheckInRepository(*m_db).save(added);
    EXPECT_EQ(changes.resets, 0);
    EXPECT_EQ(changes.inserted, 1);
    EXPECT_EQ(shownPains(), (QList<int>{6, 5, 8, 3}));
    // The selection follows the walk to its new row.
    EXPECT_EQ(m_view->model()
                  ->entryAt(m_view->table()->selectionModel()->selectedRows().value(0).row())
                  .uuid,
              walk);

    CheckInRepository(*m_db).remove(added.id);
    EXPECT_EQ(changes.resets, 0);
    EXPECT_EQ(changes.removed, 1);
    EXPECT_EQ(shownPains(), (QList<int>{6, 8, 3}));
}

TEST_F(EntriesViewTest, AnEntryLeavesAndJoinsTheFilteredListAsItChanges) {
    m_view->minPain()->setValue(5);
    ASSERT_EQ(shownPains(), (QList<int>{6, 8}));
    ModelChanges changes(m_view->model());
    CheckIn calmer = m_view->model()->entryAt(1);
    calmer.pain = 2;
    CheckInRepository(*m_db).save(calmer);
    EXPECT_EQ(shownPains(), QList<int>{6});
    calmer.pain = 7;
    CheckInRepository(*m_db).save(calmer);
    EXPECT_EQ(shownPains(), (QList<int>{6, 7}));
    EXPECT_EQ(changes.resets, 0);
    QStringList counts;
    for (const QLabel* label : m_view->findChildren<QLabel*>())
        if (label->text().endsWith(QStringLiteral("found")))
            counts << label->text();
    EXPECT_EQ(counts, QStringList{QStringLiteral("2 entries found")});
}

TEST_F(EntriesViewTest, AListHiddenWhileTheDiaryChangedIsReadWholeWhenShown) {
    QWidget window;
    m_view->setParent(&window);
    auto* other = new QWidget(&window);
    window.resize(1100, 600);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    m_view->hide();
    other->show();
    ModelChanges changes(m_view->model());
    CheckIn added = minimalCheckIn(1, QDate(2026, 3, 15));
    CheckInRepository(*m_db).save(added);
    EXPECT_EQ(changes.resets + changes.inserted, 0); // nothing done while nobody looks
    m_view->show();
    EXPECT_EQ(changes.resets, 1);
    EXPECT_EQ(shownPains(), (QList<int>{1, 6, 8, 3}));
    m_view->setParent(nullptr);
}

// Many seeded random sequences of adds, edits, moves in time, deletes, undos and redos with a
// pain filter on, read three rows a page and scrolled down now and then: after every step the
// rows read are exactly the newest part of what a fresh search finds, in order, and the count is
// the whole of it.
TEST_F(EntriesViewTest, TheListAlwaysMatchesAFreshSearchOverRandomEdits) {
    m_view->model()->setPageSize(3);
    m_view->minPain()->setValue(4);
    for (std::uint32_t seed = 1; seed <= 40; ++seed) {
        std::mt19937 random(seed);
        auto pick = [&](int below) {
            return int(random() % std::uint32_t(below));
        };
        DiaryEdits edits(*m_db, m_undo);
        for (int step = 0; step < 25; ++step) {
            const QList<CheckIn> all =
                CheckInRepository(*m_db).between(QDate(2000, 1, 1), QDate(2100, 1, 1));
            const int action = pick(6);
            if (action == 0 || all.isEmpty()) {
                edits.saveCheckIn(std::nullopt,
                                  minimalCheckIn(pick(11), QDate(2026, 3, 1 + pick(20)), pick(24)),
                                  QStringLiteral("add"));
            } else if (action == 1) {
                CheckIn after = all[pick(int(all.size()))];
                const CheckIn before = after;
                after.pain = pick(11);
                edits.saveCheckIn(before, after, QStringLiteral("edit pain"));
            } else if (action == 2) {
                CheckIn after = all[pick(int(all.size()))];
                const CheckIn before = after;
                after.moment = painpace::testing::momentOn(QDate(2026, 3, 1 + pick(20)), pick(24));
                edits.saveCheckIn(before, after, QStringLiteral("move"));
            } else if (action == 3) {
                edits.deleteCheckIn(all[pick(int(all.size()))]);
            } else if (action == 4 && m_undo.canUndo()) {
                m_undo.undo();
            } else if (m_undo.canRedo()) {
                m_undo.redo();
            }
            if (pick(3) == 0)
                m_view->model()->fetchMore({}); // scrolled down to the end of what is read
            QList<CheckIn> expected = CheckInRepository(*m_db).search(m_view->filter());
            std::reverse(expected.begin(), expected.end());
            ASSERT_EQ(m_view->model()->total(), expected.size()) << "seed " << seed;
            expected = expected.mid(0, m_view->model()->rowCount());
            QList<QUuid> expectedOrder, shownOrder;
            for (const CheckIn& entry : expected)
                expectedOrder << entry.uuid;
            for (int row = 0; row < m_view->model()->rowCount(); ++row) {
                shownOrder << m_view->model()->entryAt(row).uuid;
                ASSERT_EQ(m_view->model()->entryAt(row), expected.value(row))
                    << "seed " << seed << " step " << step;
            }
            ASSERT_EQ(shownOrder, expectedOrder) << "seed " << seed << " step " << step;
        }
        m_undo.clear();
    }
}

// A long diary lists every entry, read a page at a time as the list is scrolled, and the count
// is the whole diary from the start.
TEST_F(EntriesViewTest, ALongDiaryListsEveryEntryPageByPageAndCountsThemAll) {
    QList<CheckIn> many;
    for (int i = 0; i < 1234; ++i)
        many << minimalCheckIn(i % 11, QDate(2020, 1, 1).addDays(i / 3), 6 + (i % 3) * 5);
    CheckInRepository(*m_db).saveAll(many);
    m_view->refresh();
    const int total = 1234 + 3;
    EXPECT_EQ(m_view->model()->total(), total);
    EXPECT_EQ(m_view->model()->rowCount(), CheckInListModel::kDefaultPageSize);
    EXPECT_TRUE(m_view->countText().startsWith(QStringLiteral("%1 entries").arg(total)))
        << m_view->countText().toStdString();
    // Scrolling to the end reads on until the last entry.
    for (int pass = 0; pass < 20 && m_view->model()->canFetchMore({}); ++pass) {
        m_view->table()->scrollToBottom();
        QApplication::processEvents();
    }
    ASSERT_EQ(m_view->model()->rowCount(), total);
    QSet<QUuid> seen;
    for (int row = 0; row < total; ++row) {
        seen.insert(m_view->model()->entryAt(row).uuid);
        if (row > 0) {
            ASSERT_GE(m_view->model()->entryAt(row - 1).moment.utc,
                      m_view->model()->entryAt(row).moment.utc);
        }
    }
    EXPECT_EQ(seen.size(), total); // each entry once
}

// The list says the same advice, at the same level and in the same words, as Today and the
// Calendar do (core/diary/redflag.h, careHeadline).
TEST_F(EntriesViewTest, AnEntryWithWarningSignsLeadsWithTheSameAdviceAsEveryView) {
    const int row = m_view->model()->rowOf(
        CheckInRepository(*m_db).between(QDate(2026, 3, 14), QDate(2026, 3, 14)).first().uuid);
    ASSERT_GE(row, 0);
    const QString details =
        m_view->model()
            ->data(m_view->model()->index(row, CheckInListModel::Details), Qt::DisplayRole)
            .toString();
    EXPECT_TRUE(details.startsWith(QStringLiteral("⚠ See a doctor within a day or two · ")))
        << details.toStdString();
}

// A note is listed on one line without the spaces and empty lines around and inside it, while
// the diary keeps it as it was written.
TEST(CheckInDescriptionTest, ListsANoteOnOneLineWithoutItsSpaces) {
    CheckIn entry = painpace::testing::minimalCheckIn(4);
    entry.note = QStringLiteral("  Stiff after the drive.\n\n  Better by noon.  \n");
    const QString withNote = describeCheckIn(entry);
    entry.note.clear();
    const QString withoutNote = describeCheckIn(entry);
    EXPECT_EQ(
        withNote.toStdString(),
        (withoutNote + QStringLiteral("\n“Stiff after the drive. Better by noon.”")).toStdString());
    entry.note = QStringLiteral(" \n ");
    EXPECT_EQ(describeCheckIn(entry).toStdString(), withoutNote.toStdString());
}
