#pragma once

#include <memory>

#include "edit/editcommand.h"
#include "storage/diaryimporter.h"

namespace painpace {

class Database;

// An import on the undo stack. It is pushed after the import was written (in the background), so
// its first redo does nothing; undo takes out exactly what the import added, redo imports the
// same document again (records keep their uuids).
class ImportCommand final : public EditCommand {
public:
    ImportCommand(const Database& database, std::shared_ptr<const DiaryDocument> document,
                  ImportedIds added, const QString& source);

protected:
    void apply() override;
    void revert() override;

private:
    const Database& m_database;
    std::shared_ptr<const DiaryDocument> m_document;
    ImportedIds m_added;
};

} // namespace painpace
