#pragma once

#include <QList>

#include "questionnaires/questionnairerecord.h"

namespace painpace {

class Database;

// Stores filled-in questionnaires with their date, for the history list and charts.
class QuestionnaireRepository {
public:
    explicit QuestionnaireRepository(const Database& database);

    // Stores a new record (id 0) and sets its id and uuid. Throws ValidationError when the
    // answers are invalid or a FIQR is not scorable; StorageError when the database fails.
    void save(QuestionnaireRecord& record);
    void remove(qint64 id);
    // Makes the diary hold exactly `record` under its uuid (replacing one with that uuid), and
    // deletes by uuid: how undo and redo address records.
    void put(QuestionnaireRecord& record);
    void removeByUuid(const QUuid& uuid);
    // Every record, newest first.
    QList<QuestionnaireRecord> history() const;

private:
    const Database& m_database;
};

} // namespace painpace
