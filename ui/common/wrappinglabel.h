#pragma once

#include <QLabel>

namespace painpace {

// A word-wrapped label that remembers its height for the last widths it was asked about.
//
// Qt asks every wrapped label in a layout for its height at a width whenever anything in that
// layout changes, and QLabel lays its text out anew for each question. On the Today view that
// made picking a pain number cost more than saving it (docs/architecture.md, "Speed"). The
// remembered heights belong to one text and font; a new text or font forgets them.
class WrappingLabel : public QLabel {
public:
    explicit WrappingLabel(QWidget* parent = nullptr);
    WrappingLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    static constexpr int kRemembered = 4;
    struct Remembered {
        int width = -1;
        int height = 0;
    };
    mutable QString m_textOfHeights;
    mutable Remembered m_heights[kRemembered];
    mutable int m_next = 0;
};

} // namespace painpace
