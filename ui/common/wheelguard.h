#pragma once

#include <QObject>

namespace painpace {

// Turning the mouse wheel over a long form scrolls the form; it never changes the spin box,
// combo box or slider that happens to be under the pointer. Only a field the person has put the
// focus in (by clicking or tabbing into it) takes the wheel. Found in use: scrolling the check-in
// form set Stress to 2 unnoticed (docs/architecture.md, "Input").
//
// One filter on the application covers every window and dialog, fields made later included: a
// field is made to take focus by click or Tab only (not by the wheel), and a wheel turned over an
// unfocused field goes to the scroll area around it.
class WheelGuard : public QObject {
public:
    // Installs the guard on the application once; later calls do nothing.
    static void protectApplication();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace painpace
