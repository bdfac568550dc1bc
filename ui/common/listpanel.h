#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace painpace {

// A titled list with the buttons that act on its selection, one under the other: the left side
// of the Pacing and Trials pages. The title's mnemonic moves the focus to the list.
class ListPanel : public QWidget {
    Q_OBJECT
public:
    ListPanel(const QString& title, const QString& accessibleName, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    // Adds a button under the list (and under the buttons added before).
    QPushButton* addButton(const QString& text);

private:
    QVBoxLayout* m_layout = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace painpace
