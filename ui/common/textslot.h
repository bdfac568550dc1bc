#pragma once

#include <QSize>
#include <QWidget>

class QLabel;

namespace painpace {

// Holds one label whose text changes often (a message after each save, a running summary) and
// lets it take a new text without the view around it being laid out again, unless the label now
// needs another size.
//
// A label announces every new text as a possible change of size, and its layout then lays out the
// whole view: on Today that was a fifth of a quick check-in's work, though a new message nearly
// always fits the lines the old one had (docs/architecture.md, "Speed"). The slot has no layout of
// its own, so the label's announcement reaches only the slot, which passes it on only when the
// size the label asks for has changed. The label keeps the slot's whole area and stays shown.
class TextSlot : public QWidget {
public:
    // Takes the label as a child; it is placed where the slot goes.
    explicit TextSlot(QLabel* label, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Asked {
        QSize hint;
        QSize minimum;
        int width = -1;
        int heightAtWidth = -1;
        bool operator==(const Asked&) const = default;
    };
    Asked askedNow() const;
    void passOnIfChanged();

    QLabel* m_label;
    // What the layout around was last told, and whether a new size went untold since.
    Asked m_passedOn;
    bool m_keptBack = false;
};

} // namespace painpace
