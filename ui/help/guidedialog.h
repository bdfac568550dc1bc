#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace painpace {

// Help ▸ PainPace guide: the list of pages at the left, the page at the right, links between
// pages, and Back. Not modal, so it can stay open beside the diary (docs/design.md, "Help in
// the app").
class GuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit GuideDialog(QWidget* parent = nullptr);

    // Shows the page `id` (guidetopics.h); the first page for an unknown or empty id.
    void showTopic(const QString& id);
    QString currentTopic() const;
    QTextBrowser* browser() const { return m_browser; }
    QListWidget* contents() const { return m_contents; }

private:
    void fillContents();
    void followSource(const QUrl& source);

    QListWidget* m_contents = nullptr;
    QTextBrowser* m_browser = nullptr;
    QPushButton* m_back = nullptr;
    bool m_following = false;
};

} // namespace painpace
