#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace painpace {

// Three short steps offered once, on the first start: how to log, where to look back, and
// where the guide is. Skip ends it at any step; either way it is not offered again (Help ▸ Tour
// of PainPace shows it on request). docs/design.md, "Help in the app".
class FirstStartTour : public QDialog {
    Q_OBJECT
public:
    explicit FirstStartTour(QWidget* parent = nullptr);

    static constexpr int kStepCount = 3;
    int step() const;
    QPushButton* nextButton() const { return m_next; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* skipButton() const { return m_skip; }

    // Whether the tour was seen or skipped on this computer (kept in the settings).
    static bool wasSeen();
    static void markSeen();

private:
    void goTo(int step);

    QStackedWidget* m_steps = nullptr;
    QLabel* m_counter = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_skip = nullptr;
};

} // namespace painpace
