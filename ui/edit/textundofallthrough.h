#pragma once

#include <QObject>

namespace painpace {

// Lets Ctrl+Z and the redo keys reach the diary's undo stack from a text field that has nothing
// of its own to undo or redo.
//
// A QLineEdit, spin box or text editor with focus claims Undo and Redo for itself whether or not
// it has anything to take back, so with the cursor in Entries' search field Ctrl+Z did nothing at
// all. As in other desktop apps, a field with typing to undo still undoes that first; once it has
// none, the keys undo and redo the last edit of the diary (docs/architecture.md, "The edit
// layer"). It watches only the widget that has the keyboard focus: a filter on the whole
// application would see every event of the window and made each save measurably slower.
class TextUndoFallThrough : public QObject {
public:
    explicit TextUndoFallThrough(QObject* parent);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace painpace
