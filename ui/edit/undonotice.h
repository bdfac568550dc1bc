#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace painpace {

class EditStack;
struct CheckIn;

// What a deleted entry was, for the notice: its day, time and pain.
QString deletedMessage(const CheckIn& entry);

// A calm line under a list after something was taken out of the diary: what happened, and an
// Undo button right there, where the person is looking (Edit ▸ Undo and Ctrl+Z work too). It
// goes away as soon as anything else is done, undone or redone, so its Undo always takes back
// exactly the step it names.
class UndoNotice : public QWidget {
    Q_OBJECT
public:
    UndoNotice(EditStack& stack, QWidget* parent = nullptr);

    // Says `what` for the step just applied (the top of the stack).
    void showForLastStep(const QString& what);
    // Says `text` with no Undo (a failure, for instance).
    void showText(const QString& text);
    QString text() const;
    QPushButton* undoButton() const { return m_undo; }

private:
    void undoTheStep();

    EditStack& m_stack;
    QLabel* m_text = nullptr;
    QPushButton* m_undo = nullptr;
    int m_stepIndex = -1; // the stack's index right after the step named
};

} // namespace painpace
