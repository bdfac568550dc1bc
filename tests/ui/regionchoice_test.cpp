#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

#include "bodymap/bodyregioncatalogue.h"
#include "bodymap/regiongroup.h"
#include "diary/regionchoice.h"
#include "diary/spasmtable.h"

using namespace painpace;

namespace {

// A region field before another field, shown, so leaving it works as in the form.
struct RegionInAForm {
    QWidget window;
    RegionChoice* region = new RegionChoice(&window);
    QLineEdit* after = new QLineEdit(&window);

    RegionInAForm() {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(region);
        layout->addWidget(after);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
    }

    void typeAndLeave(const QString& text) {
        // The list of matches is a window of its own: the form is made active again first.
        window.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
        region->setFocus();
        region->lineEdit()->selectAll();
        QTest::keyClicks(region->lineEdit(), text);
        QTest::keyClick(region->lineEdit(), Qt::Key_Tab);
        QApplication::processEvents();
        EXPECT_FALSE(region->completer()->popup()->isVisible());
    }
};

} // namespace

TEST(RegionChoiceTest, RegionsAreListedUnderTheirPartOfTheBody) {
    RegionChoice choice;
    int headings = 0;
    int regions = 0;
    RegionGroup group = allRegionGroups().front();
    for (int row = 0; row < choice.count(); ++row) {
        const QString code = choice.itemData(row).toString();
        if (code.isEmpty()) {
            // A heading: the name of the next part, and it cannot be chosen.
            group = allRegionGroups().at(headings);
            EXPECT_EQ(choice.itemText(row), regionGroupName(group));
            const auto* model = static_cast<QStandardItemModel*>(choice.model());
            EXPECT_FALSE(model->item(row)->flags().testFlag(Qt::ItemIsEnabled));
            ++headings;
            continue;
        }
        EXPECT_EQ(regionGroupOf(code), group) << code.toStdString();
        ++regions;
    }
    EXPECT_EQ(headings, kRegionGroupCount);
    EXPECT_EQ(regions, bodyRegions().size());
    EXPECT_EQ(choice.regionCode(), bodyRegions().first().code); // never a heading
}

TEST(RegionChoiceTest, TypingPartOfANameAndLeavingPicksTheFirstRegionThatHasIt) {
    RegionInAForm form;
    form.typeAndLeave(QStringLiteral("sacro"));
    EXPECT_EQ(form.region->regionCode(), QStringLiteral("back.sacroiliac.left"));
    EXPECT_EQ(form.region->currentText(), bodyRegionName(QStringLiteral("back.sacroiliac.left")));
    EXPECT_EQ(QApplication::focusWidget(), form.after);

    form.typeAndLeave(QStringLiteral("RIGHT CALF"));
    EXPECT_EQ(form.region->regionCode(), QStringLiteral("back.calf.right"));
    // The whole name, typed exactly, wins over an earlier region that contains it.
    form.typeAndLeave(bodyRegionName(QStringLiteral("front.shoulder.right")));
    EXPECT_EQ(form.region->regionCode(), QStringLiteral("front.shoulder.right"));
}

TEST(RegionChoiceTest, TextThatMatchesNoRegionPutsBackTheRegionBefore) {
    RegionInAForm form;
    form.region->setRegionCode(QStringLiteral("back.lumbar.right"));
    form.typeAndLeave(QStringLiteral("elbow of the moon"));
    EXPECT_EQ(form.region->regionCode(), QStringLiteral("back.lumbar.right"));
    EXPECT_EQ(form.region->currentText(), bodyRegionName(QStringLiteral("back.lumbar.right")));
    form.typeAndLeave(QString());
    EXPECT_EQ(form.region->regionCode(), QStringLiteral("back.lumbar.right"));
}

TEST(RegionChoiceTest, AddSpasmGoesStraightToWhereSoTypingSaysIt) {
    SpasmTable table;
    table.resize(900, 300);
    table.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&table));
    table.activateWindow();
    QPushButton* add = nullptr;
    for (QPushButton* button : table.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Add spasm"))
            add = button;
    }
    ASSERT_NE(add, nullptr);
    QTest::mouseClick(add, Qt::LeftButton);
    auto* where = qobject_cast<RegionChoice*>(table.cellFor(0, QStringLiteral("region")));
    ASSERT_NE(where, nullptr);
    EXPECT_TRUE(where->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("left calf"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(table.spasms().size(), 1);
    EXPECT_EQ(table.spasms().first().regionCode, QStringLiteral("back.calf.left"));
}
