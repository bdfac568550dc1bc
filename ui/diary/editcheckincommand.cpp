#include "editcheckincommand.h"

#include <QApplication>
#include <QMessageBox>

#include "storage/checkinrepository.h"

namespace painpace {

EditCheckInCommand::EditCheckInCommand(const Database& database, std::optional<CheckIn> before,
                                       std::optional<CheckIn> after, const QString& text)
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

EditCheckInCommand* EditCheckInCommand::remove(const Database& database, CheckIn entry,
                                               const QString& text) {
    CheckInRepository(database).remove(entry.id);
    return new EditCheckInCommand(database, std::move(entry), std::nullopt, text);
}

EditCheckInCommand* EditCheckInCommand::duplicateToNow(const Database& database,
                                                       const CheckIn& entry, const QString& text) {
    CheckIn copy = entry;
    copy.id = 0;
    copy.uuid = QUuid();
    copy.moment = DiaryMoment::now();
    return apply(database, std::nullopt, std::move(copy), text);
}

void EditCheckInCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    guarded(true);
}

void EditCheckInCommand::undo() {
    guarded(false);
}

// Makes the stored diary hold `target` (or nothing), where it now holds `other`. An entry that
// was deleted comes back as a new row with the same uuid; both states follow the row's id.
void EditCheckInCommand::moveTo(std::optional<CheckIn>& target, std::optional<CheckIn>& other) {
    CheckInRepository repository(m_database);
    if (!target) {
        repository.remove(other->id);
        return;
    }
    if (!repository.find(target->id))
        target->id = 0;
    repository.save(*target);
    if (other)
        other->id = target->id;
}

// Exceptions must not cross QUndoStack: a failed step leaves the diary as it was and the command
// becomes obsolete, so the stack drops it rather than pretend it ran.
void EditCheckInCommand::guarded(bool towardsAfter) {
    try {
        if (towardsAfter)
            moveTo(m_after, m_before);
        else
            moveTo(m_before, m_after);
    } catch (const std::exception& error) {
        setObsolete(true);
        QMessageBox::warning(
            QApplication::activeWindow(),
            QApplication::translate("EditCheckInCommand", "Could not undo or redo"),
            QString::fromUtf8(error.what()));
    }
}

} // namespace painpace
