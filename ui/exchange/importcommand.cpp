#include "importcommand.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace painpace {

ImportCommand::ImportCommand(const Database& database,
                             std::shared_ptr<const DiaryDocument> document, ImportedIds added,
                             const QString& source)
    : EditCommand(QCoreApplication::translate("ImportCommand", "Import %1")
                      .arg(QFileInfo(source).fileName()))
    , m_database(database)
    , m_document(std::move(document))
    , m_added(std::move(added)) {}

void ImportCommand::apply() {
    m_added = DiaryImporter(m_database).import(*m_document).addedIds;
}

void ImportCommand::revert() {
    DiaryImporter(m_database).removeImported(m_added);
}

} // namespace painpace
