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
// layer"). Install it on the application.
class TextUndoFallThrough : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace painpace
