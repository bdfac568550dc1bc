#pragma once

#include <QAbstractButton>

#include "common/lineicon.h"

namespace painpace {

// One place in the sidebar: a line icon and the view's name, the chosen one filled with the
// accent (docs/design.md, "Navigation"). Compact, it shows the icon alone and names the view in
// its tool tip.
class NavigationButton : public QAbstractButton {
    Q_OBJECT
public:
    // `text` may carry a mnemonic ("&Today"): Alt and the letter choose the view.
    NavigationButton(const QString& text, const QString& iconName, QWidget* parent = nullptr);

    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QString plainText() const;

    LineIcon m_icon;
    bool m_compact = false;
    bool m_hovered = false;
};

} // namespace painpace
