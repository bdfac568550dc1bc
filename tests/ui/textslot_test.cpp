// A label in a TextSlot (ui/common/textslot.h) takes a new text without the view around it being
// laid out again, and the view still gives it the room each text needs.
#include <QApplication>
#include <QEvent>
#include <QVBoxLayout>
#include <QWidget>

#include <gtest/gtest.h>

#include "common/cachedtextlabel.h"
#include "common/textslot.h"

using namespace painpace;

namespace {

const QString kOneLine = QStringLiteral("Saved pain 5 at 09:30.");
const QString kOtherLine = QStringLiteral("Saved pain 7 at 09:31.");
const QString kLong = QStringLiteral(
    "Saved pain 5 at 09:30 with two body-map marks. Edit, then Undo takes it back; the entry "
    "stays in the diary until then, and a draft is kept while you type.");

// Counts the requests to lay a widget out again.
class LayoutRequests : public QObject {
public:
    explicit LayoutRequests(QWidget* watched) { watched->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// A new height goes from the label to its slot, then from the slot to the view: one pass of
// the event loop each.
void settle() {
    for (int pass = 0; pass < 3; ++pass)
        QApplication::processEvents();
}

// A view as Today has it: a message in its slot with a button under it.
struct ViewWithAMessage {
    ViewWithAMessage() {
        auto* layout = new QVBoxLayout(&view);
        layout->setSpacing(10);
        label = new CachedTextLabel(kOneLine);
        slot = new TextSlot(label, &view);
        layout->addWidget(slot);
        below = new QWidget(&view);
        below->setFixedHeight(30);
        layout->addWidget(below);
        layout->addStretch();
        view.resize(400, 300);
        view.show();
        settle();
    }
    // Where the widget under the message would be for the message's height at its width.
    int expectedTopBelow() const { return slot->y() + label->heightForWidth(slot->width()) + 10; }

    QWidget view;
    CachedTextLabel* label = nullptr;
    TextSlot* slot = nullptr;
    QWidget* below = nullptr;
};

} // namespace

TEST(TextSlotTest, ATextOfTheSameHeightLeavesTheViewAsItWas) {
    ViewWithAMessage view;
    const int topBelow = view.below->y();
    ASSERT_EQ(topBelow, view.expectedTopBelow());
    LayoutRequests requests(&view.view);
    view.label->setText(kOtherLine);
    settle();
    EXPECT_EQ(requests.count, 0);
    EXPECT_EQ(view.below->y(), topBelow);
    EXPECT_EQ(view.label->geometry(), view.slot->rect());
}

TEST(TextSlotTest, ATallerTextMovesWhatIsUnderIt) {
    ViewWithAMessage view;
    const int oneLineTop = view.below->y();
    view.label->setText(kLong);
    settle();
    ASSERT_GT(view.label->heightForWidth(view.slot->width()),
              view.slot->fontMetrics().height() * 2);
    EXPECT_EQ(view.slot->height(), view.label->heightForWidth(view.slot->width()));
    EXPECT_EQ(view.below->y(), view.expectedTopBelow());
    EXPECT_GT(view.below->y(), oneLineTop);
    // And back to one line: the room goes again.
    view.label->setText(kOneLine);
    settle();
    EXPECT_EQ(view.below->y(), oneLineTop);
}

TEST(TextSlotTest, TheLabelsOwnMinimumHeightIsKept) {
    ViewWithAMessage view;
    const int twoLines = 2 * view.label->fontMetrics().lineSpacing() + 6;
    view.label->setMinimumHeight(twoLines);
    view.label->setText(kOtherLine);
    settle();
    EXPECT_EQ(view.slot->height(), twoLines);
    EXPECT_EQ(view.below->y(), view.slot->y() + twoLines + 10);
}

// The view remembers the heights it was told at other widths. A text kept back at one width may
// need other room at another, so a new width after it asks again.
TEST(TextSlotTest, ANewWidthAfterAKeptBackTextGivesThatTextItsRoom) {
    ViewWithAMessage view;
    const QString sameAtWideButTallerWhenNarrow =
        QStringLiteral("Saved pain 5, two marks, low back, 09:30.");
    view.view.resize(160, 300); // the one-line message wraps here, and the view remembers it
    settle();
    const int narrowWidth = view.slot->width();
    const int oneLineAtNarrow = view.label->heightForWidth(narrowWidth);
    view.view.resize(400, 300);
    settle();
    view.label->setText(sameAtWideButTallerWhenNarrow); // the same height at 400 px: kept back
    settle();
    ASSERT_GT(view.label->heightForWidth(narrowWidth), oneLineAtNarrow);
    view.view.resize(160, 300);
    settle();
    EXPECT_EQ(view.slot->height(), view.label->heightForWidth(narrowWidth));
    EXPECT_EQ(view.below->y(), view.expectedTopBelow());
}

// A text set while the view is hidden is announced nowhere; showing the view gives it its room.
TEST(TextSlotTest, ATextSetWhileHiddenHasItsRoomWhenShown) {
    ViewWithAMessage view;
    view.view.hide();
    view.label->setText(kLong);
    view.view.show();
    settle();
    EXPECT_EQ(view.slot->height(), view.label->heightForWidth(view.slot->width()));
    EXPECT_EQ(view.below->y(), view.expectedTopBelow());
}
