#pragma once

#include <QList>
#include <QWidget>

class QAbstractButton;

namespace painpace {

// A row of side-by-side buttons of which exactly one is chosen, so an answer is one click
// (docs/architecture.md, "The full check-in"). The first button means "nothing to say" (no
// trigger, not answered) and is only shaded when chosen; any other choice is in the highlight
// colour and bold, so a glance down the form shows what was answered. Like a group of radio
// buttons, only the chosen button is on the Tab path and the arrow keys move the choice.
class ChoiceRow : public QWidget {
    Q_OBJECT
public:
    // One button per label; `spokenNames` names them for screen readers, in the same order.
    ChoiceRow(const QStringList& labels, const QStringList& spokenNames, QWidget* parent = nullptr);

    int chosen() const { return m_chosen; }
    // Chooses the button at `index`, as a click would; an index outside the row is ignored.
    void choose(int index);
    QAbstractButton* button(int index) const { return m_buttons.value(index); }
    // The buttons in screen order, for setting the Tab order around them.
    const QList<QAbstractButton*>& buttons() const { return m_buttons; }

signals:
    void chosenChanged(int index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // The index a key press on the focused button chooses besides the arrows, or -1 when the
    // key means nothing to this row. Rows of numbers answer their digit keys here.
    virtual int indexForKey(int key) const;

private:
    void updateFocusPath();

    QList<QAbstractButton*> m_buttons;
    int m_chosen = 0;
};

} // namespace painpace
