#pragma once

#include <QString>

namespace painpace {

// An editor that can hold input the person has not saved yet. The window asks every one of them
// before it closes, opens another diary or restores a backup, names what is unsaved in its
// question, and then saves or discards each as the person chose.
class UnsavedInput {
public:
    virtual ~UnsavedInput() = default;
    // What is unsaved, in a few words for the question ("your new check-in on Today"), or empty
    // when nothing is.
    virtual QString unsavedInputName() const = 0;
    // Saves it. False when it cannot be saved: the editor then shows why, and the input stays.
    virtual bool saveUnsavedInput() = 0;
    // Drops it, and any draft kept of it.
    virtual void discardUnsavedInput() = 0;
    // Brings the editor into view, to show why its input could not be saved.
    virtual void showUnsavedInput() = 0;
};

} // namespace painpace
