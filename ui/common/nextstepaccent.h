#pragma once

#include <QObject>

class QPushButton;

namespace painpace {

// Fills a button with the accent: the one thing to do next on its page, such as Save check-in
// (docs/design.md, "Accent"). Follows View ▸ Theme; a disabled button stays grey, so the accent
// appears only once the step can be taken.
class NextStepAccent : public QObject {
    Q_OBJECT
public:
    // Marks `button`; the accent is owned by it.
    static void mark(QPushButton* button);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit NextStepAccent(QPushButton* button);
    void apply();

    QPushButton* m_button;
    bool m_applying = false;
};

} // namespace painpace
