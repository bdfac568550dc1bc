#pragma once

#include <QLabel>
#include <QTextLayout>

namespace painpace {

// A label (word-wrapped unless told otherwise) that lays its text out once per text, font and
// width.
//
// QLabel shapes its text anew for each of its size hints, for every height at a width the layout
// asks about and for every paint: five passes or more for one changed text. On the Today view
// that made updating three labels after a save cost more than the save (docs/architecture.md,
// "Speed"). For plain text this label keeps one laid-out QTextLayout: the height at a width and
// the paint both come from it, and its size hints need no text measuring. Rich text and
// selectable text are left to QLabel. Either way the heights are remembered for the last few
// widths.
class CachedTextLabel : public QLabel {
public:
    explicit CachedTextLabel(QWidget* parent = nullptr);
    CachedTextLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    bool drawsItself() const;
    void forgetIfTextChanged() const;
    void forget() const;
    struct Measure {
        int height = 0;
        int naturalWidth = 0; // of the widest line
        bool wrapped = false; // broken into more lines than its own line breaks make
    };
    Measure layOut(QTextLayout& layout, int contentsWidth) const;
    // Lays the text out at this width of the contents (margins excluded), keeping the lines for
    // the paint; returns their height.
    int layOutAt(int contentsWidth) const;
    int textHeightAt(int contentsWidth) const;
    bool fitsUnwrapped(int contentsWidth) const;
    int rememberedHeight(int width) const;
    void remember(int width, int height) const;
    int horizontalMargins() const;
    int verticalMargins() const;

    static constexpr int kRemembered = 4;
    struct Remembered {
        int width = -1;
        int height = 0;
    };
    mutable QString m_textOfHeights;
    mutable Remembered m_heights[kRemembered];
    mutable int m_next = 0;
    // The plain text laid out at m_laidOutWidth, kept for painting.
    mutable QTextLayout m_layout;
    mutable int m_laidOutWidth = -1;
    mutable Qt::Alignment m_laidOutAlignment;
    mutable Measure m_laidOut;
};

} // namespace painpace
