#pragma once

#include <QStringList>
#include <QWidget>

class QTabWidget;

namespace painpace {

class NavigationSidebar;
class PageHeader;

// The open diary's views: the sidebar to choose one, and the chosen view under its title and
// "?" (docs/design.md, "Navigation"). The views live in a QTabWidget whose tab bar is hidden:
// the sidebar is the way to them, the tab widget keeps the order and the view in front.
class ViewFrame : public QWidget {
    Q_OBJECT
public:
    explicit ViewFrame(QWidget* parent = nullptr);

    // Adds `view` as `text` (with its Alt letter), drawn with the line icon `iconName`, whose
    // "?" opens the guide's page `topic`.
    void addView(QWidget* view, const QString& text, const QString& iconName, const QString& topic);
    QTabWidget* pages() const { return m_pages; }
    NavigationSidebar* sidebar() const { return m_sidebar; }
    PageHeader* header() const { return m_header; }
    // The guide's page about the view in front.
    QString currentTopic() const;

    // Below this width the sidebar shows icons only, so the views keep their room.
    static constexpr int kCompactBelow = 960;

signals:
    void helpRequested(const QString& topic);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showCurrent(int index);

    NavigationSidebar* m_sidebar = nullptr;
    PageHeader* m_header = nullptr;
    QTabWidget* m_pages = nullptr;
    QStringList m_topics;
};

} // namespace painpace
