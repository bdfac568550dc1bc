// The wrapped label that remembers its heights (ui/common/cachedtextlabel.h) answers exactly as
// QLabel does, for a changed text and font too.
#include <QImage>
#include <QLabel>

#include <gtest/gtest.h>

#include "common/cachedtextlabel.h"

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

TEST(CachedTextLabelTest, HeightsMatchAPlainWrappedLabelAtEveryWidth) {
    CachedTextLabel label(kLong);
    for (int width : {80, 200, 200, 420, 80, 1200, 200})
        EXPECT_EQ(label.heightForWidth(width), plainHeight(kLong, label.font(), width)) << width;
}

TEST(CachedTextLabelTest, ANewTextIsMeasuredAgain) {
    CachedTextLabel label(QStringLiteral("Short."));
    const int shortHeight = label.heightForWidth(120);
    label.setText(kLong);
    EXPECT_EQ(label.heightForWidth(120), plainHeight(kLong, label.font(), 120));
    EXPECT_GT(label.heightForWidth(120), shortHeight);
}

TEST(CachedTextLabelTest, ANewFontIsMeasuredAgain) {
    CachedTextLabel label(kLong);
    const int before = label.heightForWidth(300);
    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    label.setFont(larger);
    EXPECT_EQ(label.heightForWidth(300), plainHeight(kLong, larger, 300));
    EXPECT_GT(label.heightForWidth(300), before);
}

namespace {

QImage rendered(QLabel& label, const QSize& size) {
    label.resize(size);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    label.render(&image);
    return image;
}

} // namespace

// The label paints from its own layout: it must look exactly as QLabel would, wrapped or not,
// at each alignment, enabled or greyed out.
TEST(CachedTextLabelTest, PaintsExactlyWhatAQLabelPaints) {
    for (const bool wrap : {true, false}) {
        for (const Qt::Alignment alignment :
             {Qt::AlignLeft | Qt::AlignTop, Qt::AlignLeft | Qt::AlignVCenter,
              Qt::AlignRight | Qt::AlignBottom, Qt::AlignHCenter | Qt::AlignVCenter}) {
            for (const bool enabled : {true, false}) {
                CachedTextLabel label(kLong);
                QLabel reference(kLong);
                for (QLabel* each : {static_cast<QLabel*>(&label), &reference}) {
                    each->setWordWrap(wrap);
                    each->setAlignment(alignment);
                    each->setEnabled(enabled);
                }
                const QSize size(260, wrap ? label.heightForWidth(260) + 12 : 40);
                EXPECT_EQ(rendered(label, size), rendered(reference, size))
                    << "wrap " << wrap << ", alignment " << int(alignment) << ", enabled "
                    << enabled;
            }
        }
    }
}

// A short text measured first at a wide width keeps those lines for a narrower width that still
// holds it (no second layout); what is painted there must still be exactly QLabel's, at each
// alignment, and a width too narrow for the text must wrap it again.
TEST(CachedTextLabelTest, LinesKeptFromAWiderWidthPaintAsAQLabelPaints) {
    const QString shortText = QStringLiteral("Today: 08:47 pain 5 · 20:30 pain 6.");
    for (const Qt::Alignment alignment :
         {Qt::AlignLeft | Qt::AlignVCenter, Qt::AlignRight | Qt::AlignVCenter,
          Qt::AlignHCenter | Qt::AlignTop}) {
        for (const int width : {300, 90}) {
            CachedTextLabel label(shortText);
            QLabel reference(shortText);
            reference.setWordWrap(true);
            for (QLabel* each : {static_cast<QLabel*>(&label), &reference})
                each->setAlignment(alignment);
            label.resize(900, 40);
            EXPECT_EQ(label.heightForWidth(900), reference.heightForWidth(900));
            EXPECT_EQ(label.heightForWidth(width), reference.heightForWidth(width)) << width;
            const QSize size(width, reference.heightForWidth(width) + 8);
            EXPECT_EQ(rendered(label, size), rendered(reference, size))
                << "alignment " << int(alignment) << ", width " << width;
        }
    }
}

TEST(CachedTextLabelTest, AnUnwrappedLabelAsksForTheSizeAQLabelAsksFor) {
    CachedTextLabel label(QStringLiteral("Diary: /home/someone/painpace.sqlite — 4,751 check-ins"));
    label.setWordWrap(false);
    QLabel reference(label.text());
    EXPECT_EQ(label.sizeHint(), reference.sizeHint());
    label.setText(QStringLiteral("Diary: shorter"));
    reference.setText(label.text());
    EXPECT_EQ(label.sizeHint(), reference.sizeHint());
}

TEST(CachedTextLabelTest, RichTextIsLeftToQLabel) {
    const QString rich = QStringLiteral("<b>See a doctor today.</b><br>Saved pain 8 at 09:30.");
    CachedTextLabel label(rich);
    QLabel reference(rich);
    reference.setWordWrap(true);
    EXPECT_EQ(label.heightForWidth(200), reference.heightForWidth(200));
    const QSize size(200, reference.heightForWidth(200));
    EXPECT_EQ(rendered(label, size), rendered(reference, size));
}
