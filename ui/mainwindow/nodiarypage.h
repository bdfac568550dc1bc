#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace painpace {

// What the window shows when no diary could be opened: why, and the ways on (restore the
// diary from a backup when it has any, open another, start a new one, try the demo), so the
// window is never an empty frame.
class NoDiaryPage : public QWidget {
    Q_OBJECT
public:
    explicit NoDiaryPage(QWidget* parent = nullptr);

    // `reason` is the one-line refusal; `canRestore` shows the restore button.
    void showReason(const QString& reason, bool canRestore);

    QLabel* reasonLabel() const { return m_reason; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* demoButton() const { return m_demo; }

signals:
    void restoreRequested();
    void openRequested();
    void newRequested();
    void demoRequested();

private:
    QLabel* m_reason = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_demo = nullptr;
};

} // namespace painpace
