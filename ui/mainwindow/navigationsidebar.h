#pragma once

#include <QList>
#include <QWidget>

namespace painpace {

class NavigationButton;

// The column of views at the window's left: an icon and a name for each, the view in front
// filled with the accent (docs/design.md, "Navigation"). Like a group of radio buttons, only
// the chosen place is on the Tab path, and Up and Down move to the place above or below.
class NavigationSidebar : public QWidget {
    Q_OBJECT
public:
    explicit NavigationSidebar(QWidget* parent = nullptr);

    // Adds a place named `text` (with its Alt letter) and the line icon `iconName`.
    void addPage(const QString& text, const QString& iconName);
    int count() const { return static_cast<int>(m_buttons.size()); }
    int currentIndex() const;
    // Shows place `index` as chosen, without announcing it (the pages already show it).
    void setCurrentIndex(int index);
    NavigationButton* button(int index) const { return m_buttons.value(index); }

    // Icons only, the names in tool tips: for narrow windows, so the views keep their width.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

signals:
    // The person chose place `index`, by click, Alt letter or arrow key.
    void pageChosen(int index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateFocusPath();

    QList<NavigationButton*> m_buttons;
    bool m_compact = false;
};

} // namespace painpace
