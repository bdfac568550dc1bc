#include "questionnairecommands.h"

#include <QApplication>
#include <QMessageBox>

#include "storage/questionnairerepository.h"

namespace painpace {

QuestionnaireCommand::QuestionnaireCommand(const Database& database, QuestionnaireRecord record,
                                           Action action)
    : m_database(database)
    , m_record(std::move(record))
    , m_action(action) {
    const QString name = m_record.version();
    setText(action == Action::Add
                ? QApplication::translate("QuestionnaireCommand", "add %1").arg(name)
                : QApplication::translate("QuestionnaireCommand", "delete %1").arg(name));
}

QuestionnaireCommand* QuestionnaireCommand::apply(const Database& database,
                                                  QuestionnaireRecord record, Action action) {
    auto* command = new QuestionnaireCommand(database, std::move(record), action);
    try {
        command->m_action == Action::Add ? command->store() : command->erase();
    } catch (...) {
        delete command;
        throw;
    }
    return command;
}

void QuestionnaireCommand::store() {
    m_record.id = 0; // a fresh row; the uuid stays the result's identity
    QuestionnaireRepository(m_database).save(m_record);
}

void QuestionnaireCommand::erase() {
    QuestionnaireRepository(m_database).remove(m_record.id);
}

void QuestionnaireCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    run(m_action == Action::Add);
}

void QuestionnaireCommand::undo() {
    run(m_action == Action::Delete);
}

// Exceptions must not cross QUndoStack: a failed step changes nothing and the command is dropped.
void QuestionnaireCommand::run(bool add) {
    try {
        add ? store() : erase();
    } catch (const std::exception& error) {
        setObsolete(true);
        QMessageBox::warning(
            QApplication::activeWindow(),
            QApplication::translate("QuestionnaireCommand", "Could not undo or redo"),
            QString::fromUtf8(error.what()));
    }
}

} // namespace painpace
