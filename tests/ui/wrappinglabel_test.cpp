// The wrapped label that remembers its heights (ui/common/wrappinglabel.h) answers exactly as
// QLabel does, for a changed text and font too.
#include <QLabel>

#include <gtest/gtest.h>

#include "common/wrappinglabel.h"

using namespace painpace;

namespace {

int plainHeight(const QString& text, const QFont& font, int width) {
    QLabel reference(text);
    reference.setWordWrap(true);
    reference.setFont(font);
    return reference.heightForWidth(width);
}

const QString kLong = QStringLiteral(
    "Saved pain 5 at 09:30. Edit, then Undo takes it back; the entry stays in the diary until "
    "then, and a draft is kept while you type.");

} // namespace

TEST(WrappingLabelTest, HeightsMatchAPlainWrappedLabelAtEveryWidth) {
    WrappingLabel label(kLong);
    for (int width : {80, 200, 200, 420, 80, 1200, 200})
        EXPECT_EQ(label.heightForWidth(width), plainHeight(kLong, label.font(), width)) << width;
}

TEST(WrappingLabelTest, ANewTextIsMeasuredAgain) {
    WrappingLabel label(QStringLiteral("Short."));
    const int shortHeight = label.heightForWidth(120);
    label.setText(kLong);
    EXPECT_EQ(label.heightForWidth(120), plainHeight(kLong, label.font(), 120));
    EXPECT_GT(label.heightForWidth(120), shortHeight);
}

TEST(WrappingLabelTest, ANewFontIsMeasuredAgain) {
    WrappingLabel label(kLong);
    const int before = label.heightForWidth(300);
    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    label.setFont(larger);
    EXPECT_EQ(label.heightForWidth(300), plainHeight(kLong, larger, 300));
    EXPECT_GT(label.heightForWidth(300), before);
}
