#include "editcheckincommand.h"

#include "storage/checkinrepository.h"

#include <QApplication>
#include <QMessageBox>

namespace painpace {

EditCheckInCommand::EditCheckInCommand(const Database& database, std::optional<CheckIn> before,
                                       CheckIn after, const QString& text)
    : m_database(database)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    setText(text);
}

EditCheckInCommand* EditCheckInCommand::apply(const Database& database,
                                              std::optional<CheckIn> before, CheckIn after,
                                              const QString& text) {
    CheckInRepository(database).save(after);
    if (before)
        before->id = after.id;
    return new EditCheckInCommand(database, std::move(before), std::move(after), text);
}

void EditCheckInCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    guarded(&EditCheckInCommand::redoStep);
}

void EditCheckInCommand::undo() {
    guarded(&EditCheckInCommand::undoStep);
}

// An entry that undo deleted comes back as a new row with the same uuid; keep every state's id
// in step with the row that now holds it.
void EditCheckInCommand::store(CheckIn& state) {
    if (!CheckInRepository(m_database).find(state.id))
        state.id = 0;
    CheckInRepository(m_database).save(state);
    if (m_before)
        m_before->id = state.id;
    m_after.id = state.id;
}

void EditCheckInCommand::redoStep() {
    store(m_after);
}

void EditCheckInCommand::undoStep() {
    if (m_before)
        store(*m_before);
    else
        CheckInRepository(m_database).remove(m_after.id);
}

// Exceptions must not cross QUndoStack: a failed step leaves the diary as it was and the command
// becomes obsolete, so the stack drops it rather than pretend it ran.
void EditCheckInCommand::guarded(void (EditCheckInCommand::*step)()) {
    try {
        (this->*step)();
    } catch (const std::exception& error) {
        setObsolete(true);
        QMessageBox::warning(
            QApplication::activeWindow(),
            QApplication::translate("EditCheckInCommand", "Could not undo or redo"),
            QString::fromUtf8(error.what()));
    }
}

} // namespace painpace
