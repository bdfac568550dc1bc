#pragma once

#include <QJsonObject>

#include <functional>

class QObject;
class QWidget;

namespace painpace::formsnapshot {

// The draft of a dialog that builds its record over several steps (the plan and trial wizards):
// the value of every input under `form`, in the order the form created them. Unlike a record, a
// half-filled form need not be valid, so it is kept as what was typed, not as a record
// (docs/architecture.md, "Input that is not saved yet").
QJsonObject take(const QWidget* form);
// Puts values taken from the same kind of form back. A snapshot that does not fit the form (a
// different number or kind of inputs, from another version of PainPace) changes nothing and
// gives false.
bool restore(QWidget* form, const QJsonObject& snapshot);
// Calls `changed` whenever the person changes any input under `form`; `context` ends the watch.
void watch(QWidget* form, QObject* context, const std::function<void()>& changed);

} // namespace painpace::formsnapshot
