#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace painpace {

// A band above the views while the demo diary is open, so its made-up entries are never taken
// for the person's own, with the way back to their diary.
class DemoBanner : public QFrame {
    Q_OBJECT
public:
    explicit DemoBanner(QWidget* parent = nullptr);

    QPushButton* backButton() const { return m_back; }
    QLabel* message() const { return m_message; }

signals:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void followPalette();

    QLabel* m_message = nullptr;
    QPushButton* m_back = nullptr;
    bool m_following = false;
};

} // namespace painpace
