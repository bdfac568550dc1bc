#pragma once

#include <QObject>

class QAbstractSpinBox;

namespace painpace {

// A number field that shows "not answered" (its special value, "—") has all of it selected
// whenever it takes the focus, by Tab or by a click, so typing a number replaces the dash.
// Without it a click put the cursor beside the dash and the digits typed were refused, with
// nothing to say so (docs/architecture.md, "The full check-in").
class UnansweredField : public QObject {
    Q_OBJECT
public:
    // The filter belongs to `box` and goes with it.
    static void install(QAbstractSpinBox* box);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit UnansweredField(QAbstractSpinBox* box);
};

} // namespace painpace
