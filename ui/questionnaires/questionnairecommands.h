#pragma once

#include <QUndoCommand>

#include "questionnaires/questionnairerecord.h"

namespace painpace {

class Database;

// Adding or deleting a questionnaire result as an undoable step. The change is made before the
// command is pushed (errors reach the caller); the first redo() does nothing. The Database must
// outlive the undo stack.
class QuestionnaireCommand : public QUndoCommand {
public:
    enum class Action { Add, Delete };

    static QuestionnaireCommand* apply(const Database& database, QuestionnaireRecord record,
                                       Action action);

    void redo() override;
    void undo() override;

private:
    QuestionnaireCommand(const Database& database, QuestionnaireRecord record, Action action);
    void store();
    void erase();
    void run(bool add);

    const Database& m_database;
    QuestionnaireRecord m_record;
    Action m_action;
    bool m_firstRedo = true;
};

} // namespace painpace
