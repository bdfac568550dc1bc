#include "textundofallthrough.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextEdit>

namespace painpace {

namespace {

enum class Step { Undo, Redo };

// Whether the text widget that would take the key has a step of its own to make; nullopt for a
// widget that is not a text field.
std::optional<bool> fieldCanStep(QObject* widget, Step step) {
    if (auto* spinBox = qobject_cast<QAbstractSpinBox*>(widget))
        widget = spinBox->findChild<QLineEdit*>();
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        return step == Step::Undo ? line->isUndoAvailable() : line->isRedoAvailable();
    QTextDocument* document = nullptr;
    if (auto* text = qobject_cast<QTextEdit*>(widget))
        document = text->document();
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
        document = plain->document();
    if (!document)
        return std::nullopt;
    return step == Step::Undo ? document->isUndoAvailable() : document->isRedoAvailable();
}

} // namespace

TextUndoFallThrough::TextUndoFallThrough(QObject* parent)
    : QObject(parent) {
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget* now) {
        if (old)
            old->removeEventFilter(this);
        if (now)
            now->installEventFilter(this);
    });
    if (QWidget* focused = QApplication::focusWidget())
        focused->installEventFilter(this);
}

bool TextUndoFallThrough::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    std::optional<Step> step;
    if (key->matches(QKeySequence::Undo))
        step = Step::Undo;
    else if (key->matches(QKeySequence::Redo))
        step = Step::Redo;
    if (!step)
        return QObject::eventFilter(watched, event);
    const std::optional<bool> canStep = fieldCanStep(watched, *step);
    if (!canStep || *canStep)
        return QObject::eventFilter(watched, event);
    // Not accepted, so the key goes on to the window's Undo or Redo action.
    event->ignore();
    return true;
}

} // namespace painpace
