#include "savecheckincommand.h"

#include "storage/checkinrepository.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QMessageBox>

namespace painpace {

SaveCheckInCommand::SaveCheckInCommand(const Database& database, CheckIn savedCheckIn)
    : m_database(database)
    , m_checkIn(std::move(savedCheckIn)) {
    setText(
        QApplication::translate("SaveCheckInCommand", "check-in with pain %1").arg(m_checkIn.pain));
}

void SaveCheckInCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    runReportingFailure(&SaveCheckInCommand::store);
}

void SaveCheckInCommand::undo() {
    runReportingFailure(&SaveCheckInCommand::erase);
}

void SaveCheckInCommand::store() {
    m_checkIn.id = 0; // a fresh row; the uuid stays the entry's identity
    CheckInRepository(m_database).save(m_checkIn);
}

void SaveCheckInCommand::erase() {
    CheckInRepository(m_database).remove(m_checkIn.id);
}

// Exceptions must not cross QUndoStack. A step that fails leaves the diary unchanged; the command
// becomes obsolete so the stack drops it instead of pretending it ran.
void SaveCheckInCommand::runReportingFailure(void (SaveCheckInCommand::*step)()) {
    try {
        (this->*step)();
    } catch (const std::exception& error) {
        setObsolete(true);
        QMessageBox::warning(
            QApplication::activeWindow(),
            QApplication::translate("SaveCheckInCommand", "Could not undo or redo"),
            QString::fromUtf8(error.what()));
    }
}

} // namespace painpace
