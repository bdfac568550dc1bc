#include <QAbstractButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "demo/demopacing.h"
#include "diary/checkineditor.h"
#include "edit/editstack.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "today/painscalebuttons.h"

using namespace painpace;

// Every entry of the 10-year demo diary, opened in the editor and saved without a change, is
// stored exactly as it was, and the editor does not take it for changed (an editor that rounded
// what it showed turned 428 minutes of sleep into 426).
TEST(CheckInEditorRoundTrip, EveryDemoEntryOpensAndSavesUnchanged) {
    QTemporaryDir dir;
    auto database = Database::openFile(dir.filePath(QStringLiteral("demo.sqlite")));
    DemoOptions options;
    options.years = 10;
    writeDemoDiary(*database, options);
    EditStack stack;
    CheckInEditor editor(*database, stack, QStringLiteral("round-trip"));
    CheckInRepository repository(*database);
    const QList<CheckIn> entries = repository.between(QDate(1900, 1, 1), QDate(2199, 12, 31));
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
    EXPECT_EQ(repository.between(QDate(1900, 1, 1), QDate(2199, 12, 31)), entries);
}
